// NetworkPolicy verdicts on the request's hops (route/policyHop.ts).
import type { MessageTable } from '../table';

export const policyHop = {
  'policyHop.fromOwnNode': (p: { source: string; pod: string; policies: string }) =>
    `출발지(${p.source})가 pod ${p.pod}의 노드라서, 노드에서 오는 트래픽은 NetworkPolicy와 상관없이 항상 허용됩니다(${p.policies}도 막지 않음).`,
  'policyHop.egressDenied': (p: { policies: string }) =>
    `보내는 쪽의 egress 거부(NetworkPolicy ${p.policies}: 이 연결을 허용하는 규칙 없음)`,
  'policyHop.ingressDenied': (p: { target: string; policies: string }) =>
    `${p.target}의 ingress 거부(NetworkPolicy ${p.policies}: 이 연결을 허용하는 규칙 없음)`,
  'policyHop.snat': (p: { address: string }) => ` 정책이 보는 출발지는 SNAT된 노드 주소 ${p.address}입니다.`,
  'policyHop.allowed': (p: { protocol: string; port: number; target: string }) =>
    `${p.protocol} ${p.port} → ${p.target}: NetworkPolicy가 허용합니다.`,
} satisfies MessageTable;
