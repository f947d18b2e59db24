// Listener selection by hostname and port, and the intersection of listener and route hostnames: the
// kubernetes-sigs/gateway-api conformance tests httproute-listener-hostname-matching,
// httproute-listener-port-matching, httproute-hostname-intersection and gateway-http-listener-isolation, row
// by row.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { gatewayStatus, loadCluster, routeGateway } from '../../../src/engine/index';
import { conformanceCluster, expectRow, INFRA, type Row, V1, V2, V3 } from './conformance';

function table(test: string, gateway: string, rows: Row[]) {
  describe(`conformance ${test}`, () => {
    const cluster = conformanceCluster(test);
    it.each(rows)('$name', (row) => expectRow(cluster, `${INFRA}/${gateway}`, row));
  });
}

table('httproute-listener-hostname-matching', 'httproute-listener-hostname-matching', [
  { name: 'bar.com → listener-1 → v1', req: { host: 'bar.com' }, backend: V1 },
  { name: 'foo.bar.com → listener-2 (exact beats *.bar.com) → v2', req: { host: 'foo.bar.com' }, backend: V2 },
  { name: 'baz.bar.com → listener-3 → v3', req: { host: 'baz.bar.com' }, backend: V3 },
  { name: 'boo.bar.com → listener-3 → v3', req: { host: 'boo.bar.com' }, backend: V3 },
  { name: 'multiple.prefixes.bar.com → listener-3 → v3', req: { host: 'multiple.prefixes.bar.com' }, backend: V3 },
  { name: 'multiple.prefixes.foo.com → listener-4 → v3', req: { host: 'multiple.prefixes.foo.com' }, backend: V3 },
  { name: 'foo.com → 404 (*.foo.com needs a label before foo.com)', req: { host: 'foo.com' }, status: 404 },
  { name: 'no.matching.host → 404', req: { host: 'no.matching.host' }, status: 404 },
]);

// The conformance test sends to the Gateway's address on the port in its Host value.
table('httproute-listener-port-matching', 'httproute-listener-port-matching', [
  { name: 'foo.com:80 → v1', req: { host: 'foo.com', port: 80 }, backend: V1 },
  { name: 'foo.com:8080 → v2', req: { host: 'foo.com:8080', port: 8080 }, backend: V2 },
  {
    name: 'bar.com:8080 → v2 (parentRef port attaches to both 8080 listeners)',
    req: { host: 'bar.com:8080', port: 8080 },
    backend: V2,
  },
  { name: 'foo.com:8090 → v3', req: { host: 'foo.com:8090', port: 8090 }, backend: V3 },
  { name: 'bar.com:8090 → 404 (route names listener-4 only)', req: { host: 'bar.com:8090', port: 8090 }, status: 404 },
]);

