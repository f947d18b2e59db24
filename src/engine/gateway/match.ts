// HTTPRouteMatch against a request, and the precedence among the matches of every rule on a listener
// (gateway-api apis/v1/httproute_types.go: PathMatchType, HTTPHeaderMatch, HTTPQueryParamMatch,
// HTTPRouteRule.Matches). Path, headers, query params and method are ANDed within one match.
import type { HTTPRouteMatchModel } from '../model';

export interface ParsedRequest {
  /** The path without the query. */
  path: string;
  /** `?a=b` or ''. */
  query: string;
  method: string;
  /** Lower-case names. */
  headers: Record<string, string>;
  queryParams: [string, string][];
}

export function parseRequest(path: string, method: string, headers: Record<string, string>): ParsedRequest {
  const at = path.indexOf('?');
  const bare = at >= 0 ? path.slice(0, at) : path;
  const query = at >= 0 ? path.slice(at) : '';
  const queryParams: [string, string][] = query
    .slice(1)
    .split('&')
    .filter(Boolean)
    .map((pair) => {
      const eq = pair.indexOf('=');
      return [decode(eq >= 0 ? pair.slice(0, eq) : pair), decode(eq >= 0 ? pair.slice(eq + 1) : '')];
    });
  const lower: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) lower[name.toLowerCase()] = value;
  return { path: bare === '' ? '/' : bare, query, method: method.toUpperCase(), headers: lower, queryParams };
}

function decode(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return s;
  }
}

/**
 * RegularExpression is implementation-specific: this engine matches the whole value with JavaScript's
 * RegExp (close to the RE2 full match Envoy-based implementations use). An invalid pattern matches nothing.
 */
function fullMatch(pattern: string, value: string): boolean {
  try {
    return new RegExp(`^(?:${pattern})$`).test(value);
  } catch {
    return false;
  }
}

/** PathPrefix: element by element, a trailing `/` of the prefix ignored (`/abc` matches `/abc`, `/abc/`, `/abc/d`, not `/abcd`). */
export function prefixMatches(prefix: string, path: string): boolean {
  const trimmed = prefix.replace(/\/+$/, '');
  if (trimmed === '') return true;
  return path === trimmed || path.startsWith(`${trimmed}/`);
}

export function pathMatches(match: HTTPRouteMatchModel['path'], path: string): boolean {
  if (!match) return true;
  if (match.type === 'Exact') return path === match.value;
  if (match.type === 'PathPrefix') return prefixMatches(match.value, path);
  return fullMatch(match.value, path);
}

export function matchRequest(match: HTTPRouteMatchModel, request: ParsedRequest): boolean {
  if (!pathMatches(match.path, request.path)) return false;
  if (match.method !== undefined && match.method !== request.method) return false;
  // Only the first entry of a header name (case-insensitive) or query param name (case-sensitive) counts.
  const seenHeaders = new Set<string>();
  for (const header of match.headers) {
    const name = header.name.toLowerCase();
    if (seenHeaders.has(name)) continue;
    seenHeaders.add(name);
    const value = request.headers[name];
    if (value === undefined) return false;
    if (header.type === 'RegularExpression' ? !fullMatch(header.value, value) : value !== header.value) return false;
  }
  const seenParams = new Set<string>();
  for (const param of match.queryParams) {
    if (seenParams.has(param.name)) continue;
    seenParams.add(param.name);
    const value = request.queryParams.find(([name]) => name === param.name)?.[1];
    if (value === undefined) return false;
    if (param.type === 'RegularExpression' ? !fullMatch(param.value, value) : value !== param.value) return false;
  }
  return true;
}

/**
 * The precedence key of a match (higher wins, compared in order): Exact path, then PathPrefix by the
 * number of characters, then method, then number of header matches, then query param matches.
 * RegularExpression paths rank between Exact and PathPrefix here (implementation-specific, as Envoy Gateway
 * orders them).
 */
export function precedence(match: HTTPRouteMatchModel): number[] {
  const type = match.path?.type;
  const rank = type === 'Exact' ? 3 : type === 'RegularExpression' ? 2 : 1;
  const length = type === 'PathPrefix' ? (match.path?.value.length ?? 0) : 0;
  return [
    rank,
    length,
    match.method !== undefined ? 1 : 0,
    new Set(match.headers.map((h) => h.name.toLowerCase())).size,
    new Set(match.queryParams.map((q) => q.name)).size,
  ];
}

export function compareKeys(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (b[i] ?? 0) - (a[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
