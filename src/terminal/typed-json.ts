// `-o json` of an object kubectl built itself (create deployment|service|ingress|namespace, run, expose with
// --dry-run=client): cli-runtime printers/json.go marshals the typed Go object, so keys come in the Go
// struct's field order (kubernetes staging/src/k8s.io/api/{core,apps,networking}/v1/types.go and
// apimachinery meta/v1 types.go: TypeMeta is kind, apiVersion) and only maps (labels, selectors) sorted.
// What the API server returns is unstructured and printed with every key sorted (manifest.ts toJson).
import { escapeLikeGo } from './manifest';
import { record } from './json-values';

/** Each struct's JSON field names in declaration order, and the struct type of the fields that hold one. */
interface Struct {
  fields: string[];
  children?: Record<string, string>;
}

const OBJECT_META = [
  'name',
  'generateName',
  'namespace',
  'selfLink',
  'uid',
  'resourceVersion',
  'generation',
  'creationTimestamp',
  'deletionTimestamp',
  'deletionGracePeriodSeconds',
  'labels',
  'annotations',
  'ownerReferences',
  'finalizers',
  'managedFields',
];

const TOP = ['kind', 'apiVersion', 'metadata', 'spec', 'status'];

const STRUCTS: Record<string, Struct> = {
  Deployment: { fields: TOP, children: { metadata: 'ObjectMeta', spec: 'DeploymentSpec' } },
  Pod: { fields: TOP, children: { metadata: 'ObjectMeta', spec: 'PodSpec' } },
  Service: { fields: TOP, children: { metadata: 'ObjectMeta', spec: 'ServiceSpec' } },
  Ingress: { fields: TOP, children: { metadata: 'ObjectMeta', spec: 'IngressSpec' } },
  Namespace: { fields: TOP, children: { metadata: 'ObjectMeta' } },
  ObjectMeta: { fields: OBJECT_META },
  DeploymentSpec: {
    fields: [
      'replicas',
      'selector',
      'template',
      'strategy',
      'minReadySeconds',
      'revisionHistoryLimit',
      'paused',
      'progressDeadlineSeconds',
    ],
    children: { selector: 'LabelSelector', template: 'PodTemplateSpec' },
  },
  LabelSelector: { fields: ['matchLabels', 'matchExpressions'] },
  PodTemplateSpec: { fields: ['metadata', 'spec'], children: { metadata: 'ObjectMeta', spec: 'PodSpec' } },
  PodSpec: {
    fields: [
      'volumes',
      'initContainers',
      'containers',
      'ephemeralContainers',
      'restartPolicy',
      'terminationGracePeriodSeconds',
      'activeDeadlineSeconds',
      'dnsPolicy',
      'nodeSelector',
      'serviceAccountName',
      'serviceAccount',
      'automountServiceAccountToken',
      'nodeName',
      'hostNetwork',
      'hostPID',
      'hostIPC',
      'shareProcessNamespace',
      'securityContext',
      'imagePullSecrets',
      'hostname',
      'subdomain',
      'affinity',
      'schedulerName',
      'tolerations',
      'hostAliases',
      'priorityClassName',
      'priority',
      'dnsConfig',
      'readinessGates',
      'runtimeClassName',
      'enableServiceLinks',
      'preemptionPolicy',
      'overhead',
      'topologySpreadConstraints',
      'setHostnameAsFQDN',
      'os',
      'hostUsers',
      'schedulingGates',
      'resourceClaims',
      'resources',
    ],
    children: { containers: 'Container', initContainers: 'Container' },
  },
  Container: {
    fields: [
      'name',
      'image',
      'command',
      'args',
      'workingDir',
      'ports',
      'envFrom',
      'env',
      'resources',
      'resizePolicy',
      'restartPolicy',
      'volumeMounts',
      'volumeDevices',
      'livenessProbe',
      'readinessProbe',
      'startupProbe',
      'lifecycle',
      'terminationMessagePath',
      'terminationMessagePolicy',
      'imagePullPolicy',
      'securityContext',
      'stdin',
      'stdinOnce',
      'tty',
    ],
    children: { ports: 'ContainerPort' },
  },
  ContainerPort: { fields: ['name', 'hostPort', 'containerPort', 'protocol', 'hostIP'] },
  ServiceSpec: {
    fields: [
      'ports',
      'selector',
      'clusterIP',
      'clusterIPs',
      'type',
      'externalIPs',
      'sessionAffinity',
      'loadBalancerIP',
      'loadBalancerSourceRanges',
      'externalName',
      'externalTrafficPolicy',
      'healthCheckNodePort',
      'publishNotReadyAddresses',
      'sessionAffinityConfig',
      'ipFamilies',
      'ipFamilyPolicy',
      'allocateLoadBalancerNodePorts',
      'loadBalancerClass',
      'internalTrafficPolicy',
      'trafficDistribution',
    ],
    children: { ports: 'ServicePort' },
  },
  ServicePort: { fields: ['name', 'protocol', 'appProtocol', 'port', 'targetPort', 'nodePort'] },
  IngressSpec: {
    fields: ['ingressClassName', 'defaultBackend', 'tls', 'rules'],
    children: { defaultBackend: 'IngressBackend', tls: 'IngressTLS', rules: 'IngressRule' },
  },
  IngressTLS: { fields: ['hosts', 'secretName'] },
  // IngressRuleValue is embedded inline, so `http` sits beside `host`.
  IngressRule: { fields: ['host', 'http'], children: { http: 'HTTPIngressRuleValue' } },
  HTTPIngressRuleValue: { fields: ['paths'], children: { paths: 'HTTPIngressPath' } },
  HTTPIngressPath: { fields: ['path', 'pathType', 'backend'], children: { backend: 'IngressBackend' } },
  IngressBackend: { fields: ['service', 'resource'], children: { service: 'IngressServiceBackend' } },
  IngressServiceBackend: { fields: ['name', 'port'], children: { port: 'ServiceBackendPort' } },
  ServiceBackendPort: { fields: ['name', 'number'] },
};

/** The object as json.MarshalIndent(obj, "", "    ") writes the typed Go value. */
export function toTypedJson(value: Record<string, unknown>): string {
  return escapeLikeGo(JSON.stringify(ordered(value, String(value.kind ?? '')), null, 4));
}

function ordered(value: unknown, structName: string | undefined): unknown {
  if (Array.isArray(value)) return value.map((item) => ordered(item, structName));
  const object = record(value);
  if (!object) return value;
  const struct = structName ? STRUCTS[structName] : undefined;
  // A map (labels, selector, annotations, …) or a struct this table does not spell out: Go sorts map keys.
  const keys = struct
    ? [
        ...struct.fields.filter((k) => Object.hasOwn(object, k)),
        ...Object.keys(object)
          .filter((k) => !struct.fields.includes(k))
          .sort(),
      ]
    : Object.keys(object).sort();
  return Object.fromEntries(
    keys.filter((k) => object[k] !== undefined).map((k) => [k, ordered(object[k], struct?.children?.[k])]),
  );
}
