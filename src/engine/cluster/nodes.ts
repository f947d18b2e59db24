// Nodes: the text's, or the notes' single node01 at 192.168.1.2 when it gives none.
import type { NodeModel } from '../model';
import { arr, record, stringEntries, text } from '../values';
import { parseCIDRSloppy } from '../net/address';
import type { ManifestObject } from './objects';
import type { Recorder } from './recorder';

/** The notes' cluster: node01 at 192.168.1.2, the learner's laptop at 192.168.1.10. */
const DEFAULT_NODE_NAME = 'node01';

function nodeIpFor(index: number): string {
  return `192.168.1.${2 + index}`;
}

function podCidrFor(index: number): string {
  return `10.244.${index}.0/24`;
}

export function loadNodes(objects: ManifestObject[], podNodeNames: string[], recorder: Recorder): NodeModel[] {
  const given = objects.filter((o) => o.kind === 'Node');
  if (given.length > 0) return given.map((object, index) => nodeFrom(object, index, recorder));
  // Without Node objects the cluster has the nodes the pods name (in name order), or node01 alone.
  const names = [...new Set(podNodeNames)].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  if (names.length === 0) names.push(DEFAULT_NODE_NAME);
  return names.map((name, index) => {
    const node = implicitNode(name, index);
    const why = podNodeNames.length > 0 ? 'pod의 spec.nodeName이 가리키는 노드' : '노트의 클러스터처럼 노드 하나';
    recorder.assume(
      `Node ${name}`,
      'status.addresses',
      node.ip,
      `Node 객체가 없어 ${why}(${name}, IP ${node.ip}, pod CIDR ${node.podCIDR})가 있다고 가정했습니다.`,
    );
    return node;
  });
}

function implicitNode(name: string, index: number): NodeModel {
  return {
    name,
    ip: nodeIpFor(index),
    labels: hostLabels(name),
    index,
    podCIDR: podCidrFor(index),
    implicit: true,
  };
}

/** The labels kubelet puts on every node it registers. */
function hostLabels(name: string): Record<string, string> {
  return { 'kubernetes.io/hostname': name, 'kubernetes.io/os': 'linux' };
}

function nodeFrom(object: ManifestObject, index: number, recorder: Recorder): NodeModel {
  const what = `Node ${object.name}`;
  const internal = arr(object.status?.addresses)
    .map(record)
    .find((a) => text(a?.type) === 'InternalIP');
  let ip = text(internal?.address);
  if (!ip) {
    ip = nodeIpFor(index);
    recorder.assume(
      what,
      'status.addresses',
      ip,
      `${object.name}에 InternalIP가 없어 ${index + 1}번째 노드의 주소를 가정했습니다: ${ip}.`,
    );
  }
  let podCIDR = text(object.spec.podCIDR);
  if (!podCIDR || parseCIDRSloppy(podCIDR)?.v6 !== false) {
    podCIDR = podCidrFor(index);
    recorder.assume(
      what,
      'spec.podCIDR',
      podCIDR,
      `${object.name}에 spec.podCIDR가 없어 pod 주소 범위를 가정했습니다: ${podCIDR}.`,
    );
  }
  return {
    name: object.name,
    ip,
    labels: { ...hostLabels(object.name), ...stringEntries(object.metadata.labels) },
    index,
    podCIDR,
    implicit: false,
  };
}
