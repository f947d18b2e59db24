// Renders a PolicyDecision as the Korean explanation learners read (one rendering of the record;
// the CLI's --json and the matrix cell use the record itself). The sentences are in messages/ko/policy.ts.
import type { NetworkPolicyPeerModel, NetworkPolicyPortModel, PodModel } from '../model';
import type { CompiledCluster, CompiledRule } from './compile';
import type { InputProblem, PartyRef, PolicyDecision, RuleMatch, RuleMiss, SideDecision } from './decision';
import { formatLabelSelector, isEmptySelector } from '../labels';
import { message } from '../messages';

export function renderExplanation(compiled: CompiledCluster, decision: PolicyDecision): string {
  if (decision.problems.length > 0) {
    return message('policy.cannotCheck', { problems: decision.problems.map(renderProblem).join(' ') });
  }
  const head = `${party(decision.from)} → ${party(decision.to)}, ${decision.protocol} ${decision.port}: ${
    decision.allowed ? message('policy.verdict.allowed') : message('policy.verdict.denied')
  }`;
  const notes: string[] = [];
  for (const ref of [decision.from, decision.to]) {
    if (ref?.byAddress) notes.push(message('policy.note.podAddress', { address: ref.byAddress, pod: ref.name }));
    if (ref?.service) notes.push(message('policy.note.clusterIP', { address: ref.name, service: ref.service }));
  }
  if (decision.egress.exempt === 'loopback') {
    return [head, ...notes, message('policy.loopback')].join(' ');
  }
  const destination =
    decision.to?.kind === 'pod' ? compiled.pods[compiled.podIndex.get(decision.to.name) ?? -1] : undefined;
  return [
    head,
    ...notes,
    renderSide(compiled, decision.egress, decision.from, decision.to, destination),
    renderSide(compiled, decision.ingress, decision.to, decision.from, destination),
  ].join(' ');
}

function party(ref: PartyRef | undefined): string {
  if (!ref) return '?';
  return ref.kind === 'pod'
    ? `pod ${ref.name}`
    : `${ref.name}${ref.node ? message('policy.party.onNode', { node: ref.node }) : ''}`;
}

function renderProblem(problem: InputProblem): string {
  switch (problem.code) {
    case 'syntax':
      return message('policy.problem.syntax', problem);
    case 'unknown-pod':
      return message('policy.problem.unknownPod', problem);
    case 'bad-address':
      return message('policy.problem.badAddress', problem);
    case 'out-of-range':
      return message('policy.problem.portRange', problem);
    case 'not-supported':
      return message('policy.problem.protocol', problem);
  }
}

function renderSide(
  compiled: CompiledCluster,
  side: SideDecision,
  subject: PartyRef | undefined,
  peer: PartyRef | undefined,
  destination: PodModel | undefined,
): string {
  const type = side.direction === 'egress' ? 'Egress' : 'Ingress';
  const label = `${type}(${message(side.direction === 'egress' ? 'policy.side.from' : 'policy.side.to')} ${party(subject)}):`;
  switch (side.exempt) {
    case 'not-a-pod':
      return message('policy.exempt.notAPod', { label });
    case 'host-network':
      return message('policy.exempt.hostNetwork', { label });
    case 'node-local':
      return message('policy.exempt.nodeLocal', { label, node: subject?.node ?? '' });
    default:
      break;
  }
  if (side.isolatedBy.length === 0) {
    return message('policy.notIsolated', { label, type });
  }
  const isolated = message('policy.isolatedBy', { policies: side.isolatedBy.join(', ') });
  if (side.matches.length > 0) {
    const reasons = side.matches.map((match) => renderMatch(compiled, side, match, destination)).join('; ');
    const ipNote = side.matches.some((m) => m.ipBlockOnPod)
      ? message('policy.ipBlockMatched', {
          peer: party(peer),
          ip: peer?.ip ?? '',
          caveat: message('policy.ipBlockOnPod'),
        })
      : '';
    return message('policy.allowedBy', { label, isolated, reasons, ipNote });
  }
  const misses = side.misses
    .filter((miss) => miss.peerMatched || miss.portMatched)
    .map((miss) => renderMiss(side, miss));
  const noRules = side.misses.length === 0 ? message('policy.noRules', { direction: side.direction }) : '';
  const ipNote = side.misses.some((m) => m.ipBlockOnPod)
    ? message('policy.ipBlockJudged', { peer: party(peer), ip: peer?.ip ?? '', caveat: message('policy.ipBlockOnPod') })
    : '';
  const nearMisses = misses.length > 0 ? message('policy.nearMisses', { misses: misses.join('; ') }) : '';
  return message('policy.deniedNoRule', {
    label,
    isolated,
    direction: side.direction,
    rest: `${noRules}${nearMisses}${ipNote}`,
  });
}

