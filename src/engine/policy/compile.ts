// Policies compiled once per cluster, as cyclonus's pkg/matcher does: for each policy the pods it
// selects, for each rule its peer matchers (as pod sets, plus the CIDRs for addresses outside the
// cluster) and its port matchers. checkPolicy, reachability and route() all query this form.
import type { Cluster, NetworkPolicyModel, NetworkPolicyPeerModel, NetworkPolicyPortModel, PodModel } from '../model';
import type { Protocol } from '../types';
import { cidrContains, parseCIDR, parseIP } from '../net/address';
import type { Address, Cidr } from '../net/address';
import { matchesSelector } from '../labels';

export type Direction = 'ingress' | 'egress';

export interface CompiledPeer {
  /** Index in the rule's `from` / `to`. */
  index: number;
  source: NetworkPolicyPeerModel;
  /** The peer is an ipBlock (matched by address, never by labels). */
  ipBlock?: { cidr: Cidr | undefined; except: (Cidr | undefined)[] };
  /** pods[i] is 1 when this peer matches the i-th pod of the cluster. */
  pods: Uint8Array;
}

export interface CompiledRule {
  direction: Direction;
  /** Index in the policy's `ingress` / `egress`. */
  index: number;
  /** Empty: every peer (`from`/`to` absent or empty). */
  peers: CompiledPeer[];
  /** Empty: every port. */
  ports: NetworkPolicyPortModel[];
}

export interface CompiledPolicy {
  /** `NS/NAME`. */
  id: string;
  policy: NetworkPolicyModel;
  /** Rules of the directions listed in policyTypes only: the others are ignored, as by every plugin. */
  rules: Record<Direction, CompiledRule[]>;
}

export interface CompiledCluster {
  pods: PodModel[];
  podIndex: Map<string, number>;
  /** A pod-network address → the pod that has it (hostNetwork pods share their node's address, so they are not here). */
  podByIp: Map<string, number>;
  podAddress: (Address | undefined)[];
  /** Node name by InternalIP. */
  nodeByIp: Map<string, string>;
  /** `NS/NAME` of the Service by its clusterIP. */
  serviceByIp: Map<string, string>;
  policies: CompiledPolicy[];
  /** For each pod, the indexes in `policies` of the policies isolating it, per direction. */
  isolating: Record<Direction, number[][]>;
}

/** A Cluster is never changed after loadCluster (an edit loads a new one), so its compiled form can be kept. */
const compiled = new WeakMap<Cluster, CompiledCluster>();

export function compileCluster(cluster: Cluster): CompiledCluster {
  if (typeof cluster !== 'object' || cluster === null) return compile({} as Cluster);
  let result = compiled.get(cluster);
  if (!result) {
    result = compile(cluster);
    compiled.set(cluster, result);
  }
  return result;
}

function compile(cluster: Cluster): CompiledCluster {
  const pods = cluster.pods ?? [];
  const namespaceLabels = new Map((cluster.namespaces ?? []).map((ns) => [ns.name, ns.labels]));
  const labelsOfNamespace = (name: string) =>
    // The API server sets kubernetes.io/metadata.name on every namespace (NamespaceDefaultLabelName, 1.22+).
    namespaceLabels.get(name) ?? { 'kubernetes.io/metadata.name': name };
  const podAddress = pods.map((pod) => parseIP(pod.ip));
  const groups = labelGroups(pods);
  const byAddress = new AddressIndex(podAddress);
  const policies = (cluster.networkPolicies ?? []).map((policy) =>
    compilePolicy(policy, pods, groups, byAddress, labelsOfNamespace),
  );
  const isolating: Record<Direction, number[][]> = {
    ingress: pods.map(() => []),
    egress: pods.map(() => []),
  };
  policies.forEach((compiledPolicy, p) => {
    const { policy } = compiledPolicy;
    for (const members of groups) {
      // Pods in one group share labels and namespace, so the first stands for all.
      const first = pods[members[0] ?? -1];
      if (!first || !isSubject(first, policy)) continue;
      for (const i of members) {
        if (policy.policyTypes.includes('Ingress')) isolating.ingress[i]?.push(p);
        if (policy.policyTypes.includes('Egress')) isolating.egress[i]?.push(p);
      }
    }
  });
  return {
    pods,
    podIndex: new Map(pods.map((pod, i) => [`${pod.namespace}/${pod.name}`, i])),
    podByIp: new Map(pods.flatMap((pod, i) => (pod.hostNetwork || !pod.ip ? [] : [[pod.ip, i] as const]))),
    podAddress,
    nodeByIp: new Map((cluster.nodes ?? []).map((node) => [node.ip, node.name])),
    serviceByIp: new Map((cluster.services ?? []).map((svc) => [svc.clusterIP, `${svc.namespace}/${svc.name}`])),
    policies,
    isolating,
  };
}

/**
 * Pods that no label selector can tell apart: same namespace, same labels, same hostNetwork. Selectors are
 * matched once per group, so compiling costs policies × groups, not policies × pods.
 */
