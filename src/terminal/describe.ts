// kubectl describe TYPE [NAME], laid out as kubectl's describers (k8s.io/kubectl/pkg/describe/describe.go) write
// them through a tabwriter; workloads, endpoints and ingress classes have files of their own.
import {
  formatLabels,
  formatLabelSelector,
  type EndpointSliceModel,
  type IngressBackendModel,
  type NetworkPolicyModel,
  type NetworkPolicyPeerModel,
  type NetworkPolicyRuleModel,
  type ServiceModel,
} from '../engine';
import { last, parseFlags } from './args';
import { describeEndpoints, describeEndpointSlice, describeIngressClass } from './describe-discovery';
import { describeUnstructured } from './describe-generic';
import { describePod } from './describe-pod';
import { describeDeployment, describeReplicaSet } from './describe-workloads';
import { manifestOf } from './manifest';
import { fail, ok, type CommandOutput } from './output';
import { qualifiedPlural, resourceType } from './resources';
import { DEFAULT_NAMESPACE, type Session } from './session';
import { metadataOf } from './store';
import { DESCRIBE, tabwrite } from './tabwriter';
import { endpointSlices, listObjects, type ApiObject } from './views';

const ENDPOINTS_WARNING = 'Warning: v1 Endpoints is deprecated in v1.33+; use discovery.k8s.io/v1 EndpointSlice';

const DESCRIBABLE = [
  'Service',
  'Ingress',
  'NetworkPolicy',
  'Pod',
  'Deployment',
  'ReplicaSet',
  'Endpoints',
  'EndpointSlice',
  'IngressClass',
  'GatewayClass',
  'Gateway',
  'HTTPRoute',
  'ReferenceGrant',
];

export function describe(session: Session, tokens: string[]): CommandOutput {
  const args = parseFlags(tokens, { values: { namespace: 'n' }, booleans: {} });
  if (typeof args === 'string') return fail(`${args}\nSee 'kubectl describe --help' for usage.`);
  const [typeName, ...rest] = args.positional.flatMap((p) => p.split('/'));
  if (!typeName)
    return fail(
      'You must specify the type of resource to describe. Use "kubectl api-resources" for a complete list of supported resources.\n\nerror: Required resource not specified.',
    );
  const type = resourceType(typeName);
  if (!type) return fail(`error: the server doesn't have a resource type "${typeName}"`);
  if (!DESCRIBABLE.includes(type.kind)) return fail(`이 터미널의 describe는 namespace와 node를 보여 주지 않습니다.`);
  const namespace = last(args, 'namespace') ?? DEFAULT_NAMESPACE;
  const objects = listObjects(session.store, type.kind).filter((o) => !type.namespaced || o.namespace === namespace);
  const chosen = rest.length > 0 ? rest.map((name) => objects.find((o) => o.name === name) ?? name) : objects;
  // The API server warns on every read of v1 Endpoints (KEP-4974); kubectl prints the warning once.
  const warning = type.kind === 'Endpoints' ? [ENDPOINTS_WARNING] : [];
  if (chosen.length === 0) return ok([...warning, `No resources found in ${namespace} namespace.`].join('\n'));
  const texts: string[] = [];
  const errors: string[] = [];
  for (const object of chosen) {
    if (typeof object === 'string')
      errors.push(`Error from server (NotFound): ${qualifiedPlural(type)} "${object}" not found`);
    else texts.push(tabwrite(describeObject(session, object), DESCRIBE));
  }
  const text = [...warning, texts.join('\n\n\n'), ...errors].filter((t) => t !== '').join('\n');
  return errors.length > 0 ? fail(text) : ok(text);
}

function describeObject(session: Session, object: ApiObject): string {
  switch (object.kind) {
    case 'Service':
      return describeService(session, object.service);
    case 'Ingress':
      return describeIngress(session, object);
    case 'NetworkPolicy':
      return describePolicy(object.policy, object.created, object.labels, annotationsOf(object));
    case 'Pod':
      return describePod(session, object);
    case 'Deployment':
      return describeDeployment(session, object);
    case 'ReplicaSet':
      return describeReplicaSet(session, object);
    case 'Endpoints':
      return describeEndpoints(session, object);
    case 'EndpointSlice':
      return describeEndpointSlice(session, object);
    case 'IngressClass':
      return describeIngressClass(session, object);
    case 'GatewayClass':
    case 'Gateway':
    case 'HTTPRoute':
    case 'ReferenceGrant':
      return describeUnstructured(manifestOf(object, session.now()));
    default:
      return '';
  }
}

