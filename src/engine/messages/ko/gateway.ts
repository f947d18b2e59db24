// Gateway API trace sentences (gateway/decide.ts).
import { object, subject, topic } from '../../route/korean';
import type { MessageTable } from '../table';

type Host = { host: string };

export const gateway = {
  'gateway.badInput': 'loadCluster의 결과와 { host, path } 요청을 넘기세요.',
  'gateway.notFound': (p: { name: string }) => `${subject(`Gateway ${p.name}`)} 없습니다.`,
  'gateway.none': '클러스터에 Gateway가 없습니다.',
  'gateway.noneServes': '이 요청의 포트와 Host를 받는 listener가 있는 Gateway가 없습니다.',
  'gateway.chose': (p: { gateways: string; routed: boolean }) =>
    `이 요청을 받을 수 있는 Gateway가 여럿(${p.gateways})이라 ${p.routed ? '맞는 route가 있는 첫 Gateway' : '텍스트에서 먼저 나온 Gateway'}를 골랐습니다. 요청에 gateway를 지정할 수 있습니다.`,
  'gateway.classAssumed': (p: { className: string }) =>
    `GatewayClass ${subject(p.className)} 텍스트에 없어, 이 클러스터의 Gateway API 구현이 그 class를 맡는다고 보았습니다.`,
  'gateway.noListener': (p: { gateway: string; port: number; protocol: string; host: string; listeners: string }) =>
    `${p.gateway}에 포트 ${p.port}, 프로토콜 ${p.protocol}로 Host ${object(p.host || '(없음)')} 받는 listener가 없습니다(listener: ${p.listeners || '없음'}).`,
  'gateway.listener': (p: { name: string; protocol: string; port: number; hostname?: string; host: string }) =>
    `listener ${p.name}(${p.protocol}/${p.port}, hostname ${p.hostname ?? '모든 호스트'})가 Host ${p.host}의 요청을 받습니다.`,
  'gateway.noRule': (p: Host & { method: string; path: string }) =>
    `이 listener에 붙은 HTTPRoute 중 Host ${p.host}, ${p.method} ${p.path}에 맞는 규칙이 없어 404를 돌려줍니다.`,
  'gateway.noRoute': (p: Host & { count: number }) =>
    `이 listener에 붙은 HTTPRoute(${p.count}개) 중 Host ${p.host}에 맞는 hostname을 가진 것이 없습니다.`,
  'gateway.routes': (p: Host & { routes: string; passed: string }) =>
    `Host ${p.host}에 맞는 HTTPRoute: ${p.routes}${p.passed ? ` (더 구체적인 hostname이 있어 ${p.passed}는 제외)` : ''}.`,
  'gateway.regexCaveat':
    ' (RegularExpression은 구현마다 다른 기능: 이 시뮬레이터는 JavaScript 정규식으로 값 전체를 맞춥니다)',
  'gateway.matched': (p: { index: number; match: string }) =>
    `matches[${p.index}]가 가장 높은 우선순위로 맞습니다: ${p.match}.`,
  'gateway.redirect': (p: { status: number; location: string }) =>
    `${p.status} redirect로 답합니다: Location ${p.location}`,
  'gateway.requestHeaders': (p: { changes: string }) => `backend로 보낼 요청 헤더를 바꿉니다(${p.changes}).`,
  'gateway.responseHeaders': (p: { changes: string }) => `응답 헤더를 바꿉니다(${p.changes}).`,
  'gateway.rewrite': (p: Host & { path: string }) => `backend에는 Host ${p.host}, 경로 ${p.path}로 보냅니다.`,
  'gateway.mirror': (p: { share: string; service: string; port: number }) =>
    `요청의 복사본을 ${p.share} Service ${p.service}:${p.port}에도 보냅니다(복사본의 응답은 버립니다).`,
  'gateway.mirrorUnresolved': (p: { reason: string }) => `미러링할 backend를 풀 수 없습니다: ${p.reason}`,
  'gateway.extensionRef': (p: { ref: string }) =>
    `ExtensionRef ${topic(p.ref)} 이 구현이 모르는 filter라서, 건너뛰지 않고 500으로 답합니다.`,
  'gateway.filterIgnored': (p: { type: string }) =>
    `${p.type} filter는 이 시뮬레이터가 흉내 내지 않습니다(요청은 그대로 진행).`,
  'gateway.noBackendRefs': 'backendRefs가 없어',
  'gateway.allInvalid': '모든 backendRef가 유효하지 않아',
  'gateway.allZero': '유효한 backendRef의 weight가 모두 0이라',
  'gateway.error500': (p: { why: string }) => `${p.why} 500을 돌려줍니다.`,
  'gateway.sends': (p: { backends: string; invalidShare: string | undefined }) =>
    `${p.backends}로 보냅니다${p.invalidShare ? `; 나머지 ${p.invalidShare}는 유효하지 않은 backend 몫이라 500을 받습니다` : ''}.`,
  'gateway.mirror.percent': (p: { percent: number }) => `요청의 ${p.percent}%만`,
  'gateway.mirror.fraction': (p: { numerator: number; denominator: number }) =>
    `요청의 ${p.numerator}/${p.denominator}만`,
  'gateway.mirror.all': '모든 요청마다',
} satisfies MessageTable;
