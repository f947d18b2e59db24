// `npm run cli -- route SCENARIO.yaml --from ip:192.168.1.10 http://192.168.1.2:30008/ [-H 'Host: x'] [--json]`
// Prints where the request goes, step by step. Exit code: 0 delivered, 1 any other outcome, 2 bad usage.
import { route } from '../engine';
import type { RouteResult } from '../engine';
import { parseArgs } from './args';
import { readCluster } from './scenario';

const USAGE = 'usage: cli route SCENARIO.yaml --from pod:NS/NAME|ip:ADDR URL [-H "Name: value"]... [--json]';

export async function run(args: string[]): Promise<number> {
  const options = parseArgs(args, { flags: ['json'], values: ['from', 'header'], short: { H: 'header' } });
  if (typeof options === 'string') {
    console.error(`${options}\n${USAGE}`);
    return 2;
  }
  const [file, url] = options.bare;
  const from = options.value('from');
  const headers = parseHeaders(options.all('header'));
  if (!file || !url || !from || options.bare.length > 2 || !headers) {
    console.error(USAGE);
    return 2;
  }
  const cluster = readCluster(file);
  if (!cluster) return 2;
  const result = route(cluster, { from, url, headers });
  console.log(options.has('json') ? JSON.stringify(result, null, 2) : render(result));
  return result.outcome === 'delivered' ? 0 : 1;
}

/** `Name: value` lines as curl's -H takes them; undefined when one is not of that form. */
function parseHeaders(lines: string[]): Record<string, string> | undefined {
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const [, name, value = ''] = /^([^:]+):\s*(.*)$/.exec(line) ?? [];
    if (name === undefined) return undefined;
    headers[name.trim()] = value;
  }
  return headers;
}

function render(result: RouteResult): string {
  const lines = result.steps.map((step, i) => `${String(i + 1).padStart(2)}. [${step.object}] ${step.message}`);
  lines.push('', `결과: ${result.outcome}${result.reason ? ` — ${result.reason}` : ''}`);
  for (const endpoint of result.endpoints)
    lines.push(
      `  → ${endpoint.pod || '(pod 아님)'} ${endpoint.ip}:${endpoint.port}${result.path ? ` ${result.path}` : ''}`,
    );
  if (result.dns) lines.push(`  DNS A: ${result.dns.join(', ')}`);
  if (result.cname) lines.push(`  CNAME: ${result.cname}`);
  if (result.affinity) lines.push(`  sessionAffinity: ${result.affinity}`);
  if (result.status) lines.push(`  HTTP ${result.status}${result.location ? ` Location: ${result.location}` : ''}`);
  return lines.join('\n');
}
