// One request through the configuration ingress-nginx rendered, in nginx's phase order: server by Host,
// the server-level app-root `if`, location lookup (with its 301 for a missing trailing slash), the
// location's rewrite, the Lua ssl-redirect, then proxy_pass to the Service.
import type { Cluster } from '../../model';
import type { IngressResult } from '../../types';
import { key } from '../age';
import { resolveBackend } from '../backend';
import type { ParsedRequest } from '../request';
import { requestUri } from '../request';
import { rewrite } from './rewrite';
import { selectLocation, selectServer } from './select';
import { needsRewrite } from './servers';
import type { Location, NginxConfig, Server } from './types';
import { normalizedUri } from './uri';

export function routeNginx(cluster: Cluster, config: NginxConfig, request: ParsedRequest): IngressResult {
  const server = selectServer(config, request.host);
  const uri = normalizedUri(request.path);
  const via = serverSentence(server, request.host);

  if (uri === '/' && server.appRoot) {
    const location = `${request.scheme}://${request.hostHeader}${server.appRoot.rewrite.appRoot}`;
    return {
      outcome: 'redirect',
      status: 302,
      location,
      ...owner(server.appRoot),
      rule: 'app-root',
      explanation: `${via} 요청 경로가 정확히 /라서 app-root annotation이 302로 ${location}에 보냅니다.`,
    };
  }

  const match = selectLocation(server, uri);
  const location = match.location;
  if (match.kind === 'slash-redirect') {
    const target = `${request.scheme}://${request.host}${location.path}${request.query ? `?${request.query}` : ''}`;
    return {
      outcome: 'redirect',
      status: 301,
      location: target,
      ...owner(location),
      rule: ruleId(location),
      explanation: `${via} ${uri}에 맞는 location은 없고 'location ${location.directive}'만 있어서, nginx가 끝에 /를 붙인 주소(${location.path})로 301 redirect합니다.${location.origin?.pathType === 'Exact' ? '' : ` (Ingress 명세라면 Prefix path(${location.origin?.path ?? location.path})가 이 요청과 맞습니다.)`}`,
    };
  }

  const decided = `${via} ${locationSentence(server, location)}`;
  // The rewrite directive runs before the Lua rewrite handler that does ssl-redirect.
  const target = forwardedPath(location, uri, request);
  if (target.kind === 'redirect') {
    return {
      outcome: 'redirect',
      status: 302,
      location: target.location,
      ...owner(location),
      rule: ruleId(location),
      explanation: `${decided} rewrite-target이 http(s)://로 시작해 nginx가 302로 ${target.location}에 보냅니다.`,
    };
  }
  const redirect = sslRedirect(server, location, request);
  if (redirect) {
    const why = location.rewrite.forceSSLRedirect
      ? 'force-ssl-redirect'
      : '이 host에 TLS가 설정되어 있어서(ssl-redirect 기본값 true)';
    return {
      outcome: 'redirect',
      status: 308,
      location: redirect,
      ...owner(location),
      rule: ruleId(location),
      explanation: `${decided} ${why} HTTPS로 308 redirect합니다.`,
    };
  }

  if (!location.backend || !location.ingress) {
    return {
      outcome: 'not-found',
      status: 404,
      explanation: `${decided} 어떤 Ingress path에도 맞지 않아 ingress-nginx의 기본 backend가 404를 돌려줍니다.${ignoredNote(config, request.host)}`,
    };
  }

  const backend = resolveBackend(cluster, location.ingress.namespace, location.backend);
  const unavailable = backend?.problem ? ` 그런데 ${backend.problem}. 그래서 ingress-nginx는 503을 돌려줍니다.` : '';
  const sent = target.rewritten
    ? ` rewrite-target(${location.rewrite.target})이 URI 전체를 바꾸므로 backend가 받는 경로는 ${target.path}입니다.`
    : ` backend는 경로를 그대로(${target.path}) 받습니다.`;
  return {
    outcome: location.fromDefaultBackend ? 'default-backend' : 'routed',
    service: backend?.service,
    port: backend?.port,
    path: target.path,
    ...(backend?.problem ? { status: 503 } : {}),
    ...owner(location),
    rule: ruleId(location),
    explanation: `${decided}${sent}${unavailable}${shadowNote(location)}`,
  };
}

