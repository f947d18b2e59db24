// Cluster DNS as a pod sees it: kubelet writes resolv.conf with `search NS.svc.cluster.local
// svc.cluster.local cluster.local` and `options ndots:5`, and CoreDNS's kubernetes plugin answers
// for cluster.local (kubernetes.io: DNS for Services and Pods).
import type { Cluster, PodModel, ServiceModel } from '../model';
import { parseClient, usesClusterDns } from './client';
import { queryDns } from './dnsServer';
import { lookupOf, type Lookup } from './lookup';
import { CLUSTER_DOMAIN } from '../constants';
import { Trace } from './trace';

const NDOTS = 5;

export type DnsRecord =
  | { kind: 'service'; service: ServiceModel }
  | { kind: 'headless'; service: ServiceModel; ips: string[] }
  | { kind: 'externalName'; service: ServiceModel; target: string }
  | { kind: 'pod'; ip: string; pod?: PodModel; headless?: ServiceModel };

interface DnsResult {
  /** The names tried, in order, as the resolver sends them. */
  tried: string[];
  /** The name that answered, and what it answered. */
  name?: string;
  record?: DnsRecord;
}

/** The names the stub resolver tries for `host` from a pod in `namespace`. */
function searchList(host: string, namespace: string): string[] {
  if (host.endsWith('.')) return [host.slice(0, -1)];
  const search = [`${namespace}.svc.${CLUSTER_DOMAIN}`, `svc.${CLUSTER_DOMAIN}`, CLUSTER_DOMAIN].map(
    (d) => `${host}.${d}`,
  );
  const dots = host.split('.').length - 1;
  // resolv.conf(5): a name with at least ndots dots is tried as is first, otherwise after the search list.
  return dots >= NDOTS ? [host, ...search] : [...search, host];
}

export function resolveInCluster(cluster: Cluster, lookup: Lookup, host: string, namespace: string): DnsResult {
  const tried: string[] = [];
  for (const name of searchList(host.toLowerCase(), namespace)) {
    tried.push(name);
    const record = answer(cluster, lookup, name);
    if (record) return { tried, name, record };
  }
  return { tried };
}

/** What a pod's resolver gets back for a name, as nslookup prints it. */
export interface NameAnswer {
  /** The names tried, in order (the pod's search list). */
  tried: string[];
  /** The fully qualified name that answered; absent on NXDOMAIN. */
  name?: string;
  /** What answered: a Service's ClusterIP, a headless Service, a pod name, or an ExternalName. */
  kind?: DnsRecord['kind'];
  /** A records: a ClusterIP, a headless Service's ready pods, or a pod's address; for an ExternalName, its
   * target's when the target is a name in the cluster. */
  addresses: string[];
  /** ExternalName: the CNAME target (a name outside the cluster has no addresses here). */
  cname?: string;
  /** Set when no DNS server answered the asking pod (NetworkPolicy, no CoreDNS pod): why, in Korean. */
  unanswered?: string;
}

/**
 * `dnsLookup(cluster, name, namespace, from?)`: the cluster DNS answer for `name` asked from a pod in `namespace`,
 * from the same search list and records route() follows. With `from` (`pod:NS/NAME`) the query is sent from
 * that pod as route() sends it — through kube-proxy and NetworkPolicy to CoreDNS — and `unanswered` says
 * when it got no answer at all.
 */
export function dnsLookup(cluster: Cluster, name: string, namespace: string, from?: string): NameAnswer {
  if (!cluster || !Array.isArray(cluster.pods) || !Array.isArray(cluster.services)) return { tried: [], addresses: [] };
  const lookup = lookupOf(cluster);
  const host = String(name ?? '');
  if (from !== undefined) {
    const client = parseClient(lookup, String(from));
    if (typeof client !== 'string' && client.kind === 'pod' && usesClusterDns(client)) {
      const url = { scheme: 'http' as const, host, port: 53, path: '/' };
      const failed = queryDns({ cluster, lookup, trace: new Trace(), client, url, headers: {} });
      if (failed) return { tried: [], addresses: [], unanswered: failed.reason ?? '' };
    }
  }
  const result = resolveInCluster(cluster, lookup, host, String(namespace ?? 'default'));
  const record = result.record;
  // A record is always found under a name; the check keeps the two together for the type checker.
  if (!record || result.name === undefined) return { tried: result.tried, addresses: [] };
  const answered = { tried: result.tried, name: result.name, kind: record.kind };
  if (record.kind !== 'externalName') return { ...answered, addresses: addressesOf(record) };
  // CoreDNS follows a CNAME into its own zone and answers the target's records with it (plugin/backend_lookup.go
  // A: "dns.IsSubDomain(zone, ...)"); a target outside the cluster is not known here.
  const target = answer(cluster, lookup, record.target.replace(/\.$/, ''));
  return { ...answered, addresses: target ? addressesOf(target) : [], cname: record.target };
}

function addressesOf(record: DnsRecord): string[] {
  switch (record.kind) {
    case 'service':
      return [record.service.clusterIP];
    case 'headless':
      return record.ips;
    case 'pod':
      return [record.ip];
    case 'externalName':
      return [];
  }
}

