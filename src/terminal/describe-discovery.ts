// kubectl describe endpoints|endpointslice|ingressclass, laid out as kubectl 1.34 writes them (kubernetes
// staging/src/k8s.io/kubectl/pkg/describe/describe.go describeEndpoints, describeEndpointSliceV1,
// describeIngressClassV1). An EndpointSlice is described from the same document `get -o yaml` prints.
import type { EndpointSliceModel } from '../engine';
import { annotationLines, labelLines, stringEntries } from './describe-generic';
import { eventLines } from './describe-events';
import { manifestOf } from './manifest';
import type { Session } from './session';
import { metadataOf, type Json } from './store';
import { record } from './json-values';
import { type ApiObject } from './views';

const list = (value: unknown): Json[] => (Array.isArray(value) ? value.map((v) => record(v) ?? {}) : []);
const text = (value: unknown): string => (value === undefined || value === null ? '' : String(value));

/**
 * The Endpoints controller's subsets, one per EndpointSlice the model holds: ready endpoints as addresses, the
 * others as notReadyAddresses, terminating pods left out (endpointslice util ShouldPodBeInEndpoints).
 */
export function describeEndpoints(session: Session, object: Extract<ApiObject, { kind: 'Endpoints' }>): string {
  const lines = [
    `Name:\t${object.name}`,
    `Namespace:\t${object.namespace ?? ''}`,
    ...labelLines(Object.entries(object.labels)),
    'Annotations:\t<none>',
    'Subsets:',
  ];
  for (const slice of object.slices.filter((s) => s.endpoints.length > 0)) lines.push(...subsetLines(slice), '');
  lines.push(...eventLines([], session.now()));
  return lines.join('\n');
}

function subsetLines(slice: EndpointSliceModel): string[] {
  const addresses = (ready: boolean) =>
    slice.endpoints
      .filter((e) => e.ready === ready && (ready || !e.terminating))
      .map((e) => e.addresses[0] ?? '')
      // endpoints.SortSubsets: addresses in byte order of their IP.
      .sort()
      .join(',') || '<none>';
  const lines = [`  Addresses:\t${addresses(true)}`, `  NotReadyAddresses:\t${addresses(false)}`];
  if (slice.ports.length > 0)
    lines.push(
      '  Ports:',
      '    Name\tPort\tProtocol',
      '    ----\t----\t--------',
      ...slice.ports.map((p) => `    ${p.name || '<unset>'}\t${p.port}\t${p.protocol}`),
    );
  return lines;
}

/** A slice written by hand is described as stored (conditions, hostname and zone as given); a controller's slice
 * as the controller writes it, with the pod's hostname when its subdomain names the Service. */
export function describeEndpointSlice(session: Session, object: Extract<ApiObject, { kind: 'EndpointSlice' }>): string {
  const slice = object.stored?.value ?? withHostnames(session, object.slice, manifestOf(object, session.now()));
  const metadata = metadataOf(slice);
  const lines = [
    `Name:\t${object.name}`,
    `Namespace:\t${object.namespace ?? ''}`,
    ...labelLines(stringEntries(metadata.labels)),
    ...annotationLines(stringEntries(metadata.annotations)),
    `AddressType:\t${text(slice.addressType)}`,
  ];
  const ports = list(slice.ports);
  if (ports.length === 0) lines.push('Ports: <unset>');
  else
    lines.push(
      'Ports:',
      '  Name\tPort\tProtocol',
      '  ----\t----\t--------',
      ...ports.map((p) => `  ${text(p.name) || '<unset>'}\t${text(p.port) || '<unset>'}\t${text(p.protocol) || 'TCP'}`),
    );
  const endpoints = list(slice.endpoints);
  if (endpoints.length === 0) lines.push('Endpoints: <none>');
  else {
    lines.push('Endpoints:');
    for (const endpoint of endpoints) {
      const addresses = Array.isArray(endpoint.addresses) ? endpoint.addresses.map(text).join(', ') : '';
      const ready = record(endpoint.conditions)?.ready;
      const targetRef = record(endpoint.targetRef);
      lines.push(
        `  - Addresses:\t${addresses || '<none>'}`,
        '    Conditions:',
        `      Ready:\t${typeof ready === 'boolean' ? String(ready) : '<unset>'}`,
        `    Hostname:\t${endpoint.hostname === undefined ? '<unset>' : text(endpoint.hostname)}`,
        ...(targetRef ? [`    TargetRef:\t${text(targetRef.kind)}/${text(targetRef.name)}`] : []),
        `    NodeName:\t${endpoint.nodeName === undefined ? '<unset>' : text(endpoint.nodeName)}`,
        `    Zone:\t${endpoint.zone === undefined ? '<unset>' : text(endpoint.zone)}`,
      );
    }
  }
  lines.push(...eventLines([], session.now()));
  return lines.join('\n');
}

/** pkg/controller/endpointslice: `hostname` when the pod sets one and its subdomain is the Service's name. */
function withHostnames(session: Session, slice: EndpointSliceModel, document: Json): Json {
  const endpoints = list(document.endpoints).map((endpoint) => {
    const name = text(record(endpoint.targetRef)?.name);
    const pod = session.store.cluster.pods.find((p) => p.namespace === slice.namespace && p.name === name);
    return pod?.hostname && pod.subdomain === slice.serviceName ? { ...endpoint, hostname: pod.hostname } : endpoint;
  });
  return { ...document, endpoints };
}

export function describeIngressClass(session: Session, object: Extract<ApiObject, { kind: 'IngressClass' }>): string {
  const stored = object.stored?.value ?? {};
  const parameters = record(record(stored.spec)?.parameters);
  const lines = [
    `Name:\t${object.name}`,
    ...labelLines(Object.entries(object.labels)),
    ...annotationLines(stringEntries(metadataOf(stored).annotations)),
    `Controller:\t${object.ingressClass.controller}`,
  ];
  if (parameters) {
    lines.push('Parameters:');
    if (parameters.apiGroup !== undefined) lines.push(`  APIGroup:\t${text(parameters.apiGroup)}`);
    lines.push(`  Kind:\t${text(parameters.kind)}`, `  Name:\t${text(parameters.name)}`);
  }
  lines.push(...eventLines([], session.now()));
  return lines.join('\n');
}
