// Past the ingress controller (route/ingress.ts): ingress-nginx's answer and its proxying to endpoints.
import type { MessageTable } from '../table';

export const ingressHop = {
  'ingressHop.decided': (p: { host: string; path: string; explanation: string }) =>
    `ingress-nginx: Host ${p.host}, 경로 ${p.path}. ${p.explanation}`.trim(),
  'ingressHop.redirect': (p: { status?: number; location?: string }) =>
    `ingress-nginx가 ${p.status ?? ''} redirect로 답합니다: ${p.location ?? ''}`,
  'ingressHop.notFound': 'ingress-nginx가 404를 돌려줍니다.',
  'ingressHop.unavailable': (p: { explanation: string }) =>
    `ingress-nginx가 503 Service Temporarily Unavailable로 답합니다. ${p.explanation}`.trim(),
  'ingressHop.noReadyEndpoints': (p: { service: string }) =>
    `${p.service}에 Ready인 엔드포인트가 없어 ingress-nginx가 503 Service Temporarily Unavailable로 답합니다.`,
  'ingressHop.proxies': (p: { service: string; port: number; count: number; path: string }) =>
    `ingress-nginx가 ${p.service}:${p.port}의 엔드포인트 ${p.count}개(pod IP)로 직접 보냅니다(round robin, kube-proxy를 거치지 않음). backend가 받는 경로: ${p.path}`,
  'ingressHop.badGateway': (p: { reason: string }) =>
    `ingress-nginx가 backend에 연결하지 못해(연결 거부) 502 Bad Gateway로 답합니다. ${p.reason}`.trim(),
} satisfies MessageTable;
