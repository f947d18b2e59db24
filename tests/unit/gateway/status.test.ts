// gatewayStatus and the requests of routes that are not (fully) valid: the kubernetes-sigs/gateway-api
// conformance tests named on each case, with the conditions and status codes they assert.
import { describe, expect, it } from 'vitest';
import { gatewayConditions, gatewayStatus, routeGateway } from '../../../src/engine/index';
import { conformanceCluster, INFRA } from './conformance';

const SAME = `${INFRA}/same-namespace`;
const WEB = 'gateway-conformance-web-backend';
const APP = 'gateway-conformance-app-backend';

function condition(test: string, route: string, parent: string, type: 'Accepted' | 'ResolvedRefs') {
  const status = gatewayStatus(conformanceCluster(test));
  const parents = status.routes[route] ?? [];
  return parents.find((p) => p.parent === parent)?.conditions.find((c) => c.type === type);
}

interface StatusCase {
  test: string;
  route: string;
  parent: string;
  type: 'Accepted' | 'ResolvedRefs';
  status: 'True' | 'False';
  reason: string;
}

const cases: StatusCase[] = [
  {
    test: 'httproute-simple-same-namespace',
    route: `${INFRA}/gateway-conformance-infra-test`,
    parent: SAME,
    type: 'Accepted',
    status: 'True',
    reason: 'Accepted',
  },
  {
    test: 'httproute-simple-same-namespace',
    route: `${INFRA}/gateway-conformance-infra-test`,
    parent: SAME,
    type: 'ResolvedRefs',
    status: 'True',
    reason: 'ResolvedRefs',
  },
  {
    test: 'httproute-cross-namespace',
    route: `${WEB}/cross-namespace`,
    parent: `${INFRA}/backend-namespaces`,
    type: 'Accepted',
    status: 'True',
    reason: 'Accepted',
  },
  {
    test: 'httproute-reference-grant',
    route: `${INFRA}/reference-grant`,
    parent: SAME,
    type: 'ResolvedRefs',
    status: 'True',
    reason: 'ResolvedRefs',
  },
  {
    test: 'httproute-disallowed-kind',
    route: `${INFRA}/disallowed-kind`,
    parent: `${INFRA}/tlsroutes-only`,
    type: 'Accepted',
    status: 'False',
    reason: 'NotAllowedByListeners',
  },
  {
    test: 'httproute-invalid-backendref-unknown-kind',
    route: `${INFRA}/invalid-backend-ref-unknown-kind`,
    parent: SAME,
    type: 'ResolvedRefs',
    status: 'False',
    reason: 'InvalidKind',
  },
  {
    test: 'httproute-invalid-backendref-unknown-kind',
    route: `${INFRA}/invalid-backend-ref-unknown-kind`,
    parent: SAME,
    type: 'Accepted',
    status: 'True',
    reason: 'Accepted',
  },
  {
    test: 'httproute-invalid-cross-namespace-backend-ref',
    route: `${INFRA}/invalid-cross-namespace-backend-ref`,
    parent: SAME,
    type: 'ResolvedRefs',
    status: 'False',
    reason: 'RefNotPermitted',
  },
  {
    test: 'httproute-invalid-cross-namespace-parent-ref',
    route: `${WEB}/invalid-cross-namespace-parent-ref`,
    parent: SAME,
    type: 'Accepted',
    status: 'False',
    reason: 'NotAllowedByListeners',
  },
  {
    test: 'httproute-invalid-cross-namespace-parent-ref',
    route: `${WEB}/invalid-cross-namespace-parent-ref`,
    parent: SAME,
    type: 'ResolvedRefs',
    status: 'True',
    reason: 'ResolvedRefs',
  },
  {
    test: 'httproute-invalid-nonexistent-backendref',
    route: `${INFRA}/invalid-nonexistent-backend-ref`,
    parent: SAME,
    type: 'ResolvedRefs',
    status: 'False',
    reason: 'BackendNotFound',
  },
  {
    test: 'httproute-invalid-parentref-not-matching-listener-port',
    route: `${INFRA}/httproute-listener-not-matching-route-port`,
    parent: SAME,
    type: 'Accepted',
    status: 'False',
    reason: 'NoMatchingParent',
  },
  {
    test: 'httproute-invalid-parentref-not-matching-section-name',
    route: `${INFRA}/httproute-listener-not-matching-section-name`,
    parent: SAME,
    type: 'Accepted',
    status: 'False',
    reason: 'NoMatchingParent',
  },
  {
    test: 'httproute-invalid-parentref-section-name-not-matching-port',
    route: `${INFRA}/httproute-listener-section-name-not-matching-port`,
    parent: `${INFRA}/gateway-with-one-not-matching-port-and-section-name-route`,
    type: 'Accepted',
    status: 'False',
    reason: 'NoMatchingParent',
  },
  {
    test: 'httproute-invalid-reference-grant',
    route: `${INFRA}/reference-grant`,
    parent: SAME,
    type: 'ResolvedRefs',
    status: 'False',
    reason: 'RefNotPermitted',
  },
  {
    test: 'httproute-partially-invalid-via-invalid-reference-grant',
    route: `${INFRA}/invalid-reference-grant`,
    parent: SAME,
    type: 'ResolvedRefs',
    status: 'False',
    reason: 'RefNotPermitted',
  },
  {
    test: 'httproute-hostname-intersection',
    route: `${INFRA}/no-intersecting-hosts`,
    parent: `${INFRA}/httproute-hostname-intersection`,
    type: 'Accepted',
    status: 'False',
    reason: 'NoMatchingListenerHostname',
  },
];

