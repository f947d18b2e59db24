// routeGateway(cluster, request): what a conformant Gateway API implementation does with one HTTP request.
// The Gateway and listener that take it (port, protocol, most specific hostname), the routes attached to
// that listener whose hostnames match (the most specific hostname wins: HTTPRouteSpec.Hostnames), the
// match with the highest precedence across all their rules (HTTPRouteRule.Matches), then the rule's
// filters and backendRefs (HTTPRouteRule.BackendRefs: 500 when none is usable).
import type {
  Cluster,
  GatewayModel,
  HTTPBackendRefModel,
  HTTPRouteFilterModel,
  HTTPRouteMatchModel,
  HTTPRouteModel,
  HTTPRouteRuleModel,
  ListenerModel,
} from '../model';
import type { TraceStep } from '../types';
import { message } from '../messages';
import { attachRoute, refName, type Attachment } from './attach';
import { modifyHeaders, modifyPath, redirectLocation } from './filters';
import { hostnameMatches, requestHostname, specificity } from './hostnames';
import { compareKeys, matchRequest, parseRequest, precedence, type ParsedRequest } from './match';
import { resolveBackend } from './refs';
import type { GatewayBackend, GatewayRequest, GatewayResult } from './types';
import { DEFAULT_PORTS } from '../constants';

interface Candidate {
  attachment: Attachment;
  rule: HTTPRouteRuleModel;
  ruleIndex: number;
  matchIndex: number;
  match: HTTPRouteMatchModel;
  key: number[];
}

export function routeGateway(cluster: Cluster, request: GatewayRequest): GatewayResult {
  const steps: TraceStep[] = [];
  if (!cluster || typeof cluster !== 'object' || !request || typeof request !== 'object') {
    steps.push({
      object: 'Gateway API',
      kind: 'gateway',
      message: message('gateway.badInput'),
    });
    return { outcome: 'not-found', status: 404, backends: [], steps };
  }
  const fail = (reason: string, object = 'Gateway API'): GatewayResult => {
    steps.push({ object, kind: 'gateway', message: reason });
    return { outcome: 'not-found', status: 404, backends: [], steps };
  };
  const scheme = request.scheme === 'https' ? 'https' : 'http';
  const port = request.port ?? (scheme === 'https' ? DEFAULT_PORTS.https : DEFAULT_PORTS.http);
  const rawHost = String(request.host ?? '').trim();
  const host = requestHostname(rawHost);
  const protocol = scheme === 'https' ? 'HTTPS' : 'HTTP';

  const path = String(request.path ?? '/');
  const parsed = parseRequest(
    path.startsWith('/') || path === '' ? path : `/${path}`,
    request.method ?? 'GET',
    request.headers ?? {},
  );
  const incoming: Incoming = { scheme, port, protocol, host, rawHost, parsed };
  const gateways = cluster.gateways ?? [];
  if (request.gateway) {
    const wanted = gateways.find((g) => refName(g) === request.gateway);
    return wanted
      ? throughGateway(cluster, wanted, incoming, steps)
      : fail(message('gateway.notFound', { name: request.gateway }));
  }
  const [first] = gateways;
  if (!first) return fail(message('gateway.none'));
  if (gateways.length === 1) return throughGateway(cluster, first, incoming, steps);
  // Several Gateways and none named: the request goes to the one whose address the reader's DNS gives for the
  // host; the simulator takes the first (in the text) that serves the port and host and has a route for it.
  const serving = gateways.filter((g) => g.listeners.some((l) => serves(l, port, protocol, host)));
  const results = serving.map((g) => throughGateway(cluster, g, incoming, []));
  const chosen = results.find((r) => r.status !== 404) ?? results[0];
  if (!chosen) return fail(message('gateway.noneServes'));
  steps.push({
    object: `Gateway ${chosen.gateway ?? ''}`,
    kind: 'gateway',
    message: message('gateway.chose', { gateways: serving.map(refName).join(', '), routed: chosen.status !== 404 }),
  });
  return { ...chosen, steps: [...steps, ...chosen.steps] };
}

interface Incoming {
  scheme: 'http' | 'https';
  port: number;
  protocol: string;
  /** The hostname matching uses (no port, lower case). */
  host: string;
  /** The Host header as sent: the backend receives it unmodified unless a URLRewrite changes it. */
  rawHost: string;
  parsed: ParsedRequest;
}

