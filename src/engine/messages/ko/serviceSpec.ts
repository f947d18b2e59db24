// Service validation hints (validate/core/service.ts), shown beside the API server's English message.
import type { MessageTable } from '../table';

export const serviceSpec = {
  'serviceSpec.headlessType': (p: { type: string }) =>
    `${p.type} Service는 headless(clusterIP: None)일 수 없으니 clusterIP: None을 지우세요.`,
  'serviceSpec.typeNotSupported': (p: { suggestion: string | undefined }) =>
    `type에는 ClusterIP, NodePort, LoadBalancer, ExternalName 중 하나를 대소문자까지 똑같이 쓰세요${p.suggestion ? ` (예: ${p.suggestion})` : ''}.`,
  'serviceSpec.portsRequired': 'Service에는 ports가 하나 이상 있어야 합니다(headless나 ExternalName이 아니라면).',
  'serviceSpec.externalNameClusterIP': 'ExternalName Service는 clusterIP를 받지 않으니 clusterIP를 지우세요.',
  'serviceSpec.externalNameNotIP':
    'externalName에는 my.database.example.com 같은 DNS 이름을 쓰세요(IP 주소는 안 됩니다).',
  'serviceSpec.externalNameRequired': 'ExternalName Service에는 CNAME으로 돌려줄 externalName이 있어야 합니다.',
  'serviceSpec.sessionAffinity': 'sessionAffinity에는 None이나 ClientIP만 쓸 수 있습니다.',
  'serviceSpec.affinityTimeout': 'ClientIP 세션 고정 시간(timeoutSeconds)은 1초부터 86400초(하루) 사이여야 합니다.',
  'serviceSpec.affinityConfigWithNone': 'sessionAffinity가 None이면 sessionAffinityConfig를 지우세요.',
  'serviceSpec.externalIPs':
    'externalIPs에는 노드 밖에서 들어오는 실제 주소를 쓰세요(0.0.0.0, 127.x, 169.254.x는 안 됩니다).',
  'serviceSpec.nodePortType':
    'nodePort는 NodePort나 LoadBalancer Service에서만 쓸 수 있으니 type: NodePort로 바꾸거나 nodePort를 지우세요.',
  'serviceSpec.nodePortDuplicate':
    '한 Service의 두 포트가 같은 nodePort를 요청했습니다: 포트마다 다른 nodePort를 쓰거나 비워 두세요.',
  'serviceSpec.portDuplicate': '같은 protocol과 port 조합이 두 번 나옵니다: 포트 번호를 바꾸세요.',
  'serviceSpec.portNameRequired': 'Service에 포트가 둘 이상이면 포트마다 name을 붙여야 합니다(예: http, https).',
  'serviceSpec.portNameFormat': 'Service 포트 이름은 영문 소문자, 숫자, 하이픈으로 된 DNS label이어야 합니다.',
  'serviceSpec.portNameDuplicate': 'Service 안의 포트 이름은 서로 달라야 합니다.',
  'serviceSpec.portRequired': 'Service 포트 항목에는 port(Service가 받는 포트 번호)가 있어야 합니다.',
  'serviceSpec.clusterIP': 'clusterIP에는 10.96.0.10 같은 IP 주소나 None(headless)만 쓸 수 있습니다.',
  'serviceSpec.externalTrafficPolicyType':
    'externalTrafficPolicy는 NodePort나 LoadBalancer Service에서만 뜻이 있으니 지우거나 type을 바꾸세요.',
  'serviceSpec.externalTrafficPolicy': 'externalTrafficPolicy에는 Cluster나 Local만 쓸 수 있습니다.',
  'serviceSpec.internalTrafficPolicy': 'internalTrafficPolicy에는 Cluster나 Local만 쓸 수 있습니다.',
  'serviceSpec.clusterIPOutside': (p: { cidr: string }) =>
    `clusterIP는 Service CIDR(${p.cidr}) 안의 주소여야 합니다: 지우면 API 서버가 알아서 하나 줍니다.`,
  'serviceSpec.clusterIPTaken': (p: { clusterIP: string }) =>
    `clusterIP ${p.clusterIP}는 앞선 Service가 이미 쓰고 있으니 다른 주소를 쓰거나 지우세요.`,
  'serviceSpec.nodePortRange': (p: { min: number; max: number }) =>
    `nodePort는 클러스터의 NodePort 범위(${p.min}-${p.max}) 안에서 골라야 합니다: 예를 들어 30008처럼 바꾸거나 지워서 자동으로 받으세요.`,
  'serviceSpec.nodePortTaken': (p: { nodePort: number }) =>
    `nodePort ${p.nodePort}은 이 텍스트의 앞선 Service가 이미 쓰고 있습니다: 다른 번호를 쓰거나 비워 두세요.`,
} satisfies MessageTable;