function forwardedPath(
  location: Location,
  uri: string,
  request: ParsedRequest,
): { kind: 'path'; path: string; rewritten: boolean } | { kind: 'redirect'; location: string } {
  if (needsRewrite(location)) {
    const result = rewrite(location.path, location.rewrite.target, uri, request.query);
    if (result.kind === 'redirect') return result;
    if (result.kind === 'path') return { kind: 'path', path: result.path, rewritten: true };
  }
  // proxy_pass without a URI passes the request URI as the client sent it.
  return { kind: 'path', path: requestUri(request), rewritten: false };
}

// lua_ingress.lua redirect_to_https: force-ssl-redirect on plain HTTP; else ssl-redirect when the host has
// a certificate. The target is https://HOST$request_uri, minus one trailing "/" unless
// preserve-trailing-slash; the code is 308 (http-redirect-code). Locations under the ConfigMap's
// no-tls-redirect-locations (default /.well-known/acme-challenge) never redirect (force_no_ssl_redirect).
function sslRedirect(server: Server, location: Location, request: ParsedRequest): string | undefined {
  if (request.scheme !== 'http' || location.path.startsWith('/.well-known/acme-challenge')) return undefined;
  const { forceSSLRedirect, sslRedirect: on, preserveTrailingSlash } = location.rewrite;
  if (!forceSSLRedirect && !(on && server.tls)) return undefined;
  const uri = requestUri(request);
  const kept = !preserveTrailingSlash && uri.endsWith('/') ? uri.slice(0, -1) : uri;
  return `https://${request.host}${kept}`;
}

function owner(location: Location): { ingress?: string } {
  return location.ingress ? { ingress: key(location.ingress) } : {};
}

export function ruleId(location: Location): string | undefined {
  if (location.origin) return `${location.origin.host ?? '*'}${location.origin.path} (${location.origin.pathType})`;
  return location.fromDefaultBackend ? 'spec.defaultBackend' : undefined;
}

function serverSentence(server: Server, host: string): string {
  if (server.hostname === '_') return `이름이 Host(${host || '없음'})와 같은 server가 없어 기본 server(_)가 받고,`;
  if (server.hostname.startsWith('*.'))
    return `Host(${host})는 와일드카드 server ${server.hostname}에서 받고(ingress-nginx는 *.를 label 하나만 받는 정규식으로 바꿉니다),`;
  return `Host(${host})는 server ${server.hostname}에서 받고,`;
}

function locationSentence(server: Server, location: Location): string {
  const regex = server.enforceRegex
    ? '이 host의 Ingress 중 하나에 rewrite-target이나 use-regex가 있어서 모든 path가 대소문자를 무시하는 정규식 location(~*)이 되었고, 긴 것부터 차례로 비교해 '
    : '';
  const from = location.origin
    ? `${key(location.ingress!)}의 ${location.origin.path} (${location.origin.pathType}${location.origin.pathType === 'ImplementationSpecific' ? '→Prefix' : ''})`
    : location.fromDefaultBackend
      ? `${key(location.ingress!)}의 spec.defaultBackend`
      : '기본 backend';
  return `${regex}'location ${location.directive}'(${from})에서 결정했습니다.`;
}

function shadowNote(location: Location): string {
  if (location.shadowed.length === 0) return '';
  return ` 같은 path를 가진 Ingress(${location.shadowed.map(key).join(', ')})는 더 나중에 만들어져 무시됐습니다(가장 오래된 Ingress가 이김).`;
}

function ignoredNote(config: NginxConfig, host: string): string {
  const named = config.ignored.filter(({ ingress }) => ingress.rules.some((r) => r.host === host));
  if (named.length === 0) return '';
  return ` (이 host를 적은 ${named.map(({ ingress, reason, denied }) => `${key(ingress)}: ${reason}${denied ? ` — kubectl: ${denied}` : ''}`).join('; ')})`;
}
