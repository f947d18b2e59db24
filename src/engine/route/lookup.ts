// Lookups route needs on every request, built once per Cluster object (kube-proxy's view of the cluster).
import type { Assumption, Cluster, EndpointSliceModel, NodeModel, PodModel, ServiceModel } from '../model';

export interface Lookup {
  podsByIp: Map<string, PodModel>;
  podsByRef: Map<string, PodModel>;
  nodesByIp: Map<string, NodeModel>;
  nodesByName: Map<string, NodeModel>;
  /** ClusterIP → Service (headless Services have none). */
  byClusterIP: Map<string, ServiceModel>;
  /** TCP/UDP nodePort → Service. */
  byNodePort: Map<string, { service: ServiceModel; index: number }>;
  /** LoadBalancer ingress IPs and externalIPs → Services that answer there. */
  byExternalIP: Map<string, ServiceModel[]>;
  servicesByRef: Map<string, ServiceModel>;
  slicesByService: Map<string, EndpointSliceModel[]>;
  /** The loader's assumptions, by the object they are about. */
  assumptionsByObject: Map<string, Assumption[]>;
}

const cache = new WeakMap<Cluster, Lookup>();

export function lookupOf(cluster: Cluster): Lookup {
  const cached = cache.get(cluster);
  if (cached) return cached;
  const lookup: Lookup = {
    podsByIp: new Map(),
    podsByRef: new Map(),
    nodesByIp: new Map(cluster.nodes.map((n) => [n.ip, n])),
    nodesByName: new Map(cluster.nodes.map((n) => [n.name, n])),
    byClusterIP: new Map(),
    byNodePort: new Map(),
    byExternalIP: new Map(),
    servicesByRef: new Map(),
    slicesByService: new Map(),
    assumptionsByObject: new Map(),
  };
  for (const pod of cluster.pods) {
    lookup.podsByRef.set(`${pod.namespace}/${pod.name}`, pod);
    // Several hostNetwork pods share their node's IP; the address belongs to the node, not to one pod.
    if (!pod.hostNetwork && !lookup.podsByIp.has(pod.ip)) lookup.podsByIp.set(pod.ip, pod);
  }
  for (const service of cluster.services) {
    const ref = `${service.namespace}/${service.name}`;
    if (lookup.servicesByRef.has(ref)) continue;
    lookup.servicesByRef.set(ref, service);
    if (service.clusterIP && service.clusterIP !== 'None' && !lookup.byClusterIP.has(service.clusterIP))
      lookup.byClusterIP.set(service.clusterIP, service);
    service.ports.forEach((port, index) => {
      const key = `${port.protocol}/${port.nodePort}`;
      if (port.nodePort && !lookup.byNodePort.has(key)) lookup.byNodePort.set(key, { service, index });
    });
    for (const ip of [...service.loadBalancerIPs, ...service.externalIPs]) {
      const list = lookup.byExternalIP.get(ip) ?? [];
      list.push(service);
      lookup.byExternalIP.set(ip, list);
    }
  }
  for (const slice of cluster.endpointSlices) {
    const ref = `${slice.namespace}/${slice.serviceName}`;
    const list = lookup.slicesByService.get(ref) ?? [];
    list.push(slice);
    lookup.slicesByService.set(ref, list);
  }
  for (const assumption of cluster.assumptions) {
    const list = lookup.assumptionsByObject.get(assumption.object) ?? [];
    list.push(assumption);
    lookup.assumptionsByObject.set(assumption.object, list);
  }
  cache.set(cluster, lookup);
  return lookup;
}
