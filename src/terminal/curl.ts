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

/** Options that take no value, by their short letter and long name (curl docs, each option's page). */
const SWITCHES = new Map<string, string>([
  ['s', 's'],
  ['--silent', 's'],
  ['S', 'S'],
  ['--show-error', 'S'],
  ['k', 'k'],
  ['--insecure', 'k'],
  ['L', 'L'],
  ['--location', 'L'],
  ['f', 'f'],
  ['--fail', 'f'],
  ['v', 'v'],
  ['--verbose', 'v'],
  ['i', 'i'],
  ['--include', 'i'],
  ['I', 'I'],
  ['--head', 'I'],
]);

/** Options that take a value, by short letter and long name. */
const WITH_VALUE = new Map<string, string>([
  ['H', 'H'],
  ['--header', 'H'],
  ['m', 'm'],
  ['--max-time', 'm'],
  ['--connect-timeout', 'm'],
  ['o', 'o'],
  ['--output', 'o'],
  ['w', 'w'],
  ['--write-out', 'w'],
  ['X', 'X'],
  ['--request', 'X'],
]);

interface CurlOptions {
  switches: Set<string>;
  headers: Record<string, string>;
  limit?: number;
  output?: string;
  writeOut?: string;
  method?: string;
  url?: string;
}

const unknownOption = (option: string) =>
  fail(`curl: option ${option}: is unknown\ncurl: try 'curl --help' or 'curl --manual' for more information`, 2);

/** Reads curl's arguments as tool_getparam.c does: long options, bundles of short ones (`-sSf`), and a short
 * option's value either attached (`-o/dev/null`) or as the next argument. */
function parseCurl(tokens: string[]): CurlOptions | CommandOutput {
  const options: CurlOptions = { switches: new Set(), headers: {} };
  const take = (option: string, value: string) => {
    if (option === 'H') {
      const at = value.indexOf(':');
      if (at > 0) options.headers[value.slice(0, at).trim()] = value.slice(at + 1).trim();
    } else if (option === 'm') options.limit = Number(value);
    else if (option === 'o') options.output = value;
    else if (option === 'w') options.writeOut = value;
    else options.method = value;
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] ?? '';
    if (token.startsWith('--')) {
      const option = SWITCHES.get(token) ?? WITH_VALUE.get(token);
      if (!option) return unknownOption(token);
      if (SWITCHES.has(token)) options.switches.add(option);
      else take(option, tokens[++i] ?? '');
    } else if (token.startsWith('-') && token.length > 1) {
      for (let at = 1; at < token.length; at++) {
        const letter = token[at] ?? '';
        if (SWITCHES.has(letter)) options.switches.add(letter);
        else if (WITH_VALUE.has(letter)) {
          take(letter, at + 1 < token.length ? token.slice(at + 1) : (tokens[++i] ?? ''));
          break;
        } else return unknownOption(token);
      }
    } else options.url = token;
  }
  return options;
}

export function curl(session: Session, tokens: string[], client: CurlClient, counter: { next: number }): CommandOutput {
  const options = parseCurl(tokens);
  if ('exitCode' in options) return options;
  const { headers, limit, switches: flags, url } = options;
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
  return finished(answer, options, withScheme);
}

/**
 * The transfer as the options shape it (tool_operate.c post_per_transfer): -f turns an HTTP error into exit 22
 * without the body (lib/http.c: "The requested URL returned error: %d"); -s hides the error message; -o sends
 * the body to a file instead of the terminal (the file itself is not kept; /dev/null is the usual one); -w is
 * written last. Options whose output the terminal does not draw say so on a line of their own.
 */
function finished(transfer: Transfer, options: CurlOptions, url: string): CommandOutput {
  const { switches, output, writeOut } = options;
  let shown: Transfer = transfer;
  if (switches.has('f') && transfer.status !== undefined && transfer.status >= 400)
    shown = { ...fail(`curl: (22) The requested URL returned error: ${transfer.status}`, 22), status: transfer.status };
  shown = quietened(shown, switches);
  const notes = unsimulated(options);
  let text = shown.text;
  if (shown.exitCode === 0 && ((output !== undefined && output !== '-') || switches.has('I'))) text = '';
  if (writeOut !== undefined) {
    // The error message goes to stderr with its newline; the write-out follows it on stdout.
    const separator = shown.exitCode !== 0 && text !== '' ? '\n' : '';
    text += separator + writtenOut(writeOut, { status: shown.status, exitCode: shown.exitCode, url });
  }
  return { exitCode: shown.exitCode, text: [...notes, text].filter((line) => line !== '').join('\n') };
}

