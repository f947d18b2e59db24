// Hostnames as the Gateway API compares them (gateway-api apis/v1/httproute_types.go HTTPRouteSpec.Hostnames,
// apis/v1/gateway_types.go Listener.Hostname): a leading `*.` label is a suffix match that needs at least
// one more label (`*.example.com` matches `a.example.com` and `a.b.example.com`, never `example.com`).

/** The request's Host without a port (implementations MUST ignore the port in the Host header). */
export function requestHostname(host: string): string {
  const trimmed = host.trim().toLowerCase();
  if (trimmed.startsWith('[')) return trimmed.slice(0, trimmed.indexOf(']') + 1);
  const colon = trimmed.lastIndexOf(':');
  return colon >= 0 ? trimmed.slice(0, colon) : trimmed;
}

export const isWildcard = (hostname: string) => hostname.startsWith('*.');

/** Whether a hostname pattern (exact or `*.` wildcard) matches a concrete request hostname. */
export function hostnameMatches(pattern: string, host: string): boolean {
  if (!isWildcard(pattern)) return pattern === host;
  const suffix = pattern.slice(1);
  return host.endsWith(suffix) && host.length > suffix.length;
}

/**
 * The hostnames a route serves on a listener: the route's hostnames that intersect the listener's, each
 * narrowed to the more specific of the two; two wildcards intersect when one covers the other (site-src
 * concepts/hostnames.md; conformance gateway-http-listener-isolation-with-hostname-intersection.yaml: route
 * `*.example.com` on listener `*.foo.example.com` "becomes *.foo.example.com"). `undefined` listener
 * hostname: any host. An empty route list
 * takes the listener's hostname. Returns [] when nothing intersects; `['']` stands for "any host".
 */
export function intersectHostnames(listener: string | undefined, route: string[]): string[] {
  if (route.length === 0) return [listener ?? ''];
  if (listener === undefined || listener === '') return route;
  const out: string[] = [];
  for (const hostname of route) {
    if (hostname === listener) out.push(hostname);
    else if (isWildcard(listener) && hostnameMatches(listener, isWildcard(hostname) ? hostname.slice(2) : hostname))
      out.push(hostname);
    else if (isWildcard(hostname) && hostnameMatches(hostname, isWildcard(listener) ? listener.slice(2) : listener))
      out.push(listener);
  }
  return [...new Set(out)];
}

/**
 * How specific a matching hostname is, for precedence: exact before wildcard, then longer before shorter
 * (Listener.Hostname: `foo.example.com` over `*.example.com` over ``; HTTPRouteSpec.Hostnames: most characters
 * in a matching non-wildcard hostname, then in a matching hostname). Higher is more specific.
 */
export function specificity(hostname: string): number {
  if (hostname === '') return 0;
  return isWildcard(hostname) ? 1 + hostname.length : 1000 + hostname.length;
}
