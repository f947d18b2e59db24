// What the scheduler and the network plugin do to a pod: pick a node (round robin here) and give it
// the next address of that node's pod CIDR; and what kubelet reports: Ready or not, terminating or not.
import { message } from '../messages';
import { invariant } from '../invariant';
import type { ContainerModel, ContainerPortModel, NodeModel, PodModel } from '../model';
import type { Protocol } from '../types';
import { arr, bool, integer, record, text } from '../values';
import { cidrSize, ipv4At, parseCIDRSloppy } from '../net/address';
import type { PodDraft } from './podDraft';
import type { Recorder } from './recorder';

export function placePods(drafts: PodDraft[], nodes: NodeModel[], recorder: Recorder): PodModel[] {
  const used = new Set(drafts.map((d) => text(d.status?.podIP)).filter((ip): ip is string => !!ip));
  const byName = new Map(nodes.map((n) => [n.name, n]));
  const nextHost = new Map<string, number>();
  let turn = 0;
  const pods: PodModel[] = [];
  for (const draft of drafts) {
    const what = `Pod ${draft.namespace}/${draft.name}`;
    const doc = draft.source?.doc ?? -1;
    let nodeName = text(draft.spec.nodeName);
    if (nodeName === undefined) {
      const node = invariant(
        nodes[turn++ % nodes.length],
        'loadNodes gives every cluster a node (node01 when the text names none)',
      );
      nodeName = node.name;
      recorder.assume(
        what,
        'spec.nodeName',
        nodeName,
        message('cluster.podScheduled', { name: draft.name, node: nodeName }),
      );
    }
    const node = byName.get(nodeName);
    if (!node) {
      recorder.skip(doc, message('cluster.podOnMissingNode', { what, node: nodeName }), 'Pod', draft.name);
      continue;
    }
    const hostNetwork = bool(draft.spec.hostNetwork) ?? false;
    let ip = text(draft.status?.podIP);
    if (!ip && hostNetwork) {
      ip = node.ip;
      recorder.assume(
        what,
        'status.podIP',
        ip,
        message('cluster.hostNetwork', { name: draft.name, node: node.name, ip }),
      );
    } else if (!ip && !node.podCIDR) {
      recorder.skip(doc, message('cluster.podNoCIDR', { what, node: node.name }), 'Pod', draft.name);
      continue;
    } else if (!ip) {
      ip = nextAddress(node, nextHost, used);
      if (!ip) {
        recorder.skip(
          doc,
          message('cluster.podCIDRFull', { what, node: node.name, podCIDR: node.podCIDR }),
          'Pod',
          draft.name,
        );
        continue;
      }
      used.add(ip);
      recorder.assume(
        what,
        'status.podIP',
        ip,
        message('cluster.podIP', { name: draft.name, node: node.name, podCIDR: node.podCIDR, ip }),
      );
    }
    const ready = readiness(draft);
    if (draft.status === undefined) {
      recorder.assume(what, 'status.conditions.Ready', true, message('cluster.podReady', { name: draft.name }));
    }
    const hostname = text(draft.spec.hostname);
    const subdomain = text(draft.spec.subdomain);
    pods.push({
      namespace: draft.namespace,
      name: draft.name,
      labels: draft.labels,
      nodeName: node.name,
      ip,
      ready,
      // Any deletionTimestamp (YAML 1.1 may read it as a timestamp, not a string) means the pod is terminating.
      terminating: draft.metadata.deletionTimestamp !== undefined && draft.metadata.deletionTimestamp !== null,
      ports: containerPorts(draft),
      containers: containersOf(draft),
      hostNetwork,
      dnsPolicy: dnsPolicyOf(draft),
      ...(hostname ? { hostname } : {}),
      ...(subdomain ? { subdomain } : {}),
      ...(draft.owner ? { owner: draft.owner } : {}),
      implicit: draft.implicit,
      ...(draft.source ? { source: draft.source } : {}),
    });
  }
  return pods;
}

const DNS_POLICIES: PodModel['dnsPolicy'][] = ['ClusterFirst', 'ClusterFirstWithHostNet', 'Default', 'None'];

/** The spec is already defaulted (SetDefaults_PodSpec: dnsPolicy ClusterFirst); an unknown value reads as the default. */
function dnsPolicyOf(draft: PodDraft): PodModel['dnsPolicy'] {
  const given = text(draft.spec.dnsPolicy) as PodModel['dnsPolicy'] | undefined;
  return given && DNS_POLICIES.includes(given) ? given : 'ClusterFirst';
}

/** .1 is the node's bridge (cni0), so pods start at .2 — the notes' single pod is 10.244.0.2. */
function nextAddress(node: NodeModel, nextHost: Map<string, number>, used: Set<string>): string | undefined {
  const cidr = parseCIDRSloppy(node.podCIDR);
  if (!cidr) return undefined;
  const last = cidrSize(cidr) - 2;
  for (let host = nextHost.get(node.name) ?? 2; host <= last; host++) {
    const ip = ipv4At(cidr, host);
    if (used.has(ip)) continue;
    nextHost.set(node.name, host + 1);
    return ip;
  }
  return undefined;
}

/** Ready unless the status says otherwise: a Ready condition False, a container not ready, or a phase other than Running. */
function readiness(draft: PodDraft): boolean {
  const status = draft.status;
  if (!status) return true;
  const phase = text(status.phase);
  if (phase !== undefined && phase !== 'Running') return false;
  const readyCondition = arr(status.conditions)
    .map(record)
    .find((c) => text(c?.type) === 'Ready');
  if (readyCondition) return text(readyCondition.status) === 'True' || readyCondition.status === true;
  return !arr(status.containerStatuses).some((c) => bool(record(c)?.ready) === false);
}

function containersOf(draft: PodDraft): ContainerModel[] {
  return arr(draft.spec.containers).map((c, i) => {
    const container = record(c);
    const words = (v: unknown) => arr(v).filter((w): w is string => typeof w === 'string');
    return {
      name: text(container?.name) ?? `container-${i}`,
      image: text(container?.image) ?? '',
      argv: [...words(container?.command), ...words(container?.args)],
    };
  });
}

function containerPorts(draft: PodDraft): ContainerPortModel[] {
  const ports: ContainerPortModel[] = [];
  for (const container of arr(draft.spec.containers).map(record)) {
    const containerName = text(container?.name) ?? '';
    for (const port of arr(container?.ports).map(record)) {
      const containerPort = integer(port?.containerPort);
      if (containerPort === undefined) continue;
      const name = text(port?.name);
      const hostPort = integer(port?.hostPort);
      ports.push({
        container: containerName,
        ...(name ? { name } : {}),
        containerPort,
        protocol: (text(port?.protocol) as Protocol | undefined) ?? 'TCP',
        ...(hostPort ? { hostPort } : {}),
      });
    }
  }
  return ports;
}
