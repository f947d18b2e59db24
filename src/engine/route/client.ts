// Who sends the request: a pod (inside the pod network), a node (the host itself), or a machine off the
// pod network such as the learner's laptop at 192.168.1.10.
import { invariant } from '../invariant';
import type { NodeModel, PodModel } from '../model';
import { parseIPSloppy } from '../net/address';
import type { Lookup } from './lookup';

export type Client =
  | { kind: 'pod'; pod: PodModel; node: NodeModel; ip: string; label: string; endpoint: string }
  | { kind: 'node'; node: NodeModel; ip: string; label: string; endpoint: string }
  | { kind: 'external'; ip: string; label: string; endpoint: string };

export function parseClient(lookup: Lookup, from: string): Client | string {
  const [, podRef] = /^pod:(.+)$/.exec(from.trim()) ?? [];
  if (podRef !== undefined) {
    const ref = podRef.includes('/') ? podRef : `default/${podRef}`;
    const found = lookup.podsByRef.get(ref);
    if (!found) return `보내는 쪽 pod ${ref}이(가) 클러스터에 없습니다.`;
    return podClient(found, lookup);
  }
  const [, address] = /^ip:(.+)$/.exec(from.trim()) ?? [];
  if (address === undefined || parseIPSloppy(address)?.v6 !== false)
    return `보내는 쪽 "${from}"을(를) 알 수 없습니다. pod:NAMESPACE/NAME 또는 ip:ADDRESS로 쓰세요.`;
  const node = lookup.nodesByIp.get(address);
  if (node)
    return { kind: 'node', node, ip: address, label: `노드 ${node.name}(${address})`, endpoint: `ip:${address}` };
  const owner = lookup.podsByIp.get(address);
  if (owner) return podClient(owner, lookup);
  return { kind: 'external', ip: address, label: `클러스터 밖의 컴퓨터 ${address}`, endpoint: `ip:${address}` };
}

function podClient(pod: PodModel, lookup: Lookup): Client {
  const node = invariant(lookup.nodesByName.get(pod.nodeName), 'placePods puts every pod on a node of the cluster');
  const ref = `${pod.namespace}/${pod.name}`;
  return { kind: 'pod', pod, node, ip: pod.ip, label: `pod ${ref}(${pod.ip}, ${node.name})`, endpoint: `pod:${ref}` };
}

/** A node, or a hostNetwork pod: packets leave with the node's own address (iptables --src-type LOCAL). */
export function sendsAsNode(client: Client): boolean {
  return client.kind === 'node' || (client.kind === 'pod' && client.pod.hostNetwork);
}

/**
 * Whether the client's resolv.conf points at cluster DNS. kubelet: ClusterFirst on a hostNetwork pod
 * falls back to Default (the node's resolv.conf); only ClusterFirstWithHostNet keeps cluster DNS there.
 */
export function usesClusterDns(client: Client): boolean {
  if (client.kind !== 'pod') return false;
  const { dnsPolicy, hostNetwork } = client.pod;
  return dnsPolicy === 'ClusterFirstWithHostNet' || (dnsPolicy === 'ClusterFirst' && !hostNetwork);
}
