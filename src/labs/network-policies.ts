// 실습 4 Network Policies: 있는 policy를 읽고, db 포트에는 한 pod만, internal pod의 egress는 두 곳만 허용한다.
import cluster from '../../content/examples/lab-network-policies.yaml?raw';
import { dnsLookup, type Cluster } from '../engine';
import { allowed, egressAllowed, isolatedBy } from './checks';
import type { Lab, Verdict } from './types';

const INTERNAL = 'pod:default/internal';
const EXTERNAL = 'pod:default/external';
const PAYROLL = 'pod:default/payroll';
const MYSQL = 'pod:default/mysql';

const DB_POLICY = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: db-policy
spec:
  podSelector:
    matchLabels:
      name: mysql
  policyTypes:
    - Ingress
  ingress:
    - from:
        - podSelector:
            matchLabels:
              name: internal
      ports:
        - protocol: TCP
          port: 3306
`;

const INTERNAL_POLICY = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: internal-policy
spec:
  podSelector:
    matchLabels:
      name: internal
  policyTypes:
    - Egress
  egress:
    - to:
        - podSelector:
            matchLabels:
              name: payroll
      ports:
        - protocol: TCP
          port: 8080
    - to:
        - podSelector:
            matchLabels:
              name: mysql
      ports:
        - protocol: TCP
          port: 3306
    - ports:
        - protocol: UDP
          port: 53
        - protocol: TCP
          port: 53
`;

/** The policy the lab starts with; every other one is the learner's. */
const STARTING = 'default/payroll-policy';