/** Korean notes for real curl options whose output this terminal does not reproduce. */
function unsimulated({ switches, method }: CurlOptions): string[] {
  const notes: string[] = [];
  if (switches.has('v')) notes.push('(-v가 보여 주는 연결 과정과 요청·응답 헤더는 이 터미널에서 흉내 내지 않습니다.)');
  if (switches.has('i') || switches.has('I'))
    notes.push(`(-${switches.has('I') ? 'I' : 'i'}가 보여 주는 응답 헤더는 이 터미널에서 흉내 내지 않습니다.)`);
  if (switches.has('L')) notes.push('(-L의 redirect 따라가기는 이 터미널에서 흉내 내지 않습니다. 첫 응답만 보입니다.)');
  if (method !== undefined && method.toUpperCase() !== 'GET')
    notes.push(`(-X ${method}: 이 터미널은 요청 메서드를 구분하지 않고 GET처럼 보냅니다.)`);
  return notes;
}

/**
 * --write-out (tool_writeout.c): `%{name}` variables and the \n, \r, \t escapes; http_code is "000" when no
 * HTTP answer came. Variables the terminal knows nothing about print a note in place of a value.
 */
function writtenOut(format: string, transfer: { status?: number; exitCode: number; url: string }): string {
  const values: Record<string, string> = {
    http_code: String(transfer.status ?? 0).padStart(3, '0'),
    response_code: String(transfer.status ?? 0).padStart(3, '0'),
    exitcode: String(transfer.exitCode),
    url: transfer.url,
    url_effective: transfer.url,
  };
  return format
    .replace(/%\{([a-z_]+)\}/g, (_, name: string) => values[name] ?? `(%{${name}}는 흉내 내지 않습니다)`)
    .replace(/\\([nrt])/g, (_, c: string) => ({ n: '\n', r: '\r', t: '\t' })[c] ?? c);
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

/** What curl prints for the transfer, with the HTTP status when a server answered (for -f and -w). */
type Transfer = CommandOutput & { status?: number };
const answered = (body: string, status: number): Transfer => ({ ...ok(body), status });

function print(session: Session, result: RouteResult, asked: Asked, counter: { next: number }): Transfer {
  const connect = `Failed to connect to ${asked.host} port ${asked.port}`;
  switch (result.outcome) {
    case 'dns-failure':
      // lib/multi.c: with -m shorter than the resolver's own timeouts, curl gives up first while resolving.
      if (asked.limit && asked.dnsUnanswered)
        return fail(`curl: (28) Resolving timed out after ${Math.round(asked.limit * 1000) + 1} milliseconds`, 28);
      return fail(`curl: (6) Could not resolve host: ${asked.host}`, 6);
    case 'refused':
      if (result.status && answeredByGateway(result)) return answered('', result.status);
      // A status means a proxy (ingress-nginx) answered for the refused backend with its error page.
      if (result.status) return answered(nginxPage(result.status), result.status);
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
      return answered(answeredByGateway(result) ? '' : nginxPage(result.status ?? 404), result.status ?? 404);
    case 'redirect':
      return answered(answeredByGateway(result) ? '' : nginxPage(result.status ?? 308), result.status ?? 308);
    case 'dns-only':
      // The resolver fails for the name curl was given (its URL host), whatever CNAME it followed.
      return fail(`curl: (6) Could not resolve host: ${asked.host}`, 6);
    case 'delivered': {
      const { status, body } = servedResponse(session, result, asked, counter);
      return answered(body, status);
    }
  }
}

/** What the serving pod answers to a delivered request: its status and page, or a note when the image's answer
 * is not modelled. */
export function servedResponse(
  session: Session,
  result: RouteResult,
  asked: Pick<Asked, 'hostHeader' | 'path' | 'remote'>,
  counter: { next: number },
): { status: number; body: string } {
  const endpoint = result.affinity
    ? result.endpoints[0]
    : result.endpoints[counter.next++ % Math.max(1, result.endpoints.length)];
  const pod = endpoint && session.store.cluster.pods.find((p) => `${p.namespace}/${p.name}` === endpoint.pod);
  if (!endpoint || !pod) return { status: 200, body: '' };
  const response = respond(podSpec(session.store, pod), {
    podName: pod.name,
    podIp: pod.ip,
    remoteIp: asked.remote,
    host: asked.hostHeader,
    path: result.path ?? asked.path,
  });
  return (
    response ?? {
      status: 200,
      body: `(pod ${endpoint.pod}의 ${endpoint.port}번 포트가 응답했습니다. 이 이미지가 돌려주는 본문은 시뮬레이션하지 않습니다.)`,
    }
  );
}
