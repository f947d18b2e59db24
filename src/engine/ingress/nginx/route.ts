// One request through the configuration ingress-nginx rendered, in nginx's phase order: server by Host,
// the server-level app-root `if`, location lookup (with its 301 for a missing trailing slash), the
// location's rewrite, the Lua ssl-redirect, then proxy_pass to the Service.
import type { Cluster } from '../../model';
import type { IngressResult } from '../../types';
import { message } from '../../messages';
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
      explanation: message('nginx.appRoot', { via, location }),
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
      explanation: message('nginx.slashRedirect', {
        via,
        uri,
        directive: location.directive,
        path: location.path,
        prefixPath: location.origin?.pathType === 'Exact' ? undefined : (location.origin?.path ?? location.path),
      }),
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
      explanation: message('nginx.rewriteRedirect', { decided, location: target.location }),
    };
  }
  const redirect = sslRedirect(server, location, request);
  if (redirect) {
    const why = location.rewrite.forceSSLRedirect ? 'force-ssl-redirect' : message('nginx.sslRedirect.tls');
    return {
      outcome: 'redirect',
      status: 308,
      location: redirect,
      ...owner(location),
      rule: ruleId(location),
      explanation: message('nginx.sslRedirect', { decided, why }),
    };
  }

  if (!location.backend || !location.ingress) {
    return {
      outcome: 'not-found',
      status: 404,
      explanation: message('nginx.defaultBackend404', { decided, ignored: ignoredNote(config, request.host) }),
    };
  }

  const backend = resolveBackend(cluster, location.ingress.namespace, location.backend);
  const unavailable = backend?.problem ? message('nginx.unavailable', { problem: backend.problem }) : '';
  const sent = target.rewritten
    ? message('nginx.rewritten', { target: location.rewrite.target, path: target.path })
    : message('nginx.passedAsIs', { path: target.path });
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
  if (server.hostname === '_') return message('nginx.server.default', { host });
  if (server.hostname.startsWith('*.')) return message('nginx.server.wildcard', { host, server: server.hostname });
  return message('nginx.server.exact', { host, server: server.hostname });
}

function locationSentence(server: Server, location: Location): string {
  const regex = server.enforceRegex ? message('nginx.location.regex') : '';
  // A location from a path or a spec.defaultBackend always carries its Ingress; only the controller's own
  // default backend has none.
  const ingress = location.ingress ? key(location.ingress) : '';
  const from = location.origin
    ? message('nginx.location.path', { ingress, path: location.origin.path, pathType: location.origin.pathType })
    : location.fromDefaultBackend
      ? message('nginx.location.defaultBackend', { ingress })
      : message('nginx.location.controllerDefault');
  return message('nginx.location', { regex, directive: location.directive, from });
}

function shadowNote(location: Location): string {
  if (location.shadowed.length === 0) return '';
  return message('nginx.shadowed', { ingresses: location.shadowed.map(key).join(', ') });
}

function ignoredNote(config: NginxConfig, host: string): string {
  const named = config.ignored.filter(({ ingress }) => ingress.rules.some((r) => r.host === host));
  if (named.length === 0) return '';
  const reasons = named.map(
    ({ ingress, reason, denied }) => `${key(ingress)}: ${reason}${denied ? ` — kubectl: ${denied}` : ''}`,
  );
  return message('nginx.ignored', { reasons: reasons.join('; ') });
}