table('httproute-hostname-intersection', 'httproute-hostname-intersection', [
  { name: 'very.specific.com /s1 → v1', req: { host: 'very.specific.com', path: '/s1' }, backend: V1 },
  {
    name: 'Host port ignored: very.specific.com:1234 /s1 → v1',
    req: { host: 'very.specific.com:1234', path: '/s1' },
    backend: V1,
  },
  { name: 'non.matching.com /s1 → 404', req: { host: 'non.matching.com', path: '/s1' }, status: 404 },
  {
    name: 'foo.nonmatchingwildcard.io /s1 → 404',
    req: { host: 'foo.nonmatchingwildcard.io', path: '/s1' },
    status: 404,
  },
  { name: 'foo.wildcard.io /s1 → 404', req: { host: 'foo.wildcard.io', path: '/s1' }, status: 404 },
  {
    name: 'very.specific.com /non-matching-prefix → 404',
    req: { host: 'very.specific.com', path: '/non-matching-prefix' },
    status: 404,
  },
  { name: 'foo.wildcard.io /s2 → v2', req: { host: 'foo.wildcard.io', path: '/s2' }, backend: V2 },
  { name: 'bar.wildcard.io /s2 → v2', req: { host: 'bar.wildcard.io', path: '/s2' }, backend: V2 },
  { name: 'foo.bar.wildcard.io /s2 → v2', req: { host: 'foo.bar.wildcard.io', path: '/s2' }, backend: V2 },
  { name: 'non.matching.com /s2 → 404', req: { host: 'non.matching.com', path: '/s2' }, status: 404 },
  { name: 'wildcard.io /s2 → 404', req: { host: 'wildcard.io', path: '/s2' }, status: 404 },
  { name: 'very.specific.com /s2 → 404', req: { host: 'very.specific.com', path: '/s2' }, status: 404 },
  {
    name: 'foo.wildcard.io /non-matching-prefix → 404',
    req: { host: 'foo.wildcard.io', path: '/non-matching-prefix' },
    status: 404,
  },
  { name: 'very.specific.com /s3 → v3', req: { host: 'very.specific.com', path: '/s3' }, backend: V3 },
  { name: 'non.matching.com /s3 → 404', req: { host: 'non.matching.com', path: '/s3' }, status: 404 },
  { name: 'foo.specific.com /s3 → 404', req: { host: 'foo.specific.com', path: '/s3' }, status: 404 },
  { name: 'foo.wildcard.io /s3 → 404', req: { host: 'foo.wildcard.io', path: '/s3' }, status: 404 },
  { name: 'foo.anotherwildcard.io /s4 → v1', req: { host: 'foo.anotherwildcard.io', path: '/s4' }, backend: V1 },
  { name: 'bar.anotherwildcard.io /s4 → v1', req: { host: 'bar.anotherwildcard.io', path: '/s4' }, backend: V1 },
  {
    name: 'foo.bar.anotherwildcard.io /s4 → v1',
    req: { host: 'foo.bar.anotherwildcard.io', path: '/s4' },
    backend: V1,
  },
  { name: 'anotherwildcard.io /s4 → 404', req: { host: 'anotherwildcard.io', path: '/s4' }, status: 404 },
  { name: 'foo.wildcard.io /s4 → 404', req: { host: 'foo.wildcard.io', path: '/s4' }, status: 404 },
  { name: 'very.specific.com /s4 → 404', req: { host: 'very.specific.com', path: '/s4' }, status: 404 },
  {
    name: 'specific.but.wrong.com /s5 → 404 (route not accepted)',
    req: { host: 'specific.but.wrong.com', path: '/s5' },
    status: 404,
  },
  { name: 'wildcard.io /s5 → 404', req: { host: 'wildcard.io', path: '/s5' }, status: 404 },
]);

// A request goes to the most specific listener for its Host and only that listener's routes decide.
// gateway-http-listener-isolation.go runs one table against two Gateways: hostnames only on the listeners, and
// hostnames on the routes too that intersect them (two wildcards intersect as the narrower one).
const ISOLATION: Row[] = [
  { name: 'bar.com /empty-hostname → v1', req: { host: 'bar.com', path: '/empty-hostname' }, backend: V1 },
  { name: 'bar.com /wildcard-example-com → 404', req: { host: 'bar.com', path: '/wildcard-example-com' }, status: 404 },
  {
    name: 'bar.com /wildcard-foo-example-com → 404',
    req: { host: 'bar.com', path: '/wildcard-foo-example-com' },
    status: 404,
  },
  { name: 'bar.com /abc-foo-example-com → 404', req: { host: 'bar.com', path: '/abc-foo-example-com' }, status: 404 },
  {
    name: 'bar.example.com /empty-hostname → 404',
    req: { host: 'bar.example.com', path: '/empty-hostname' },
    status: 404,
  },
  {
    name: 'bar.example.com /wildcard-example-com → v1',
    req: { host: 'bar.example.com', path: '/wildcard-example-com' },
    backend: V1,
  },
  {
    name: 'bar.example.com /wildcard-foo-example-com → 404',
    req: { host: 'bar.example.com', path: '/wildcard-foo-example-com' },
    status: 404,
  },
  {
    name: 'bar.example.com /abc-foo-example-com → 404',
    req: { host: 'bar.example.com', path: '/abc-foo-example-com' },
    status: 404,
  },
  {
    name: 'bar.foo.example.com /empty-hostname → 404',
    req: { host: 'bar.foo.example.com', path: '/empty-hostname' },
    status: 404,
  },
  {
    name: 'bar.foo.example.com /wildcard-example-com → 404',
    req: { host: 'bar.foo.example.com', path: '/wildcard-example-com' },
    status: 404,
  },
  {
    name: 'bar.foo.example.com /wildcard-foo-example-com → v1',
    req: { host: 'bar.foo.example.com', path: '/wildcard-foo-example-com' },
    backend: V1,
  },
  {
    name: 'bar.foo.example.com /abc-foo-example-com → 404',
    req: { host: 'bar.foo.example.com', path: '/abc-foo-example-com' },
    status: 404,
  },
  {
    name: 'abc.foo.example.com /empty-hostname → 404',
    req: { host: 'abc.foo.example.com', path: '/empty-hostname' },
    status: 404,
  },
  {
    name: 'abc.foo.example.com /wildcard-example-com → 404',
    req: { host: 'abc.foo.example.com', path: '/wildcard-example-com' },
    status: 404,
  },
  {
    name: 'abc.foo.example.com /wildcard-foo-example-com → 404',
    req: { host: 'abc.foo.example.com', path: '/wildcard-foo-example-com' },
    status: 404,
  },
  {
    name: 'abc.foo.example.com /abc-foo-example-com → v1',
    req: { host: 'abc.foo.example.com', path: '/abc-foo-example-com' },
    backend: V1,
  },
];
table('gateway-http-listener-isolation', 'http-listener-isolation', ISOLATION);
table(
  'gateway-http-listener-isolation-with-hostname-intersection',
  'http-listener-isolation-with-hostname-intersection',
  ISOLATION,
);

