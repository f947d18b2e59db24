// kubectl exec POD -- wget -qO- URL, printed as busybox's wget (networking/wget.c): the request is route()'s,
// its errors are wget's — "bad address" when the name does not resolve (libbb xhost2sockaddr), "can't connect
// to remote host (IP): Connection refused" on a RST (xconnect), "server returned error: HTTP/1.1 …" for an
// HTTP error status, "download timed out" past -T.
import { dnsLookup, type PodModel, type RouteResult } from '../engine';
import { servedResponse } from './curl';
import { fail, ok, type CommandOutput } from './output';
import { request, safeUrl } from './request';
import type { Session } from './session';

const REASONS = new Map([
  [404, 'Not Found'],
  [502, 'Bad Gateway'],
  [503, 'Service Temporarily Unavailable'],
  [504, 'Gateway Time-out'],
]);

export function wget(session: Session, tokens: string[], pod: PodModel, counter: { next: number }): CommandOutput {
  let quiet = false;
  let toStdout = false;
  let timeout: number | undefined;
  let url: string | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token === undefined) break;
    if (token === '-O' || token === '--output-document') toStdout = tokens[++i] === '-';
    else if (token === '-T' || token === '--timeout') timeout = Number(tokens[++i]);
    else if (/^-[qO]+-?$/.test(token) && token !== '-') {
      quiet ||= token.includes('q');
      if (token.endsWith('O-')) toStdout = true;
      else if (token.endsWith('O')) toStdout = tokens[++i] === '-';
    } else if (token === '--quiet') quiet = true;
    else if (token.startsWith('-'))
      return fail(`wget: unrecognized option '${token}'\nBusyBox v1.28.4 multi-call binary.`);
    else url = token;
  }
  if (!url)
    return fail(
      'BusyBox v1.28.4 multi-call binary.\n\nUsage: wget [-c|--continue] [-q|--quiet] [-O FILE] [-T SEC] URL...',
    );
  if (!toStdout)
    return fail(
      `이 터미널의 wget은 파일로 저장하지 않습니다. 본문을 보려면 kubectl exec ${pod.name} -- wget -qO- ${url} 처럼 -O-를 쓰세요.`,
    );
  const withScheme = /^[a-z]+:\/\//i.test(url) ? url : `http://${url}`;
  const parsed = safeUrl(withScheme);
  if (!parsed || !/^https?:$/.test(parsed.protocol)) return fail(`wget: not an http or ftp url: ${url}`);
  const host = parsed.hostname;
  const port = parsed.port || (parsed.protocol === 'https:' ? '443' : '80');
  const from = `pod:${pod.namespace}/${pod.name}`;
  const { result, remote } = request(session.store.cluster, { from, url: withScheme }, pod.ip);
  const address = addressOf(session, result, host, pod);
  const connecting = quiet ? '' : `Connecting to ${host} (${address}:${port})\n`;
  switch (result.outcome) {
    case 'dns-failure':
    case 'dns-only':
      return fail(`wget: bad address '${host}'`);
    case 'refused':
      if (result.status)
        return fail(
          `${connecting}wget: server returned error: HTTP/1.1 ${result.status} ${REASONS.get(result.status) ?? ''}`,
        );
      return fail(`${connecting}wget: can't connect to remote host (${address}): Connection refused`);
    case 'unreachable':
      return fail(`${connecting}wget: can't connect to remote host (${address}): No route to host`);
    case 'dropped':
    case 'timeout':
      return fail(
        timeout && timeout > 0
          ? `${connecting}wget: download timed out`
          : `${connecting}wget: can't connect to remote host (${address}): Connection timed out`,
      );
    case 'not-found':
      return fail(`${connecting}wget: server returned error: HTTP/1.1 ${result.status ?? 404} Not Found`);
    case 'redirect':
      return fail(
        `${connecting}(ingress-nginx가 ${result.status ?? 308} redirect로 ${result.location ?? ''}(으)로 보냅니다. 이 터미널의 wget은 redirect를 따라가지 않습니다.)`,
      );
    case 'delivered':
      return ok(
        `${connecting}${servedResponse(session, result, { hostHeader: parsed.host, path: parsed.pathname + parsed.search, remote }, counter).body}`,
      );
  }
}

/** The address wget connects to: the URL's IP, or what the pod's resolver answers for the name. */
function addressOf(session: Session, result: RouteResult, host: string, pod: PodModel): string {
  if (/^\d+\.\d+\.\d+\.\d+$/.test(host)) return host;
  const answer = dnsLookup(session.store.cluster, host, pod.namespace);
  return answer.addresses[0] ?? result.endpoints[0]?.ip ?? host;
}
