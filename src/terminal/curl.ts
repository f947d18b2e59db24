// curl URL, answered by the engine's route(): what curl prints for a delivered request (the page the
// pod serves), a refused or timed-out connection, or a name that does not resolve. Errors are curl 8's.
import type { RouteResult } from '../engine';
import { request, safeUrl } from './request';
import { respond, nginxError } from './apps';
import { fail, ok, type CommandOutput } from './output';
import type { Session } from './session';
import { podSpec } from './views';

export interface CurlClient {
  /** `ip:ADDRESS` or `pod:NS/NAME`, as route() takes it. */
  from: string;
  ip: string;
  /** /etc/hosts of the machine: names it knows without DNS. */
  hosts: Record<string, string>;
}

const BOOLEAN_OPTIONS = new Set([
  '-s',
  '--silent',
  '-S',
  '--show-error',
  '-k',
  '--insecure',
  '-L',
  '--location',
  '-sS',
  '-Ss',
]);

export function curl(session: Session, tokens: string[], client: CurlClient, counter: { next: number }): CommandOutput {
  const headers: Record<string, string> = {};
  let url: string | undefined;
  let limit: number | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token === '-H' || token === '--header') {
      const header = tokens[++i] ?? '';
      const at = header.indexOf(':');
      if (at > 0) headers[header.slice(0, at).trim()] = header.slice(at + 1).trim();
    } else if (token === '-m' || token === '--max-time' || token === '--connect-timeout') {
      limit = Number(tokens[++i]);
    } else if (BOOLEAN_OPTIONS.has(token)) {
      continue;
    } else if (token.startsWith('-')) {
      return fail(
        `curl: option ${token}: is unknown\ncurl: try 'curl --help' or 'curl --manual' for more information`,
        2,
      );
    } else url = token;
  }
  if (!url) return fail("curl: try 'curl --help' or 'curl --manual' for more information", 2);
  const withScheme = /^[a-z]+:\/\//i.test(url) ? url : `http://${url}`;
  const parsed = safeUrl(withScheme);
  if (!parsed) return fail(`curl: (3) URL rejected: Malformed input to a URL function`, 3);
  const host = parsed.hostname;
  const port = parsed.port || '80';
  // Own entries only: a host named like an Object.prototype member (`constructor`) is not in /etc/hosts.
  const known = Object.hasOwn(client.hosts, host) ? client.hosts[host] : undefined;
  const target = known
    ? withScheme.replace(`//${parsed.host}`, `//${known}${parsed.port ? `:${parsed.port}` : ''}`)
    : withScheme;
  const requestHeaders = known && !headers.Host ? { ...headers, Host: parsed.host } : headers;
  const { result, remote } = request(
    session.store.cluster,
    { from: client.from, url: target, headers: requestHeaders },
    client.ip,
  );
  return print(
    session,
    result,
    {
      host,
      port,
      hostHeader: requestHeaders.Host ?? parsed.host,
      path: parsed.pathname + parsed.search,
      remote,
      ...(limit !== undefined && limit > 0 ? { limit } : {}),
    },
    counter,
  );
}

/** nginx's reason phrases (ngx_http_special_response.c) for the errors a proxy answers with. */
const REASON_PHRASES = new Map([
  [502, 'Bad Gateway'],
  [503, 'Service Temporarily Unavailable'],
  [504, 'Gateway Time-out'],
]);

interface Asked {
  host: string;
  port: string;
  hostHeader: string;
  path: string;
  /** Where the pod sees the request come from. */
  remote: string;
  /** -m / --connect-timeout, in seconds. */
  limit?: number;
}

function print(session: Session, result: RouteResult, asked: Asked, counter: { next: number }): CommandOutput {
  const connect = `Failed to connect to ${asked.host} port ${asked.port}`;
  switch (result.outcome) {
    case 'dns-failure':
      return fail(`curl: (6) Could not resolve host: ${asked.host}`, 6);
    case 'refused':
      // A status means a proxy (ingress-nginx) answered for the refused backend with its error page.
      if (result.status) return ok(nginxError(result.status, REASON_PHRASES.get(result.status) ?? ''));
      return fail(`curl: (7) ${connect} after 0 ms: Could not connect to server`, 7);
    case 'unreachable':
      return fail(`curl: (7) ${connect} after 3 ms: Could not connect to server`, 7);
    case 'dropped':
    case 'timeout':
      // Without a limit, the kernel gives up on the SYN after its retries (about 2 min 15 s on Linux).
      return fail(
        asked.limit
          ? `curl: (28) Connection timed out after ${Math.round(asked.limit * 1000) + 1} milliseconds`
          : `curl: (28) ${connect} after 135000 ms: Could not connect to server`,
        28,
      );
    case 'not-found':
      return ok(nginxError(result.status ?? 404, 'Not Found'));
    case 'redirect':
      return ok(nginxError(result.status ?? 308, 'Permanent Redirect'));
    case 'dns-only':
      return fail(`curl: (6) Could not resolve host: ${result.cname ?? asked.host}`, 6);
    case 'delivered':
      return ok(servedBody(session, result, asked, counter));
  }
}

/** What the serving pod answers to a delivered request: its page, or a note when the image's answer is not modelled. */
export function servedBody(
  session: Session,
  result: RouteResult,
  asked: Pick<Asked, 'hostHeader' | 'path' | 'remote'>,
  counter: { next: number },
): string {
  const endpoint = result.affinity
    ? result.endpoints[0]
    : result.endpoints[counter.next++ % Math.max(1, result.endpoints.length)];
  const pod = endpoint && session.store.cluster.pods.find((p) => `${p.namespace}/${p.name}` === endpoint.pod);
  if (!endpoint || !pod) return '';
  const response = respond(podSpec(session.store, pod), {
    podName: pod.name,
    podIp: pod.ip,
    remoteIp: asked.remote,
    host: asked.hostHeader,
    path: result.path ?? asked.path,
  });
  return (
    response?.body ??
    `(pod ${endpoint.pod}의 ${endpoint.port}번 포트가 응답했습니다. 이 이미지가 돌려주는 본문은 시뮬레이션하지 않습니다.)`
  );
}
