// NetworkPolicy explanations (policy/explain.ts). Names are followed by 에/의 or a colon only, so no
// particle has to guess how a Latin name ends.
import type { MessageTable } from '../table';

type Field = { field: string; value: string };
type Label = { label: string };

export const policy = {
  // network-policies.md on ipBlock: "These should be cluster-external IPs, since Pod IPs are ephemeral and
  // unpredictable"; plugins differ on whether pod traffic is matched against it (the upstream e2e tests assume it is).
  'policy.ipBlockOnPod':
    'ipBlock을 pod IP에도 적용할지는 네트워크 플러그인마다 다릅니다(구현 정의). 여기서는 적용한다고 보았습니다.',
  'policy.cannotCheck': (p: { problems: string }) => `검사할 수 없습니다. ${p.problems}`,
  'policy.verdict.allowed': '허용됩니다.',
  'policy.verdict.denied': '거부됩니다.',
  'policy.note.podAddress': (p: { address: string; pod: string }) =>
    `주소 ${p.address}: pod ${p.pod}의 IP라서 그 pod로 봅니다.`,
  // network-policies.md (ipBlock): rewriting by Service implementations may happen before or after policy
  // processing; for a ClusterIP, kube-proxy's DNAT comes first in the common implementations.
  'policy.note.clusterIP': (p: { address: string; service: string }) =>
    `주소 ${p.address}: Service ${p.service}의 clusterIP입니다. 보통 kube-proxy가 목적지를 pod IP로 바꾼 뒤에 NetworkPolicy가 적용되므로, 그 Service의 pod를 pod:NAMESPACE/NAME으로 지정해 확인하세요.`,
  'policy.loopback': 'pod는 자기 자신에게 가는 트래픽을 막을 수 없으므로 정책과 상관없이 허용됩니다.',
  'policy.party.onNode': (p: { node: string }) => `(노드 ${p.node})`,
  'policy.problem.syntax': (p: Field) =>
    `${p.field} 값 '${p.value}': 'pod:NAMESPACE/NAME'이나 'ip:ADDRESS' 꼴로 적어야 합니다.`,
  'policy.problem.unknownPod': (p: Field) =>
    `${p.field} 값 '${p.value}': 클러스터에 없는 pod입니다(namespace/이름을 확인하세요).`,
  'policy.problem.badAddress': (p: Field) => `${p.field} 값 '${p.value}': IP 주소로 읽을 수 없습니다.`,
  'policy.problem.portRange': (p: { value: string }) => `port 값 '${p.value}': 1에서 65535 사이의 정수여야 합니다.`,
  'policy.problem.protocol': (p: { value: string }) => `protocol 값 '${p.value}': TCP, UDP, SCTP 중 하나여야 합니다.`,
  'policy.side.from': '출발',
  'policy.side.to': '도착',
  'policy.exempt.notAPod': (p: Label) => `${p.label} pod 네트워크 밖의 주소라 적용할 NetworkPolicy가 없습니다.`,
  'policy.exempt.hostNetwork': (p: Label) =>
    `${p.label} hostNetwork pod에는 NetworkPolicy가 적용되지 않습니다(동작이 정의되지 않았고, 흔한 구현은 노드의 트래픽으로 다룹니다).`,
  'policy.exempt.nodeLocal': (p: Label & { node: string }) =>
    `${p.label} 상대가 이 pod가 도는 노드 ${p.node} 자신이라 항상 허용됩니다(pod는 자기 노드와 오가는 트래픽을 막을 수 없습니다).`,
  'policy.notIsolated': (p: Label & { type: string }) =>
    `${p.label} 이 pod를 고르는 ${p.type} 정책이 없어 격리되지 않았으므로 허용됩니다.`,
  'policy.isolatedBy': (p: { policies: string }) => `NetworkPolicy ${p.policies}에 의해 격리되어 있습니다.`,
  'policy.ipBlockMatched': (p: { peer: string; ip: string; caveat: string }) =>
    ` ${p.peer}의 IP(${p.ip})가 ipBlock에 들어맞았습니다. ${p.caveat}`,
  'policy.allowedBy': (p: Label & { isolated: string; reasons: string; ipNote: string }) =>
    `${p.label} ${p.isolated} ${p.reasons}에 맞아 허용됩니다.${p.ipNote}`,
  'policy.noRules': (p: { direction: string }) => ` 격리하는 정책에 ${p.direction} 규칙이 하나도 없습니다(모두 거부).`,
  'policy.ipBlockJudged': (p: { peer: string; ip: string; caveat: string }) =>
    ` ipBlock 규칙은 ${p.peer}의 IP(${p.ip})로 판단했습니다. ${p.caveat}`,
  'policy.nearMisses': (p: { misses: string }) => ` 참고: ${p.misses}.`,
  'policy.deniedNoRule': (p: Label & { isolated: string; direction: string; rest: string }) =>
    `${p.label} ${p.isolated} 이 연결에 맞는 ${p.direction} 규칙이 없어 거부됩니다.${p.rest}`,
  'policy.destination': '목적지',
  'policy.source': '출발지',
  'policy.rule.anyPeer': (p: { field: string; who: string }) => `${p.field} 없음: 모든 ${p.who}`,
  'policy.rule.anyPort': 'ports 없음: 모든 포트',
  'policy.rule.matched': (p: { policy: string; direction: string; rule: number; peer: string; port: string }) =>
    `${p.policy}의 ${p.direction}[${p.rule}] 규칙(${p.peer}, ${p.port})`,
  'policy.miss.port': (p: { who: string }) => `${p.who}는 맞지만 포트/프로토콜이 맞지 않습니다`,
  'policy.miss.peer': (p: { who: string }) => `포트는 맞지만 ${p.who}가 맞지 않습니다`,
  'policy.miss': (p: { policy: string; direction: string; rule: number; half: string }) =>
    `${p.policy}의 ${p.direction}[${p.rule}] 규칙은 ${p.half}`,
  'policy.peer.both': (p: { namespaces: string; pods: string }) =>
    `${p.namespaces} 그리고 ${p.pods}: 고른 namespace 안의 고른 pod`,
  'policy.peer.namespaces': (p: { namespaces: string }) => `${p.namespaces}: 고른 namespace의 모든 pod`,
  'policy.peer.pods': (p: { pods: string }) => `${p.pods}: 정책과 같은 namespace의 pod`,
  'policy.peer.empty': '빈 peer',
  'policy.port.all': (p: { protocol: string }) => `${p.protocol} 모든 포트`,
  'policy.port.named': (p: { pod: string; port: number }) => `(pod ${p.pod}의 ${p.port})`,
} satisfies MessageTable;
