// The last hop into a pod (route/deliver.ts): NetworkPolicy verdicts and closed ports.
import { subject, topic, toward } from '../../route/korean';
import type { MessageTable } from '../table';

type Counts = { total: number; count: number };

export const deliver = {
  'deliver.mark.blocked': ' (NetworkPolicy가 막음)',
  'deliver.mark.refused': ' (연결 거부)',
  'deliver.allBlocked':
    '보낼 수 있는 곳이 모두 NetworkPolicy로 막혀 패킷이 버려집니다(curl은 응답을 기다리다 시간 초과).',
  'deliver.someBlocked': (p: Counts & { rest: number }) =>
    `엔드포인트 ${p.total}개 중 ${p.count}개는 NetworkPolicy가 막습니다. 그 pod로 가면 응답이 없고, 나머지 ${p.rest}개로 가면 응답을 받습니다.`,
  'deliver.someClosed': (p: Counts) =>
    `엔드포인트 ${p.total}개 중 ${p.count}개는 그 포트에서 듣지 않아 연결을 거부합니다(curl (7)). 요청은 그때그때 고른 pod에 따라 성공하거나 거부됩니다.`,
  'deliver.unknownImage': '이미지 미상',
  'deliver.assumedListening': (p: { pod: string; images: string; port: number }) =>
    `가정: pod ${p.pod}의 이미지(${p.images})가 어느 포트에서 듣는지 알 수 없고 containerPort도 없어, 요청한 포트 ${p.port}에서 듣는다고 보았습니다.`,
  'deliver.listensOn': (p: { ports: string }) => `${p.ports}에서만 수신합니다`,
  'deliver.listensNowhere': '어느 포트에서도 듣지 않습니다',
  'deliver.port': (p: { port: number }) => `포트 ${p.port}`,
  'deliver.closed': (p: { asked: string; pod: string; where: string; port: number }) =>
    `${p.asked} → pod ${topic(p.pod)} ${p.where}. ${subject(String(p.port))} 열려 있지 않아 pod의 커널이 연결을 거부합니다(TCP RST → curl (7) Could not connect to server).`,
  'deliver.notAPod': (p: { address: string; mark: string }) =>
    `→ ${p.address} (pod가 아닌 주소, EndpointSlice에 적힌 그대로)${p.mark}`,
  'deliver.crossNode': (p: { from: string; to: string }) => `, ${p.from}에서 ${toward(p.to)} 노드 사이를 건너감`,
  'deliver.terminating': ', 종료 중',
  'deliver.notReady': ', Ready 아님',
} satisfies MessageTable;
