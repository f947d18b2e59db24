// A request entering through a Gateway's data plane (gateway/entrance.ts).
import { object, subject, topic } from '../../route/korean';
import type { MessageTable } from '../table';

type Gateway = { gateway: string };

export const gatewayEntrance = {
  'gatewayEntrance.enters': (p: Gateway & { host: string; address: string | undefined; dataPlane: string }) =>
    `${topic(p.host)} ${subject(p.gateway)} 받는 이름입니다. ${p.address ? `Gateway의 주소 ${p.address}` : 'Gateway의 주소(status.addresses; 텍스트에 없어 DNS나 /etc/hosts가 가리킨다고 봅니다)'}로 가서, 구현이 만든 data plane ${p.dataPlane}(LoadBalancer, GEP-1762의 이름 규칙)의 프록시가 요청을 받습니다.`,
  'gatewayEntrance.noListener': (p: Gateway & { port: string }) =>
    `${p.gateway}에 포트 ${object(p.port)} 받는 listener가 없어 연결이 거부됩니다.`,
  'gatewayEntrance.noHostname': (p: Gateway & { host: string; port: number }) =>
    `${p.gateway}의 포트 ${p.port}에 HTTP listener가 있어 연결은 받지만, ${object(p.host)} 받는 listener hostname이 없어 404로 답합니다.`,
  'gatewayEntrance.redirect': (p: { status: number; location: string }) =>
    `Gateway가 ${p.status} redirect로 답합니다: ${p.location}`,
  'gatewayEntrance.notFound': (p: Gateway) => `${subject(p.gateway)} 404로 답합니다: 맞는 HTTPRoute 규칙이 없습니다.`,
  'gatewayEntrance.error': (p: Gateway) => `${subject(p.gateway)} 500으로 답합니다: 규칙의 backend를 쓸 수 없습니다.`,
  'gatewayEntrance.proxies': (p: { service: string; port: number; count: number }) =>
    `Gateway 프록시가 Service ${p.service}:${p.port}의 Ready 엔드포인트 ${p.count}개(pod IP)로 직접 보냅니다(kube-proxy를 거치지 않음).`,
  'gatewayEntrance.noReadyEndpoints': (p: { service: string }) =>
    `Service ${p.service}에 Ready인 엔드포인트가 없습니다.`,
  'gatewayEntrance.unavailable': (p: Gateway) =>
    `${subject(p.gateway)} 503으로 답합니다: backend에 Ready인 엔드포인트가 없습니다.`,
  'gatewayEntrance.nodeSource': (p: { node: string }) =>
    `data plane pod가 텍스트에 없어, 프록시가 노드 ${p.node}에서 노드 IP로 보낸다고 보았습니다(NetworkPolicy는 이 출발지로 판단).`,
} satisfies MessageTable;
