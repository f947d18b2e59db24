// routeGateway(cluster, request): what a conformant Gateway API implementation does with one HTTP request.
// The Gateway and listener that take it (port, protocol, most specific hostname), the routes attached to
// that listener whose hostnames match (the most specific hostname wins: HTTPRouteSpec.Hostnames), the
// match with the highest precedence across all their rules (HTTPRouteRule.Matches), then the rule's
// filters and backendRefs (HTTPRouteRule.BackendRefs: 500 when none is usable).
import type {
  Cluster,
  GatewayModel,
  HTTPRouteFilterModel,
  HTTPRouteModel,
  HTTPRouteRuleModel,
  ListenerModel,
} from '../model';
import type { TraceStep } from '../types';
import { attachRoute, refName, type Attachment } from './attach';
import { modifyHeaders, modifyPath, redirectLocation } from './filters';
import { hostnameMatches, requestHostname, specificity } from './hostnames';
import { compareKeys, matchRequest, parseRequest, precedence, type ParsedRequest } from './match';
import { resolveBackend } from './refs';
import type { GatewayBackend, GatewayRequest, GatewayResult } from './types';

interface Candidate {
  attachment: Attachment;
  rule: HTTPRouteRuleModel;
  ruleIndex: number;
  matchIndex: number;
  key: number[];
}

export function routeGateway(cluster: Cluster, request: GatewayRequest): GatewayResult {
  const steps: TraceStep[] = [];
  if (!cluster || typeof cluster !== 'object' || !request || typeof request !== 'object') {
    steps.push({
      object: 'Gateway API',
      kind: 'gateway',
      message: 'loadCluster의 결과와 { host, path } 요청을 넘기세요.',
    });
    return { outcome: 'not-found', status: 404, backends: [], steps };
  }
  const fail = (reason: string, object = 'Gateway API'): GatewayResult => {
    steps.push({ object, kind: 'gateway', message: reason });
    return { outcome: 'not-found', status: 404, backends: [], steps };
  };
  const scheme = request.scheme === 'https' ? 'https' : 'http';
  const port = request.port ?? (scheme === 'https' ? 443 : 80);
  const host = requestHostname(String(request.host ?? ''));
  const protocol = scheme === 'https' ? 'HTTPS' : 'HTTP';

  const gateway = pickGateway(cluster.gateways ?? [], request.gateway, port, protocol, host, steps);
  if (!gateway) return fail(gatewayMissing(cluster, request.gateway));
  const gw = `Gateway ${refName(gateway)}`;
  if (!(cluster.gatewayClasses ?? []).some((c) => c.name === gateway.gatewayClassName))
    steps.push({
      object: gw,
      kind: 'assumption',
      message: `GatewayClass ${gateway.gatewayClassName}가 텍스트에 없어, 이 클러스터의 Gateway API 구현이 그 class를 맡는다고 보았습니다.`,
    });

  const listener = pickListener(gateway, port, protocol, host);
  if (!listener)
    return fail(
      `${gw}에 포트 ${port}, 프로토콜 ${protocol}로 Host ${host || '(없음)'}을 받는 listener가 없습니다(listener: ${gateway.listeners.map((l) => `${l.name} ${l.protocol}/${l.port}${l.hostname ? ` ${l.hostname}` : ''}`).join(', ') || '없음'}).`,
      gw,
    );
  const where = `${gw} listener ${listener.name}`;
  steps.push({
    object: where,
    kind: 'listener',
    message: `listener ${listener.name}(${listener.protocol}/${listener.port}, hostname ${listener.hostname ?? '모든 호스트'})가 Host ${host}의 요청을 받습니다.`,
  });

  const parsed = parseRequest(String(request.path ?? '/'), request.method ?? 'GET', request.headers ?? {});
  const attachments = listenerAttachments(cluster, gateway, listener, host, steps, where);
  const winner = bestMatch(attachments, parsed);
  if (!winner) {
    steps.push({
      object: where,
      kind: 'route',
      message: `이 listener에 붙은 HTTPRoute 중 Host ${host}, ${parsed.method} ${parsed.path}에 맞는 규칙이 없어 404를 돌려줍니다.`,
    });
    return {
      outcome: 'not-found',
      status: 404,
      backends: [],
      steps,
      gateway: refName(gateway),
      listener: listener.name,
    };
  }
  return applyRule(cluster, winner, parsed, { scheme, host, listener, gateway, steps });
}

