// Service validation hints (validate/core/service.ts), shown beside the API server's English message.
import type { MessageTable } from '../table';

export const service = {
  'service.headlessType': (p: { type: string }) =>
    `${p.type} Service는 headless(clusterIP: None)일 수 없으니 clusterIP: None을 지우세요.`,
  'service.typeNotSupported': (p: { suggestion: string | undefined }) =>
    `type에는 ClusterIP, NodePort, LoadBalancer, ExternalName 중 하나를 대소문자까지 똑같이 쓰세요${p.suggestion ? ` (예: ${p.suggestion})` : ''}.`,
  'service.portsRequired': 'Service에는 ports가 하나 이상 있어야 합니다(headless나 ExternalName이 아니라면).',
  'service.externalNameClusterIP': 'ExternalName Service는 clusterIP를 받지 않으니 clusterIP를 지우세요.',
  'service.externalNameNotIP': 'externalName에는 my.database.example.com 같은 DNS 이름을 쓰세요(IP 주소는 안 됩니다).',
  'service.externalNameRequired': 'ExternalName Service에는 CNAME으로 돌려줄 externalName이 있어야 합니다.',
  'service.sessionAffinity': 'sessionAffinity에는 None이나 ClientIP만 쓸 수 있습니다.',
  'service.affinityTimeout': 'ClientIP 세션 고정 시간(timeoutSeconds)은 1초부터 86400초(하루) 사이여야 합니다.',
  'service.affinityConfigWithNone': 'sessionAffinity가 None이면 sessionAffinityConfig를 지우세요.',
  'service.externalIPs':
    'externalIPs에는 노드 밖에서 들어오는 실제 주소를 쓰세요(0.0.0.0, 127.x, 169.254.x는 안 됩니다).',
  'service.nodePortType':
    'nodePort는 NodePort나 LoadBalancer Service에서만 쓸 수 있으니 type: NodePort로 바꾸거나 nodePort를 지우세요.',
  'service.nodePortDuplicate':
    '한 Service의 두 포트가 같은 nodePort를 요청했습니다: 포트마다 다른 nodePort를 쓰거나 비워 두세요.',
  'service.portDuplicate': '같은 protocol과 port 조합이 두 번 나옵니다: 포트 번호를 바꾸세요.',
  'service.portNameRequired': 'Service에 포트가 둘 이상이면 포트마다 name을 붙여야 합니다(예: http, https).',
  'service.portNameFormat': 'Service 포트 이름은 영문 소문자, 숫자, 하이픈으로 된 DNS label이어야 합니다.',
  'service.portNameDuplicate': 'Service 안의 포트 이름은 서로 달라야 합니다.',
  'service.portRequired': 'Service 포트 항목에는 port(Service가 받는 포트 번호)가 있어야 합니다.',
  'service.clusterIP': 'clusterIP에는 10.96.0.10 같은 IP 주소나 None(headless)만 쓸 수 있습니다.',
  'service.externalTrafficPolicyType':
    'externalTrafficPolicy는 NodePort나 LoadBalancer Service에서만 뜻이 있으니 지우거나 type을 바꾸세요.',
  'service.externalTrafficPolicy': 'externalTrafficPolicy에는 Cluster나 Local만 쓸 수 있습니다.',
  'service.internalTrafficPolicy': 'internalTrafficPolicy에는 Cluster나 Local만 쓸 수 있습니다.',
} satisfies MessageTable;
