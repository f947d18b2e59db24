// `pod:NAMESPACE/NAME` or `ip:ADDRESS` → the party a policy check is about.
import type { PodModel } from '../model';
import { parseIP } from '../net/address';
import type { Address } from '../net/address';
import type { CompiledCluster } from './compile';
import type { InputProblem, PartyRef } from './decision';

export type Party =
  { kind: 'pod'; index: number; pod: PodModel; ref: PartyRef } | { kind: 'ip'; address: Address; ref: PartyRef };

export function resolveEndpoint(compiled: CompiledCluster, field: 'from' | 'to', text: unknown): Party | InputProblem {
  const value = typeof text === 'string' ? text.trim() : String(text);
  if (value.startsWith('pod:')) {
    const index = compiled.podIndex.get(value.slice(4));
    return index === undefined ? { field, code: 'unknown-pod', value } : podParty(compiled, index);
  }
  if (value.startsWith('ip:')) {
    const ip = value.slice(3);
    const address = parseIP(ip);
    if (!address) return { field, code: 'bad-address', value };
    const podIndex = compiled.podByIp.get(ip);
    if (podIndex !== undefined) {
      const party = podParty(compiled, podIndex);
      return { ...party, ref: { ...party.ref, byAddress: ip } };
    }
    const ref: PartyRef = {
      kind: 'ip',
      name: ip,
      ip,
      node: compiled.nodeByIp.get(ip),
      service: compiled.serviceByIp.get(ip),
    };
    return { kind: 'ip', address, ref };
  }
  return { field, code: 'syntax', value };
}

export function podParty(compiled: CompiledCluster, index: number): Party {
  const pod = compiled.pods[index] as PodModel;
  return {
    kind: 'pod',
    index,
    pod,
    ref: {
      kind: 'pod',
      name: `${pod.namespace}/${pod.name}`,
      ip: pod.ip,
      node: pod.nodeName,
      hostNetwork: pod.hostNetwork,
    },
  };
}

export function isProblem(value: Party | InputProblem): value is InputProblem {
  return 'code' in value;
}
