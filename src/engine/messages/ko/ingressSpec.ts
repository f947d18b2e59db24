// Ingress validation hints (validate/networking/ingress.ts), shown beside the API server's English message.
import type { MessageTable } from '../table';

export const ingressSpec = {
  'ingressSpec.rulesOrDefault': 'Ingress에는 rules나 defaultBackend 중 하나는 있어야 요청을 보낼 곳이 생깁니다.',
  'ingressSpec.classAnnotation':
    'kubernetes.io/ingress.class 애너테이션과 ingressClassName이 다릅니다: 옛 애너테이션을 지우고 ingressClassName만 쓰세요.',
  'ingressSpec.hostIsIP': 'Ingress의 host에는 IP 주소가 아니라 shop.example.com 같은 DNS 이름을 쓰세요.',
  'ingressSpec.wildcardHost': '와일드카드 host는 *.example.com처럼 맨 앞 한 자리에만 *를 쓸 수 있습니다.',
  'ingressSpec.hostFormat':
    'host에는 영문 소문자, 숫자, 하이픈, 점으로 된 DNS 이름만 쓸 수 있습니다(포트 번호나 경로는 넣지 않습니다).',
  'ingressSpec.pathsRequired': 'http 규칙에는 paths가 하나 이상 있어야 합니다.',
  'ingressSpec.pathTypeRequired':
    'networking.k8s.io/v1 Ingress의 경로마다 pathType(Prefix, Exact, ImplementationSpecific)을 적어야 합니다.',
  'ingressSpec.absolutePath': 'path는 /로 시작하는 절대 경로여야 합니다(예: /watch).',
  'ingressSpec.pathType': 'pathType에는 Exact, Prefix, ImplementationSpecific 중 하나를 대소문자까지 똑같이 쓰세요.',
  'ingressSpec.backendOneOf': 'backend에는 service와 resource 중 하나만 쓰세요.',
  'ingressSpec.backendRequired': 'backend에는 요청을 받을 service(name과 port)를 적으세요.',
  'ingressSpec.serviceNameRequired': 'backend.service.name에 요청을 받을 Service 이름을 적으세요.',
  'ingressSpec.serviceNameFormat': 'Service 이름은 영문 소문자로 시작하는 DNS-1035 label이어야 합니다.',
  'ingressSpec.portOneOf': 'backend.service.port에는 name과 number 중 하나만 쓰세요.',
  'ingressSpec.portRequired': 'backend.service.port에 Service의 포트 번호(number)나 이름(name)을 적으세요.',
  'ingressSpec.classControllerRequired':
    'IngressClass에는 이 클래스를 맡는 controller(예: k8s.io/ingress-nginx)가 있어야 합니다.',
  'ingressSpec.classControllerFormat': 'controller는 k8s.io/ingress-nginx처럼 "도메인/경로" 형식이어야 합니다.',
} satisfies MessageTable;
