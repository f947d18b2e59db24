// A scenario file as the route, ingress, policy and matrix commands read it.
import { readFileSync } from 'node:fs';
import { loadCluster } from '../engine';
import type { Cluster } from '../engine';

/** The scenario's cluster, with its validation errors reported on stderr (the command still runs). */
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
