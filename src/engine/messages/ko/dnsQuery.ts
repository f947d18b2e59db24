// The DNS query itself as traffic (route/dnsServer.ts): kube-dns missing, not ready, or blocked by policy.
import type { MessageTable } from '../table';

export const dnsQuery = {
  'dnsQuery.noService':
    'Service kube-system/kube-dns가 없어 pod의 DNS 질의(nameserver 10.96.0.10)가 응답을 받지 못하고, resolver가 시간 초과 뒤 이름 찾기에 실패합니다.',
  'dnsQuery.noEndpoints': (p: { service: string }) =>
    `${p.service}에 Ready인 CoreDNS 엔드포인트(53/UDP)가 없어 DNS 질의에 답하는 곳이 없으므로 이름 찾기에 실패합니다.`,
  'dnsQuery.blocked': (p: { policies: string }) =>
    `DNS 질의(UDP 53 → CoreDNS pod)가 ${p.policies || 'NetworkPolicy'}에 막혀, resolver가 시간 초과(5초씩 2번) 뒤 이름 찾기에 실패합니다. egress를 막는 정책에는 kube-system의 k8s-app: kube-dns pod로 가는 UDP·TCP 53을 허용하는 규칙이 따로 있어야 합니다.`,
  'dnsQuery.tcpBlocked':
    'UDP 53은 통하지만 TCP 53은 막혀 있습니다. 보통의 이름은 UDP로 찾지만, 응답이 커서 잘리면(TC) resolver가 TCP로 다시 묻다가 실패합니다.',
} satisfies MessageTable;
