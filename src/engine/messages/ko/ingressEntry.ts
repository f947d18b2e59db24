// How a request reaches the ingress controller (route/ingressEntrance.ts).
import { object, subject, toward } from '../../route/korean';
import type { MessageTable } from '../table';

export const ingressEntry = {
  'ingressEntry.wrongPort': (p: { port: number; node: string }) =>
    `ingress controller는 노드의 80/443에서만 듣는데 요청은 포트 ${toward(String(p.port))} 갑니다. ${subject(p.node)} 연결을 거부합니다.`,
  'ingressEntry.viaNodePort': (p: { node: string; ip: string; nodePort: number }) =>
    `이름이 ${object(`노드 ${p.node}(${p.ip})`)} 가리킨다고 보고, 그 노드의 nodePort ${toward(String(p.nodePort))} 들어갑니다.`,
  'ingressEntry.refused': (p: { host: string; ingresses: string; denied: string }) =>
    `host ${object(p.host)} 적은 Ingress(${p.ingresses})는 admission webhook이 거부해 만들어지지 않았으므로, 이 이름을 ingress controller로 보내 주는 것이 없어 이름을 찾을 수 없습니다. 거부 이유: ${p.denied}`,
} satisfies MessageTable;
