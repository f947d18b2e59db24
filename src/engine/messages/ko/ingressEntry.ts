// How a request reaches the ingress controller (ingress/entry.ts decides, route/ingressEntrance.ts follows).
// `ingressEntry.named.*` say why the host goes to the controller; `head` opens the notes through a Service.
import { object, subject, toward } from '../../route/korean';
import type { MessageTable } from '../table';

type Named = { named: string; host: string };

export const ingressEntry = {
  'ingressEntry.wrongPort': (p: { port: number; node: string }) =>
    `ingress controller는 노드의 80/443에서만 듣는데 요청은 포트 ${toward(String(p.port))} 갑니다. ${subject(p.node)} 연결을 거부합니다.`,
  'ingressEntry.viaNodePort': (p: { node: string; ip: string; nodePort: number }) =>
    `이름이 ${object(`노드 ${p.node}(${p.ip})`)} 가리킨다고 보고, 그 노드의 nodePort ${toward(String(p.nodePort))} 들어갑니다.`,
  'ingressEntry.refused': (p: { host: string; ingresses: string; denied: string }) =>
    `host ${object(p.host)} 적은 Ingress(${p.ingresses})는 admission webhook이 거부해 만들어지지 않았으므로, 이 이름을 ingress controller로 보내 주는 것이 없어 이름을 찾을 수 없습니다. 거부 이유: ${p.denied}`,
  'ingressEntry.named.catchAll': 'host 없는 규칙이 모든 Host를 받으므로',
  'ingressEntry.named.ingress': (p: { ingress: string }) => `Ingress(${p.ingress})가 이 host를 적었으므로`,
  'ingressEntry.nodePorts': (p: Named) =>
    `${p.named} 요청 host(${p.host})는 ingress controller로 간다고 봅니다(/etc/hosts나 DNS가 노드 IP를 가리킴). controller Service가 없으니 노드 IP의 80/443 port(hostNetwork/hostPort)로 들어갑니다.`,
  'ingressEntry.head': (p: Named) =>
    `${p.named} 요청 host(${p.host})는 ingress controller로 간다고 봅니다(/etc/hosts나 DNS).`,
  'ingressEntry.noNodePort': (p: { head: string; service: string; type: string; port: number }) =>
    `${p.head} 그런데 controller Service ${p.service}(${p.type})에는 ${p.port}번 port를 받는 nodePort가 없습니다.`,
  'ingressEntry.viaService': (p: { head: string; service: string; door: string }) =>
    `${p.head} controller Service ${p.service}의 ${p.door}를 거쳐 controller pod에 닿습니다.`,
} satisfies MessageTable;
