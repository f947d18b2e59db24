// `npm run cli -- policy SCENARIO.yaml --from pod:ns/a --to pod:ns/b --port 3306 [--protocol UDP] [--json]`
// Prints whether NetworkPolicies allow the connection and why. Exit code: 0 allowed, 1 denied, 2 bad usage.
import { checkPolicy } from '../engine';
import type { Protocol } from '../engine';
import { parseArgs } from './args';
import { readCluster } from './scenario';

const USAGE =
  'usage: cli policy SCENARIO.yaml --from pod:NS/NAME|ip:ADDR --to pod:NS/NAME|ip:ADDR --port N [--protocol TCP|UDP|SCTP] [--json]';

export async function run(args: string[]): Promise<number> {
  const options = parseArgs(args, { flags: ['json'], values: ['from', 'to', 'port', 'protocol'] });
  if (typeof options === 'string') {
    console.error(`${options}\n${USAGE}`);
    return 2;
  }
  const file = options.bare[0];
  const from = options.value('from');
  const to = options.value('to');
  const port = options.value('port');
  if (!file || !from || !to || !port) {
    console.error(USAGE);
    return 2;
  }
  const cluster = readCluster(file);
  if (!cluster) return 2;
  const protocol = options.value('protocol');
  const verdict = checkPolicy(cluster, {
    from,
    to,
    port: Number(port),
    protocol: protocol === undefined ? undefined : (protocol.toUpperCase() as Protocol),
  });
  if (options.has('json')) console.log(JSON.stringify(verdict, null, 2));
  else console.log(verdict.explanation);
  if (verdict.decision && verdict.decision.problems.length > 0) return 2;
  return verdict.allowed ? 0 : 1;
}
