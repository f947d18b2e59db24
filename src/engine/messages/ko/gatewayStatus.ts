// The messages of the route conditions a conformant implementation writes (gateway/attach.ts Accepted,
// gateway/refs.ts and gateway/status.ts ResolvedRefs).
import type { MessageTable } from '../table';

type Gateway = { gateway: string };
type Ref = { ref: string };

export const gatewayStatus = {
  'gatewayStatus.noMatchingParent': (p: Gateway & { wanted: string }) =>
    `${p.gateway}에 parentRef가 가리키는 listener(${p.wanted})가 없습니다.`,
  'gatewayStatus.notAllowed': (p: Gateway & { listeners: string; namespace: string }) =>
    `${p.gateway}의 listener(${p.listeners})가 allowedRoutes로 이 route(namespace ${p.namespace}, kind HTTPRoute)를 허용하지 않습니다.`,
  'gatewayStatus.anyHost': '(모든 호스트)',
  'gatewayStatus.noMatchingHostname': (p: Gateway & { hostnames: string; listenerHostnames: string }) =>
    `route의 hostnames(${p.hostnames})가 ${p.gateway} listener의 hostname(${p.listenerHostnames})과 겹치지 않습니다.`,
  'gatewayStatus.accepted': (p: Gateway & { listeners: string }) =>
    `${p.gateway}의 listener ${p.listeners}에 붙었습니다.`,
  'gatewayStatus.invalidKind': (p: Ref) =>
    `backendRef ${p.ref}: 이 구현은 core Service(group "", kind Service)만 backend로 씁니다.`,
  'gatewayStatus.refNotPermitted': (p: Ref & { namespace: string; routeNamespace: string }) =>
    `backendRef ${p.ref}는 다른 namespace의 Service인데, ${p.namespace}에 namespace ${p.routeNamespace}의 HTTPRoute를 허용하는 ReferenceGrant가 없습니다.`,
  'gatewayStatus.noService': (p: Ref) => `backendRef ${p.ref}: 그런 Service가 없습니다.`,
  'gatewayStatus.noPort': (p: Ref & { port: number | undefined; ports: string }) =>
    `backendRef ${p.ref}: Service에 포트 ${p.port ?? '(없음)'}가 없습니다(있는 포트: ${p.ports || '없음'}).`,
  'gatewayStatus.resolved': '모든 backendRef가 풀렸습니다.',
} satisfies MessageTable;