function describeService(session: Session, service: ServiceModel): string {
  const lines = [
    `Name:\t${service.name}`,
    `Namespace:\t${service.namespace}`,
    ...multiline('Labels', service.labels, '='),
    ...multiline('Annotations', service.annotations, ': '),
    `Selector:\t${formatLabels(service.selector)}`,
    `Type:\t${service.type}`,
  ];
  if (service.type === 'ExternalName') {
    lines.push(`External Name:\t${service.externalName ?? ''}`);
  } else {
    lines.push(
      'IP Family Policy:\tSingleStack',
      'IP Families:\tIPv4',
      `IP:\t${service.clusterIP}`,
      `IPs:\t${service.clusterIP}`,
    );
    if (service.externalIPs.length > 0) lines.push(`External IPs:\t${service.externalIPs.join(',')}`);
    if (service.loadBalancerIPs.length > 0) lines.push(`LoadBalancer Ingress:\t${service.loadBalancerIPs.join(', ')}`);
  }
  const slices = slicesOf(session, service.namespace, service.name);
  for (const port of service.ports) {
    lines.push(`Port:\t${port.name || '<unset>'}\t${port.port}/${port.protocol}`);
    lines.push(`TargetPort:\t${port.targetPort}/${port.protocol}`);
    if (port.nodePort) lines.push(`NodePort:\t${port.name || '<unset>'}\t${port.nodePort}/${port.protocol}`);
    lines.push(`Endpoints:\t${formatEndpointSlices(slices, port.name ?? '')}`);
  }
  lines.push(`Session Affinity:\t${service.sessionAffinity}`);
  if (service.type === 'NodePort' || service.type === 'LoadBalancer')
    lines.push(`External Traffic Policy:\t${service.externalTrafficPolicy}`);
  if (service.type !== 'ExternalName') lines.push(`Internal Traffic Policy:\t${service.internalTrafficPolicy}`);
  if (service.healthCheckNodePort) lines.push(`HealthCheck NodePort:\t${service.healthCheckNodePort}`);
  lines.push('Events:\t<none>');
  return lines.join('\n');
}

function describeIngress(session: Session, object: Extract<ApiObject, { kind: 'Ingress' }>): string {
  const ingress = object.ingress;
  const backend = (b: IngressBackendModel | undefined) => describeBackend(session, ingress.namespace, b);
  const lines = [
    `Name:\t${ingress.name}`,
    ...multiline('Labels', object.labels, '='),
    `Namespace:\t${ingress.namespace}`,
    `Address:\t${session.now() >= object.publishedAt ? object.addresses.join(',') : ''}`,
    `Ingress Class:\t${ingress.ingressClassName ?? '<none>'}`,
    `Default backend:\t${ingress.defaultBackend ? backend(ingress.defaultBackend) : '<default>'}`,
  ];
  if (ingress.tls.length > 0) {
    lines.push('TLS:');
    for (const tls of ingress.tls) lines.push(`  ${tls.secretName ?? 'SNI'} terminates ${tls.hosts.join(',')}`);
  }
  lines.push('Rules:', '  Host\tPath\tBackends', '  ----\t----\t--------');
  for (const rule of ingress.rules) {
    lines.push(`  ${rule.host || '*'}\t`);
    for (const path of rule.paths) lines.push(`    \t${path.path ?? ''} \t${backend(path.backend)}`);
  }
  if (ingress.rules.length === 0) lines.push(`  *\t*\t${backend(ingress.defaultBackend)}`);
  lines.push(...multiline('Annotations', ingress.annotations, ': '), 'Events:\t<none>');
  return lines.join('\n');
}

/**
 * describe.go (1.34) describeBackendV1: `service:port (endpoints)` from the Service's EndpointSlices, the
 * lookup's error in their place (`<error: services "x" not found>`), or the resource backend.
 */
function describeBackend(session: Session, namespace: string, backend: IngressBackendModel | undefined): string {
  const service = backend?.service;
  if (!service) {
    if (!backend?.resource) return '';
    return `APIGroup: ${backend.resource.apiGroup ?? '<none>'}, Kind: ${backend.resource.kind}, Name: ${backend.resource.name}`;
  }
  // serviceBackendStringer: `name:number`, or `name:portName`.
  const label = `${service.name}:${service.port.number ?? service.port.name ?? ''}`;
  const found = session.store.cluster.services.find((s) => s.namespace === namespace && s.name === service.name);
  if (!found) return `${label} (<error: services "${service.name}" not found>)`;
  const servicePort = found.ports.find((p) =>
    service.port.number !== undefined ? p.port === service.port.number : p.name === service.port.name,
  );
  return `${label} (${formatEndpointSlices(slicesOf(session, namespace, service.name), servicePort?.name ?? '')})`;
}

function slicesOf(session: Session, namespace: string, serviceName: string): EndpointSliceModel[] {
  return endpointSlices(session.store.cluster).filter(
    (s) => s.namespace === namespace && s.serviceName === serviceName,
  );
}

/**
 * describe.go formatEndpointSlices: ready endpoints of the port named like the Service port, `IP:port`, at
 * most three then ` + N more...`; `<none>` only when there is no slice at all (a placeholder slice gives "").
 */
