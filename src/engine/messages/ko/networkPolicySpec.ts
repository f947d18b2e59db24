// NetworkPolicy validation hints (validate/networking/networkpolicy.ts), shown beside the API server's English message.
import type { MessageTable } from '../table';

export const networkPolicySpec = {
  'networkPolicySpec.policyTypes': 'policyTypes에는 Ingress와 Egress만 쓸 수 있습니다(대소문자 구분).',
  'networkPolicySpec.protocol': 'protocol에는 TCP, UDP, SCTP 중 하나를 대문자로 쓰세요.',
  'networkPolicySpec.endPortOrder': 'endPort는 범위의 끝이므로 port보다 크거나 같아야 합니다.',
  'networkPolicySpec.endPortNamed':
    'endPort는 숫자 port와만 함께 쓸 수 있습니다: 이름 붙은 포트에는 범위를 줄 수 없습니다.',
  'networkPolicySpec.endPortWithoutPort': 'endPort를 쓰려면 범위의 시작인 port도 적으세요.',
  'networkPolicySpec.peerRequired': 'from/to 항목에는 podSelector, namespaceSelector, ipBlock 중 하나 이상을 적으세요.',
  'networkPolicySpec.ipBlockAlone':
    'ipBlock은 다른 selector와 한 항목에 같이 쓸 수 없으니 "- "로 나눠 별도 항목으로 쓰세요.',
  'networkPolicySpec.cidrRequired': 'ipBlock에는 10.0.0.0/16 같은 cidr이 있어야 합니다.',
  'networkPolicySpec.cidrFormat': 'cidr은 10.0.0.0/16처럼 주소/접두사 길이 형식으로 쓰세요.',
  'networkPolicySpec.exceptWithin': 'except에는 cidr 안에 들어가는 더 좁은 범위만 쓸 수 있습니다.',
  'networkPolicySpec.hostBits':
    'CIDR의 호스트 부분에 비트가 남아 있어 뜻이 모호합니다: 대역이라면 네트워크 주소(예: 10.0.0.0/16)로, 주소 하나라면 /32로 쓰세요.',
} satisfies MessageTable;
