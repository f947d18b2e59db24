// What the simulator's `명령` prompt accepts: `curl [-H 'Name: value'] URL` from the reader's laptop, or
// `kubectl exec POD [-n NS] [-c CONTAINER] -- curl ...` from inside a pod. The result is a route request.
import type { RouteRequest } from '../engine';
import { splitWords } from '../terminal/args';
import { ui } from './strings';

export type ParsedCommand = { ok: true; request: RouteRequest } | { ok: false; problem: string };

/** The notes' laptop: 192.168.1.10, on the nodes' network but outside the pod network. */
export const DEFAULT_CLIENT = 'ip:192.168.1.10';

// curl flags that change nothing the simulator models (output, verbosity, TLS checks, following redirects).
const IGNORED_FLAGS = new Set([
  '-s',
  '-S',
  '-sS',
  '-v',
  '-i',
  '-I',
  '-k',
  '-L',
  '-f',
  '--silent',
  '--verbose',
  '--include',
  '--insecure',
  '--location',
  '--fail',
  '--show-error',
]);
const FLAGS_WITH_VALUE = new Set(['-m', '--max-time', '--connect-timeout', '-o', '--output', '-X', '--request']);

export function parseCommand(line: string, from: string = DEFAULT_CLIENT): ParsedCommand {
  const words = splitWords(line);
  if (words === null) return { ok: false, problem: ui.command.unquoted };
  if (words.length === 0) return { ok: false, problem: ui.command.empty };
  if (words[0] === 'kubectl') return parseExec(words.slice(1));
  if (words[0] === 'curl') return parseCurl(words.slice(1), from);
  return { ok: false, problem: ui.command.notCurl };
}

function parseExec(words: string[]): ParsedCommand {
  if (words[0] !== 'exec') return { ok: false, problem: ui.command.notCurl };
  let pod: string | undefined;
  let namespace = 'default';
  let i = 1;
  // The loop reads its word after each step, so a flag that took the next word as its value skips it.
  for (let w = words[i]; w !== undefined && w !== '--'; w = words[++i]) {
    if (w === '-n' || w === '--namespace') namespace = words[++i] ?? namespace;
    else if (w.startsWith('--namespace=')) namespace = w.slice('--namespace='.length);
    else if (w === '-c' || w === '--container') i++;
    else if (w === '-it' || w === '-ti' || w === '-i' || w === '-t') continue;
    else if (w.startsWith('pod/')) pod = w.slice(4);
    else if (!w.startsWith('-')) pod = w;
  }
  if (!pod) return { ok: false, problem: ui.command.noPod };
  if (words[i] !== '--' || words[i + 1] !== 'curl') return { ok: false, problem: ui.command.noDashes };
  return parseCurl(words.slice(i + 2), `pod:${namespace}/${pod}`);
}

function parseCurl(words: string[], from: string): ParsedCommand {
  const headers: Record<string, string> = {};
  let url: string | undefined;
  for (let i = 0, w = words[0]; w !== undefined; w = words[++i]) {
    if (w === '-H' || w === '--header') {
      const header = words[++i] ?? '';
      const colon = header.indexOf(':');
      if (colon <= 0) return { ok: false, problem: ui.command.badHeader(header) };
      headers[header.slice(0, colon).trim()] = header.slice(colon + 1).trim();
    } else if (IGNORED_FLAGS.has(w)) {
      continue;
    } else if (FLAGS_WITH_VALUE.has(w)) {
      i++;
    } else if (w.startsWith('-')) {
      return { ok: false, problem: ui.command.unknownOption(w) };
    } else {
      url = w;
    }
  }
  if (!url) return { ok: false, problem: ui.command.noUrl };
  // curl assumes http:// when the scheme is left out.
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(url) ? url : `http://${url}`;
  const request: RouteRequest = { from, url: withScheme };
  if (Object.keys(headers).length > 0) request.headers = headers;
  return { ok: true, request };
}
