// What the Service storage refuses against the Services already in the cluster (the engine's validate
// checks one text; the terminal's cluster holds the others): a nodePort or clusterIP another Service has.
// kubernetes pkg/registry/core/service/portallocator and ipallocator; the message is the engine's
// (src/engine/validate/allocation.ts), `spec.ports[i].nodePort: Invalid value: N: provided port is already allocated`.
import type { StoredObject } from './store';
import type { ClusterStore, Json } from './store';
import { metadataOf } from './store';
import { record } from './json-values';

export interface AllocationError {
  path: string;
  message: string;
}

export function allocationErrors(
  session: { store: ClusterStore },
  value: Json,
  existing: StoredObject | undefined,
): AllocationError[] {
  if (value.kind !== 'Service') return [];
  const spec = record(value.spec) ?? {};
  const namespace = String(metadataOf(value).namespace ?? 'default');
  const name = String(metadataOf(value).name ?? '');
  const others = otherServices(session.store, namespace, name, existing);
  const errors: AllocationError[] = [];
  const ports = Array.isArray(spec.ports) ? spec.ports : [];
  ports.forEach((raw, i) => {
    const nodePort = record(raw)?.nodePort;
    if (typeof nodePort === 'number' && nodePort !== 0 && others.nodePorts.has(nodePort))
      errors.push({
        path: `spec.ports[${i}].nodePort`,
        message: `Invalid value: ${nodePort}: provided port is already allocated`,
      });
  });
  const clusterIP = spec.clusterIP;
  if (typeof clusterIP === 'string' && clusterIP !== '' && clusterIP !== 'None' && others.clusterIPs.has(clusterIP))
    errors.push({
      path: 'spec.clusterIPs',
      message: `Invalid value: []string{"${clusterIP}"}: failed to allocate IP ${clusterIP}: provided IP is already allocated`,
    });
  return errors;
}

/** Every other Service's nodePorts and clusterIP: as the model allocated them, and as stored documents ask. */
function otherServices(store: ClusterStore, namespace: string, name: string, existing: StoredObject | undefined) {
  const nodePorts = new Set<number>();
  const clusterIPs = new Set<string>();
  for (const service of store.cluster.services) {
    if (service.namespace === namespace && service.name === name) continue;
    for (const port of service.ports) if (port.nodePort) nodePorts.add(port.nodePort);
    if (service.healthCheckNodePort) nodePorts.add(service.healthCheckNodePort);
    if (service.clusterIP && service.clusterIP !== 'None') clusterIPs.add(service.clusterIP);
  }
  for (const object of store.objects) {
    if (object.kind !== 'Service' || object === existing) continue;
    if (object.namespace === namespace && object.name === name) continue;
    const spec = record(object.value.spec) ?? {};
    for (const port of Array.isArray(spec.ports) ? spec.ports : []) {
      const nodePort = record(port)?.nodePort;
      if (typeof nodePort === 'number') nodePorts.add(nodePort);
    }
    if (typeof spec.healthCheckNodePort === 'number') nodePorts.add(spec.healthCheckNodePort);
    if (typeof spec.clusterIP === 'string') clusterIPs.add(spec.clusterIP);
  }
  return { nodePorts, clusterIPs };
}
