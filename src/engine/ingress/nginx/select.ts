// How nginx picks the server and the location for a request.
import type { Location, NginxConfig, Server } from './types';

// server_name: an exact name first, then a wildcard, else the default server (`_`). ingress-nginx does not
// hand nginx its own `*.foo.com` wildcard (which would take any number of labels): buildServerName in
// internal/ingress/controller/template/template.go writes `~^(?<subdomain>[\w-]+)\.foo\.com$`, one label.
const ONE_LABEL = /^[A-Za-z0-9_-]+$/;

export function selectServer(config: NginxConfig, host: string): Server {
  const exact = config.servers.get(host);
  if (exact && exact.hostname !== '_') return exact;
  const wildcard = config.wildcards.find(
    (w) => host.endsWith(w.suffix) && ONE_LABEL.test(host.slice(0, -w.suffix.length)),
  );
  return wildcard?.server ?? config.defaultServer;
}

export type LocationMatch = { kind: 'location'; location: Location } | { kind: 'slash-redirect'; location: Location };

// ngx_http_core_find_location: with the regex modifier every location is `~*` and the first that matches,
// in config order, wins. Otherwise `= path` on an exact match; then a prefix location equal to the URI;
// then a location named URI + "/" answers 301 to that name (proxy_pass sets auto_redirect,
// ngx_http_core_find_static_location); then the longest prefix.
export function selectLocation(server: Server, uri: string): LocationMatch {
  if (server.enforceRegex) {
    const hit = server.locations.find((l) => l.regex?.test(uri));
    return { kind: 'location', location: hit ?? rootOf(server) };
  }
  const exact = server.locations.find((l) => l.exact && l.path === uri);
  if (exact) return { kind: 'location', location: exact };
  const prefixes = server.locations.filter((l) => !l.exact);
  const equal = prefixes.find((l) => l.path === uri);
  if (equal) return { kind: 'location', location: equal };
  const slashed = server.locations.find((l) => l.path === `${uri}/`);
  if (slashed) return { kind: 'slash-redirect', location: slashed };
  let best = rootOf(server);
  for (const location of prefixes) {
    if (uri.startsWith(location.path) && location.path.length > best.path.length) best = location;
  }
  return { kind: 'location', location: best };
}

function rootOf(server: Server): Location {
  return server.locations.find((l) => l.path === '/' && !l.exact) as Location;
}
