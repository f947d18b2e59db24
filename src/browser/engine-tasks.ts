// What the widgets ask of the engine, as plain data in and out: the same functions run in the engine worker
// (engine-worker.ts) on the served site and on the main thread on file:// (engine-client.ts says why).
import { loadCluster, route, checkPolicy, reachability, validate } from '../engine';
import type { Diagnostic, Protocol, RouteResult } from '../engine';
import { parseCommand } from '../ui/command';
import { clusterPicture, type Picture } from '../ui/cluster-layout';
import { matrixOf, type MatrixView } from '../ui/matrix';
import { joinWorkspace, type WorkspaceSource } from '../ui/workspace';

export interface WorkspaceInput {
  scenario: string;
  sources: WorkspaceSource[];
}

export interface SimulateInput extends WorkspaceInput {
  command: string;
  from?: string;
  pictureId: string;
}

export interface Simulation {
  result?: RouteResult;
  problem?: string;
  broken: WorkspaceSource[];
  edited: WorkspaceSource[];
  picture: Picture;
}

export interface MatrixInput extends WorkspaceInput {
  port: number;
  protocol: Protocol;
}

export interface MatrixOutput {
  view: MatrixView;
  broken: WorkspaceSource[];
}

export function lint(text: string): Diagnostic[] {
  return validate(text);
}

export function simulate(input: SimulateInput): Simulation {
  const joined = joinWorkspace(input.scenario, input.sources);
  const parsed = parseCommand(input.command, input.from);
  const cluster = loadCluster(joined.text);
  const result = parsed.ok ? route(cluster, parsed.request) : undefined;
  const picture = clusterPicture({
    cluster,
    client: parsed.ok ? parsed.request.from : input.from,
    route: result,
    id: input.pictureId,
  });
  return {
    ...(result ? { result } : {}),
    ...(parsed.ok ? {} : { problem: parsed.problem }),
    broken: joined.broken,
    edited: joined.edited,
    picture,
  };
}

export function matrix(input: MatrixInput): MatrixOutput {
  const joined = joinWorkspace(input.scenario, input.sources);
  const view = matrixOf({ checkPolicy, reachability }, loadCluster(joined.text), input.port, input.protocol);
  return { view, broken: joined.broken };
}

export const tasks = { lint, simulate, matrix };
export type Tasks = typeof tasks;
export type TaskName = keyof Tasks;
