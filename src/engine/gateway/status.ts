// gatewayStatus(cluster): what a conformant implementation writes into the objects' status — per route and
// parentRef the `Accepted` and `ResolvedRefs` conditions (gateway-api apis/v1/shared_types.go
// RouteParentStatus), per Gateway listener the number of attached routes (gateway_types.go ListenerStatus);
// gatewayConditions(gateway): the conditions it writes on the Gateway and each listener.
import { message } from '../messages';
import type { Cluster, GatewayModel, HTTPRouteModel, ListenerModel } from '../model';
import { GATEWAY_GROUP } from '../validate/gateway/schema';
import { attachRoute, HTTP_PROTOCOLS, refName } from './attach';
import { resolveBackend } from './refs';
import type { GatewayCondition, GatewayConditions, GatewayStatus, RouteCondition } from './types';

/** ResolvedRefs of a route: False with the first unresolvable backendRef's reason, else True. */
export function resolvedRefs(cluster: Cluster, route: HTTPRouteModel): RouteCondition {
  for (const rule of route.rules) {
    const refs = [
      ...rule.backendRefs,
      ...rule.filters.flatMap((f) => (f.requestMirror ? [f.requestMirror.backendRef] : [])),
    ];
    for (const ref of refs) {
      const resolution = resolveBackend(cluster, route, ref);
      if (!resolution.ok)
        return { type: 'ResolvedRefs', status: 'False', reason: resolution.reason, message: resolution.message };
    }
  }
  return { type: 'ResolvedRefs', status: 'True', reason: 'ResolvedRefs', message: message('gatewayStatus.resolved') };
}

export function gatewayStatus(cluster: Cluster): GatewayStatus {
  if (!cluster || typeof cluster !== 'object') return { routes: {}, gateways: {} };
  const routes: GatewayStatus['routes'] = {};
  const attached = new Map<string, Set<string>>();
  for (const route of cluster.httpRoutes ?? []) {
    const resolved = resolvedRefs(cluster, route);
    routes[refName(route)] = attachRoute(cluster, route).map(({ ref, gateway, accepted, attachments }) => {
      for (const { listener } of attachments) {
        const key = `${refName(gateway)}\n${listener.name}`;
        const names = attached.get(key) ?? new Set<string>();
        attached.set(key, names.add(refName(route)));
      }
      return {
        parent: refName(gateway),
        ...(ref.sectionName !== undefined ? { sectionName: ref.sectionName } : {}),
        ...(ref.port !== undefined ? { port: ref.port } : {}),
        conditions: [accepted, resolved],
      };
    });
  }
  const gateways: GatewayStatus['gateways'] = {};
  for (const gateway of cluster.gateways ?? []) {
    gateways[refName(gateway)] = {
      listeners: gateway.listeners.map((l) => ({
        name: l.name,
        attachedRoutes: attached.get(`${refName(gateway)}\n${l.name}`)?.size ?? 0,
      })),
    };
  }
  return { routes, gateways };
}

const condition = (type: GatewayCondition['type'], ok: boolean, reason: string, fault: string): GatewayCondition =>
  ok ? { type, status: 'True', reason } : { type, status: 'False', reason: fault };

/**
 * A listener of a protocol the implementation does not serve is not Accepted (UnsupportedProtocol) nor
 * Programmed (Invalid); allowedRoutes.kinds naming a kind it does not support make ResolvedRefs False
 * (InvalidRouteKinds) — conformance gateway-invalid-listeners-unsupported-protocol.go and
 * gateway-invalid-route-kind.go.
 */
function listenerConditions(listener: ListenerModel): GatewayCondition[] {
  const served = HTTP_PROTOCOLS.has(listener.protocol);
  const kindsOk = (listener.allowedRoutes.kinds ?? []).every(
    (k) => k.group === GATEWAY_GROUP && k.kind === 'HTTPRoute',
  );
  return [
    condition('Accepted', served, 'Accepted', 'UnsupportedProtocol'),
    condition('Programmed', served, 'Programmed', 'Invalid'),
    condition('ResolvedRefs', kindsOk, 'ResolvedRefs', 'InvalidRouteKinds'),
  ];
}

/**
 * `gatewayConditions(gateway)`: a Gateway is Accepted and Programmed while any listener is, with reason
 * ListenersNotValid when some are not (gateway_types.go GatewayReasonListenersNotValid; conformance
 * gateway-invalid-listeners-unsupported-protocol.go), and each listener's conditions.
 */
export function gatewayConditions(gateway: GatewayModel): GatewayConditions {
  const listeners = Array.isArray(gateway?.listeners) ? gateway.listeners : [];
  const accepted = listeners.filter((l) => HTTP_PROTOCOLS.has(l.protocol)).length;
  const accept = condition('Accepted', accepted > 0, 'Accepted', 'ListenersNotValid');
  return {
    conditions: [
      accepted > 0 && accepted < listeners.length ? { ...accept, reason: 'ListenersNotValid' } : accept,
      condition('Programmed', accepted > 0, 'Programmed', 'Invalid'),
    ],
    listeners: Object.fromEntries(listeners.map((l) => [l.name, listenerConditions(l)])),
  };
}
