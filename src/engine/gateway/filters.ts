// What the HTTPRoute filters do to a request (gateway-api apis/v1/httproute_types.go HTTPHeaderFilter,
// HTTPPathModifier, HTTPRequestRedirectFilter, HTTPURLRewriteFilter).
import type { HTTPHeaderFilterModel, HTTPPathModifierModel, HTTPRouteFilterModel } from '../model';

/**
 * HTTPHeaderFilter on lower-cased header names: `set` overwrites, `add` appends to an existing value with a
 * comma (conformance httproute-request-header-modifier: "some-other-value,add-appends-values"), `remove`
 * drops the header.
 */
export function modifyHeaders(headers: Record<string, string>, filter: HTTPHeaderFilterModel): Record<string, string> {
  const out = { ...headers };
  for (const { name, value } of filter.set) out[name.toLowerCase()] = value;
  for (const { name, value } of filter.add) {
    const key = name.toLowerCase();
    out[key] = out[key] === undefined ? value : `${out[key]},${value}`;
  }
  const removed = new Set(filter.remove.map((name) => name.toLowerCase()));
  return Object.fromEntries(Object.entries(out).filter(([name]) => !removed.has(name)));
}

/**
 * HTTPPathModifier: ReplaceFullPath replaces the whole path; ReplacePrefixMatch replaces the part the
 * PathPrefix match matched, element-wise (conformance httproute-rewrite-path: prefix `/strip-prefix` replaced
 * by `/` turns `/strip-prefix/three` into `/three` and `/strip-prefix` into `/`).
 */
export function modifyPath(path: string, modifier: HTTPPathModifierModel, matchedPrefix: string | undefined): string {
  if (modifier.type === 'ReplaceFullPath') return modifier.replaceFullPath ?? path;
  if (matchedPrefix === undefined) return path;
  const prefix = matchedPrefix.replace(/\/+$/, '');
  const rest = path.slice(prefix.length);
  const replacement = (modifier.replacePrefixMatch ?? '/').replace(/\/+$/, '');
  const result = `${replacement}${rest}`;
  return result === '' ? '/' : result.startsWith('/') ? result : `/${result}`;
}

export interface RedirectInput {
  scheme: string;
  host: string;
  path: string;
  query: string;
  listenerPort: number;
  matchedPrefix: string | undefined;
}

const WELL_KNOWN: Record<string, number> = { http: 80, https: 443 };

/**
 * The Location of a RequestRedirect, an absolute URL. The port: the filter's, else the well-known port of
 * a scheme the filter sets, else the listener's; left out when it is the scheme's well-known port.
 */
export function redirectLocation(
  filter: NonNullable<HTTPRouteFilterModel['requestRedirect']>,
  input: RedirectInput,
): string {
  const scheme = filter.scheme ?? input.scheme;
  const host = filter.hostname ?? input.host;
  const port =
    filter.port ??
    (filter.scheme !== undefined ? (WELL_KNOWN[filter.scheme] ?? input.listenerPort) : input.listenerPort);
  const path = filter.path ? modifyPath(input.path, filter.path, input.matchedPrefix) : input.path;
  const authority = WELL_KNOWN[scheme] === port ? host : `${host}:${port}`;
  return `${scheme}://${authority}${path}${input.query}`;
}
