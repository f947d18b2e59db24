// curl URL, answered by the engine's route(): what curl prints for a delivered request (the page the
// pod serves), a refused or timed-out connection, or a name that does not resolve. Errors are curl 8's.
import { dnsLookup, type RouteResult } from '../engine';
import { request, safeUrl } from './request';
import { respond, nginxError } from './apps';
import { fail, ok, type CommandOutput } from './output';
import type { Session } from './session';
import { podSpec } from './views';
import { answeredByGateway } from './gateway';

export interface CurlClient {
  /** `ip:ADDRESS` or `pod:NS/NAME`, as route() takes it. */
  from: string;
  ip: string;
  /** /etc/hosts of the machine: names it knows without DNS. */
  hosts: Record<string, string>;
}

/** The short letters each flag option sets (a bundle like -sS sets both). */
const FLAG_LETTERS = new Map<string, string[]>([
  ['-s', ['s']],
  ['--silent', ['s']],
  ['-S', ['S']],
  ['--show-error', ['S']],
  ['-sS', ['s', 'S']],
  ['-Ss', ['s', 'S']],
  ['-k', ['k']],
  ['--insecure', ['k']],
]);

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
  const flags = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token === undefined) break;
    if (token === '-H' || token === '--header') {
      const header = tokens[++i] ?? '';
      const at = header.indexOf(':');
      if (at > 0) headers[header.slice(0, at).trim()] = header.slice(at + 1).trim();
    } else if (token === '-m' || token === '--max-time' || token === '--connect-timeout') {
      limit = Number(tokens[++i]);
    } else if (BOOLEAN_OPTIONS.has(token)) {
      for (const flag of FLAG_LETTERS.get(token) ?? []) flags.add(flag);
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
  const port = parsed.port || (parsed.protocol === 'https:' ? '443' : '80');
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
  // The TLS handshake comes before any HTTP answer: ingress-nginx serves its self-signed default certificate
  // for a host no Ingress lists under `tls`, and curl refuses it unless -k (lib/vtls/openssl.c: the verify
  // result's X509 text; src/tool_operate.c CURL_CA_CERT_ERRORMSG follows).
  if (result.certificate?.selfSigned && !flags.has('k'))
    return quietened(fail(`curl: (60) SSL certificate problem: self-signed certificate\n${CA_CERT_HELP}`, 60), flags);
  const answer = print(
    session,
    result,
    {
      host,
      port,
      hostHeader: requestHeaders.Host ?? parsed.host,
      path: parsed.pathname + parsed.search,
      remote,
      ...(limit !== undefined && limit > 0 ? { limit } : {}),
      ...(result.outcome === 'dns-failure' && unanswered(session, client.from, host) ? { dnsUnanswered: true } : {}),
    },
    counter,
  );
  return quietened(answer, flags);
}

/** -s hides curl's error message (the exit code stays); -S shows it again (tool_getparam.c, --show-error). */
function quietened(output: CommandOutput, flags: Set<string>): CommandOutput {
  return output.exitCode !== 0 && flags.has('s') && !flags.has('S') ? { ...output, text: '' } : output;
}

// src/tool_operate.c CURL_CA_CERT_ERRORMSG (curl 8).
const CA_CERT_HELP = [
  'More details here: https://curl.se/docs/sslcerts.html',
  '',
  'curl failed to verify the legitimacy of the server and therefore could not',
  'establish a secure connection to it. To learn more about this situation and',
  'how to fix it, please visit the webpage mentioned above.',
].join('\n');

/** nginx's reason phrases (ngx_http_special_response.c, its error pages) for what a proxy answers itself. */
const REASON_PHRASES = new Map([
  [301, 'Moved Permanently'],
  [302, 'Found'],
  [303, 'See Other'],
  [307, 'Temporary Redirect'],
  [308, 'Permanent Redirect'],
  [404, 'Not Found'],
  [502, 'Bad Gateway'],
  [503, 'Service Temporarily Unavailable'],
  [504, 'Gateway Time-out'],
]);

const nginxPage = (status: number) => nginxError(status, REASON_PHRASES.get(status) ?? '');

/** Whether a pod's DNS query for `host` reaches no server (`from` is `pod:NS/NAME`; off the cluster, never). */
function unanswered(session: Session, from: string, host: string): boolean {
  const [, namespace] = /^pod:([^/]+)\//.exec(from) ?? [];
  return namespace !== undefined && dnsLookup(session.store.cluster, host, namespace, from).unanswered !== undefined;
}

interface Asked {
  host: string;
  port: string;
  hostHeader: string;
  path: string;
  /** Where the pod sees the request come from. */
  remote: string;
  /** -m / --connect-timeout, in seconds. */
  limit?: number;
  /** The pod's DNS query got no answer at all (blocked or no CoreDNS), as opposed to NXDOMAIN. */
  dnsUnanswered?: boolean;
}

function print(session: Session, result: RouteResult, asked: Asked, counter: { next: number }): CommandOutput {
  const connect = `Failed to connect to ${asked.host} port ${asked.port}`;
  switch (result.outcome) {
    case 'dns-failure':
      // lib/multi.c: with -m shorter than the resolver's own timeouts, curl gives up first while resolving.
      if (asked.limit && asked.dnsUnanswered)
        return fail(`curl: (28) Resolving timed out after ${Math.round(asked.limit * 1000) + 1} milliseconds`, 28);
      return fail(`curl: (6) Could not resolve host: ${asked.host}`, 6);
    case 'refused':
      if (answeredByGateway(result)) return ok('');
      // A status means a proxy (ingress-nginx) answered for the refused backend with its error page.
      if (result.status) return ok(nginxPage(result.status));
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
      if (answeredByGateway(result)) return ok('');
      return ok(nginxPage(result.status ?? 404));
    case 'redirect':
      if (answeredByGateway(result)) return ok('');
      return ok(nginxPage(result.status ?? 308));
    case 'dns-only':
      // The resolver fails for the name curl was given (its URL host), whatever CNAME it followed.
      return fail(`curl: (6) Could not resolve host: ${asked.host}`, 6);
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
