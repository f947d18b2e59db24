// The resource types the terminal knows, with the names kubectl accepts for them and the names it prints.
import { GATEWAY_RESOURCE_TYPES } from './gateway';

export interface ResourceType {
  kind: string;
  /** Plural resource name, as in `Error from server (NotFound): services "x" not found`. */
  plural: string;
  /** Singular, as in `service/x created` and `service "x" deleted`. */
  singular: string;
  /** `apps`, `networking.k8s.io` or '' for the core group. */
  group: string;
  apiVersion: string;
  aliases: string[];
  namespaced: boolean;
}

const TYPES: ResourceType[] = [
  { kind: 'Pod', plural: 'pods', singular: 'pod', group: '', apiVersion: 'v1', aliases: ['po'], namespaced: true },
  {
    kind: 'Service',
    plural: 'services',
    singular: 'service',
    group: '',
    apiVersion: 'v1',
    aliases: ['svc'],
    namespaced: true,
  },
  {
    kind: 'Endpoints',
    plural: 'endpoints',
    singular: 'endpoints',
    group: '',
    apiVersion: 'v1',
    aliases: ['ep'],
    namespaced: true,
  },
  {
    kind: 'EndpointSlice',
    plural: 'endpointslices',
    singular: 'endpointslice',
    group: 'discovery.k8s.io',
    apiVersion: 'discovery.k8s.io/v1',
    aliases: [],
    namespaced: true,
  },
  {
    kind: 'Deployment',
    plural: 'deployments',
    singular: 'deployment',
    group: 'apps',
    apiVersion: 'apps/v1',
    aliases: ['deploy'],
    namespaced: true,
  },
  {
    kind: 'ReplicaSet',
    plural: 'replicasets',
    singular: 'replicaset',
    group: 'apps',
    apiVersion: 'apps/v1',
    aliases: ['rs'],
    namespaced: true,
  },
  {
    kind: 'Ingress',
    plural: 'ingresses',
    singular: 'ingress',
    group: 'networking.k8s.io',
    apiVersion: 'networking.k8s.io/v1',
    aliases: ['ing'],
    namespaced: true,
  },
  {
    kind: 'IngressClass',
    plural: 'ingressclasses',
    singular: 'ingressclass',
    group: 'networking.k8s.io',
    apiVersion: 'networking.k8s.io/v1',
    aliases: [],
    namespaced: false,
  },
  {
    kind: 'NetworkPolicy',
    plural: 'networkpolicies',
    singular: 'networkpolicy',
    group: 'networking.k8s.io',
    apiVersion: 'networking.k8s.io/v1',
    aliases: ['netpol'],
    namespaced: true,
  },
  {
    kind: 'Namespace',
    plural: 'namespaces',
    singular: 'namespace',
    group: '',
    apiVersion: 'v1',
    aliases: ['ns'],
    namespaced: false,
  },
  { kind: 'Node', plural: 'nodes', singular: 'node', group: '', apiVersion: 'v1', aliases: ['no'], namespaced: false },
  ...GATEWAY_RESOURCE_TYPES,
];

export const RESOURCE_TYPES: readonly ResourceType[] = TYPES;

/** `pods`, `pod`, `po`, `deployments.apps`, ... as kubectl's RESTMapper resolves them. */
export function resourceType(name: string): ResourceType | undefined {
  const lower = name.toLowerCase();
  return TYPES.find(
    (t) =>
      t.plural === lower ||
      t.singular === lower ||
      t.aliases.includes(lower) ||
      t.kind.toLowerCase() === lower ||
      (t.group && (lower === `${t.plural}.${t.group}` || lower === `${t.singular}.${t.group}`)),
  );
}

export function resourceOfKind(kind: string): ResourceType | undefined {
  return TYPES.find((t) => t.kind === kind);
}

/** `services`, `deployments.apps`: how the API server names the resource in its errors. */
export function qualifiedPlural(type: ResourceType): string {
  return type.group ? `${type.plural}.${type.group}` : type.plural;
}

/** `service`, `deployment.apps`: how kubectl names the object in `TYPE/NAME` and `TYPE "NAME" deleted`. */
export function qualifiedSingular(type: ResourceType): string {
  return type.group ? `${type.singular}.${type.group}` : type.singular;
}