describe('route conditions (conformance tests named per case)', () => {
  it.each(cases)('$test: $type $status $reason', (c) => {
    expect(condition(c.test, c.route, c.parent, c.type)).toMatchObject({ status: c.status, reason: c.reason });
  });
});

describe('attachedRoutes (GatewayMustHaveZeroRoutes and its opposite)', () => {
  it.each([
    ['httproute-disallowed-kind', `${INFRA}/tlsroutes-only`, 'tls', 0],
    ['httproute-invalid-cross-namespace-parent-ref', SAME, 'http', 0],
    ['httproute-invalid-parentref-not-matching-listener-port', SAME, 'http', 0],
    ['httproute-invalid-parentref-not-matching-section-name', SAME, 'http', 0],
    [
      'httproute-invalid-parentref-section-name-not-matching-port',
      `${INFRA}/gateway-with-one-not-matching-port-and-section-name-route`,
      'http',
      0,
    ],
    ['httproute-simple-same-namespace', SAME, 'http', 1],
  ] as const)('%s: %s listener %s has %i routes', (test, gateway, listener, count) => {
    const status = gatewayStatus(conformanceCluster(test));
    expect(status.gateways[gateway]?.listeners.find((l) => l.name === listener)?.attachedRoutes).toBe(count);
  });
});

describe('requests of invalid routes', () => {
  it.each([
    ['httproute-invalid-backendref-unknown-kind', '/v2', 500, undefined],
    ['httproute-invalid-cross-namespace-backend-ref', '/', 500, undefined],
    ['httproute-invalid-nonexistent-backendref', '/', 500, undefined],
    ['httproute-invalid-reference-grant', '/', 500, undefined],
    ['httproute-partially-invalid-via-invalid-reference-grant', '/v2', 500, undefined],
    ['httproute-partially-invalid-via-invalid-reference-grant', '/', 200, `${APP}/app-backend-v1`],
    ['httproute-reference-grant', '/', 200, `${WEB}/web-backend`],
    ['httproute-simple-same-namespace', '/', 200, `${INFRA}/infra-backend-v1`],
  ] as const)('%s %s → %i', (test, path, status, backend) => {
    const result = routeGateway(conformanceCluster(test), { gateway: SAME, host: 'example.com', path });
    expect(result.status).toBe(status);
    if (backend) expect(result.backends.map((b) => b.service)).toEqual([backend]);
    else expect(result.outcome).toBe('error');
  });

  it('httproute-cross-namespace: a route in the web namespace reaches web-backend through backend-namespaces', () => {
    const result = routeGateway(conformanceCluster('httproute-cross-namespace'), {
      gateway: `${INFRA}/backend-namespaces`,
      host: 'example.com',
      path: '/',
    });
    expect(result.backends.map((b) => b.service)).toEqual([`${WEB}/web-backend`]);
  });

  it('httproute-invalid-cross-namespace-parent-ref: a route the listener does not allow routes nothing (404)', () => {
    const result = routeGateway(conformanceCluster('httproute-invalid-cross-namespace-parent-ref'), {
      gateway: SAME,
      host: 'example.com',
      path: '/',
    });
    expect(result.status).toBe(404);
  });
});

