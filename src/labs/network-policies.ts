// 실습 4 Network Policies: 있는 policy를 읽고, db 포트에는 한 pod만, internal pod의 egress는 두 곳만 허용한다.
import cluster from '../../content/examples/lab-network-policies.yaml?raw';
import { dnsLookup, type Cluster } from '../engine';
import { allowed, egressAllowed } from './checks';
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

function selects(c: Cluster, pod: string, type: 'Ingress' | 'Egress'): boolean {
  const labels = c.pods.find((p) => p.namespace === 'default' && p.name === pod)?.labels ?? {};
  return c.networkPolicies.some(
    (p) =>
      p.namespace === 'default' &&
      p.policyTypes.includes(type) &&
      Object.entries(p.podSelector.matchLabels ?? {}).every(([k, v]) => labels[k] === v) &&
      (p.podSelector.matchExpressions ?? []).length === 0,
  );
}

function dbOnlyFromInternal(c: Cluster): Verdict {
  if (!selects(c, 'mysql', 'Ingress'))
    return {
      ok: false,
      hint: 'mysql pod를 고르는 ingress policy가 없습니다. `podSelector.matchLabels`에 `name: mysql`을 쓰고 `kubectl apply -f db-policy.yaml`.',
    };
  if (!allowed(c, INTERNAL, MYSQL, 3306))
    return {
      ok: false,
      hint: 'internal pod가 mysql:3306에 닿지 않습니다. `ingress.from`의 podSelector(`name: internal`)와 `ports`(TCP 3306)를 확인하세요.',
    };
  if (allowed(c, EXTERNAL, MYSQL, 3306))
    return {
      ok: false,
      hint: 'external pod도 mysql:3306에 닿습니다. `from`에는 internal pod만 두세요(빈 `from`이나 빈 podSelector `{}`는 모든 pod를 허용합니다).',
    };
  if (allowed(c, PAYROLL, MYSQL, 3306))
    return { ok: false, hint: 'payroll pod도 mysql:3306에 닿습니다. `from`에는 internal pod만 두세요.' };
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
      check(c) {
        if (!selects(c, 'internal', 'Egress'))
          return {
            ok: false,
            hint: 'internal pod를 고르는 Egress policy가 없습니다. `podSelector`는 `name: internal`, `policyTypes`에 `Egress`를 쓰세요.',
          };
        if (!allowed(c, INTERNAL, PAYROLL, 8080))
          return {
            ok: false,
            hint: 'internal → payroll:8080이 막혔습니다. egress `to`에 podSelector `name: payroll`, ports TCP 8080 규칙을 두세요.',
          };
        if (!allowed(c, INTERNAL, MYSQL, 3306))
          return {
            ok: false,
            hint: 'internal → mysql:3306이 막혔습니다. egress에 podSelector `name: mysql`, ports TCP 3306 규칙을 더하세요(두 목적지는 `to`를 나눈 규칙 둘이거나, 한 규칙이면 port마다 맞는 pod만 열리는지 보세요).',
          };
        if (egressAllowed(c, INTERNAL, EXTERNAL, 8080))
          return {
            ok: false,
            hint: 'internal → external:8080도 열려 있습니다. 목적지 없이 port만 쓴 규칙이나 빈 `to`가 모든 곳을 허용하지 않는지 보세요.',
          };
        if (egressAllowed(c, INTERNAL, PAYROLL, 3306))
          return {
            ok: false,
            hint: 'internal → payroll:3306도 열려 있습니다. 한 규칙에 두 pod와 두 port를 함께 쓰면 서로 섞여 열립니다: 목적지마다 규칙을 나누세요.',
          };
        // The resolver's query is egress too: without UDP 53 to kube-dns, `curl payroll-service:8080` fails with (6).
        if (dnsLookup(c, 'payroll-service', 'default', INTERNAL).unanswered !== undefined)
          return {
            ok: false,
            hint: 'internal pod의 DNS 질의가 막혔습니다(`curl payroll-service:8080`이 `(6) Could not resolve host`). egress에 kube-dns로 가는 UDP 53(과 TCP 53) 규칙을 더하세요.',
          };
        return dbOnlyFromInternal(c).ok
          ? { ok: true }
          : { ok: false, hint: '앞 과제의 db-policy가 바뀌었거나 지워졌습니다. `kubectl get netpol`로 확인하세요.' };
      },
    },
  ],
};
