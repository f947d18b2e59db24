// `npm run cli -- gateway SCENARIO.yaml --host H --path P [--gateway NS/NAME] [--scheme https] [--port N]
//   [--method M] [-H 'Name: value']... [--status] [--json]`
// Prints what the scenario's Gateway API objects do with the request (routeGateway), step by step; with
// --status, the route and listener status a conformant implementation would write (gatewayStatus).
// Exit code: 0 routed or redirected, 1 not found or a 500, 2 bad usage.
import { gatewayStatus, routeGateway } from '../engine';
import type { GatewayResult, GatewayStatus } from '../engine';
import { parseArgs } from './args';
import { readCluster } from './scenario';

const USAGE =
  "usage: cli gateway SCENARIO.yaml --host HOST --path PATH [--gateway NS/NAME] [--scheme http|https] [--port N] [--method M] [-H 'Name: value'] [--status] [--json]";

export async function run(args: string[]): Promise<number> {
  const options = parseArgs(args, {
    flags: ['json', 'status'],
    values: ['host', 'path', 'gateway', 'scheme', 'port', 'method', 'header'],
    short: { H: 'header' },
  });
  if (typeof options === 'string') {
    console.error(`${options}\n${USAGE}`);
    return 2;
  }
  const file = options.bare[0];
  const host = options.value('host');
  const scheme = options.value('scheme') ?? 'http';
  const port = options.value('port');
  const headers: Record<string, string> = {};
  for (const header of options.all('header')) {
    const colon = header.indexOf(':');
    if (colon <= 0) {
      console.error(`bad header ${JSON.stringify(header)}: write it as 'Name: value'`);
      return 2;
    }
    headers[header.slice(0, colon).trim()] = header.slice(colon + 1).trim();
  }
  if (
    !file ||
    host === undefined ||
    !['http', 'https'].includes(scheme) ||
    (port !== undefined && !/^\d+$/.test(port))
  ) {
    console.error(USAGE);
    return 2;
  }
  const cluster = readCluster(file);
  if (!cluster) return 2;
  const gateway = options.value('gateway');
  const method = options.value('method');
  const result = routeGateway(cluster, {
    host,
    path: options.value('path') ?? '/',
    scheme: scheme as 'http' | 'https',
    ...(gateway ? { gateway } : {}),
    ...(port ? { port: Number(port) } : {}),
    ...(method ? { method } : {}),
    headers,
  });
  const status = options.has('status') ? gatewayStatus(cluster) : undefined;
  if (options.has('json')) console.log(JSON.stringify(status ? { result, status } : result, null, 2));
  else console.log([render(result), ...(status ? ['', renderStatus(status)] : [])].join('\n'));
  return result.outcome === 'routed' || result.outcome === 'redirect' ? 0 : 1;
}

function render(result: GatewayResult): string {
  const lines = [`outcome:  ${result.outcome} (${result.status})`];
  if (result.gateway) lines.push(`gateway:  ${result.gateway}${result.listener ? ` listener ${result.listener}` : ''}`);
  if (result.route) lines.push(`route:    ${result.route}${result.rule !== undefined ? ` rules[${result.rule}]` : ''}`);
  for (const b of result.backends) lines.push(`backend:  ${b.service}:${b.port} weight ${b.weight}`);
  for (const m of result.mirrors ?? []) lines.push(`mirror:   ${m.service}:${m.port}`);
  if (result.location) lines.push(`location: ${result.location}`);
  if (result.outcome === 'routed') lines.push(`request:  Host ${result.host ?? ''}, path ${result.path ?? ''}`);
  for (const [name, value] of Object.entries(result.responseHeaders ?? {}))
    lines.push(`response header: ${name}: ${value}`);
  lines.push('', ...result.steps.map((s, i) => `${i + 1}. [${s.object}] ${s.message}`));
  return lines.join('\n');
}

function renderStatus(status: GatewayStatus): string {
  const lines: string[] = [];
  for (const [route, parents] of Object.entries(status.routes)) {
    lines.push(`HTTPRoute ${route}`);
    for (const parent of parents) {
      const section = parent.sectionName ? `/${parent.sectionName}` : '';
      const conditions = parent.conditions.map((c) => `${c.type}=${c.status} (${c.reason})`).join(', ');
      lines.push(`  parent ${parent.parent}${section}: ${conditions}`);
    }
  }
  for (const [gateway, { listeners }] of Object.entries(status.gateways)) {
    lines.push(
      `Gateway ${gateway}: ${listeners.map((l) => `${l.name} attachedRoutes=${l.attachedRoutes}`).join(', ')}`,
    );
  }
  return lines.join('\n');
}
