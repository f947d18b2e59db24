// A request under the bare Ingress spec (ingress/generic/route.ts): `hostText` says how the host chose the rules.
// `genericIngress.noClass`: an Ingress no controller takes (ingress/generic/compile.ts).
import type { MessageTable } from '../table';

type HostText = { hostText: string };

export const genericIngress = {
  'genericIngress.exact': (p: { path: string }) => `요청 경로가 Exact path(${p.path})와 정확히 같고`,
  'genericIngress.prefix': (p: { pathType: string; path: string }) =>
    `${p.pathType} path(${p.path})가 요청 경로의 앞부분과 요소 단위로 같고${p.pathType === 'ImplementationSpecific' ? '(ImplementationSpecific은 Prefix로 읽음)' : ''}`,
  'genericIngress.shadowed': (p: { ingresses: string }) =>
    ` 같은 path를 가진 Ingress(${p.ingresses})는 더 나중에 만들어져 무시했습니다.`,
  'genericIngress.unavailable': (p: { problem: string }) => ` 그런데 ${p.problem}(503).`,
  'genericIngress.routed': (p: HostText & { why: string; ingress: string; notes: string }) =>
    `Ingress 명세대로 ${p.hostText} ${p.why}, 맞는 path 중 가장 길어서(같은 길이면 Exact 우선) Ingress(${p.ingress})가 결정했습니다. 경로와 query는 그대로 전달됩니다.${p.notes}`,
  'genericIngress.defaultBackend': (p: HostText & { ingress: string }) =>
    `Ingress 명세대로 ${p.hostText} 맞는 path가 없어서 Ingress(${p.ingress})의 spec.defaultBackend로 갑니다.`,
  'genericIngress.notFound': (p: HostText & { ignored: string }) =>
    `Ingress 명세대로 ${p.hostText} 맞는 path도 spec.defaultBackend도 없어 404입니다.${p.ignored}`,
  'genericIngress.host.exact': (p: { host: string }) => `Host(${p.host})의 규칙을 보고,`,
  'genericIngress.host.wildcard': (p: { host: string; suffix: string }) =>
    `Host(${p.host})는 *${p.suffix} 와일드카드(label 하나만)에 맞아 그 규칙을 보고,`,
  'genericIngress.host.any': (p: { host: string }) =>
    `Host(${p.host || '없음'})를 적은 규칙이 없어서 host 없는 규칙을 보고,`,
  'genericIngress.noClass': (p: { ingress: string; className: string }) =>
    `Ingress(${p.ingress})의 ingressClassName '${p.className}'에 해당하는 IngressClass가 없어 어느 controller도 맡지 않습니다`,
} satisfies MessageTable;
