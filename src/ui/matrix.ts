// The policy matrix as data: which pod may open a connection to which, each cell with its explanation.
// Built from the engine's reachability and checkPolicy; matrix-tree.ts turns it into the table, at build time
// and in the page alike. Above GROUP_ABOVE pods the rows and columns are groups of pods that NetworkPolicy
// cannot tell apart (same namespace, same labels: every selector sees only those), each with its count,
// so a large cluster is never thousands of cells.
import type { Cluster, PodModel, PolicyVerdict, Protocol, Reachability } from '../engine';

export const GROUP_ABOVE = 60;

export interface MatrixCell {
  allowed: boolean;
  explanation: string;
  /** A cell between groups: how many of its pod pairs are allowed. */
  pairs?: { allowed: number; total: number };
}

export interface MatrixView {
  /** `NS/NAME`, as the engine names them. */
  pods: string[];
  /** A row's (and column's) heading: the bare name in `default`, `NS/NAME` elsewhere; or a group's label. */
  labels: string[];
  cells: MatrixCell[][];
  /** When grouped: the pods of each row (and column), as `NS/NAME`. */
  groups?: string[][];
}

export interface MatrixEngine {
  reachability(cluster: Cluster, request: { port: number; protocol?: Protocol }): Reachability;
  checkPolicy(
    cluster: Cluster,
    request: { from: string; to: string; port: number; protocol?: Protocol },
  ): PolicyVerdict;
}

const shown = (pod: string) => pod.replace(/^default\//, '');

export function matrixOf(engine: MatrixEngine, cluster: Cluster, port: number, protocol: Protocol): MatrixView {
  const { pods, allowed } = engine.reachability(cluster, { port, protocol });
  const explain = (from: string, to: string) =>
    engine.checkPolicy(cluster, { from: `pod:${from}`, to: `pod:${to}`, port, protocol }).explanation;
  if (pods.length > GROUP_ABOVE) return grouped(cluster, pods, allowed, explain);
  const cells = pods.map((from, i) =>
    pods.map((to, j) => ({ allowed: allowed[i]?.[j] ?? false, explanation: explain(from, to) })),
  );
  return { pods, labels: pods.map(shown), cells };
}

/** `NS/NAME` → the group key: namespace and sorted labels. */
function groupKey(pod: PodModel | undefined, name: string): string {
  if (!pod) return name;
  const labels = Object.entries(pod.labels)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`)
    .join(',');
  return pod.namespace === 'default' ? `{${labels}}` : `${pod.namespace}/{${labels}}`;
}

function groupBy(pods: string[], keyOf: (pod: string) => string): Map<string, Group> {
  const members = new Map<string, Group>();
  pods.forEach((pod, i) => {
    const key = keyOf(pod);
    const list = members.get(key);
    if (list) list.push(i);
    else members.set(key, [i]);
  });
  return members;
}

/** A group's pods, by index into the matrix's pods: a group exists because a pod is in it. */
type Group = [number, ...number[]];

function pairWith(rows: Group, cols: Group, wanted: (i: number, j: number) => boolean): [number, number] {
  for (const i of rows) for (const j of cols) if (wanted(i, j)) return [i, j];
  return [rows[0], cols[0]];
}

function grouped(
  cluster: Cluster,
  pods: string[],
  allowed: boolean[][],
  explain: (from: string, to: string) => string,
): MatrixView {
  const byName = new Map(cluster.pods.map((p) => [`${p.namespace}/${p.name}`, p]));
  let members = groupBy(pods, (pod) => groupKey(byName.get(pod), pod));
  // Pods that all differ in their labels would still be thousands of cells: then by namespace alone.
  if (members.size > GROUP_ABOVE) members = groupBy(pods, (pod) => `${pod.split('/')[0]}/*`);
  const groups = [...members.values()];
  const cells = groups.map((rows) =>
    groups.map((cols) => {
      let yes = 0;
      for (const i of rows) for (const j of cols) if (allowed[i]?.[j]) yes++;
      const total = rows.length * cols.length;
      // One pair's explanation speaks for the cell: a pair with the answer most of its pairs get.
      const majority = yes * 2 >= total;
      const [i, j] = pairWith(rows, cols, (i, j) => (allowed[i]?.[j] ?? false) === majority);
      // i and j index pods (groupBy numbered them from it).
      const [from = '', to = ''] = [pods[i], pods[j]];
      return {
        allowed: yes === total,
        explanation: `${shown(from)} → ${shown(to)}: ${explain(from, to)}`,
        pairs: { allowed: yes, total },
      };
    }),
  );
  return {
    pods,
    labels: [...members].map(([key, group]) => `${key} (${group.length})`),
    cells,
    groups: groups.map((g) => g.flatMap((i) => pods[i] ?? [])),
  };
}