function gatewayMissing(cluster: Cluster, wanted: string | undefined): string {
  if (wanted) return `Gateway ${wanted}가 없습니다.`;
  return (cluster.gateways ?? []).length === 0
    ? '클러스터에 Gateway가 없습니다.'
    : '이 요청을 받는 listener가 있는 Gateway가 없습니다.';
}

function serves(listener: ListenerModel, port: number, protocol: string, host: string): boolean {
  return (
    listener.port === port &&
    listener.protocol === protocol &&
    (listener.hostname === undefined || hostnameMatches(listener.hostname, host))
  );
}

function pickGateway(
  gateways: GatewayModel[],
  wanted: string | undefined,
  port: number,
  protocol: string,
  host: string,
  steps: TraceStep[],
): GatewayModel | undefined {
  if (wanted) return gateways.find((g) => refName(g) === wanted);
  if (gateways.length <= 1) return gateways[0];
  const serving = gateways.filter((g) => g.listeners.some((l) => serves(l, port, protocol, host)));
  if (serving.length > 1)
    steps.push({
      object: `Gateway ${refName(serving[0]!)}`,
      kind: 'gateway',
      message: `Gateway가 여럿(${serving.map(refName).join(', ')})이라 텍스트에서 먼저 나온 것을 골랐습니다. 요청에 gateway를 지정할 수 있습니다.`,
    });
  return serving[0];
}

/** The most specific listener hostname that matches: exact, then the longest wildcard, then none. */
function pickListener(gateway: GatewayModel, port: number, protocol: string, host: string): ListenerModel | undefined {
  let best: ListenerModel | undefined;
  for (const listener of gateway.listeners) {
    if (!serves(listener, port, protocol, host)) continue;
    if (!best || specificity(listener.hostname ?? '') > specificity(best.hostname ?? '')) best = listener;
  }
  return best;
}

function listenerAttachments(
  cluster: Cluster,
  gateway: GatewayModel,
  listener: ListenerModel,
  host: string,
  steps: TraceStep[],
  where: string,
): Attachment[] {
  const all = (cluster.httpRoutes ?? []).flatMap((route) =>
    attachRoute(cluster, route)
      .filter((p) => p.gateway === gateway)
      .flatMap((p) => p.attachments.filter((a) => a.listener === listener)),
  );
  const score = (a: Attachment) =>
    Math.max(-1, ...a.hostnames.filter((h) => h === '' || hostnameMatches(h, host)).map(specificity));
  const matching = all.filter((a) => score(a) >= 0);
  const top = Math.max(-1, ...matching.map(score));
  const chosen = matching.filter((a) => score(a) === top);
  const passed = matching.filter((a) => score(a) !== top);
  steps.push({
    object: where,
    kind: 'route',
    message:
      chosen.length === 0
        ? `이 listener에 붙은 HTTPRoute(${all.length}개) 중 Host ${host}에 맞는 hostname을 가진 것이 없습니다.`
        : `Host ${host}에 맞는 HTTPRoute: ${chosen.map((a) => refName(a.route)).join(', ')}${passed.length > 0 ? ` (더 구체적인 hostname이 있어 ${passed.map((a) => refName(a.route)).join(', ')}는 제외)` : ''}.`,
  });
  return chosen;
}

function routeAge(a: HTTPRouteModel, b: HTTPRouteModel): number {
  if (a.creationTimestamp && b.creationTimestamp && a.creationTimestamp !== b.creationTimestamp)
    return a.creationTimestamp < b.creationTimestamp ? -1 : 1;
  if (!a.creationTimestamp || !b.creationTimestamp) {
    if (a.order !== b.order) return a.order - b.order;
  }
  const an = refName(a);
  const bn = refName(b);
  return an < bn ? -1 : an > bn ? 1 : 0;
}

/**
 * The winning match across every rule of the routes: precedence key first, then the oldest route, then
 * namespace/name, then the first rule and match in list order.
 */
function bestMatch(attachments: Attachment[], request: ParsedRequest): Candidate | undefined {
  const candidates: Candidate[] = [];
  for (const attachment of attachments) {
    attachment.route.rules.forEach((rule, ruleIndex) => {
      rule.matches.forEach((match, matchIndex) => {
        if (matchRequest(match, request))
          candidates.push({ attachment, rule, ruleIndex, matchIndex, key: precedence(match) });
      });
    });
  }
  candidates.sort(
    (a, b) =>
      compareKeys(a.key, b.key) ||
      routeAge(a.attachment.route, b.attachment.route) ||
      a.ruleIndex - b.ruleIndex ||
      a.matchIndex - b.matchIndex,
  );
  return candidates[0];
}

