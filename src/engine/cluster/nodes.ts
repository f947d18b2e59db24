// Nodes: the text's, or the notes' single node01 at 192.168.1.2 when it gives none.
import { message } from '../messages';
import type { NodeModel } from '../model';
import { arr, record, stringEntries, text } from '../values';
import { parseCIDRSloppy } from '../net/address';
import { CLUSTER_CIDR } from '../constants';
import { NodeIps, PodCidrs } from './nodeAddresses';
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
      recorder.skip(-1, message('cluster.nodeNoAddress', { what }), 'Node', name);
      continue;
    }
    const podCIDR = podCidrFor(what, name, cidrs, recorder, false);
    const node: NodeModel = { name, ip, labels: hostLabels(name), index: nodes.length, podCIDR, implicit: true };
    const why = podNodeNames.length > 0 ? message('cluster.implicitNode.pods') : message('cluster.implicitNode.single');
    recorder.assume(what, 'status.addresses', ip, message('cluster.implicitNode', { why, name, ip, podCIDR }));
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
    recorder.assume(what, 'status.addresses', ip, message('cluster.nodeIP', { name: object.name, ip }));
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
      message('cluster.podCIDR', { name, clusterCIDR: CLUSTER_CIDR, podCIDR }),
    );
    return podCIDR;
  }
  recorder.assume(what, 'spec.podCIDR', '', message('cluster.podCIDRExhausted', { name, clusterCIDR: CLUSTER_CIDR }));
  return '';
}
