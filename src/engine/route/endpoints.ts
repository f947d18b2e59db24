// kube-proxy's endpoint selection for one Service port: the endpoints of the Service's EndpointSlices
// for that port (matched by port name and protocol), then pkg/proxy/topology.go CategorizeEndpoints.
import type { EndpointSliceEndpoint, ServiceModel, ServicePortModel } from '../model';
import type { Lookup } from './lookup';

export interface ProxyEndpoint {
  ip: string;
  port: number;
  ready: boolean;
  serving: boolean;
  terminating: boolean;
  nodeName?: string;
  /** `NS/NAME` of the pod behind it, when the slice names one. */
  pod?: string;
}

export function serviceEndpoints(
  lookup: Lookup,
  service: ServiceModel,
  servicePort: ServicePortModel,
): ProxyEndpoint[] {
  const found: ProxyEndpoint[] = [];
  const seen = new Set<string>();
  for (const slice of lookup.slicesByService.get(`${service.namespace}/${service.name}`) ?? []) {
    if (slice.addressType !== 'IPv4') continue;
    const port = slice.ports.find(
      (p) => (p.name ?? '') === (servicePort.name ?? '') && p.protocol === servicePort.protocol,
    );
    if (!port) continue;
    for (const endpoint of slice.endpoints) {
      const ip = endpoint.addresses[0];
      if (!ip || seen.has(`${ip}:${port.port}`)) continue;
      seen.add(`${ip}:${port.port}`);
      const pod = podBehind(lookup, endpoint, slice.namespace, ip);
      found.push({
        ip,
        port: port.port,
        ready: endpoint.ready,
        serving: endpoint.serving,
        terminating: endpoint.terminating,
        ...(endpoint.nodeName ? { nodeName: endpoint.nodeName } : {}),
        ...(pod ? { pod } : {}),
      });
    }
  }
  return found;
}

/**
 * The pod an endpoint stands for: the one its targetRef names, else — a hand-written slice often has no
 * targetRef — the pod that owns the address. A targetRef to another kind (a Node, a VM) names no pod.
 */
function podBehind(lookup: Lookup, endpoint: EndpointSliceEndpoint, namespace: string, ip: string): string | undefined {
  const ref = endpoint.targetRef;
  if (ref) return (ref.kind ?? 'Pod') === 'Pod' ? `${ref.namespace ?? namespace}/${ref.name}` : undefined;
  const owner = lookup.podsByIp.get(ip);
  return owner ? `${owner.namespace}/${owner.name}` : undefined;
}

interface Categorized {
  /** Ready endpoints, or — only when none is ready anywhere — the serving, terminating ones. */
  cluster: ProxyEndpoint[];
  clusterFromTerminating: boolean;
  /** The same choice among the endpoints on `nodeName`. */
  local: ProxyEndpoint[];
  localFromTerminating: boolean;
  /** Any ready or serving-terminating endpoint anywhere; without one kube-proxy REJECTs. */
  hasAny: boolean;
}

export function categorize(endpoints: ProxyEndpoint[], nodeName: string): Categorized {
  const ready = endpoints.filter((e) => e.ready);
  const servingTerminating = endpoints.filter((e) => !e.ready && e.serving && e.terminating);
  const localReady = ready.filter((e) => e.nodeName === nodeName);
  const localTerminating = servingTerminating.filter((e) => e.nodeName === nodeName);
  return {
    cluster: ready.length > 0 ? ready : servingTerminating,
    clusterFromTerminating: ready.length === 0 && servingTerminating.length > 0,
    local: localReady.length > 0 ? localReady : localTerminating,
    localFromTerminating: localReady.length === 0 && localTerminating.length > 0,
    hasAny: ready.length > 0 || servingTerminating.length > 0,
  };
}
