// A request under the Ingress spec: the host picks the rules (an exact name before a `*.` wildcard,
// which matches exactly one DNS label, before rules without a host); among the paths that match, the
// longest wins and Exact beats Prefix at equal length; nothing matches → spec.defaultBackend, else 404.
// ImplementationSpecific is read as Prefix, as the spec allows. Host first, then path: "Incoming requests
// are first evaluated for a host match, then routed to the backend associated with the matching
// IngressRuleValue" (networking/v1 IngressRule API documentation).
import type { Cluster } from '../../model';
import type { IngressResult } from '../../types';
import { key } from '../age';
import { resolveBackend } from '../backend';
import type { ParsedRequest } from '../request';
import { requestUri } from '../request';
import type { SpecConfig, SpecPath } from './compile';

export function routeSpec(cluster: Cluster, config: SpecConfig, request: ParsedRequest): IngressResult {
  const { group, hostText } = hostGroup(config, request.host);
  const best = bestPath(group, request.path);
  const path = requestUri(request);
  if (best) {
    const backend = resolveBackend(cluster, best.ingress.namespace, best.backend);
    const why =
      best.pathType === 'Exact'
        ? `요청 경로가 Exact path(${best.path})와 정확히 같고`
        : `${best.pathType} path(${best.path})가 요청 경로의 앞부분과 요소 단위로 같고${best.pathType === 'ImplementationSpecific' ? '(ImplementationSpecific은 Prefix로 읽음)' : ''}`;
    const shadow =
      best.shadowed.length > 0
        ? ` 같은 path를 가진 Ingress(${best.shadowed.map(key).join(', ')})는 더 나중에 만들어져 무시했습니다.`
        : '';
    const unavailable = backend?.problem ? ` 그런데 ${backend.problem}(503).` : '';
    return {
      outcome: 'routed',
      service: backend?.service,
      port: backend?.port,
      path,
      ...(backend?.problem ? { status: 503 } : {}),
      ingress: key(best.ingress),
      rule: `${best.host ?? '*'}${best.path} (${best.pathType})`,
      explanation: `Ingress 명세대로 ${hostText} ${why}, 맞는 path 중 가장 길어서(같은 길이면 Exact 우선) Ingress(${key(best.ingress)})가 결정했습니다. 경로와 query는 그대로 전달됩니다.${shadow}${unavailable}`,
    };
  }
  if (config.defaultBackend) {
    const { ingress, backend: model } = config.defaultBackend;
    const backend = resolveBackend(cluster, ingress.namespace, model);
    return {
      outcome: 'default-backend',
      service: backend?.service,
      port: backend?.port,
      path,
      ...(backend?.problem ? { status: 503 } : {}),
      ingress: key(ingress),
      rule: 'spec.defaultBackend',
      explanation: `Ingress 명세대로 ${hostText} 맞는 path가 없어서 Ingress(${key(ingress)})의 spec.defaultBackend로 갑니다.`,
    };
  }
  const ignored = config.ignored.filter(({ ingress }) =>
    ingress.rules.some((r) => !r.host || r.host.toLowerCase() === request.host),
  );
  const why = ignored.map(({ reason }) => ` ${reason}.`).join('');
  return {
    outcome: 'not-found',
    status: 404,
    explanation: `Ingress 명세대로 ${hostText} 맞는 path도 spec.defaultBackend도 없어 404입니다.${why}`,
  };
}

function hostGroup(config: SpecConfig, host: string): { group: SpecPath[]; hostText: string } {
  const exact = config.exact.get(host);
  if (exact) return { group: exact, hostText: `Host(${host})의 규칙을 보고,` };
  const dot = host.indexOf('.');
  const wildcard = dot > 0 ? config.wildcard.get(host.slice(dot)) : undefined;
  if (wildcard)
    return {
      group: wildcard,
      hostText: `Host(${host})는 *${host.slice(dot)} 와일드카드(label 하나만)에 맞아 그 규칙을 보고,`,
    };
  return { group: config.any, hostText: `Host(${host || '없음'})를 적은 규칙이 없어서 host 없는 규칙을 보고,` };
}

function bestPath(group: readonly SpecPath[], path: string): SpecPath | undefined {
  const elements = path.split('/').filter((e) => e !== '');
  let best: SpecPath | undefined;
  for (const candidate of group) {
    if (!matches(candidate, path, elements)) continue;
    if (
      !best ||
      candidate.length > best.length ||
      (candidate.length === best.length && candidate.pathType === 'Exact' && best.pathType !== 'Exact')
    ) {
      best = candidate;
    }
  }
  return best;
}

function matches(candidate: SpecPath, path: string, elements: readonly string[]): boolean {
  if (candidate.pathType === 'Exact') return candidate.path === path;
  return candidate.elements.length <= elements.length && candidate.elements.every((e, i) => e === elements[i]);
}
