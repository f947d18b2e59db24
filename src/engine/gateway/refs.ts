// Whether a backendRef resolves (gateway-api apis/v1/httproute_types.go HTTPBackendRef, shared_types.go
// RouteConditionReason, apis/v1beta1/referencegrant_types.go): a core Service (group "" and kind Service)
// that exists and has the port; a ref into another namespace needs a ReferenceGrant in the target namespace
// that lets HTTPRoutes of the route's namespace refer to that Service (or to every Service).
import { message } from '../messages';
import type { BackendObjectRefModel, Cluster, HTTPRouteModel } from '../model';
import { GATEWAY_GROUP } from '../validate/gateway/schema';

export type Resolution =
  | { ok: true; service: string; port: number }
  | { ok: false; reason: 'InvalidKind' | 'RefNotPermitted' | 'BackendNotFound'; message: string };

export function referenceGranted(
  cluster: Cluster,
  fromNamespace: string,
  to: { group: string; kind: string; namespace: string; name: string },
): boolean {
  return cluster.referenceGrants.some(
    (grant) =>
      grant.namespace === to.namespace &&
      grant.from.some((f) => f.group === GATEWAY_GROUP && f.kind === 'HTTPRoute' && f.namespace === fromNamespace) &&
      grant.to.some((t) => t.group === to.group && t.kind === to.kind && (t.name === undefined || t.name === to.name)),
  );
}

export function resolveBackend(cluster: Cluster, route: HTTPRouteModel, ref: BackendObjectRefModel): Resolution {
  const namespace = ref.namespace ?? route.namespace;
  const what = `${ref.group ? `${ref.kind}.${ref.group}` : ref.kind} ${namespace}/${ref.name}`;
  if (ref.group !== '' || ref.kind !== 'Service') {
    return {
      ok: false,
      reason: 'InvalidKind',
      message: message('gatewayStatus.invalidKind', { ref: what }),
    };
  }
  if (
    namespace !== route.namespace &&
    !referenceGranted(cluster, route.namespace, { group: '', kind: 'Service', namespace, name: ref.name })
  ) {
    return {
      ok: false,
      reason: 'RefNotPermitted',
      message: message('gatewayStatus.refNotPermitted', { ref: what, namespace, routeNamespace: route.namespace }),
    };
  }
  const service = cluster.services.find((s) => s.namespace === namespace && s.name === ref.name);
  if (!service) {
    return { ok: false, reason: 'BackendNotFound', message: message('gatewayStatus.noService', { ref: what }) };
  }
  const port = service.ports.find((p) => p.port === ref.port && p.protocol === 'TCP');
  if (!port) {
    // The spec names no reason for a missing port; it is a part of the referenced object that does not exist.
    return {
      ok: false,
      reason: 'BackendNotFound',
      message: message('gatewayStatus.noPort', {
        ref: what,
        port: ref.port,
        ports: service.ports.map((p) => p.port).join(', '),
      }),
    };
  }
  return { ok: true, service: `${namespace}/${ref.name}`, port: port.port };
}
