// EndpointSlices: the text's own, and the ones the EndpointSlice controller keeps for every Service
// with a selector.
import { message } from '../messages';
import type { EndpointSliceEndpoint, EndpointSliceModel, PodModel, ServiceModel } from '../model';
import type { Protocol } from '../types';
import { arr, bool, integer, record, stringEntries, text } from '../values';
import { stableSuffix } from './hash';
import { matchesLabels } from '../labels';
import { namespaceOf, type ManifestObject } from './objects';
import type { Recorder } from './recorder';

const SERVICE_NAME_LABEL = 'kubernetes.io/service-name';

export function sliceFrom(object: ManifestObject, recorder: Recorder): EndpointSliceModel | undefined {
  const serviceName = stringEntries(object.metadata.labels)[SERVICE_NAME_LABEL];
  if (!serviceName) {
    recorder.skip(
      object.source.doc,
      message('cluster.sliceWithoutService', { name: object.name, label: SERVICE_NAME_LABEL }),
      object.kind,
      object.name,
    );
    return undefined;
  }
  const addressType = text(object.raw.addressType);
  return {
    namespace: namespaceOf(object),
    name: object.name,
    serviceName,
    addressType: addressType === 'IPv6' || addressType === 'FQDN' ? addressType : 'IPv4',
    ports: arr(object.defaulted.ports).map((p) => endpointPort(record(p) ?? {})),
    endpoints: arr(object.raw.endpoints).map((e) => sliceEndpoint(record(e) ?? {})),
    implicit: false,
    source: object.source,
  };
}

function endpointPort(port: Record<string, unknown>): EndpointSliceModel['ports'][number] {
  const name = text(port.name);
  return {
    ...(name ? { name } : {}),
    port: integer(port.port) ?? 0,
    protocol: (text(port.protocol) as Protocol | undefined) ?? 'TCP',
  };
}

/** discovery/v1: a nil `ready` means ready; a nil `serving` means the same as `ready`; a nil `terminating` means not. */
function sliceEndpoint(endpoint: Record<string, unknown>): EndpointSliceEndpoint {
  const conditions = record(endpoint.conditions) ?? {};
  const ready = bool(conditions.ready) ?? true;
  const targetRef = record(endpoint.targetRef);
  const nodeName = text(endpoint.nodeName);
  return {
    addresses: arr(endpoint.addresses).filter((a): a is string => typeof a === 'string'),
    ready,
    serving: bool(conditions.serving) ?? ready,
    terminating: bool(conditions.terminating) ?? false,
    ...(nodeName ? { nodeName } : {}),
    ...(targetRef ? { targetRef: objectRef(targetRef) } : {}),
  };
}

function objectRef(ref: Record<string, unknown>): NonNullable<EndpointSliceEndpoint['targetRef']> {
  const kind = text(ref.kind);
  const namespace = text(ref.namespace);
  return { ...(kind ? { kind } : {}), ...(namespace ? { namespace } : {}), name: text(ref.name) ?? '' };
}

/**
 * pkg/controller/endpointslice: every pod the selector matches in the Service's namespace becomes an
 * endpoint, with the ports found on that pod (getEndpointPorts: a named targetPort that the pod does
 * not declare for that protocol is left out for that pod). Pods with the same ports share a slice.
 */
export function controllerSlices(service: ServiceModel, pods: PodModel[]): EndpointSliceModel[] {
  if (!service.selector || service.type === 'ExternalName') return [];
  const groups = new Map<string, { ports: EndpointSliceModel['ports']; endpoints: EndpointSliceEndpoint[] }>();
  for (const pod of pods) {
    if (pod.namespace !== service.namespace || !matchesLabels(pod.labels, service.selector)) continue;
    const ports = service.ports.flatMap((sp) => {
      const port = findPort(pod, sp.targetPort, sp.protocol);
      return port === undefined ? [] : [{ ...(sp.name ? { name: sp.name } : {}), port, protocol: sp.protocol }];
    });
    const key = JSON.stringify(ports);
    const group = groups.get(key) ?? { ports, endpoints: [] };
    groups.set(key, group);
    // "ready should never be true if a pod is terminating, unless publishNotReadyAddresses was set."
    group.endpoints.push({
      addresses: [pod.ip],
      ready: service.publishNotReadyAddresses || (pod.ready && !pod.terminating),
      serving: pod.ready,
      terminating: pod.terminating,
      nodeName: pod.nodeName,
      targetRef: { kind: 'Pod', namespace: pod.namespace, name: pod.name },
    });
  }
  return [...groups.values()].map((group, i) => ({
    namespace: service.namespace,
    name: `${service.name}-${stableSuffix(`${service.namespace}/${service.name}/slice/${i}`)}`,
    serviceName: service.name,
    addressType: 'IPv4',
    ports: group.ports,
    endpoints: group.endpoints,
    implicit: true,
  }));
}

/** pkg/api/v1/pod FindPort: a number is used as is; a name is looked up among the containers' ports of that protocol. */
function findPort(pod: PodModel, targetPort: number | string, protocol: Protocol): number | undefined {
  if (typeof targetPort === 'number') return targetPort;
  return pod.ports.find((p) => p.name === targetPort && p.protocol === protocol)?.containerPort;
}
