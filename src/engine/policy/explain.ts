// Renders a PolicyDecision as the Korean explanation learners read (one rendering of the record;
// the CLI's --json and the matrix cell use the record itself). Names are followed by 에/의 or a
// colon only, so no particle has to guess how a Latin name ends.
import type { NetworkPolicyPeerModel, NetworkPolicyPortModel, PodModel } from '../model';
import type { CompiledCluster, CompiledRule } from './compile';
import type { InputProblem, PartyRef, PolicyDecision, RuleMatch, RuleMiss, SideDecision } from './decision';
import { formatLabelSelector, isEmptySelector } from '../labels';

// network-policies.md on ipBlock: "These should be cluster-external IPs, since Pod IPs are ephemeral and
// unpredictable"; plugins differ on whether pod traffic is matched against it (the upstream e2e tests assume it is).
const IP_BLOCK_ON_POD =
  'ipBlock을 pod IP에도 적용할지는 네트워크 플러그인마다 다릅니다(구현 정의). 여기서는 적용한다고 보았습니다.';

export function renderExplanation(compiled: CompiledCluster, decision: PolicyDecision): string {
  if (decision.problems.length > 0) {
    return `검사할 수 없습니다. ${decision.problems.map(renderProblem).join(' ')}`;
  }
  const head = `${party(decision.from)} → ${party(decision.to)}, ${decision.protocol} ${decision.port}: ${
    decision.allowed ? '허용됩니다.' : '거부됩니다.'
  }`;
  const notes: string[] = [];
  for (const ref of [decision.from, decision.to]) {
    if (ref?.byAddress) notes.push(`주소 ${ref.byAddress}: pod ${ref.name}의 IP라서 그 pod로 봅니다.`);
    // network-policies.md (ipBlock): rewriting by Service implementations may happen before or after policy
    // processing; for a ClusterIP, kube-proxy's DNAT comes first in the common implementations.
    if (ref?.service) {
      notes.push(
        `주소 ${ref.name}: Service ${ref.service}의 clusterIP입니다. 보통 kube-proxy가 목적지를 pod IP로 바꾼 뒤에 NetworkPolicy가 적용되므로, 그 Service의 pod를 pod:NAMESPACE/NAME으로 지정해 확인하세요.`,
      );
    }
  }
  if (decision.egress.exempt === 'loopback') {
    return [head, ...notes, 'pod는 자기 자신에게 가는 트래픽을 막을 수 없으므로 정책과 상관없이 허용됩니다.'].join(' ');
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
  return ref.kind === 'pod' ? `pod ${ref.name}` : `${ref.name}${ref.node ? `(노드 ${ref.node})` : ''}`;
}

function renderProblem(problem: InputProblem): string {
  switch (problem.code) {
    case 'syntax':
      return `${problem.field} 값 '${problem.value}': 'pod:NAMESPACE/NAME'이나 'ip:ADDRESS' 꼴로 적어야 합니다.`;
    case 'unknown-pod':
      return `${problem.field} 값 '${problem.value}': 클러스터에 없는 pod입니다(namespace/이름을 확인하세요).`;
    case 'bad-address':
      return `${problem.field} 값 '${problem.value}': IP 주소로 읽을 수 없습니다.`;
    case 'out-of-range':
      return `port 값 '${problem.value}': 1에서 65535 사이의 정수여야 합니다.`;
    case 'not-supported':
      return `protocol 값 '${problem.value}': TCP, UDP, SCTP 중 하나여야 합니다.`;
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
  const label = `${type}(${side.direction === 'egress' ? '출발' : '도착'} ${party(subject)}):`;
  switch (side.exempt) {
    case 'not-a-pod':
      return `${label} pod 네트워크 밖의 주소라 적용할 NetworkPolicy가 없습니다.`;
    case 'host-network':
      return `${label} hostNetwork pod에는 NetworkPolicy가 적용되지 않습니다(동작이 정의되지 않았고, 흔한 구현은 노드의 트래픽으로 다룹니다).`;
    case 'node-local':
      return `${label} 상대가 이 pod가 도는 노드 ${subject?.node ?? ''} 자신이라 항상 허용됩니다(pod는 자기 노드와 오가는 트래픽을 막을 수 없습니다).`;
    default:
      break;
  }
  if (side.isolatedBy.length === 0) {
    return `${label} 이 pod를 고르는 ${type} 정책이 없어 격리되지 않았으므로 허용됩니다.`;
  }
  const isolated = `NetworkPolicy ${side.isolatedBy.join(', ')}에 의해 격리되어 있습니다.`;
  if (side.matches.length > 0) {
    const reasons = side.matches.map((match) => renderMatch(compiled, side, match, destination)).join('; ');
    const ipNote = side.matches.some((m) => m.ipBlockOnPod)
      ? ` ${party(peer)}의 IP(${peer?.ip ?? ''})가 ipBlock에 들어맞았습니다. ${IP_BLOCK_ON_POD}`
      : '';
    return `${label} ${isolated} ${reasons}에 맞아 허용됩니다.${ipNote}`;
  }
  const misses = side.misses
    .filter((miss) => miss.peerMatched || miss.portMatched)
    .map((miss) => renderMiss(side, miss));
  const noRules =
    side.misses.length === 0 ? ` 격리하는 정책에 ${side.direction} 규칙이 하나도 없습니다(모두 거부).` : '';
  const ipNote = side.misses.some((m) => m.ipBlockOnPod)
    ? ` ipBlock 규칙은 ${party(peer)}의 IP(${peer?.ip ?? ''})로 판단했습니다. ${IP_BLOCK_ON_POD}`
    : '';
  return `${label} ${isolated} 이 연결에 맞는 ${side.direction} 규칙이 없어 거부됩니다.${noRules}${
    misses.length > 0 ? ` 참고: ${misses.join('; ')}.` : ''
  }${ipNote}`;
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
      ? `${peerField} 없음: 모든 ${side.direction === 'egress' ? '목적지' : '출발지'}`
      : `${peerField}[${match.peer}] ${describePeer(rule?.peers[match.peer]?.source)}`;
  const portText =
    match.port === undefined
      ? 'ports 없음: 모든 포트'
      : `ports[${match.port}] ${describePort(rule?.ports[match.port], destination)}`;
  return `${match.policy}의 ${side.direction}[${match.rule}] 규칙(${peerText}, ${portText})`;
}

function renderMiss(side: SideDecision, miss: RuleMiss): string {
  const who = side.direction === 'egress' ? '목적지' : '출발지';
  const half = miss.peerMatched
    ? `${who}는 맞지만 포트/프로토콜이 맞지 않습니다`
    : `포트는 맞지만 ${who}가 맞지 않습니다`;
  return `${miss.policy}의 ${side.direction}[${miss.rule}] 규칙은 ${half}`;
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
  if (pod && ns) return `${nsText} 그리고 ${podText}: 고른 namespace 안의 고른 pod`;
  if (ns) return `${nsText}: 고른 namespace의 모든 pod`;
  if (pod) return `${podText}: 정책과 같은 namespace의 pod`;
  return '빈 peer';
}

export function describePort(port: NetworkPolicyPortModel | undefined, destination: PodModel | undefined): string {
  if (!port) return '?';
  const protocol = port.protocol ?? 'TCP';
  if (port.port === undefined) return `${protocol} 모든 포트`;
  if (typeof port.port === 'number') {
    return port.endPort !== undefined ? `${protocol} ${port.port}-${port.endPort}` : `${protocol} ${port.port}`;
  }
  const resolved = destination?.ports.find((p) => p.name === port.port && p.protocol === protocol);
  return `${protocol} ${port.port}${resolved ? `(pod ${destination?.namespace}/${destination?.name}의 ${resolved.containerPort})` : ''}`;
}
