// What `-o yaml` prints: the object as the API server returns it — the stored document with the fields
// the server filled in (namespace, creationTimestamp, clusterIP, nodePort, status), keys in the order
// kubectl prints them (sorted, as the JSON-to-YAML conversion leaves them).
import { stringify } from 'yaml';
import type { ServiceModel } from '../engine';
import type { ApiObject } from './views';
import { metadataOf, type Json } from './store';
import { record } from './json-values';

export function manifestOf(object: ApiObject, now: number): Json {
  const base: Json = object.stored
    ? structuredClone(object.stored.value)
    : { apiVersion: object.type.apiVersion, kind: object.type.kind };
  const metadata: Json = {
    ...metadataOf(base),
    name: object.name,
    creationTimestamp: new Date(object.created).toISOString().replace(/\.\d+Z$/, 'Z'),
  };
  if (object.namespace) metadata.namespace = object.namespace;
  if (Object.keys(object.labels).length > 0) metadata.labels = object.labels;
  base.metadata = metadata;
  switch (object.kind) {
    case 'Service': {
      const spec: Json = { ...(record(base.spec) ?? {}), ...serviceSpec(object.service) };
      // core/v1 defaults.go SetDefaults_Service: a LoadBalancer allocates node ports unless told not to.
      if (object.service.type === 'LoadBalancer') spec.allocateLoadBalancerNodePorts ??= true;
      base.spec = spec;
      base.status = {
        loadBalancer:
          object.service.loadBalancerIPs.length > 0
            ? { ingress: object.service.loadBalancerIPs.map((ip) => ({ ip })) }
            : {},
      };
      break;
    }
    case 'Pod':
      base.spec = { ...(record(base.spec) ?? {}), containers: object.containers, nodeName: object.pod.nodeName };
      // A status written in the document is the status the server holds.
      if (record(base.status)) break;
      base.status = {
        phase: 'Running',
        podIP: object.pod.ip,
        podIPs: [{ ip: object.pod.ip }],
        conditions: [{ type: 'Ready', status: object.pod.ready ? 'True' : 'False' }],
      };
      break;
    case 'Endpoints':
      base.subsets = object.slices.map((slice) => ({
        addresses: slice.endpoints
          .filter((e) => e.ready)
          .map((e) => ({
            ip: e.addresses[0],
            ...(e.nodeName ? { nodeName: e.nodeName } : {}),
            ...(e.targetRef ? { targetRef: e.targetRef } : {}),
          })),
        ports: slice.ports.map((p) => ({ ...(p.name ? { name: p.name } : {}), port: p.port, protocol: p.protocol })),
      }));
      break;
    case 'EndpointSlice':
      base.addressType = object.slice.addressType;
      base.endpoints = object.slice.endpoints.map((e) => ({
        addresses: e.addresses,
        conditions: { ready: e.ready, serving: e.serving, terminating: e.terminating },
        ...(e.nodeName ? { nodeName: e.nodeName } : {}),
        ...(e.targetRef ? { targetRef: e.targetRef } : {}),
      }));
      base.ports = object.slice.ports.map((p) => ({
        ...(p.name ? { name: p.name } : {}),
        port: p.port,
        protocol: p.protocol,
      }));
      break;
    case 'Ingress': {
      const addresses = now >= object.publishedAt ? object.addresses : [];
      base.status = { loadBalancer: addresses.length > 0 ? { ingress: addresses.map((ip) => ({ ip })) } : {} };
      break;
    }
    case 'NetworkPolicy':
      base.spec = networkPolicySpec(record(base.spec) ?? {});
      break;
    case 'Namespace':
      base.spec = { finalizers: ['kubernetes'] };
      base.status = { phase: 'Active' };
      break;
    case 'GatewayClass':
    case 'Gateway':
    case 'HTTPRoute':
    case 'ReferenceGrant':
      return { ...object.served, metadata };
    case 'Node':
      base.status = {
        addresses: [
          { type: 'InternalIP', address: object.node.ip },
          { type: 'Hostname', address: object.node.name },
        ],
      };
      break;
    default:
      break;
  }
  return base;
}

/**
 * networking/v1 defaults.go: SetDefaults_NetworkPolicy (no policyTypes is Ingress, and Egress too when there are
 * egress rules) and SetDefaults_NetworkPolicyPort (a port without a protocol is TCP).
 */
function networkPolicySpec(spec: Json): Json {
  const withProtocol = (port: unknown) => {
    const p = record(port);
    return p && p.protocol === undefined ? { ...p, protocol: 'TCP' } : port;
  };
  const withProtocols = (rules: unknown) =>
    Array.isArray(rules)
      ? rules.map((rule) => {
          const r = record(rule);
          return r && Array.isArray(r.ports) ? { ...r, ports: r.ports.map(withProtocol) } : rule;
        })
      : rules;
  const out: Json = { ...spec };
  if (spec.ingress !== undefined) out.ingress = withProtocols(spec.ingress);
  if (spec.egress !== undefined) out.egress = withProtocols(spec.egress);
  if (!Array.isArray(spec.policyTypes) || spec.policyTypes.length === 0)
    out.policyTypes = Array.isArray(spec.egress) && spec.egress.length > 0 ? ['Ingress', 'Egress'] : ['Ingress'];
  return out;
}

function serviceSpec(service: ServiceModel): Json {
  const spec: Json = {
    type: service.type,
    ports: service.ports.map((p) => ({
      ...(p.name ? { name: p.name } : {}),
      port: p.port,
      protocol: p.protocol,
      targetPort: p.targetPort,
      ...(p.nodePort ? { nodePort: p.nodePort } : {}),
    })),
    sessionAffinity: service.sessionAffinity,
  };
  if (service.type === 'ExternalName') return { ...spec, externalName: service.externalName };
  Object.assign(spec, {
    clusterIP: service.clusterIP,
    clusterIPs: [service.clusterIP],
    ipFamilies: ['IPv4'],
    ipFamilyPolicy: 'SingleStack',
    internalTrafficPolicy: service.internalTrafficPolicy,
  });
  if (service.type !== 'ClusterIP') spec.externalTrafficPolicy = service.externalTrafficPolicy;
  if (service.healthCheckNodePort) spec.healthCheckNodePort = service.healthCheckNodePort;
  if (service.selector) spec.selector = service.selector;
  return spec;
}

export function toYaml(value: unknown): string {
  return stringify(sortKeys(value), { version: '1.1', lineWidth: 0, indentSeq: false }).trimEnd();
}

/** Keys sorted at every level, as Go's encoder writes a map. */
export function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  const object = record(value);
  if (!object) return value;
  return Object.fromEntries(
    Object.keys(object)
      .filter((k) => object[k] !== undefined)
      .sort()
      .map((k) => [k, sortKeys(object[k])]),
  );
}

/**
 * `-o json`: cli-runtime printers/json.go JSONPrinter (json.MarshalIndent, four spaces). The objects kubectl
 * gets are unstructured maps, which Go's encoder writes with sorted keys and with <, > and & escaped.
 */
export function toJson(value: unknown): string {
  return escapeLikeGo(JSON.stringify(sortKeys(value), null, 4));
}

/** encoding/json's HTML-safe escaping of <, >, & and the two line separators JavaScript leaves alone. */
export function escapeLikeGo(json: string): string {
  return json
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
