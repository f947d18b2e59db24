// loadCluster(text): the cluster a manifest text describes, with the scenario defaults of DESIGN.md
// filled in (and listed in `assumptions`) and the system objects every cluster has.
import { message } from '../messages';
import type { Cluster, EndpointSliceModel, ServiceModel } from '../model';
import { validateObjects } from '../validate';
import { parseManifests } from '../yaml/parse';
import { record, stringEntries, text } from '../values';
import { controllerSlices, sliceFrom } from './endpointSlices';
import { gatewayObjects } from './gateways';
import { GATEWAY_KINDS } from '../validate/gateway';
import { ingressClassFrom, ingressFrom } from './ingresses';
import { loadNamespaces } from './namespaces';
import { networkPolicyFrom } from './networkPolicies';
import { loadNodes } from './nodes';
import { collectObjects, namespaceOf, type ManifestObject } from './objects';
import type { PodDraft } from './podDraft';
import { placePods } from './pods';
import { Recorder } from './recorder';
import { allocateClusterIPs, allocateNodePorts, serviceFrom } from './services';
import { coreDnsPods, kubeDnsService, kubernetesService } from './system';
import { expandWorkload, WORKLOAD_KINDS } from './workloads';
import { append } from '../list';

const CLUSTER_SCOPED = new Set(['Namespace', 'Node', 'IngressClass', 'GatewayClass']);
const MODELLED = new Set([
  ...CLUSTER_SCOPED,
  ...WORKLOAD_KINDS,
  'Pod',
  'Service',
  'EndpointSlice',
  'Ingress',
  'NetworkPolicy',
  ...GATEWAY_KINDS,
]);

export function loadCluster(source: string): Cluster {
  const parsed = parseManifests(source);
  const { diagnostics, refusals } = validateObjects(parsed);
  const recorder = new Recorder();
  const objects = collectObjects(parsed, refusals, recorder).filter((object) => {
    if (MODELLED.has(object.kind)) return true;
    recorder.skip(object.source.doc, message('cluster.notModelled', { kind: object.kind }), object.kind, object.name);
    return false;
  });
  const of = (kind: string) => objects.filter((o) => o.kind === kind);

  const podObjects = of('Pod');
  const nodes = loadNodes(
    objects,
    podObjects.map((p) => text(p.spec.nodeName)).filter((n): n is string => !!n),
    recorder,
  );

  const drafts: PodDraft[] = [];
  for (const object of objects) {
    if (object.kind === 'Pod') drafts.push(podDraft(object));
    else if (WORKLOAD_KINDS.has(object.kind)) append(drafts, expandWorkload(object, recorder));
  }
  const textHasDns = drafts.some((d) => d.namespace === 'kube-system' && d.labels['k8s-app'] === 'kube-dns');
  // CoreDNS pods come last so the reader's pods keep the notes' addresses (10.244.0.2, ...).
  const pods = placePods([...drafts, ...(textHasDns ? [] : coreDnsPods(recorder))], nodes, recorder);

  const services = of('Service').map((o) => serviceFrom(o, recorder));
  const has = (namespace: string, name: string) => services.some((s) => s.namespace === namespace && s.name === name);
  const system: ServiceModel[] = [];
  const slices: EndpointSliceModel[] = [];
  if (!has('default', 'kubernetes')) {
    const kubernetes = kubernetesService(nodes, recorder);
    system.push(kubernetes.service);
    slices.push(kubernetes.slice);
  }
  if (!has('kube-system', 'kube-dns')) system.push(kubeDnsService(recorder));
  const allServices = [...system, ...services];
  allocateClusterIPs(allServices, recorder);
  allocateNodePorts(allServices, recorder);

  for (const object of of('EndpointSlice')) {
    const slice = sliceFrom(object, recorder);
    if (slice) slices.push(slice);
  }
  for (const service of allServices) append(slices, controllerSlices(service, pods));

  const namespaced = objects.filter((o) => !CLUSTER_SCOPED.has(o.kind)).map(namespaceOf);
  return {
    namespaces: loadNamespaces(objects, namespaced, recorder),
    nodes,
    pods,
    services: allServices,
    endpointSlices: slices,
    ingresses: of('Ingress').map((o, i) => ingressFrom(o, i, recorder)),
    ingressClasses: of('IngressClass').map(ingressClassFrom),
    networkPolicies: of('NetworkPolicy').map((o) => networkPolicyFrom(o, recorder)),
    ...gatewayObjects(objects),
    assumptions: recorder.assumptions,
    skipped: recorder.skipped,
    diagnostics,
  };
}

function podDraft(object: ManifestObject): PodDraft {
  return {
    namespace: namespaceOf(object),
    name: object.name,
    labels: stringEntries(object.metadata.labels),
    metadata: object.metadata,
    spec: record(object.defaulted.spec) ?? {},
    ...(object.status ? { status: object.status } : {}),
    implicit: false,
    source: object.source,
  };
}
