// The policy matrix as data: which pod may open a connection to which, each cell with its explanation.
// Built from the engine's reachability and checkPolicy, rendered by PolicyMatrix.astro and the live element.
import type { Cluster, PolicyVerdict, Protocol, Reachability } from '../engine';

export interface MatrixCell {
  allowed: boolean;
  explanation: string;
}

export interface MatrixView {
  /** `NS/NAME`, as the engine names them. */
  pods: string[];
  /** How a pod is shown: the bare name in `default`, `NS/NAME` elsewhere. */
  labels: string[];
  cells: MatrixCell[][];
}

export interface MatrixEngine {
  reachability(cluster: Cluster, request: { port: number; protocol?: Protocol }): Reachability;
  checkPolicy(
    cluster: Cluster,
    request: { from: string; to: string; port: number; protocol?: Protocol },
  ): PolicyVerdict;
}

export function matrixOf(engine: MatrixEngine, cluster: Cluster, port: number, protocol: Protocol): MatrixView {
  const { pods, allowed } = engine.reachability(cluster, { port, protocol });
  const cells = pods.map((from, i) =>
    pods.map((to, j) => ({
      allowed: allowed[i]?.[j] ?? false,
      explanation: engine.checkPolicy(cluster, { from: `pod:${from}`, to: `pod:${to}`, port, protocol }).explanation,
    })),
  );
  return { pods, labels: pods.map((p) => p.replace(/^default\//, '')), cells };
}
