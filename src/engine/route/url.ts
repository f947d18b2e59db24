// What curl makes of the URL a reader types: scheme (http when absent), host, port (80/443 by default)
// and the path it sends, with dot segments removed as curl does without --path-as-is.
import { DEFAULT_PORTS } from '../constants';

export interface RequestUrl {
  scheme: 'http' | 'https';
  /** Lower-cased host name or IPv4 address, without a trailing dot unless it was typed. */
  host: string;
  port: number;
  /** Path and query as sent in the request line. */
  path: string;
}

export function parseRequestUrl(input: string): RequestUrl | string {
  const typed = input.trim();
  if (typed === '') return 'URL이 비어 있습니다.';
  const schemeMatch = /^([a-z][a-z0-9+.-]*):\/\//i.exec(typed);
  const scheme = schemeMatch?.[1]?.toLowerCase() ?? 'http';
  if (scheme !== 'http' && scheme !== 'https')
    return `curl ${scheme}:// 요청은 시뮬레이션하지 않습니다. http:// 또는 https://를 쓰세요.`;
  let url: URL;
  try {
    url = new URL(schemeMatch ? typed : `http://${typed}`);
  } catch {
    return `URL ${typed}을(를) 해석할 수 없습니다.`;
  }
  const host = url.hostname;
  if (host === '') return `URL ${typed}에 호스트가 없습니다.`;
  if (host.startsWith('[')) return 'IPv6 주소는 이 시뮬레이터의 IPv4 클러스터에 없습니다.';
  const port = url.port === '' ? (scheme === 'https' ? DEFAULT_PORTS.https : DEFAULT_PORTS.http) : Number(url.port);
  return { scheme, host: host.toLowerCase(), port, path: `${url.pathname || '/'}${url.search}` };
}