function throughGateway(
  cluster: Cluster,
  gateway: GatewayModel,
  incoming: Incoming,
  steps: TraceStep[],
): GatewayResult {
  const { scheme, port, protocol, host, rawHost, parsed } = incoming;
  const fail = (reason: string, object: string): GatewayResult => {
    steps.push({ object, kind: 'gateway', message: reason });
    return { outcome: 'not-found', status: 404, backends: [], steps, gateway: refName(gateway) };
  };
  const gw = `Gateway ${refName(gateway)}`;
  if (!(cluster.gatewayClasses ?? []).some((c) => c.name === gateway.gatewayClassName))
    steps.push({
      object: gw,
      kind: 'assumption',
      message: message('gateway.classAssumed', { className: gateway.gatewayClassName }),
    });

  const listener = pickListener(gateway, port, protocol, host);
  if (!listener)
    return fail(
      message('gateway.noListener', {
        gateway: gw,
        port,
        protocol,
        host,
        listeners: gateway.listeners
          .map((l) => `${l.name} ${l.protocol}/${l.port}${l.hostname ? ` ${l.hostname}` : ''}`)
          .join(', '),
      }),
      gw,
    );
  const where = `${gw} listener ${listener.name}`;
  steps.push({
    object: where,
    kind: 'listener',
    message: message('gateway.listener', { ...listener, host }),
  });

  const attachments = listenerAttachments(cluster, gateway, listener, host, steps, where);
  const winner = bestMatch(attachments, parsed);
  if (!winner) {
    steps.push({
      object: where,
      kind: 'route',
      message: message('gateway.noRule', { host, method: parsed.method, path: parsed.path }),
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
  return applyRule(cluster, winner, parsed, { scheme, host, rawHost, listener, gateway, steps });
}

function serves(listener: ListenerModel, port: number, protocol: string, host: string): boolean {
  return (
    listener.port === port &&
    listener.protocol === protocol &&
    (listener.hostname === undefined || hostnameMatches(listener.hostname, host))
  );
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
        ? message('gateway.noRoute', { host, count: all.length })
        : message('gateway.routes', {
            host,
            routes: chosen.map((a) => refName(a.route)).join(', '),
            passed: passed.map((a) => refName(a.route)).join(', '),
          }),
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
          candidates.push({ attachment, rule, ruleIndex, matchIndex, match, key: precedence(match) });
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
  rawHost: string;
  listener: ListenerModel;
  gateway: GatewayModel;
  steps: TraceStep[];
}

function describeMatch(candidate: Candidate): string {
  const { match } = candidate;
  const parts = [
    match.path ? `path ${match.path.type} ${match.path.value}` : '',
    match.method ? `method ${match.method}` : '',
    ...match.headers.map((h) => `header ${h.name}${h.type === 'RegularExpression' ? ' ~ ' : '='}${h.value}`),
    ...match.queryParams.map((q) => `query ${q.name}${q.type === 'RegularExpression' ? ' ~ ' : '='}${q.value}`),
  ].filter(Boolean);
  const regex =
    match.path?.type === 'RegularExpression' ||
    [...match.headers, ...match.queryParams].some((m) => m.type === 'RegularExpression');
  return `${parts.join(', ')}${regex ? message('gateway.regexCaveat') : ''}`;
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
    message: message('gateway.matched', { index: winner.matchIndex, match: describeMatch(winner) }),
  });
  const base = {
    route: routeRef,
    gateway: refName(ctx.gateway),
    listener: ctx.listener.name,
    rule: ruleIndex,
    ...(rule.name ? { ruleName: rule.name } : {}),
  };
  const { match } = winner;
  const matchedPrefix = match.path?.type === 'PathPrefix' ? match.path.value : undefined;

  let headers = { ...request.headers };
  let responseHeaders: Record<string, string> | undefined;
  let path = request.path;
  let host = ctx.rawHost;
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
        message: message('gateway.redirect', { status: redirect.statusCode, location }),
      });
      return { ...base, outcome: 'redirect', status: redirect.statusCode, location, backends: [], steps };
    }
    if (filter.requestHeaderModifier) {
      headers = modifyHeaders(headers, filter.requestHeaderModifier);
      steps.push({
        object,
        kind: 'filter',
        message: message('gateway.requestHeaders', { changes: headerChanges(filter.requestHeaderModifier) }),
      });
    } else if (filter.responseHeaderModifier) {
      responseHeaders = modifyHeaders(responseHeaders ?? {}, { ...filter.responseHeaderModifier, remove: [] });
      steps.push({
        object,
        kind: 'filter',
        message: message('gateway.responseHeaders', { changes: headerChanges(filter.responseHeaderModifier) }),
      });
    } else if (filter.urlRewrite) {
      if (filter.urlRewrite.hostname) host = filter.urlRewrite.hostname;
      if (filter.urlRewrite.path) path = modifyPath(request.path, filter.urlRewrite.path, matchedPrefix);
      steps.push({
        object,
        kind: 'filter',
        message: message('gateway.rewrite', { host, path: `${path}${request.query}` }),
      });
    } else if (filter.requestMirror) {
      const resolution = resolveBackend(cluster, route, filter.requestMirror.backendRef);
      if (resolution.ok) mirrors.push({ service: resolution.service, port: resolution.port, weight: 0 });
      steps.push({
        object,
        kind: 'filter',
        message: resolution.ok
          ? message('gateway.mirror', {
              share: mirrorShare(filter.requestMirror),
              service: resolution.service,
              port: resolution.port,
            })
          : message('gateway.mirrorUnresolved', { reason: resolution.message }),
      });
    } else if (filter.extensionRef) {
      // HTTPRouteFilter.ExtensionRef: a filter the implementation cannot resolve must not be skipped.
      steps.push({
        object,
        kind: 'filter',
        message: message('gateway.extensionRef', {
          ref: `${filter.extensionRef.kind} ${filter.extensionRef.name}`,
        }),
      });
      return { ...base, outcome: 'error', status: 500, backends: [], steps };
    } else {
      steps.push({
        object,
        kind: 'filter',
        message: message('gateway.filterIgnored', { type: filter.type }),
      });
    }
  }

  const refs = rule.backendRefs.map((ref) => ({ ref, resolution: resolveBackend(cluster, route, ref) }));
  const backendFilter = (ref: HTTPBackendRefModel, filter: HTTPRouteFilterModel) =>
    `${ruleObject} backendRef ${ref.name} filter ${filter.type}`;
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

  const [only] = usable;
  if (only && usable.length === 1) {
    headers = own(only.ref.filters);
    for (const filter of only.ref.filters) {
      const object = backendFilter(only.ref, filter);
      if (filter.responseHeaderModifier)
        responseHeaders = modifyHeaders(responseHeaders ?? {}, { ...filter.responseHeaderModifier, remove: [] });
      else if (filter.urlRewrite) {
        // Extended support (conformance httproute-backend-url-rewrite): the rewrite of the one backend's requests.
        if (filter.urlRewrite.hostname) host = filter.urlRewrite.hostname;
        if (filter.urlRewrite.path) path = modifyPath(path, filter.urlRewrite.path, matchedPrefix);
        steps.push({
          object,
          kind: 'filter',
          message: message('gateway.rewrite', { host, path: `${path}${request.query}` }),
        });
      } else if (!filter.requestHeaderModifier)
        steps.push({ object, kind: 'filter', message: message('gateway.filterIgnored', { type: filter.type }) });
    }
  } else {
    // With several backends each would carry its own rewrite; only their header changes are drawn per backend.
    for (const { ref } of usable)
      for (const filter of ref.filters)
        if (!filter.requestHeaderModifier)
          steps.push({
            object: backendFilter(ref, filter),
            kind: 'filter',
            message: message('gateway.filterIgnored', { type: filter.type }),
          });
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
    const why = message(
      rule.backendRefs.length === 0
        ? 'gateway.noBackendRefs'
        : refs.every((r) => !r.resolution.ok)
          ? 'gateway.allInvalid'
          : 'gateway.allZero',
    );
    steps.push({ object: ruleObject, kind: 'backend', message: message('gateway.error500', { why }) });
    return { ...shaped, outcome: 'error', status: 500, backends: [], steps };
  }
  const total = refs.reduce((sum, r) => sum + r.ref.weight, 0);
  const invalidWeight = refs.filter((r) => !r.resolution.ok).reduce((sum, r) => sum + r.ref.weight, 0);
  steps.push({
    object: ruleObject,
    kind: 'backend',
    message: message('gateway.sends', {
      backends: backends
        .map((b) => `Service ${b.service}:${b.port} (weight ${b.weight}, ${percent(b.weight, total)})`)
        .join(', '),
      invalidShare: invalidWeight > 0 ? percent(invalidWeight, total) : undefined,
    }),
  });
  return { ...shaped, outcome: 'routed', status: 200, backends, steps };
}

/** HTTPRequestMirrorFilter percent / fraction: the share of requests copied (all when neither is set). */
function mirrorShare(mirror: NonNullable<HTTPRouteFilterModel['requestMirror']>): string {
  if (mirror.percent !== undefined) return message('gateway.mirror.percent', { percent: mirror.percent });
  if (mirror.fraction) return message('gateway.mirror.fraction', mirror.fraction);
  return message('gateway.mirror.all');
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
