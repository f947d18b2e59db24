// The objects the API server would list for each resource type, built from the cluster model (what the
// engine made of the documents) and the stored documents (what the model does not keep: images, replicas).
import type {
  EndpointSliceModel,
  IngressClassModel,
  IngressModel,
  Labels,
  NamespaceModel,
  NetworkPolicyModel,
  NodeModel,
  PodModel,
  ServiceModel,
} from '../engine';
import { isGatewayKind, servedGatewayObjects, type GatewayKind } from './gateway';
import { publishedAddresses, publishedAt } from './ingress-status';
import type { ResourceType } from './resources';
import { resourceOfKind } from './resources';
import { record, stringMap } from './json-values';
import { metadataOf, PREEXISTING_AGE_MS, type ClusterStore, type Json, type StoredObject } from './store';

interface Common {
  type: ResourceType;
  namespace?: string;
  name: string;
  labels: Labels;
  created: number;
  /** The stored document, when the object is one (not made by a controller or the cluster itself). */
  stored?: StoredObject;
}

export type ApiObject = Common &
  (
    | { kind: 'Pod'; pod: PodModel; containers: Json[] }
    | { kind: 'Service'; service: ServiceModel }
    | { kind: 'Endpoints'; service: ServiceModel; slices: EndpointSliceModel[] }
    | { kind: 'EndpointSlice'; slice: EndpointSliceModel }
    | { kind: 'Deployment'; replicas: number; pods: PodModel[]; template: Json; selector: Json }
    | { kind: 'ReplicaSet'; replicas: number; pods: PodModel[]; template: Json; selector: Labels }
    | { kind: 'Ingress'; ingress: IngressModel; addresses: string[]; publishedAt: number }
    | { kind: 'IngressClass'; ingressClass: IngressClassModel }
    | { kind: 'NetworkPolicy'; policy: NetworkPolicyModel }
    | { kind: 'Namespace'; ns: NamespaceModel }
    | { kind: 'Node'; node: NodeModel }
    /** A Gateway API custom resource as the API server serves it (defaults and status included). */
    | { kind: GatewayKind; served: Json }
  );

/** Namespaces every kubeadm cluster has. */
const SYSTEM_NAMESPACES = ['default', 'kube-node-lease', 'kube-public', 'kube-system'];