describe('conformance gateway-with-attached-routes (GatewayStatusMustHaveListeners)', () => {
  it.each([
    ['gateway-with-one-attached-route', 'http', 1],
    ['gateway-with-two-attached-routes', 'http', 2],
    ['unresolved-gateway-with-one-attached-unresolved-route', 'tls', 1],
  ] as const)('%s listener %s: attachedRoutes %i', (gateway, listener, count) => {
    const status = gatewayStatus(conformanceCluster('gateway-with-attached-routes'));
    expect(status.gateways[`${INFRA}/${gateway}`]?.listeners).toContainEqual({ name: listener, attachedRoutes: count });
  });

  it('http-route-not-accepted: Accepted False NoMatchingListenerHostname', () => {
    expect(
      condition(
        'gateway-with-attached-routes',
        `${INFRA}/http-route-not-accepted`,
        `${INFRA}/gateway-with-two-attached-routes`,
        'Accepted',
      ),
    ).toMatchObject({ status: 'False', reason: 'NoMatchingListenerHostname' });
  });
});

// The conditions on Gateways and listeners that conformance asserts (GatewayStatusMustHaveListeners,
// GatewayMustHaveCondition): each expected condition is type, status and reason as the .go file writes them.
describe('Gateway and listener conditions (gatewayConditions)', () => {
  const conditionsOf = (test: string, gateway: string) => {
    const cluster = conformanceCluster(test);
    const found = cluster.gateways.find((g) => `${g.namespace}/${g.name}` === `${INFRA}/${gateway}`);
    if (!found) throw new Error(`no Gateway ${gateway}`);
    return gatewayConditions(found);
  };
  const pick = (list: { type: string; status: string; reason: string }[], type: string) =>
    list.find((c) => c.type === type);

  // gateway-invalid-listeners-unsupported-protocol.go
  it('only unsupported protocols: listener Accepted False UnsupportedProtocol, Gateway Accepted False ListenersNotValid', () => {
    const status = conditionsOf('gateway-invalid-listeners-unsupported-protocol', 'gateway-only-unsupported-protocols');
    expect(pick(status.listeners.invalid ?? [], 'Accepted')).toEqual({
      type: 'Accepted',
      status: 'False',
      reason: 'UnsupportedProtocol',
    });
    expect(pick(status.conditions, 'Accepted')).toEqual({
      type: 'Accepted',
      status: 'False',
      reason: 'ListenersNotValid',
    });
  });

  it('one supported listener: it is Accepted, the Gateway Accepted True with reason ListenersNotValid', () => {
    const status = conditionsOf(
      'gateway-invalid-listeners-unsupported-protocol',
      'gateway-supported-and-unsupported-protocols',
    );
    expect(pick(status.listeners.http ?? [], 'Accepted')).toEqual({
      type: 'Accepted',
      status: 'True',
      reason: 'Accepted',
    });
    expect(pick(status.listeners.invalid ?? [], 'Accepted')?.reason).toBe('UnsupportedProtocol');
    expect(pick(status.conditions, 'Accepted')).toEqual({
      type: 'Accepted',
      status: 'True',
      reason: 'ListenersNotValid',
    });
  });

  // gateway-invalid-route-kind.go
  it.each(['gateway-only-invalid-route-kind', 'gateway-supported-and-invalid-route-kind'])(
    '%s: listener ResolvedRefs False InvalidRouteKinds',
    (gateway) => {
      const status = conditionsOf('gateway-invalid-route-kind', gateway);
      expect(pick(status.listeners.http ?? [], 'ResolvedRefs')).toEqual({
        type: 'ResolvedRefs',
        status: 'False',
        reason: 'InvalidRouteKinds',
      });
    },
  );

  it('a plain HTTP listener is Accepted, Programmed and has its refs resolved', () => {
    const status = conditionsOf('httproute-simple-same-namespace', 'same-namespace');
    expect(
      Object.values(status.listeners)
        .flat()
        .every((c) => c.status === 'True'),
    ).toBe(true);
    expect(status.conditions).toEqual([
      { type: 'Accepted', status: 'True', reason: 'Accepted' },
      { type: 'Programmed', status: 'True', reason: 'Programmed' },
    ]);
  });
});
