// The kinds the engine knows, keyed by apiVersion and kind as the API server serves them: each with its schema,
// whether it lives in a namespace, its name rule and its semantic validation.
import { message } from '../messages';
import type { FieldError } from './errors';
import { validateDeploymentSpec, validateReplicaSetSpec } from './apps/workloads';
import { validateNodeSpec } from './core/node';
import { validatePodSpec } from './core/pod';
import { validateServiceSpec } from './core/service';
import { validateEndpointSlice } from './discovery/endpointslice';
import { gatewayKinds } from './gateway';
import { isDNS1035Label, isDNS1123Label, isDNS1123Subdomain } from './names';
import type { NameValidator } from './meta';
import { validateIngress } from './networking/ingress';
import { validateIngressClassSpec } from './networking/ingressclass';
import { validateNetworkPolicySpec } from './networking/networkpolicy';
import type { FieldPath } from './path';
import { deployment, replicaSet } from './schema/apps';
import { namespace, node, pod, service } from './schema/core';
import { endpointSlice, ingress, ingressClass, networkPolicy } from './schema/networking';
import type { Schema } from './schema/types';
import { obj } from '../values';
import type { Obj } from '../values';

export interface KindInfo {
  schema: Schema;
  namespaced: boolean;
  /** The name rule ValidateObjectMeta applies (NameIsDNSSubdomain, NameIsDNSLabel, NameIsDNS1035Label). */
  name: NameValidator;
  validate: (object: Obj, root: FieldPath) => FieldError[];
}

const spec = (fn: (spec: Obj, specPath: FieldPath) => FieldError[]) => (object: Obj, root: FieldPath) =>
  fn(obj(object.spec), root.child('spec'));

export const kinds: Record<string, Record<string, KindInfo>> = {
  v1: {
    Namespace: { schema: namespace, namespaced: false, name: isDNS1123Label, validate: () => [] },
    Node: { schema: node, namespaced: false, name: isDNS1123Subdomain, validate: spec(validateNodeSpec) },
    Pod: { schema: pod, namespaced: true, name: isDNS1123Subdomain, validate: spec(validatePodSpec) },
    // ValidateServiceName: Service names are DNS-1035 labels (they become DNS names and env var prefixes).
    Service: {
      schema: service,
      namespaced: true,
      name: isDNS1035Label,
      validate: (o, root) => validateServiceSpec(obj(o.spec), root),
    },
  },
  'apps/v1': {
    Deployment: {
      schema: deployment,
      namespaced: true,
      name: isDNS1123Subdomain,
      validate: spec(validateDeploymentSpec),
    },
    ReplicaSet: {
      schema: replicaSet,
      namespaced: true,
      name: isDNS1123Subdomain,
      validate: spec(validateReplicaSetSpec),
    },
  },
  'networking.k8s.io/v1': {
    Ingress: { schema: ingress, namespaced: true, name: isDNS1123Subdomain, validate: validateIngress },
    IngressClass: {
      schema: ingressClass,
      namespaced: false,
      name: isDNS1123Subdomain,
      validate: spec(validateIngressClassSpec),
    },
    NetworkPolicy: {
      schema: networkPolicy,
      namespaced: true,
      name: isDNS1123Subdomain,
      validate: spec(validateNetworkPolicySpec),
    },
  },
  'discovery.k8s.io/v1': {
    EndpointSlice: {
      schema: endpointSlice,
      namespaced: true,
      name: isDNS1123Subdomain,
      validate: validateEndpointSlice,
    },
  },
  ...gatewayKinds,
};

/** Versions the API server no longer serves, with the one to use instead (for the hint). */
export const removedVersions: Record<string, string> = {
  'extensions/v1beta1': message('manifest.eitherVersion', { first: 'apps/v1', second: 'networking.k8s.io/v1' }),
  'apps/v1beta1': 'apps/v1',
  'apps/v1beta2': 'apps/v1',
  'networking.k8s.io/v1beta1': 'networking.k8s.io/v1',
  'discovery.k8s.io/v1beta1': 'discovery.k8s.io/v1',
};

export function lookupKind(apiVersion: string, kind: string): KindInfo | undefined {
  return kinds[apiVersion]?.[kind];
}

/** The apiVersion that serves a kind, for a hint when the text names another. */
export function versionOf(kind: string): string | undefined {
  return Object.entries(kinds).find(([, served]) => served[kind])?.[0];
}

export function knownKinds(): string[] {
  return Object.values(kinds).flatMap((byKind) => Object.keys(byKind));
}