/** The API server lists objects in key order: namespace, then name. */
export function listObjects(store: ClusterStore, kind: string): ApiObject[] {
  return unsorted(store, kind).sort((a, b) => compare(a.namespace ?? '', b.namespace ?? '') || compare(a.name, b.name));
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function unsorted(store: ClusterStore, kind: string): ApiObject[] {
  const cluster = store.cluster;
  const type = resourceOfKind(kind);
  if (!type) return [];
  const common = (
    namespace: string | undefined,
    name: string,
    labels: Labels,
    ownerKind = kind,
    ownerName = name,
  ): Common => {
    const stored = store.find(ownerKind, namespace, ownerName);
    return {
      type,
      namespace,
      name,
      labels,
      created: stored?.created ?? store.startedAt - PREEXISTING_AGE_MS,
      ...(stored && ownerKind === kind ? { stored } : {}),
    };
  };
  switch (kind) {
    case 'Pod':
      return cluster.pods.map((pod) => {
        const owner = ownerOf(pod);
        const base = owner
          ? common(pod.namespace, pod.name, pod.labels, owner.kind, owner.name)
          : common(pod.namespace, pod.name, pod.labels);
        const spec = owner
          ? templateSpec(store.find(owner.kind, pod.namespace, owner.name)?.value)
          : record(base.stored?.value.spec);
        return { ...base, kind: 'Pod', pod, containers: containersOf(spec) };
      });
    case 'Service':
      return cluster.services.map((service) => ({
        ...common(service.namespace, service.name, service.labels),
        kind: 'Service',
        service,
      }));
    case 'Endpoints':
      return cluster.services
        .filter((s) => s.type !== 'ExternalName')
        .map((service) => {
          const slices = cluster.endpointSlices.filter(
            (e) => e.namespace === service.namespace && e.serviceName === service.name,
          );
          return { service, slices };
        })
        .filter(({ service, slices }) => service.selector !== undefined || slices.length > 0)
        .map(({ service, slices }) => ({
          ...common(service.namespace, service.name, service.labels, 'Service'),
          stored: undefined,
          kind: 'Endpoints',
          service,
          slices,
        }));
    case 'EndpointSlice':
      return endpointSlices(cluster).map((slice) => ({
        ...common(
          slice.namespace,
          slice.name,
          sliceLabels(slice),
          slice.implicit ? 'Service' : kind,
          slice.implicit ? slice.serviceName : slice.name,
        ),
        ...(slice.implicit ? { stored: undefined } : {}),
        kind: 'EndpointSlice',
        slice,
      }));
    case 'Deployment':
      return store.objects
        .filter((o) => o.kind === 'Deployment')
        .map((o) => {
          const spec = record(o.value.spec) ?? {};
          const pods = cluster.pods.filter((p) => p.owner === `Deployment ${o.namespace}/${o.name}`);
          return {
            ...common(o.namespace, o.name, labelsOf(o.value)),
            kind: 'Deployment',
            replicas: replicasOf(spec),
            pods,
            template: record(spec.template) ?? {},
            selector: record(spec.selector) ?? {},
          };
        });
    case 'ReplicaSet':
      return store.objects
        .filter((o) => o.kind === 'Deployment')
        .flatMap((o) => {
          const spec = record(o.value.spec) ?? {};
          const pods = cluster.pods.filter((p) => p.owner === `Deployment ${o.namespace}/${o.name}`);
          const hash = pods[0]?.labels['pod-template-hash'];
          if (!hash) return [];
          const labels = { ...labelsOf(record(spec.template) ?? {}), 'pod-template-hash': hash };
          const selector = { ...stringMap(record(spec.selector)?.matchLabels), 'pod-template-hash': hash };
          return [
            {
              ...common(o.namespace, `${o.name}-${hash}`, labels, 'Deployment', o.name),
              stored: undefined,
              kind: 'ReplicaSet' as const,
              replicas: replicasOf(spec),
              pods,
              template: record(spec.template) ?? {},
              selector,
            },
          ];
        });
    case 'Ingress':
      return cluster.ingresses.map((ingress) => {
        const base = common(
          ingress.namespace,
          ingress.name,
          labelsOf(store.find('Ingress', ingress.namespace, ingress.name)?.value ?? {}),
        );
        return {
          ...base,
          kind: 'Ingress',
          ingress,
          addresses: publishedAddresses(cluster, ingress),
          publishedAt: publishedAt(base.created, store.startedAt - PREEXISTING_AGE_MS),
        };
      });
    case 'IngressClass':
      return cluster.ingressClasses.map((ingressClass) => ({
        ...common(
          undefined,
          ingressClass.name,
          labelsOf(store.find('IngressClass', undefined, ingressClass.name)?.value ?? {}),
        ),
        kind: 'IngressClass',
        ingressClass,
      }));
    case 'NetworkPolicy':
      return cluster.networkPolicies.map((policy) => ({
        ...common(
          policy.namespace,
          policy.name,
          labelsOf(store.find('NetworkPolicy', policy.namespace, policy.name)?.value ?? {}),
        ),
        kind: 'NetworkPolicy',
        policy,
      }));
    case 'Namespace': {
      const names = new Set([...SYSTEM_NAMESPACES, ...cluster.namespaces.map((n) => n.name)]);
      return [...names].sort().map((name) => {
        const ns = cluster.namespaces.find((n) => n.name === name) ?? {
          name,
          labels: { 'kubernetes.io/metadata.name': name },
          implicit: true,
        };
        return { ...common(undefined, name, ns.labels), kind: 'Namespace', ns };
      });
    }
    case 'Node':
      return cluster.nodes.map((node) => ({ ...common(undefined, node.name, node.labels), kind: 'Node', node }));
  }
  if (isGatewayKind(kind))
    return servedGatewayObjects(store, kind).map(({ stored, served }) => ({
      ...common(stored.namespace, stored.name, labelsOf(stored.value)),
      kind,
      served,
    }));
  return [];
}

/** Also true for a Namespace stored earlier in the same batch, before the model is rebuilt. */
/**
 * The cluster's EndpointSlices, with the placeholder the EndpointSlice controller keeps for a selector
 * Service that matches no pod (pkg/controller/endpointslice reconciler: one slice, no ports, no endpoints).
 */
export function endpointSlices(cluster: ClusterStore['cluster']): EndpointSliceModel[] {
  const placeholders: EndpointSliceModel[] = cluster.services
    .filter((s) => s.selector && s.type !== 'ExternalName')
    .filter((s) => !cluster.endpointSlices.some((e) => e.namespace === s.namespace && e.serviceName === s.name))
    .map((s) => ({
      namespace: s.namespace,
      name: `${s.name}-${generatedSuffix(`${s.namespace}/${s.name}`)}`,
      serviceName: s.name,
      addressType: 'IPv4',
      ports: [],
      endpoints: [],
      implicit: true,
    }));
  return [...cluster.endpointSlices, ...placeholders];
}

/**
 * generateName's five characters (apimachinery rand.String's alphabet, no vowels), here from a hash of the
 * Service so the placeholder keeps its name from one command to the next.
 */
export function generatedSuffix(seed: string): string {
  const alphabet = 'bcdfghjklmnpqrstvwxz2456789';
  let hash = 0x811c9dc5;
  for (const char of seed) hash = Math.imul(hash ^ (char.codePointAt(0) ?? 0), 0x01000193) >>> 0;
  let out = '';
  for (let i = 0; i < 5; i++, hash = Math.floor(hash / alphabet.length)) out += alphabet[hash % alphabet.length];
  return out;
}

/** The labels the EndpointSlice controller puts on its slices. */
function sliceLabels(slice: EndpointSliceModel): Labels {
  return slice.implicit
    ? {
        'endpointslice.kubernetes.io/managed-by': 'endpointslice-controller.k8s.io',
        'kubernetes.io/service-name': slice.serviceName,
      }
    : { 'kubernetes.io/service-name': slice.serviceName };
}

export function namespaceExists(store: ClusterStore, name: string): boolean {
  return (
    SYSTEM_NAMESPACES.includes(name) ||
    store.cluster.namespaces.some((n) => n.name === name) ||
    store.objects.some((o) => o.kind === 'Namespace' && o.name === name)
  );
}

/** The pod's spec as written: its own document, or its controller's pod template. */
export function podSpec(store: ClusterStore, pod: PodModel): Json | undefined {
  const owner = ownerOf(pod);
  if (owner) return templateSpec(store.find(owner.kind, pod.namespace, owner.name)?.value);
  return record(store.find('Pod', pod.namespace, pod.name)?.value.spec);
}

export function containersOf(spec: Json | undefined): Json[] {
  const containers = spec?.containers;
  return Array.isArray(containers) ? containers.filter((c): c is Json => !!record(c)) : [];
}

function ownerOf(pod: PodModel): { kind: string; name: string } | undefined {
  const [match, kind = '', name = ''] = /^(\w+) [^/]+\/(.+)$/.exec(pod.owner ?? '') ?? [];
  return match ? { kind, name } : undefined;
}

function templateSpec(value: Json | undefined): Json | undefined {
  return record(record(record(value?.spec)?.template)?.spec);
}

function replicasOf(spec: Json): number {
  return typeof spec.replicas === 'number' ? spec.replicas : 1;
}

export function labelsOf(value: Json): Labels {
  return stringMap(metadataOf(value).labels);
}