function findRule(
  compiled: CompiledCluster,
  side: SideDecision,
  policyId: string,
  index: number,
): CompiledRule | undefined {
  return compiled.policies.find((p) => p.id === policyId)?.rules[side.direction][index];
}

function renderMatch(
  compiled: CompiledCluster,
  side: SideDecision,
  match: RuleMatch,
  destination: PodModel | undefined,
): string {
  const rule = findRule(compiled, side, match.policy, match.rule);
  const peerField = side.direction === 'egress' ? 'to' : 'from';
  const peerText =
    match.peer === undefined
      ? message('policy.rule.anyPeer', { field: peerField, who: who(side) })
      : `${peerField}[${match.peer}] ${describePeer(rule?.peers[match.peer]?.source)}`;
  const portText =
    match.port === undefined
      ? message('policy.rule.anyPort')
      : `ports[${match.port}] ${describePort(rule?.ports[match.port], destination)}`;
  return message('policy.rule.matched', {
    policy: match.policy,
    direction: side.direction,
    rule: match.rule,
    peer: peerText,
    port: portText,
  });
}

function renderMiss(side: SideDecision, miss: RuleMiss): string {
  const half = message(miss.peerMatched ? 'policy.miss.port' : 'policy.miss.peer', { who: who(side) });
  return message('policy.miss', { policy: miss.policy, direction: side.direction, rule: miss.rule, half });
}

function who(side: SideDecision): string {
  return message(side.direction === 'egress' ? 'policy.destination' : 'policy.source');
}

export function describePeer(peer: NetworkPolicyPeerModel | undefined): string {
  if (!peer) return '?';
  if (peer.ipBlock) {
    const except = peer.ipBlock.except ?? [];
    return `ipBlock ${peer.ipBlock.cidr}${except.length > 0 ? ` (except ${except.join(', ')})` : ''}`;
  }
  const pod = peer.podSelector;
  const ns = peer.namespaceSelector;
  const podText = pod ? `podSelector ${isEmptySelector(pod) ? '{}' : formatLabelSelector(pod)}` : '';
  const nsText = ns ? `namespaceSelector ${isEmptySelector(ns) ? '{}' : formatLabelSelector(ns)}` : '';
  if (pod && ns) return message('policy.peer.both', { namespaces: nsText, pods: podText });
  if (ns) return message('policy.peer.namespaces', { namespaces: nsText });
  if (pod) return message('policy.peer.pods', { pods: podText });
  return message('policy.peer.empty');
}

export function describePort(port: NetworkPolicyPortModel | undefined, destination: PodModel | undefined): string {
  if (!port) return '?';
  const protocol = port.protocol ?? 'TCP';
  if (port.port === undefined) return message('policy.port.all', { protocol });
  if (typeof port.port === 'number') {
    return port.endPort !== undefined ? `${protocol} ${port.port}-${port.endPort}` : `${protocol} ${port.port}`;
  }
  const resolved = destination?.ports.find((p) => p.name === port.port && p.protocol === protocol);
  const where = resolved
    ? message('policy.port.named', {
        pod: `${destination?.namespace}/${destination?.name}`,
        port: resolved.containerPort,
      })
    : '';
  return `${protocol} ${port.port}${where}`;
}
