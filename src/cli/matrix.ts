// `npm run cli -- matrix SCENARIO.yaml --port 80 [--protocol UDP] [--json]`
// Prints the pods × pods reachability table: rows are sources, columns destinations.
import { reachability } from '../engine';
import type { Protocol, Reachability } from '../engine';
import { parseArgs } from './args';
import { readCluster } from './scenario';

const USAGE = 'usage: cli matrix SCENARIO.yaml --port N [--protocol TCP|UDP|SCTP] [--json]';

export async function run(args: string[]): Promise<number> {
  const options = parseArgs(args, { flags: ['json'], values: ['port', 'protocol'] });
  if (typeof options === 'string') {
    console.error(`${options}\n${USAGE}`);
    return 2;
  }
  const file = options.bare[0];
  const port = options.value('port');
  if (!file || !port) {
    console.error(USAGE);
    return 2;
  }
  const cluster = readCluster(file);
  if (!cluster) return 2;
  const protocol = options.value('protocol')?.toUpperCase() ?? 'TCP';
  if (!/^\d+$/.test(port) || Number(port) < 1 || Number(port) > 65535 || !['TCP', 'UDP', 'SCTP'].includes(protocol)) {
    console.error(`port must be 1-65535 and protocol TCP, UDP or SCTP\n${USAGE}`);
    return 2;
  }
  const matrix = reachability(cluster, { port: Number(port), protocol: protocol as Protocol });
  if (options.has('json')) console.log(JSON.stringify(matrix, null, 2));
  else console.log(renderTable(matrix, `${protocol} ${port}`));
  return 0;
}

/** Columns are numbered so long pod names stay on the left; `O` allowed, `.` denied. */
export function renderTable(matrix: Reachability, title: string): string {
  const { pods, allowed } = matrix;
  if (pods.length === 0) return `${title}: pod가 없습니다.`;
  const numberWidth = String(pods.length).length;
  const nameWidth = Math.max(...pods.map((p) => p.length));
  const cell = (text: string) => text.padStart(numberWidth + 1);
  const label = (i: number, name: string) => `${String(i + 1).padStart(numberWidth)} ${name.padEnd(nameWidth)}`;
  const header = `${' '.repeat(numberWidth + 1 + nameWidth)} ${pods.map((_, j) => cell(String(j + 1))).join('')}`;
  const rows = pods.map(
    (name, i) => `${label(i, name)} ${(allowed[i] ?? []).map((ok) => cell(ok ? 'O' : '.')).join('')}`,
  );
  return [`${title} — 행: 출발 pod, 열: 도착 pod (O 허용, . 거부)`, header, ...rows].join('\n');
}
