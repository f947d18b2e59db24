// The request as routeIngress receives it: a Host header value and a path that may carry a query string.
// Reading never throws: whatever the caller passes becomes a host and a path.

export interface ParsedRequest {
  /** Lower-case host without port, as both the spec and nginx compare it (Host is case-insensitive). */
  host: string;
  /** The Host header as sent (with port), for redirects nginx builds from `$http_host`. */
  hostHeader: string;
  /** The path part, exactly as sent (no query). */
  path: string;
  /** The query string without `?`, or undefined when the request had none. */
  query?: string;
  scheme: 'http' | 'https';
}

export function parseRequest(host: unknown, path: unknown, scheme: unknown): ParsedRequest {
  const hostHeader = typeof host === 'string' ? host.trim() : '';
  const raw = typeof path === 'string' && path !== '' ? path : '/';
  const withSlash = raw.startsWith('/') ? raw : `/${raw}`;
  const cut = withSlash.indexOf('?');
  return {
    host: hostname(hostHeader),
    hostHeader,
    path: cut < 0 ? withSlash : withSlash.slice(0, cut),
    query: cut < 0 ? undefined : withSlash.slice(cut + 1),
    scheme: scheme === 'https' ? 'https' : 'http',
  };
}

/** A Host header's name: without port, lower case (Host is case-insensitive), no trailing dot. */
export function hostname(host: unknown): string {
  return hostWithoutPort(typeof host === 'string' ? host.trim() : '')
    .toLowerCase()
    .replace(/\.$/, '');
}

function hostWithoutPort(host: string): string {
  if (host.startsWith('[')) return host.slice(0, host.indexOf(']') + 1 || undefined);
  const colon = host.lastIndexOf(':');
  return colon < 0 ? host : host.slice(0, colon);
}

/** `path?query` as it was sent (what nginx calls `$request_uri`). */
export function requestUri(request: ParsedRequest): string {
  return request.query === undefined ? request.path : `${request.path}?${request.query}`;
}