describe('no gateway named, several Gateways (conformance base)', () => {
  const cluster = conformanceCluster('httproute-cross-namespace');
  it('goes to the Gateway that has a route for the request and says so', () => {
    const result = routeGateway(cluster, { host: 'example.com', path: '/' });
    expect(result.gateway).toBe(`${INFRA}/backend-namespaces`);
    expect(result.steps[0]?.kind).toBe('gateway');
  });
});

describe('the Host header the backend receives (HTTPRouteSpec.Hostnames)', () => {
  const cluster = conformanceCluster('httproute-hostname-intersection');
  it('is forwarded unmodified, port included, while matching ignores the port', () => {
    const result = routeGateway(cluster, {
      gateway: `${INFRA}/httproute-hostname-intersection`,
      host: 'very.specific.com:1234',
      path: '/s1',
    });
    expect(result.host).toBe('very.specific.com:1234');
  });
});

// HTTPS listeners of same-namespace-with-https-listener (conformance base): the request comes over https:443.
table('httproute-https-listener', 'same-namespace-with-https-listener', [
  {
    name: 'example.org → v1 (route hostname on the catch-all https listener)',
    req: { scheme: 'https', host: 'example.org' },
    backend: V1,
  },
  {
    name: 'second-example.org → v2 (listener https-with-hostname)',
    req: { scheme: 'https', host: 'second-example.org' },
    backend: V2,
  },
  {
    name: 'plain http to the HTTPS-only Gateway → 404 (no HTTP listener)',
    req: { scheme: 'http', host: 'example.org' },
    status: 404,
  },
]);

// A route's wildcard broader than its listener's wildcard serves the listener's narrower one: site-src
// concepts/hostnames.md ("If both Listener and Route have wildcard hostnames, they intersect as long as they
// overlap") and the comment in gateway-http-listener-isolation-with-hostname-intersection.yaml ("*.example.com"
// on listener *.foo.example.com "becomes *.foo.example.com"). Here it is the route's only hostname.
describe('a route wildcard broader than its listener wildcard', () => {
  const base = readFileSync(new URL('./fixtures/conformance-base.yaml', import.meta.url), 'utf8');
  const cluster = loadCluster(`${base.replaceAll('{GATEWAY_CLASS_NAME}', 'conformance')}
---
apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata:
  name: narrow
  namespace: ${INFRA}
spec:
  gatewayClassName: conformance
  listeners:
  - name: wildcard-foo-example-com
    port: 80
    protocol: HTTP
    hostname: "*.foo.example.com"
---
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata:
  name: broad
  namespace: ${INFRA}
spec:
  parentRefs:
  - name: narrow
  hostnames:
  - "*.example.com"
  rules:
  - backendRefs:
    - name: infra-backend-v1
      port: 8080
`);

  it('is Accepted by the listener', () => {
    const accepted = gatewayStatus(cluster)
      .routes[`${INFRA}/broad`]?.find((p) => p.parent === `${INFRA}/narrow`)
      ?.conditions.find((c) => c.type === 'Accepted');
    expect(accepted?.status).toBe('True');
  });

  it('serves the hosts under the listener, not the rest of the route’s wildcard', () => {
    expectRow(cluster, `${INFRA}/narrow`, {
      name: 'x.foo.example.com',
      req: { host: 'x.foo.example.com' },
      backend: V1,
    });
    expectRow(cluster, `${INFRA}/narrow`, { name: 'x.example.com', req: { host: 'x.example.com' }, status: 404 });
  });
});
