// Which listeners each HTTPRoute attaches to, and the `Accepted` condition each parentRef gets
// (gateway-api apis/v1/shared_types.go ParentReference, RouteConditionReason; apis/v1/gateway_types.go
// AllowedRoutes, RouteNamespaces). Checked in the order that narrows the candidates: the parentRef's
// sectionName and port pick listeners (none: NoMatchingParent), their allowedRoutes must let the route in
// (none: NotAllowedByListeners), and the hostnames must intersect (none: NoMatchingListenerHostname).
import { message } from '../messages';
import { matchesSelector } from '../labels';
import type { Cluster, GatewayModel, HTTPRouteModel, ListenerModel, ParentRefModel } from '../model';
import { GATEWAY_GROUP } from '../validate/gateway/schema';
import { intersectHostnames } from './hostnames';
import type { RouteCondition } from './types';

/** A route attached to one listener, with the hostnames it serves there. */
export interface Attachment {
  route: HTTPRouteModel;
  gateway: GatewayModel;
  listener: ListenerModel;
  hostnames: string[];
}

export interface ParentAttachment {
  ref: ParentRefModel;
  gateway: GatewayModel;
  accepted: RouteCondition;
  attachments: Attachment[];
}

export const refName = (o: { namespace: string; name: string }) => `${o.namespace}/${o.name}`;

/** Whether a listener's protocol carries HTTPRoutes (HTTPRoute is the route kind of HTTP and HTTPS), the only
 * protocols the simulated implementation serves. */
export const HTTP_PROTOCOLS = new Set(['HTTP', 'HTTPS']);

/** The route kinds a listener allows: its allowedRoutes.kinds, or the protocol's own kinds when unset. */
export function allowsHTTPRoute(listener: ListenerModel): boolean {
  const kinds = listener.allowedRoutes.kinds;
  if (!kinds) return HTTP_PROTOCOLS.has(listener.protocol);
  return (
    HTTP_PROTOCOLS.has(listener.protocol) && kinds.some((k) => k.group === GATEWAY_GROUP && k.kind === 'HTTPRoute')
  );
}

function allowsNamespace(cluster: Cluster, listener: ListenerModel, gateway: GatewayModel, namespace: string): boolean {
  const { from, selector } = listener.allowedRoutes.namespaces;
  if (from === 'All') return true;
  if (from === 'Same') return namespace === gateway.namespace;
  if (from === 'Selector') {
    const labels = cluster.namespaces.find((n) => n.name === namespace)?.labels ?? {
      'kubernetes.io/metadata.name': namespace,
    };
    return selector !== undefined && matchesSelector(labels, selector);
  }
  return false;
}

export function findGateway(cluster: Cluster, ref: ParentRefModel, routeNamespace: string): GatewayModel | undefined {
  if (ref.group !== GATEWAY_GROUP || ref.kind !== 'Gateway') return undefined;
  const namespace = ref.namespace ?? routeNamespace;
  return cluster.gateways.find((g) => g.namespace === namespace && g.name === ref.name);
}

const condition = (status: 'True' | 'False', reason: string, message: string): RouteCondition => ({
  type: 'Accepted',
  status,
  reason,
  message,
});

/** The route's parentRefs that name a Gateway in the cluster, each with its Accepted condition. */
export function attachRoute(cluster: Cluster, route: HTTPRouteModel): ParentAttachment[] {
  const out: ParentAttachment[] = [];
  for (const ref of route.parentRefs) {
    const gateway = findGateway(cluster, ref, route.namespace);
    // A parentRef to no Gateway (or to another kind) has no controller to write its status.
    if (!gateway) continue;
    const gw = `Gateway ${refName(gateway)}`;
    const named = gateway.listeners.filter(
      (l) =>
        (ref.sectionName === undefined || l.name === ref.sectionName) &&
        (ref.port === undefined || l.port === ref.port),
    );
    if (named.length === 0) {
      const wanted = [
        ref.sectionName !== undefined ? `sectionName ${ref.sectionName}` : '',
        ref.port !== undefined ? `port ${ref.port}` : '',
      ]
        .filter(Boolean)
        .join(', ');
      out.push({
        ref,
        gateway,
        accepted: condition(
          'False',
          'NoMatchingParent',
          message('gatewayStatus.noMatchingParent', { gateway: gw, wanted }),
        ),
        attachments: [],
      });
      continue;
    }
    const allowed = named.filter((l) => allowsHTTPRoute(l) && allowsNamespace(cluster, l, gateway, route.namespace));
    if (allowed.length === 0) {
      out.push({
        ref,
        gateway,
        accepted: condition(
          'False',
          'NotAllowedByListeners',
          message('gatewayStatus.notAllowed', {
            gateway: gw,
            listeners: named.map((l) => l.name).join(', '),
            namespace: route.namespace,
          }),
        ),
        attachments: [],
      });
      continue;
    }
    const attachments = allowed
      .map((listener) => ({
        route,
        gateway,
        listener,
        hostnames: intersectHostnames(listener.hostname, route.hostnames),
      }))
      .filter((a) => a.hostnames.length > 0);
    if (attachments.length === 0) {
      out.push({
        ref,
        gateway,
        accepted: condition(
          'False',
          'NoMatchingListenerHostname',
          message('gatewayStatus.noMatchingHostname', {
            gateway: gw,
            hostnames: route.hostnames.join(', '),
            listenerHostnames: allowed.map((l) => l.hostname ?? message('gatewayStatus.anyHost')).join(', '),
          }),
        ),
        attachments: [],
      });
      continue;
    }
    out.push({
      ref,
      gateway,
      accepted: condition(
        'True',
        'Accepted',
        message('gatewayStatus.accepted', {
          gateway: gw,
          listeners: attachments.map((a) => a.listener.name).join(', '),
        }),
      ),
      attachments,
    });
  }
  return out;
}
