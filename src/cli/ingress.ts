// `npm run cli -- ingress SCENARIO.yaml --host H --path P [--controller generic] [--scheme https] [--json]`
// Prints where the request goes through the scenario's Ingresses and which rule decided.
// Exit code: 0 routed (or a default backend / redirect answered), 1 not found, 2 bad usage.
import { routeIngress } from '../engine';
import type { IngressResult } from '../engine';
import { parseArgs } from './args';
import { readCluster } from './scenario';

const USAGE =
  'usage: cli ingress SCENARIO.yaml --host HOST --path PATH [--controller ingress-nginx|generic] [--scheme http|https] [--json]';

export async function run(args: string[]): Promise<number> {
  const options = parseArgs(args, { flags: ['json'], values: ['host', 'path', 'controller', 'scheme'] });
  if (typeof options === 'string') {
    console.error(`${options}\n${USAGE}`);
    return 2;
  }
  const file = options.bare[0];
  const host = options.value('host');
  const path = options.value('path') ?? '/';
  const controller = options.value('controller') ?? 'ingress-nginx';
  const scheme = options.value('scheme') ?? 'http';
  if (
    !file ||
    host === undefined ||
    !['ingress-nginx', 'generic'].includes(controller) ||
    !['http', 'https'].includes(scheme)
  ) {
    console.error(USAGE);
    return 2;
  }
  const cluster = readCluster(file);
  if (!cluster) return 2;
  const result = routeIngress(cluster, {
    host,
    path,
    controller: controller as 'ingress-nginx' | 'generic',
    scheme: scheme as 'http' | 'https',
  });
  console.log(options.has('json') ? JSON.stringify(result, null, 2) : render(result));
  return result.outcome === 'not-found' ? 1 : 0;
}

function render(result: IngressResult): string {
  const lines = [`outcome:  ${result.outcome}${result.status ? ` (${result.status})` : ''}`];
  if (result.service) lines.push(`service:  ${result.service}${result.port !== undefined ? `:${result.port}` : ''}`);
  if (result.path !== undefined) lines.push(`path:     ${result.path}`);
  if (result.location) lines.push(`location: ${result.location}`);
  if (result.ingress) lines.push(`ingress:  ${result.ingress}`);
  if (result.rule) lines.push(`rule:     ${result.rule}`);
  if (result.explanation) lines.push('', result.explanation);
  return lines.join('\n');
}
