// The engine never throws (DESIGN.md): routeGateway and gatewayStatus on broken input give a result.
import { describe, expect, it } from 'vitest';
import { gatewayStatus, loadCluster, routeGateway, validate } from '../../../src/engine/index';
import type { Cluster, GatewayRequest } from '../../../src/engine/index';

const cluster = loadCluster(`apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata: {name: g}
spec:
  gatewayClassName: x
  listeners: [{name: http, protocol: HTTP, port: 80}]
---
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: {name: r}
spec:
  parentRefs: [{name: g}]
  rules:
  - matches:
    - path: {type: RegularExpression, value: "([a-"}
    - headers: [{type: RegularExpression, name: x, value: "*"}]
    backendRefs: [{name: s, port: 80}]
`);

describe('bad input to the Gateway API functions', () => {
  it.each([
    ['no request', null],
    ['an empty request', {}],
    ['a number for the host', { host: 42, path: 7 }],
    ['an unknown gateway', { gateway: 'nope/nope', host: 'a', path: '/' }],
    ['a broken query', { host: 'a', path: '/?%zz=%%&=&&' }],
  ])('%s', (_, request) => {
    const result = routeGateway(cluster, request as unknown as GatewayRequest);
    expect(result.status).toBe(404);
    expect(result.steps.length).toBeGreaterThan(0);
  });

  it('an invalid regular expression matches nothing instead of throwing', () => {
    expect(routeGateway(cluster, { host: 'a', path: '/x', headers: { x: 'y' } }).status).toBe(404);
  });

  it('no cluster', () => {
    expect(routeGateway(null as unknown as Cluster, { host: 'a', path: '/' }).status).toBe(404);
    expect(gatewayStatus(undefined as unknown as Cluster)).toEqual({ routes: {}, gateways: {} });
  });

  it('validate on mangled Gateway API documents', () => {
    for (const spec of ['[]', '"x"', '{rules: 5}', '{rules: [null, 3, {matches: "x"}]}', '{parentRefs: [{}]}']) {
      const text = `apiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata: {name: r}\nspec: ${spec}`;
      expect(() => validate(text)).not.toThrow();
      expect(() => gatewayStatus(loadCluster(text))).not.toThrow();
    }
  });
});