/**
 * `reverseLookup(cluster, ip)`: the name CoreDNS answers a PTR query for `ip` with (the default Corefile serves
 * in-addr.arpa; plugin/kubernetes reverse.go serviceRecordForIP): a Service's ClusterIP is NAME.NS.svc; else a
 * ready endpoint of a Service is HOSTNAME.NAME.NS.svc, HOSTNAME the pod's spec.hostname when its subdomain names
 * that Service (the EndpointSlice's hostname), otherwise the address with dashes (endpointHostname). Any other
 * address has no PTR record: `pods insecure` answers forward lookups only.
 */
export function reverseLookup(cluster: Cluster, ip: string): string | undefined {
  if (!cluster || !Array.isArray(cluster.services) || !Array.isArray(cluster.pods)) return undefined;
  const lookup = lookupOf(cluster);
  const service = cluster.services.find((s) => s.clusterIP === ip && s.type !== 'ExternalName');
  if (service) return `${service.name}.${service.namespace}.svc.${CLUSTER_DOMAIN}`;
  for (const candidate of cluster.services) {
    if (!readyAddresses(lookup, candidate).includes(ip)) continue;
    const pod = lookup.podsByIp.get(ip);
    const hostname =
      pod?.hostname && pod.subdomain === candidate.name && pod.namespace === candidate.namespace
        ? pod.hostname
        : ip.replaceAll('.', '-');
    return `${hostname}.${candidate.name}.${candidate.namespace}.svc.${CLUSTER_DOMAIN}`;
  }
  return undefined;
}

/** What CoreDNS answers for one fully qualified name, or undefined for NXDOMAIN (or a name outside the zone). */
export function answer(cluster: Cluster, lookup: Lookup, name: string): DnsRecord | undefined {
  const suffix = `.${CLUSTER_DOMAIN}`;
  if (!name.endsWith(suffix)) return undefined;
  const labels = name.slice(0, -suffix.length).split('.');
  const [first = '', second = '', third = '', fourth] = labels;
  if (labels.length === 3 && third === 'svc') return serviceRecord(lookup, first, second);
  if (labels.length === 4 && fourth === 'svc') return hostRecord(cluster, lookup, first, second, third);
  if (labels.length === 3 && third === 'pod') return podRecord(lookup, first);
  return undefined;
}

function serviceRecord(lookup: Lookup, name: string, namespace: string): DnsRecord | undefined {
  const service = lookup.servicesByRef.get(`${namespace}/${name}`);
  if (!service) return undefined;
  if (service.type === 'ExternalName')
    return { kind: 'externalName', service, target: (service.externalName ?? '').toLowerCase() };
  if (service.clusterIP !== 'None') return { kind: 'service', service };
  const ips = readyAddresses(lookup, service);
  return ips.length > 0 ? { kind: 'headless', service, ips } : undefined;
}

/**
 * A Service's ready endpoint addresses: a headless Service's A records, and the addresses CoreDNS gives PTR
 * records (all of them with publishNotReadyAddresses, which makes them ready). None ready is NXDOMAIN, as kube-dns and CoreDNS answer (kubernetes/dns spec, 2.4.1, since PR 245).
 */
function readyAddresses(lookup: Lookup, service: ServiceModel): string[] {
  const ips = new Set<string>();
  for (const slice of lookup.slicesByService.get(`${service.namespace}/${service.name}`) ?? []) {
    for (const endpoint of slice.endpoints) if (endpoint.ready && endpoint.addresses[0]) ips.add(endpoint.addresses[0]);
  }
  return [...ips];
}

/**
 * HOSTNAME.SVC.NS.svc under a headless Service: a ready pod whose hostname and subdomain match, or an
 * endpoint by its dashed address (A-B-C-D.SVC.NS.svc, the name CoreDNS gives endpoints without a hostname).
 */
function hostRecord(
  cluster: Cluster,
  lookup: Lookup,
  hostname: string,
  serviceName: string,
  namespace: string,
): DnsRecord | undefined {
  const service = lookup.servicesByRef.get(`${namespace}/${serviceName}`);
  if (!service || service.clusterIP !== 'None') return undefined;
  const ready = new Set(readyAddresses(lookup, service));
  const dashed = hostname.replaceAll('-', '.');
  if (/^\d{1,3}(-\d{1,3}){3}$/.test(hostname) && ready.has(dashed)) {
    const pod = lookup.podsByIp.get(dashed);
    return { kind: 'pod', ip: dashed, headless: service, ...(pod ? { pod } : {}) };
  }
  const pod = cluster.pods.find(
    (p) => p.namespace === namespace && p.hostname === hostname && p.subdomain === serviceName && ready.has(p.ip),
  );
  return pod ? { kind: 'pod', ip: pod.ip, pod, headless: service } : undefined;
}

/** A-B-C-D.NS.pod: CoreDNS's default Corefile has `pods insecure`, which answers any dashed address
 * in any namespace without checking the API. */
function podRecord(lookup: Lookup, dashed: string): DnsRecord | undefined {
  if (!/^\d{1,3}(-\d{1,3}){3}$/.test(dashed)) return undefined;
  const ip = dashed.replaceAll('-', '.');
  const pod = lookup.podsByIp.get(ip);
  return { kind: 'pod', ip, ...(pod ? { pod } : {}) };
}