const learners = (policies: string[]) => policies.filter((p) => p !== STARTING);
const podName = (ref: string) => ref.replace(/^pod:default\//, '');

/** The learner's policies that select `pod` for `direction` (by what the engine selects, not by how it is written). */
function selecting(c: Cluster, pod: string, direction: 'ingress' | 'egress'): string[] {
  return learners(isolatedBy(c, pod, direction, pod === INTERNAL ? EXTERNAL : INTERNAL));
}

/** "One pod" means one: a policy asked for `pod` that also selects another pod says so. */
function selectsOthers(
  c: Cluster,
  pod: string,
  direction: 'ingress' | 'egress',
  policies: string[],
): Verdict | undefined {
  for (const other of [INTERNAL, EXTERNAL, PAYROLL, MYSQL].filter((p) => p !== pod)) {
    const [extra] = selecting(c, other, direction).filter((p) => policies.includes(p));
    if (extra !== undefined)
      return {
        ok: false,
        hint: `${extra.replace('default/', '')}이(가) ${podName(pod)}만이 아니라 ${podName(other)} pod도 고릅니다. \`podSelector: {}\`는 namespace의 모든 pod를 고르니, \`matchLabels: {name: ${podName(pod)}}\`처럼 ${podName(pod)} pod만 고르세요.`,
      };
  }
  return undefined;
}

/** Why a source got in: a rule with no `from`, or a peer that selects more than the internal pod. */
function whyOpen(c: Cluster, policies: string[], source: string): string {
  const models = c.networkPolicies.filter((p) => policies.includes(`${p.namespace}/${p.name}`));
  const rules = models.flatMap((p) => p.ingress);
  if (rules.some((r) => r.peers.length === 0))
    return `${podName(source)} pod도 mysql:3306에 닿습니다. \`from\`이 없는(또는 빈) 규칙은 출발지를 가리지 않아 모든 namespace의 pod와 클러스터 밖 주소까지 허용합니다. \`from\`에 \`podSelector: {matchLabels: {name: internal}}\` 하나만 두세요.`;
  const peers = rules.flatMap((r) => r.peers);
  const empty = (s: { matchLabels?: object; matchExpressions?: unknown[] } | undefined) =>
    !!s && Object.keys(s.matchLabels ?? {}).length === 0 && (s.matchExpressions ?? []).length === 0;
  if (peers.some((p) => p.namespaceSelector && empty(p.namespaceSelector) && !p.podSelector))
    return `${podName(source)} pod도 mysql:3306에 닿습니다. \`namespaceSelector: {}\`는 모든 namespace의 모든 pod를 허용합니다. \`from\`에는 \`podSelector: {matchLabels: {name: internal}}\`만 두세요.`;
  if (peers.some((p) => empty(p.podSelector) && !p.namespaceSelector))
    return `${podName(source)} pod도 mysql:3306에 닿습니다. \`from\`의 \`- podSelector: {}\`는 빈 규칙이 아니라 "이 namespace의 모든 pod"라는 뜻입니다. \`matchLabels: {name: internal}\`로 internal pod만 고르세요.`;
  return `${podName(source)} pod도 mysql:3306에 닿습니다. \`from\`의 selector가 internal pod(label \`name: internal\`)만 고르는지 보세요.`;
}

function dbOnlyFromInternal(c: Cluster): Verdict {
  const policies = selecting(c, MYSQL, 'ingress');
  if (policies.length === 0)
    return {
      ok: false,
      hint: 'mysql pod를 고르는 ingress policy가 없습니다. `podSelector.matchLabels`에 `name: mysql`을 쓰고 `kubectl apply -f db-policy.yaml`.',
    };
  const others = selectsOthers(c, MYSQL, 'ingress', policies);
  if (others) return others;
  if (!allowed(c, INTERNAL, MYSQL, 3306))
    return {
      ok: false,
      hint: 'internal pod가 mysql:3306에 닿지 않습니다. `ingress.from`의 podSelector(`name: internal`)와 `ports`(TCP 3306)를 확인하세요.',
    };
  for (const source of [EXTERNAL, PAYROLL])
    if (allowed(c, source, MYSQL, 3306)) return { ok: false, hint: whyOpen(c, policies, source) };
  return { ok: true };
}

/** "Only to payroll:8080 and mysql:3306", and DNS so that the Service names resolve. */
function internalOnlyToTwo(c: Cluster): Verdict {
  const policies = selecting(c, INTERNAL, 'egress');
  if (policies.length === 0)
    return {
      ok: false,
      hint: 'internal pod를 고르는 Egress policy가 없습니다. `podSelector`는 `name: internal`, `policyTypes`에 `Egress`를 쓰세요.',
    };
  if (!policies.includes('default/internal-policy'))
    return {
      ok: false,
      hint: `internal pod를 고르는 Egress policy는 ${policies.map((p) => p.replace('default/', '')).join(', ')}입니다. 과제가 이름을 정했으니 \`metadata.name: internal-policy\`로 만드세요.`,
    };
  const others = selectsOthers(c, INTERNAL, 'egress', policies);
  if (others) return others;
  if (!allowed(c, INTERNAL, PAYROLL, 8080))
    return {
      ok: false,
      hint: 'internal → payroll:8080이 막혔습니다. egress `to`에 podSelector `name: payroll`, ports TCP 8080 규칙을 두세요.',
    };
  if (!allowed(c, INTERNAL, MYSQL, 3306))
    return {
      ok: false,
      hint: 'internal → mysql:3306이 막혔습니다. egress에 podSelector `name: mysql`, ports TCP 3306 규칙을 더하세요.',
    };
  const extras: [string, number, string][] = [
    [EXTERNAL, 8080, 'external:8080'],
    [PAYROLL, 3306, 'payroll:3306'],
    [MYSQL, 8080, 'mysql:8080'],
    [EXTERNAL, 3306, 'external:3306'],
    ['ip:203.0.113.10', 443, '클러스터 밖 203.0.113.10:443'],
  ];
  for (const [to, port, label] of extras)
    if (egressAllowed(c, INTERNAL, to, port))
      return {
        ok: false,
        hint: `internal → ${label}도 열려 있습니다. "두 곳으로만"이니 목적지 없이 port만 쓴 규칙, 빈 \`to\`, 한 규칙에 섞인 두 목적지와 두 port(서로 엇갈려 열림)가 없는지 보세요: 목적지마다 규칙을 나누세요.`,
      };
  // The resolver's query is egress too (route-fidelity's dnsLookup asks NetworkPolicy as a pod's resolver does):
  // UDP 53 alone resolves the names, as it does in a cluster; TCP 53 is only needed for truncated answers.
  if (dnsLookup(c, 'payroll-service', 'default', INTERNAL).unanswered !== undefined)
    return {
      ok: false,
      hint: 'internal pod의 DNS 질의가 막혀 `curl payroll-service:8080`이 이름을 풀지 못합니다(curl: (6) Could not resolve host). egress에 kube-dns로 가는 `ports: [{protocol: UDP, port: 53}, {protocol: TCP, port: 53}]` 규칙을 더하세요.',
    };
  return { ok: true };
}

export const networkPoliciesLab: Lab = {
  id: 'network-policies',
  title: 'Network Policies',
  cluster,
  clusterFile: 'lab-network-policies.yaml',
  overview: 'kubectl get pods,svc,netpol',
  files: {
    'db-policy.yaml': `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: db-policy
spec:
  podSelector:
    matchLabels:
      name:
  policyTypes:
    - Ingress
  ingress:
    - from:
        - podSelector:
            matchLabels:
              name:
      ports:
        - protocol: TCP
          port:
`,
    'internal-policy.yaml': `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: internal-policy
spec:
  podSelector:
    matchLabels:
      name: internal
  policyTypes:
    - Egress
  egress:
    - to:
        - podSelector:
            matchLabels:
              name:
      ports:
        - protocol: TCP
          port:
`,
  },
  tasks: [
    {
      id: 'count',
      kind: 'question',
      prompt: 'NetworkPolicy는 몇 개 있나요?',
      answers: ['1', '1개', '하나'],
      answer: '1',
      hint: '`kubectl get networkpolicy`(줄여서 `netpol`)로 세어 보세요.',
      solution: '`kubectl get netpol` → `payroll-policy` 하나.',
    },
    {
      id: 'target',
      kind: 'question',
      prompt: '`payroll-policy`는 어느 pod에 적용되나요?',
      answers: ['payroll'],
      answer: 'payroll',
      hint: 'POD-SELECTOR 열(`name=payroll`)이 고르는 pod를 `kubectl get pods --show-labels`에서 찾아보세요.',
      solution: 'POD-SELECTOR `name=payroll` → `payroll` pod.',
    },
    {
      id: 'direction',
      kind: 'question',
      prompt: '`payroll-policy`가 다루는 트래픽 방향(policyTypes)은 무엇인가요?',
      answers: ['Ingress'],
      answer: 'Ingress',
      hint: '`kubectl describe netpol payroll-policy`의 `Policy Types` 줄을 보세요.',
      solution:
        '`Policy Types: Ingress`: payroll로 들어오는 트래픽만 제한하고, 나가는 트래픽은 건드리지 않습니다(Not affecting egress traffic).',
    },
    {
      id: 'allowed-pod',
      kind: 'question',
      prompt: 'payroll pod의 8080으로 들어갈 수 있는 pod는 어느 것인가요?',
      answers: ['internal'],
      answer: 'internal',
      hint: '`kubectl describe netpol payroll-policy`의 From 아래 PodSelector가 고르는 pod입니다.',
      solution:
        '`From: PodSelector: name=internal` → `internal` pod만. 확인: `kubectl exec internal -- curl payroll-service:8080`.',
    },
    {
      id: 'blocked',
      kind: 'question',
      prompt: '`kubectl exec external -- curl payroll-service:8080`을 실행하면 curl은 어떤 오류 번호로 끝나나요?',
      answers: ['28', '(28)', 'curl: (28)'],
      answer: '28',
      hint: '직접 실행해 보고 `curl: (N)`의 N을 적으세요. 거절(7)이 아니라 응답 없이 기다리다 끝납니다: policy는 패킷을 버리기 때문입니다.',
      solution:
        '`curl: (28) … Could not connect to server`: 시간 초과. NetworkPolicy는 연결을 거절하지 않고 패킷을 조용히 버립니다.',
    },
    {
      id: 'db-policy',
      kind: 'goal',
      prompt:
        'mysql pod의 3306에는 internal pod만 들어오게 하세요. `db-policy.yaml`을 채우고 `kubectl apply -f db-policy.yaml`.',
      solution:
        'podSelector `name: mysql`, ingress from podSelector `name: internal`, ports TCP 3306으로 채우고 `kubectl apply -f db-policy.yaml`.',
      files: { 'db-policy.yaml': DB_POLICY },
      commands: ['kubectl apply -f db-policy.yaml'],
      check: dbOnlyFromInternal,
    },
    {
      id: 'internal-policy',
      kind: 'goal',
      prompt:
        'internal pod에서 나가는(egress) 트래픽을 두 곳으로만 허용하세요: payroll의 8080과 mysql의 3306. 이름은 `internal-policy`(Service 이름으로 부르려면 DNS용 53/UDP·TCP도 열어 두세요). `internal-policy.yaml`을 채우고 apply 하세요.',
      solution:
        'egress 규칙 두 개(payroll:8080, mysql:3306)와 DNS(53)를 쓰고 `kubectl apply -f internal-policy.yaml`. 확인: `kubectl exec internal -- curl payroll-service:8080`은 되고 `kubectl exec internal -- curl external-service:8080`은 시간 초과.',
      files: { 'internal-policy.yaml': INTERNAL_POLICY },
      commands: ['kubectl apply -f internal-policy.yaml'],
      check: internalOnlyToTwo,
    },
  ],
};
