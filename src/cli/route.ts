// `npm run cli -- route SCENARIO.yaml --from ip:192.168.1.10 http://192.168.1.2:30008/ [-H 'Host: x'] [--json]`
// Prints where the request goes, step by step. Exit code: 0 delivered, 1 any other outcome, 2 bad usage.
import { readFileSync } from 'node:fs';
import { loadCluster, route } from '../engine';
import type { RouteResult } from '../engine';

const USAGE = 'usage: cli route SCENARIO.yaml --from pod:NS/NAME|ip:ADDR URL [-H "Name: value"]... [--json]';

interface RouteArgs {
  file: string;
  from: string;
  url: string;
  headers: Record<string, string>;
  json: boolean;
}

function parseArgs(args: string[]): RouteArgs | undefined {
  const bare: string[] = [];
  const headers: Record<string, string> = {};
  let from: string | undefined;
  let json = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--json') json = true;
    else if (arg === '--from') from = args[++i];
    else if (arg.startsWith('--from=')) from = arg.slice('--from='.length);
    else if (arg === '-H' || arg === '--header') {
      const header = /^([^:]+):\s*(.*)$/.exec(args[++i] ?? '');
      if (!header) return undefined;
      headers[header[1]!.trim()] = header[2]!;
    } else bare.push(arg);
  }
  const [file, url] = bare;
  if (!file || !url || !from || bare.length > 2) return undefined;
  return { file, from, url, headers, json };
}

export async function run(args: string[]): Promise<number> {
  const options = parseArgs(args);
  if (!options) {
    console.error(USAGE);
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(options.file, 'utf8');
  } catch (e) {
    console.error(`cannot read ${options.file}: ${e instanceof Error ? e.message : String(e)}`);
    return 2;
  }
  const cluster = loadCluster(text);
  for (const d of cluster.diagnostics.filter((d) => d.severity === 'error')) {
    console.error(`${options.file}:${d.line}:${d.column}: ${d.path ? `${d.path}: ` : ''}${d.message}`);
  }
  const result = route(cluster, { from: options.from, url: options.url, headers: options.headers });
  console.log(options.json ? JSON.stringify(result, null, 2) : render(result));
  return result.outcome === 'delivered' ? 0 : 1;
}

function render(result: RouteResult): string {
  const lines = result.steps.map((step, i) => `${String(i + 1).padStart(2)}. [${step.object}] ${step.message}`);
  lines.push('', `결과: ${result.outcome}${result.reason ? ` — ${result.reason}` : ''}`);
  for (const endpoint of result.endpoints) lines.push(`  → ${endpoint.pod || '(pod 아님)'} ${endpoint.ip}:${endpoint.port}${result.path ? ` ${result.path}` : ''}`);
  if (result.dns) lines.push(`  DNS A: ${result.dns.join(', ')}`);
  if (result.cname) lines.push(`  CNAME: ${result.cname}`);
  if (result.affinity) lines.push(`  sessionAffinity: ${result.affinity}`);
  if (result.status) lines.push(`  HTTP ${result.status}${result.location ? ` Location: ${result.location}` : ''}`);
  return lines.join('\n');
}