function formatEndpointSlices(slices: EndpointSliceModel[], portName: string): string {
  if (slices.length === 0) return '<none>';
  const list: string[] = [];
  const max = 3;
  let more = false;
  let count = 0;
  for (const slice of slices) {
    const ports = slice.ports.length === 0 ? [undefined] : slice.ports.filter((p) => (p.name ?? '') === portName);
    for (const port of ports) {
      for (const endpoint of slice.endpoints) {
        if (list.length === max) more = true;
        if (!endpoint.ready) continue;
        const address = endpoint.addresses[0] ?? '';
        if (!more) list.push(port ? `${address}:${port.port}` : address);
        count++;
      }
    }
  }
  return more ? `${list.join(',')} + ${count - max} more...` : list.join(',');
}

function describePolicy(
  policy: NetworkPolicyModel,
  created: number,
  labels: Record<string, string>,
  annotations: Record<string, string>,
): string {
  const selector = formatLabelSelector(policy.podSelector);
  const lines = [
    `Name:\t${policy.name}`,
    `Namespace:\t${policy.namespace}`,
    `Created on:\t${goTime(created)}`,
    ...multiline('Labels', labels, '='),
    ...multiline('Annotations', annotations, ': '),
    'Spec:',
    `  PodSelector:     ${selector === '<none>' ? '<none> (Allowing the specific traffic to all pods in this namespace)' : selector}`,
  ];
  if (policy.policyTypes.includes('Ingress'))
    lines.push('  Allowing ingress traffic:', ...policyRules(policy.ingress, 'ingress'));
  else lines.push('  Not affecting ingress traffic');
  if (policy.policyTypes.includes('Egress'))
    lines.push('  Allowing egress traffic:', ...policyRules(policy.egress, 'egress'));
  else lines.push('  Not affecting egress traffic');
  lines.push(`  Policy Types: ${policy.policyTypes.join(', ')}`);
  return lines.join('\n');
}

/** describe.go printNetworkPolicySpecIngressFrom / printNetworkPolicySpecEgressTo. */
function policyRules(rules: NetworkPolicyRuleModel[], direction: 'ingress' | 'egress'): string[] {
  const indent = '    ';
  if (rules.length === 0) return [`${indent}<none> (Selected pods are isolated for ${direction} connectivity)`];
  const lines: string[] = [];
  rules.forEach((rule, i) => {
    if (rule.ports.length === 0) lines.push(`${indent}To Port: <any> (traffic allowed to all ports)`);
    for (const port of rule.ports)
      lines.push(
        `${indent}To Port: ${port.port === undefined ? '<any>' : port.endPort ? `${port.port}-${port.endPort}` : port.port}/${port.protocol}`,
      );
    const word = direction === 'ingress' ? 'From' : 'To';
    if (rule.peers.length === 0)
      lines.push(
        `${indent}${word}: <any> (traffic not restricted by ${direction === 'ingress' ? 'source' : 'destination'})`,
      );
    for (const peer of rule.peers) lines.push(`${indent}${word}:`, ...peerLines(peer, `  ${indent}`));
    if (i !== rules.length - 1) lines.push(`${indent}----------`);
  });
  return lines;
}

function peerLines(peer: NetworkPolicyPeerModel, indent: string): string[] {
  if (peer.podSelector && peer.namespaceSelector)
    return [
      `${indent}NamespaceSelector: ${formatLabelSelector(peer.namespaceSelector)}`,
      `${indent}PodSelector: ${formatLabelSelector(peer.podSelector)}`,
    ];
  if (peer.podSelector) return [`${indent}PodSelector: ${formatLabelSelector(peer.podSelector)}`];
  if (peer.namespaceSelector) return [`${indent}NamespaceSelector: ${formatLabelSelector(peer.namespaceSelector)}`];
  if (peer.ipBlock)
    return [
      `${indent}IPBlock:`,
      `${indent}  CIDR: ${peer.ipBlock.cidr}`,
      `${indent}  Except: ${peer.ipBlock.except.join(', ')}`,
    ];
  return [];
}

/** describe.go printLabelsMultiline / printAnnotationsMultiline: one entry per line, keys sorted. */
function multiline(title: string, map: Record<string, string>, separator: string): string[] {
  const keys = Object.keys(map)
    .filter((k) => k !== 'kubectl.kubernetes.io/last-applied-configuration')
    .sort();
  if (keys.length === 0) return [`${title}:\t<none>`];
  return keys.map((key, i) => `${i === 0 ? `${title}:` : ''}\t${key}${separator}${map[key]}`);
}

function annotationsOf(object: ApiObject): Record<string, string> {
  const annotations = object.stored ? metadataOf(object.stored.value).annotations : undefined;
  const out: Record<string, string> = {};
  if (annotations && typeof annotations === 'object')
    for (const [k, v] of Object.entries(annotations)) out[k] = String(v);
  return out;
}

/** Go's time.Time String() in UTC, as `Created on:` prints it. */
function goTime(ms: number): string {
  return `${new Date(ms)
    .toISOString()
    .replace('T', ' ')
    .replace(/\.\d+Z$/, '')} +0000 UTC`;
}
