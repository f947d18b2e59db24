// gatewayStatus(cluster): what a conformant implementation writes into the objects' status — per route and
// parentRef the `Accepted` and `ResolvedRefs` conditions (gateway-api apis/v1/shared_types.go
// RouteParentStatus), per Gateway listener the number of attached routes (gateway_types.go ListenerStatus).
import { message } from '../messages';
import type { Cluster, HTTPRouteModel } from '../model';
import { attachRoute, refName } from './attach';
import { resolveBackend } from './refs';
import type { GatewayStatus, RouteCondition } from './types';

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
