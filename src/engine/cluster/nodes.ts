// Nodes: the text's, or the notes' single node01 at 192.168.1.2 when it gives none.
import type { NodeModel } from '../model';
import { arr, record, stringEntries, text } from '../values';
import { parseCIDRSloppy } from '../net/address';
import { CLUSTER_CIDR, NodeIps, PodCidrs } from './nodeAddresses';
import type { ManifestObject } from './objects';
import type { Recorder } from './recorder';

/** The notes' cluster: node01 at 192.168.1.2, the learner's laptop at 192.168.1.10. */
const DEFAULT_NODE_NAME = 'node01';

export function loadNodes(objects: ManifestObject[], podNodeNames: string[], recorder: Recorder): NodeModel[] {
  const given = objects.filter((o) => o.kind === 'Node');
  const cidrs = new PodCidrs();
  if (given.length > 0) {
    const written = given.map((object) => ({ object, ip: internalIP(object), podCIDR: writtenPodCIDR(object) }));
    for (const { podCIDR } of written) if (podCIDR) cidrs.occupy(podCIDR);
    const ips = new NodeIps(written.flatMap((w) => (w.ip ? [w.ip] : [])));
    return written.map((w, index) => nodeFrom(w.object, index, w.ip, w.podCIDR, ips, cidrs, recorder));
  }
  // Without Node objects the cluster has the nodes the pods name (in name order), or node01 alone.
  const names = [...new Set(podNodeNames)].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  if (names.length === 0) names.push(DEFAULT_NODE_NAME);
  const ips = new NodeIps([]);
  const nodes: NodeModel[] = [];
  for (const name of names) {
    const ip = ips.allocate(nodes.length);
    const what = `Node ${name}`;
    if (!ip) {
      recorder.skip(-1, `${what}: 노드 주소로 쓸 192.168.x.x가 남지 않아 이 노드는 넣지 않았습니다.`, 'Node', name);
      continue;
    }
    const podCIDR = podCidrFor(what, name, cidrs, recorder, false);
    const node: NodeModel = { name, ip, labels: hostLabels(name), index: nodes.length, podCIDR, implicit: true };
    const why = podNodeNames.length > 0 ? 'pod의 spec.nodeName이 가리키는 노드' : '노트의 클러스터처럼 노드 하나';
    recorder.assume(
      what,
      'status.addresses',
      ip,
      `Node 객체가 없어 ${why}(${name}, IP ${ip}${podCIDR ? `, pod CIDR ${podCIDR}` : ''})가 있다고 가정했습니다.`,
    );
    nodes.push(node);
  }
  return nodes;
}

/** The labels kubelet puts on every node it registers. */
function hostLabels(name: string): Record<string, string> {
  return { 'kubernetes.io/hostname': name, 'kubernetes.io/os': 'linux' };
}

function internalIP(object: ManifestObject): string | undefined {
  const internal = arr(object.status?.addresses)
    .map(record)
    .find((a) => text(a?.type) === 'InternalIP');
  return text(internal?.address) || undefined;
}

/** spec.podCIDR, else the first of spec.podCIDRs; only an IPv4 CIDR serves this IPv4 cluster. */
function writtenPodCIDR(object: ManifestObject): string | undefined {
  const written = text(object.spec.podCIDR) || text(arr(object.spec.podCIDRs)[0]);
  return written && parseCIDRSloppy(written)?.v6 === false ? written : undefined;
}

function nodeFrom(
  object: ManifestObject,
  index: number,
  writtenIp: string | undefined,
  writtenCIDR: string | undefined,
  ips: NodeIps,
  cidrs: PodCidrs,
  recorder: Recorder,
): NodeModel {
  const what = `Node ${object.name}`;
  let ip = writtenIp;
  if (!ip) {
    // A node without an address cannot take part; the stand-in runs out only past 65,000 nodes.
    ip = ips.allocate(index) ?? '';
    recorder.assume(
      what,
      'status.addresses',
      ip,
      `${object.name}에 InternalIP가 없어 노드 네트워크에서 다른 노드·노트의 노트북(192.168.1.10)과 겹치지 않는 주소를 가정했습니다: ${ip}.`,
    );
  }
  const podCIDR = writtenCIDR ?? podCidrFor(what, object.name, cidrs, recorder, true);
  return {
    name: object.name,
    ip,
    labels: { ...hostLabels(object.name), ...stringEntries(object.metadata.labels) },
    index,
    podCIDR,
    implicit: false,
  };
}

/**
 * The range allocator's next /24, or '' when the cluster CIDR is used up (the node then has no pod CIDR).
 * `announce`: say so in its own assumption (an implicit node's assumption already names its CIDR).
 */
function podCidrFor(what: string, name: string, cidrs: PodCidrs, recorder: Recorder, announce: boolean): string {
  const podCIDR = cidrs.allocateNext();
  if (podCIDR) {
    if (!announce) return podCIDR;
    recorder.assume(
      what,
      'spec.podCIDR',
      podCIDR,
      `${name}에 spec.podCIDR가 없어 kube-controller-manager가 클러스터 CIDR ${CLUSTER_CIDR}에서 다음 /24를 주었다고 보았습니다: ${podCIDR}.`,
    );
    return podCIDR;
  }
  recorder.assume(
    what,
    'spec.podCIDR',
    '',
    `클러스터 CIDR ${CLUSTER_CIDR}의 /24 256개가 모두 쓰여 ${name}에는 pod CIDR가 없습니다(kube-controller-manager 이벤트 CIDRNotAvailable). 이 노드의 pod는 CNI가 주소를 주지 못해 ContainerCreating에 머뭅니다.`,
  );
  return '';
}