function labelGroups(pods: PodModel[]): number[][] {
  const groups = new Map<string, number[]>();
  pods.forEach((pod, i) => {
    const labels = Object.entries(pod.labels ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const key = JSON.stringify([pod.namespace, pod.hostNetwork === true, labels]);
    const members = groups.get(key);
    if (members) members.push(i);
    else groups.set(key, [i]);
  });
  return [...groups.values()];
}

/**
 * Whether the policy's spec.podSelector picks this pod. hostNetwork pods are never subject to policies:
 * the concept page leaves them undefined, and the most common implementation cannot tell their traffic
 * from the node's (network-policies.md, "NetworkPolicy and hostNetwork pods").
 */
function isSubject(pod: PodModel, policy: NetworkPolicyModel): boolean {
  return !pod.hostNetwork && pod.namespace === policy.namespace && matchesSelector(pod.labels, policy.podSelector);
}

function compilePolicy(
  policy: NetworkPolicyModel,
  pods: PodModel[],
  groups: number[][],
  byAddress: AddressIndex,
  labelsOfNamespace: (name: string) => Record<string, string>,
): CompiledPolicy {
  const compileRules = (direction: Direction, type: 'Ingress' | 'Egress'): CompiledRule[] =>
    policy.policyTypes.includes(type)
      ? (policy[direction] ?? []).map((rule, index) => ({
          direction,
          index,
          peers: (rule.peers ?? []).map((peer, p) =>
            compilePeer(peer, p, policy.namespace, pods, groups, byAddress, labelsOfNamespace),
          ),
          ports: rule.ports ?? [],
        }))
      : [];
  return {
    id: `${policy.namespace}/${policy.name}`,
    policy,
    rules: { ingress: compileRules('ingress', 'Ingress'), egress: compileRules('egress', 'Egress') },
  };
}

function compilePeer(
  peer: NetworkPolicyPeerModel,
  index: number,
  namespace: string,
  pods: PodModel[],
  groups: number[][],
  byAddress: AddressIndex,
  labelsOfNamespace: (name: string) => Record<string, string>,
): CompiledPeer {
  const set = new Uint8Array(pods.length);
  if (peer.ipBlock) {
    const ipBlock = { cidr: parseCIDR(peer.ipBlock.cidr), except: (peer.ipBlock.except ?? []).map(parseCIDR) };
    // ipBlock.cidr minus every `except`, as ipBlockContains decides it address by address.
    if (ipBlock.cidr) for (const i of byAddress.within(ipBlock.cidr)) set[i] = 1;
    for (const except of ipBlock.except) if (except) for (const i of byAddress.within(except)) set[i] = 0;
    return { index, source: peer, ipBlock, pods: set };
  }
  const { podSelector, namespaceSelector } = peer;
  if (podSelector || namespaceSelector) {
    for (const members of groups) {
      const pod = pods[members[0] ?? -1];
      if (!pod) continue;
      // hostNetwork pods are seen by their node's address, so label selectors never reach them.
      if (pod.hostNetwork) continue;
      // podSelector alone: the policy's namespace; namespaceSelector (alone or with podSelector): matching namespaces.
      const inNamespace = namespaceSelector
        ? matchesSelector(labelsOfNamespace(pod.namespace), namespaceSelector)
        : pod.namespace === namespace;
      if (inNamespace && (!podSelector || matchesSelector(pod.labels, podSelector)))
        for (const i of members) set[i] = 1;
    }
  }
  return { index, source: peer, pods: set };
}

/** Pod addresses in order, so the pods inside a CIDR are one range found by two binary searches. */
class AddressIndex {
  private readonly sorted: { address: Address; pod: number }[];

  constructor(podAddress: (Address | undefined)[]) {
    this.sorted = podAddress
      .flatMap((address, pod) => (address ? [{ address, pod }] : []))
      .sort((a, b) => compareAddresses(a.address, b.address));
  }

  /** The pods whose address is inside the CIDR. */
  within(cidr: Cidr): number[] {
    const hostBits = BigInt((cidr.v6 ? 128 : 32) - cidr.prefix);
    const first = this.lowerBound({ v6: cidr.v6, value: cidr.base });
    const end = this.lowerBound({ v6: cidr.v6, value: cidr.base + (1n << hostBits) });
    return this.sorted.slice(first, end).map((entry) => entry.pod);
  }

  private lowerBound(address: Address): number {
    let low = 0;
    let high = this.sorted.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      const entry = this.sorted[middle];
      if (entry && compareAddresses(entry.address, address) < 0) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}

/** IPv4 before IPv6, then by value. */
function compareAddresses(a: Address, b: Address): number {
  if (a.v6 !== b.v6) return a.v6 ? 1 : -1;
  return a.value < b.value ? -1 : a.value > b.value ? 1 : 0;
}

/** ipBlock.cidr minus every `except` entry. */
export function ipBlockContains(ipBlock: NonNullable<CompiledPeer['ipBlock']>, address: Address): boolean {
  if (!ipBlock.cidr || !cidrContains(ipBlock.cidr, address)) return false;
  return !ipBlock.except.some((except) => except !== undefined && cidrContains(except, address));
}

/**
 * The index of the `ports` entry that admits this port, -1 when none does, or undefined when the rule has
 * no ports (every port). A named port is looked up on the destination pod's containers with the entry's
 * protocol (NetworkPolicyPort.port: "a numerical or named port on a pod"); endPort is inclusive.
 */
export function matchPort(
  ports: NetworkPolicyPortModel[],
  destination: PodModel | undefined,
  port: number,
  protocol: Protocol,
): number | undefined {
  if (ports.length === 0) return undefined;
  return ports.findIndex((entry) => {
    if ((entry.protocol ?? 'TCP') !== protocol) return false;
    if (entry.port === undefined) return true;
    if (typeof entry.port === 'number') {
      return entry.endPort !== undefined ? port >= entry.port && port <= entry.endPort : port === entry.port;
    }
    return (destination?.ports ?? []).some(
      (p) => p.name === entry.port && p.protocol === protocol && p.containerPort === port,
    );
  });
}
