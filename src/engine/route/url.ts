// What curl makes of the URL a reader types: scheme (http when absent), host, port (80/443 by default)
// and the path it sends, with dot segments removed as curl does without --path-as-is.
import { message } from '../messages';
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
  if (typed === '') return message('request.emptyUrl');
  const schemeMatch = /^([a-z][a-z0-9+.-]*):\/\//i.exec(typed);
  const scheme = schemeMatch?.[1]?.toLowerCase() ?? 'http';
  if (scheme !== 'http' && scheme !== 'https') return message('request.scheme', { scheme });
  let url: URL;
  try {
    url = new URL(schemeMatch ? typed : `http://${typed}`);
  } catch {
    return message('request.badUrl', { url: typed });
  }
  const host = url.hostname;
  if (host === '') return message('request.noHost', { url: typed });
  if (host.startsWith('[')) return message('request.ipv6');
  const port = url.port === '' ? (scheme === 'https' ? DEFAULT_PORTS.https : DEFAULT_PORTS.http) : Number(url.port);
  return { scheme, host: host.toLowerCase(), port, path: `${url.pathname || '/'}${url.search}` };
}
