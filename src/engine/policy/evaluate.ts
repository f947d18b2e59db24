// One connection against the compiled policies. The rules (network-policies.md, "The two sorts of
// pod isolation"): a side is isolated only by policies that select the pod with that policyType;
// an isolated side admits the union of its policies' rules; a connection needs both the source's
// egress and the destination's ingress to allow it (replies of an allowed connection are implicit).
import type { Protocol } from '../types';
import { ipBlockContains, matchPort } from './compile';
import type { CompiledCluster, CompiledPeer, Direction } from './compile';
import type { PolicyDecision, RuleMatch, RuleMiss, SideDecision } from './decision';
import type { Party } from './endpoint';

export interface Connection {
  from: Party;
  to: Party;
  port: number;
  protocol: Protocol;
}

/**
 * `firstMatch`: stop at the first admitting rule and skip the misses — what the matrix needs;
 * the single check collects every match and miss for its explanation.
 */
export function decide(compiled: CompiledCluster, connection: Connection, firstMatch = false): PolicyDecision {
  const { from, to, port, protocol } = connection;
  // network-policies.md: "a pod cannot block access to itself".
  const loopback = from.kind === 'pod' && to.kind === 'pod' && from.index === to.index;
  const egress = loopback
    ? exempt('egress', from, 'loopback')
    : evaluateSide(compiled, 'egress', from, to, connection, firstMatch);
  const ingress = loopback
    ? exempt('ingress', to, 'loopback')
    : evaluateSide(compiled, 'ingress', to, from, connection, firstMatch);
  return {
    from: from.ref,
    to: to.ref,
    port,
    protocol,
    problems: [],
    allowed: egress.allowed && ingress.allowed,
    egress,
    ingress,
  };
}

function exempt(direction: Direction, subject: Party, reason: SideDecision['exempt']): SideDecision {
  return {
    direction,
    allowed: true,
    subject: subject.kind === 'pod' ? subject.ref.name : undefined,
    exempt: reason,
    isolatedBy: [],
    matches: [],
    misses: [],
  };
}

export function evaluateSide(
  compiled: CompiledCluster,
  direction: Direction,
  subject: Party,
  peer: Party,
  connection: Connection,
  firstMatch: boolean,
): SideDecision {
  if (subject.kind === 'ip') return exempt(direction, subject, 'not-a-pod');
  if (subject.pod.hostNetwork) return exempt(direction, subject, 'host-network');
  // network-policies.md: traffic to and from the node where a pod runs is always allowed
  // (a hostNetwork pod's traffic is its node's traffic).
  const peerNode = peer.kind === 'ip' ? peer.ref.node : peer.pod.hostNetwork ? peer.pod.nodeName : undefined;
  if (peerNode !== undefined && peerNode === subject.pod.nodeName) return exempt(direction, subject, 'node-local');

  const isolating = compiled.isolating[direction][subject.index] ?? [];
  const destination = connection.to.kind === 'pod' ? connection.to.pod : undefined;
  const matches: RuleMatch[] = [];
  const misses: RuleMiss[] = [];
  for (const p of isolating) {
    const policy = compiled.policies[p];
    if (!policy) continue;
    for (const rule of policy.rules[direction]) {
      const peerHit = rule.peers.length === 0 ? null : rule.peers.find((candidate) => peerMatches(candidate, peer));
      const portIndex = matchPort(rule.ports, destination, connection.port, connection.protocol);
      const peerMatched = peerHit !== undefined;
      const portMatched = portIndex !== -1;
      if (peerMatched && portMatched) {
        matches.push({
          policy: policy.id,
          rule: rule.index,
          peer: peerHit?.index,
          port: portIndex,
          ipBlockOnPod: peerHit?.ipBlock !== undefined && peer.kind === 'pod' ? true : undefined,
        });
        if (firstMatch) break;
      } else if (!firstMatch) {
        const ipBlockOnPod =
          !peerMatched && peer.kind === 'pod' && rule.peers.some((candidate) => candidate.ipBlock) ? true : undefined;
        misses.push({ policy: policy.id, rule: rule.index, peerMatched, portMatched, ipBlockOnPod });
      }
    }
    if (firstMatch && matches.length > 0) break;
  }
  return {
    direction,
    allowed: isolating.length === 0 || matches.length > 0,
    subject: subject.ref.name,
    isolatedBy: isolating.map((p) => compiled.policies[p]?.id ?? ''),
    matches,
    misses,
  };
}

function peerMatches(peer: CompiledPeer, party: Party): boolean {
  if (party.kind === 'pod') return peer.pods[party.index] === 1;
  return peer.ipBlock !== undefined && ipBlockContains(peer.ipBlock, party.address);
}
