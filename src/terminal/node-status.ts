// A node's row as kubernetes pkg/printers/internalversion/printers.go printNode prints it: STATUS from the
// Ready condition (Ready / NotReady / Unknown) plus SchedulingDisabled when spec.unschedulable, ROLES from
// node-role.kubernetes.io/* labels (findNodeRoles), VERSION and the -o wide cells from status.nodeInfo
// (`<unknown>` when empty). A Node written without status is the lab's healthy kubeadm node.
import type { NodeModel } from '../engine';
import type { Json } from './store';
import { record } from './json-values';

export interface NodeRow {
  status: string;
  roles: string;
  version: string;
  internalIP: string;
  externalIP: string;
  osImage: string;
  kernelVersion: string;
  containerRuntime: string;
}

/** What the course's kubeadm nodes report (status.nodeInfo) when the manifest does not say. */
const LAB_NODE_INFO = {
  kubeletVersion: 'v1.34.1',
  osImage: 'Ubuntu 24.04.2 LTS',
  kernelVersion: '6.8.0-1027-gcp',
  containerRuntimeVersion: 'containerd://1.7.27',
};

const ROLE_PREFIX = 'node-role.kubernetes.io/';

export function nodeRow(node: NodeModel, document: Json | undefined): NodeRow {
  const status = record(document?.status);
  const spec = record(document?.spec) ?? {};
  const info = status ? (record(status.nodeInfo) ?? {}) : LAB_NODE_INFO;
  const conditions = Array.isArray(status?.conditions) ? status.conditions.map((c) => record(c) ?? {}) : undefined;
  const states: string[] = [];
  if (!conditions) states.push('Ready');
  else {
    const ready = conditions.find((c) => c.type === 'Ready');
    if (ready) states.push(ready.status === 'True' ? 'Ready' : 'NotReady');
  }
  if (states.length === 0) states.push('Unknown');
  if (spec.unschedulable === true) states.push('SchedulingDisabled');
  const roles = new Set<string>();
  for (const [key, value] of Object.entries(node.labels)) {
    if (key.startsWith(ROLE_PREFIX) && key.length > ROLE_PREFIX.length) roles.add(key.slice(ROLE_PREFIX.length));
    else if (key === 'kubernetes.io/role' && value !== '') roles.add(value);
  }
  const addresses = Array.isArray(status?.addresses) ? status.addresses.map((a) => record(a) ?? {}) : [];
  const address = (type: string) => addresses.find((a) => a.type === type && typeof a.address === 'string')?.address;
  const cell = (value: unknown) => (typeof value === 'string' && value !== '' ? value : '<unknown>');
  return {
    status: states.join(','),
    roles: roles.size > 0 ? [...roles].sort().join(',') : '<none>',
    version: typeof info.kubeletVersion === 'string' ? info.kubeletVersion : '',
    internalIP: String(address('InternalIP') ?? node.ip ?? '<none>'),
    externalIP: String(address('ExternalIP') ?? '<none>'),
    osImage: cell(info.osImage),
    kernelVersion: cell(info.kernelVersion),
    containerRuntime: cell(info.containerRuntimeVersion),
  };
}
