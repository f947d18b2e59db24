// `npm run cli -- policy SCENARIO.yaml --from pod:ns/a --to pod:ns/b --port 3306 [--protocol UDP] [--json]`
// Prints whether NetworkPolicies allow the connection and why. Exit code: 0 allowed, 1 denied, 2 bad usage.
import { readFileSync } from 'node:fs';
import { checkPolicy, loadCluster } from '../engine';
import type { Cluster, Protocol } from '../engine';

const USAGE =
  'usage: cli policy SCENARIO.yaml --from pod:NS/NAME|ip:ADDR --to pod:NS/NAME|ip:ADDR --port N [--protocol TCP|UDP|SCTP] [--json]';

export interface Options {
  file?: string;
  values: Map<string, string>;
  flags: Set<string>;
}

/** `FILE --name value --flag`: the first bare word is the file; `flags` lists the options that take no value. */
export function parseOptions(args: string[], flags: string[]): Options {
  const options: Options = { values: new Map(), flags: new Set() };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (!arg.startsWith('--')) {
      options.file ??= arg;
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    if (flags.includes(name)) options.flags.add(name);
    else options.values.set(name, inline ?? args[++i] ?? '');
  }
  return options;
}

/** The scenario's cluster, with its validation errors reported on stderr (the check still runs). */
export function readCluster(file: string): Cluster | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    console.error(`cannot read ${file}: ${e instanceof Error ? e.message : String(e)}`);
    return undefined;
  }
  const cluster = loadCluster(text);
  const errors = cluster.diagnostics.filter((d) => d.severity === 'error');
  for (const d of errors) console.error(`${file}:${d.line}:${d.column}: ${d.path ? `${d.path}: ` : ''}${d.message}`);
  return cluster;
}

export async function run(args: string[]): Promise<number> {
  const options = parseOptions(args, ['json']);
  const from = options.values.get('from');
  const to = options.values.get('to');
  const port = options.values.get('port');
  if (!options.file || !from || !to || !port) {
    console.error(USAGE);
    return 2;
  }
  const cluster = readCluster(options.file);
  if (!cluster) return 2;
  const protocol = options.values.get('protocol');
  const verdict = checkPolicy(cluster, {
    from,
    to,
    port: Number(port),
    protocol: protocol === undefined ? undefined : (protocol.toUpperCase() as Protocol),
  });
  if (options.flags.has('json')) console.log(JSON.stringify(verdict, null, 2));
  else console.log(verdict.explanation);
  if (verdict.decision && verdict.decision.problems.length > 0) return 2;
  return verdict.allowed ? 0 : 1;
}
