// A request under the Ingress spec: the host picks the rules (an exact name before a `*.` wildcard,
// which matches exactly one DNS label, before rules without a host); among the paths that match, the
// longest wins and Exact beats Prefix at equal length; nothing matches → spec.defaultBackend, else 404.
// ImplementationSpecific is read as Prefix, as the spec allows. Host first, then path: "Incoming requests
// are first evaluated for a host match, then routed to the backend associated with the matching
// IngressRuleValue" (networking/v1 IngressRule API documentation).
import type { Cluster } from '../../model';
import type { IngressResult } from '../../types';
import { message } from '../../messages';
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
        ? message('genericIngress.exact', { path: best.path })
        : message('genericIngress.prefix', { pathType: best.pathType, path: best.path });
    const shadow =
      best.shadowed.length > 0
        ? message('genericIngress.shadowed', { ingresses: best.shadowed.map(key).join(', ') })
        : '';
    const unavailable = backend?.problem ? message('genericIngress.unavailable', { problem: backend.problem }) : '';
    return {
      outcome: 'routed',
      service: backend?.service,
      port: backend?.port,
      path,
      ...(backend?.problem ? { status: 503 } : {}),
      ingress: key(best.ingress),
      rule: `${best.host ?? '*'}${best.path} (${best.pathType})`,
      explanation: message('genericIngress.routed', {
        hostText,
        why,
        ingress: key(best.ingress),
        notes: `${shadow}${unavailable}`,
      }),
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
      explanation: message('genericIngress.defaultBackend', { hostText, ingress: key(ingress) }),
    };
  }
  const ignored = config.ignored.filter(({ ingress }) =>
    ingress.rules.some((r) => !r.host || r.host.toLowerCase() === request.host),
  );
  const why = ignored.map(({ reason }) => ` ${reason}.`).join('');
  return {
    outcome: 'not-found',
    status: 404,
    explanation: message('genericIngress.notFound', { hostText, ignored: why }),
  };
}

function hostGroup(config: SpecConfig, host: string): { group: SpecPath[]; hostText: string } {
  const exact = config.exact.get(host);
  if (exact) return { group: exact, hostText: message('genericIngress.host.exact', { host }) };
  const dot = host.indexOf('.');
  const wildcard = dot > 0 ? config.wildcard.get(host.slice(dot)) : undefined;
  if (wildcard)
    return {
      group: wildcard,
      hostText: message('genericIngress.host.wildcard', { host, suffix: host.slice(dot) }),
    };
  return { group: config.any, hostText: message('genericIngress.host.any', { host }) };
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