interface Context {
  scheme: string;
  host: string;
  listener: ListenerModel;
  gateway: GatewayModel;
  steps: TraceStep[];
}

function describeMatch(candidate: Candidate): string {
  const match = candidate.rule.matches[candidate.matchIndex]!;
  const parts = [
    match.path ? `path ${match.path.type} ${match.path.value}` : '',
    match.method ? `method ${match.method}` : '',
    ...match.headers.map((h) => `header ${h.name}${h.type === 'RegularExpression' ? ' ~ ' : '='}${h.value}`),
    ...match.queryParams.map((q) => `query ${q.name}${q.type === 'RegularExpression' ? ' ~ ' : '='}${q.value}`),
  ].filter(Boolean);
  const regex =
    match.path?.type === 'RegularExpression' ||
    [...match.headers, ...match.queryParams].some((m) => m.type === 'RegularExpression');
  return `${parts.join(', ')}${regex ? ' (RegularExpression은 구현마다 다른 기능: 이 시뮬레이터는 JavaScript 정규식으로 값 전체를 맞춥니다)' : ''}`;
}

function applyRule(cluster: Cluster, winner: Candidate, request: ParsedRequest, ctx: Context): GatewayResult {
  const { attachment, rule, ruleIndex } = winner;
  const route = attachment.route;
  const routeRef = refName(route);
  const ruleObject = `HTTPRoute ${routeRef} rules[${ruleIndex}]${rule.name ? ` (${rule.name})` : ''}`;
  const { steps } = ctx;
  steps.push({
    object: ruleObject,
    kind: 'rule',
    message: `matches[${winner.matchIndex}] (${describeMatch(winner)})이 가장 높은 우선순위로 맞습니다.`,
  });
  const base = {
    route: routeRef,
    gateway: refName(ctx.gateway),
    listener: ctx.listener.name,
    rule: ruleIndex,
    ...(rule.name ? { ruleName: rule.name } : {}),
  };
  const match = rule.matches[winner.matchIndex]!;
  const matchedPrefix = match.path?.type === 'PathPrefix' ? match.path.value : undefined;

  let headers = { ...request.headers };
  let responseHeaders: Record<string, string> | undefined;
  let path = request.path;
  let host = ctx.host;
  const mirrors: GatewayBackend[] = [];
  for (const filter of rule.filters) {
    const object = `${ruleObject} filter ${filter.type}`;
    if (filter.requestRedirect) {
      const redirect = filter.requestRedirect;
      const location = redirectLocation(redirect, {
        scheme: ctx.scheme,
        host: ctx.host,
        path: request.path,
        query: request.query,
        listenerPort: ctx.listener.port,
        matchedPrefix,
      });
      steps.push({
        object,
        kind: 'filter',
        message: `${redirect.statusCode} redirect로 답합니다: Location ${location}`,
      });
      return { ...base, outcome: 'redirect', status: redirect.statusCode, location, backends: [], steps };
    }
    if (filter.requestHeaderModifier) {
      headers = modifyHeaders(headers, filter.requestHeaderModifier);
      steps.push({
        object,
        kind: 'filter',
        message: `backend로 보낼 요청 헤더를 바꿉니다(${headerChanges(filter.requestHeaderModifier)}).`,
      });
    } else if (filter.responseHeaderModifier) {
      responseHeaders = modifyHeaders(responseHeaders ?? {}, { ...filter.responseHeaderModifier, remove: [] });
      steps.push({
        object,
        kind: 'filter',
        message: `응답 헤더를 바꿉니다(${headerChanges(filter.responseHeaderModifier)}).`,
      });
    } else if (filter.urlRewrite) {
      if (filter.urlRewrite.hostname) host = filter.urlRewrite.hostname;
      if (filter.urlRewrite.path) path = modifyPath(request.path, filter.urlRewrite.path, matchedPrefix);
      steps.push({
        object,
        kind: 'filter',
        message: `backend에는 Host ${host}, 경로 ${path}${request.query}로 보냅니다.`,
      });
    } else if (filter.requestMirror) {
      const resolution = resolveBackend(cluster, route, filter.requestMirror.backendRef);
      if (resolution.ok) mirrors.push({ service: resolution.service, port: resolution.port, weight: 0 });
      steps.push({
        object,
        kind: 'filter',
        message: resolution.ok
          ? `요청의 복사본을 Service ${resolution.service}:${resolution.port}에도 보냅니다(복사본의 응답은 버립니다).`
          : `미러링할 backend를 풀 수 없습니다: ${resolution.message}`,
      });
    } else if (filter.extensionRef) {
      // HTTPRouteFilter.ExtensionRef: a filter the implementation cannot resolve must not be skipped.
      steps.push({
        object,
        kind: 'filter',
        message: `ExtensionRef ${filter.extensionRef.kind} ${filter.extensionRef.name}는 이 구현이 모르는 filter라서, 건너뛰지 않고 500으로 답합니다.`,
      });
      return { ...base, outcome: 'error', status: 500, backends: [], steps };
    } else {
      steps.push({ object, kind: 'filter', message: `${filter.type} filter는 이 시뮬레이터가 흉내 내지 않습니다.` });
    }
  }

  const refs = rule.backendRefs.map((ref) => ({ ref, resolution: resolveBackend(cluster, route, ref) }));
  const usable = refs.filter((r) => r.resolution.ok && r.ref.weight > 0);
  // HTTPBackendRef.Filters apply only to the requests sent to that backend: with one usable backend they are
  // the request's; with several, each backend carries the headers it would receive.
  const own = (filters: HTTPRouteFilterModel[]) =>
    filters.reduce((h, f) => (f.requestHeaderModifier ? modifyHeaders(h, f.requestHeaderModifier) : h), headers);
  const backends: GatewayBackend[] = usable.map(({ ref, resolution }) => ({
    service: resolution.ok ? resolution.service : '',
    port: resolution.ok ? resolution.port : 0,
    weight: ref.weight,
    ...(usable.length > 1 && ref.filters.some((f) => f.requestHeaderModifier) ? { headers: own(ref.filters) } : {}),
  }));
  for (const { resolution } of refs)
    if (!resolution.ok)
      steps.push({ object: ruleObject, kind: 'backend', message: `${resolution.reason}: ${resolution.message}` });

  if (usable.length === 1) {
    headers = own(usable[0]!.ref.filters);
    for (const filter of usable[0]!.ref.filters)
      if (filter.responseHeaderModifier)
        responseHeaders = modifyHeaders(responseHeaders ?? {}, { ...filter.responseHeaderModifier, remove: [] });
  }
  const shaped = {
    ...base,
    path: `${path}${request.query}`,
    host,
    headers,
    ...(responseHeaders ? { responseHeaders } : {}),
    ...(mirrors.length > 0 ? { mirrors } : {}),
  };
  if (backends.length === 0) {
    const why =
      rule.backendRefs.length === 0
        ? 'backendRefs가 없어'
        : refs.every((r) => !r.resolution.ok)
          ? '모든 backendRef가 유효하지 않아'
          : '유효한 backendRef의 weight가 모두 0이라';
    steps.push({ object: ruleObject, kind: 'backend', message: `${why} 500을 돌려줍니다.` });
    return { ...shaped, outcome: 'error', status: 500, backends: [], steps };
  }
  const total = refs.reduce((sum, r) => sum + r.ref.weight, 0);
  const invalidWeight = refs.filter((r) => !r.resolution.ok).reduce((sum, r) => sum + r.ref.weight, 0);
  steps.push({
    object: ruleObject,
    kind: 'backend',
    message: `${backends.map((b) => `Service ${b.service}:${b.port} (weight ${b.weight}, ${percent(b.weight, total)})`).join(', ')}로 보냅니다${invalidWeight > 0 ? `; 나머지 ${percent(invalidWeight, total)}는 유효하지 않은 backend 몫이라 500을 받습니다` : ''}.`,
  });
  return { ...shaped, outcome: 'routed', status: 200, backends, steps };
}

function percent(weight: number, total: number): string {
  return `${Math.round((weight / total) * 1000) / 10}%`;
}

function headerChanges(filter: {
  set: { name: string; value: string }[];
  add: { name: string; value: string }[];
  remove: string[];
}): string {
  return [
    ...filter.set.map((h) => `set ${h.name}: ${h.value}`),
    ...filter.add.map((h) => `add ${h.name}: ${h.value}`),
    ...filter.remove.map((h) => `remove ${h}`),
  ].join(', ');
}
