// A request's start (route/route.ts, url.ts, client.ts): who sends it, and the URL as curl reads it.
import type { MessageTable } from '../table';

export const request = {
  'request.noCluster': '클러스터 모델이 없어 요청을 따라갈 수 없습니다. loadCluster의 결과를 넘기세요.',
  'request.sends': (p: { client: string }) => `${p.client}에서 보냅니다.`,
  'request.url': (p: { url: string; host: string; port: number; path: string }) =>
    `curl ${p.url} → 호스트 ${p.host}, TCP 포트 ${p.port}, 경로 ${p.path}`,
  'request.assumption': (p: { assumption: string }) => `가정: ${p.assumption}`,
  'request.emptyUrl': 'URL이 비어 있습니다.',
  'request.scheme': (p: { scheme: string }) =>
    `curl ${p.scheme}:// 요청은 시뮬레이션하지 않습니다. http:// 또는 https://를 쓰세요.`,
  'request.badUrl': (p: { url: string }) => `URL ${p.url}을(를) 해석할 수 없습니다.`,
  'request.noHost': (p: { url: string }) => `URL ${p.url}에 호스트가 없습니다.`,
  'request.ipv6': 'IPv6 주소는 이 시뮬레이터의 IPv4 클러스터에 없습니다.',
  'request.unknownPod': (p: { pod: string }) => `보내는 쪽 pod ${p.pod}이(가) 클러스터에 없습니다.`,
  'request.badFrom': (p: { from: string }) =>
    `보내는 쪽 "${p.from}"을(를) 알 수 없습니다. pod:NAMESPACE/NAME 또는 ip:ADDRESS로 쓰세요.`,
  'request.fromNode': (p: { node: string; address: string }) => `노드 ${p.node}(${p.address})`,
  'request.fromOutside': (p: { address: string }) => `클러스터 밖의 컴퓨터 ${p.address}`,
} satisfies MessageTable;
