// A pod's READY, STATUS and RESTARTS as kubectl computes them from `status`
// (kubernetes pkg/printers/internalversion/printers.go printPod), and what -o wide shows for IP and NODE.
// A pod whose document has no status (the usual lab manifest, a Deployment's pods) is what the engine
// made of it: scheduled, running, ready unless the engine says otherwise.
import type { PodModel } from '../engine';
import { humanDuration } from './age';
import type { Json } from './store';
import { record } from './json-values';

export interface PodRow {
  ready: string;
  status: string;
  restarts: string;
  ip: string;
  node: string;
}

const list = (value: unknown): Json[] => (Array.isArray(value) ? value.map((v) => record(v) ?? {}) : []);
const text = (value: unknown): string => (typeof value === 'string' ? value : '');

export function podRow(pod: PodModel, document: Json | undefined, containerCount: number, now: number): PodRow {
  const status = record(document?.status);
  const total = Math.max(1, containerCount);
  if (!status || (status.phase === undefined && status.containerStatuses === undefined)) {
    return {
      ready: `${pod.ready ? total : 0}/${total}`,
      status: pod.terminating ? 'Terminating' : 'Running',
      restarts: '0',
      ip: pod.ip || '<none>',
      node: pod.nodeName || '<none>',
    };
  }
  const spec = record(document?.spec) ?? {};
  const row = printPod(status, spec, total, pod.terminating, now);
  const unscheduled = text(spec.nodeName) === '' && text(status.phase) === 'Pending';
  return { ...row, ip: text(status.podIP) || '<none>', node: unscheduled ? '<none>' : pod.nodeName || '<none>' };
}

/** printPod, for regular containers (init containers shown as Init:N/M while they run). */
function printPod(
  status: Json,
  spec: Json,
  total: number,
  terminating: boolean,
  now: number,
): Omit<PodRow, 'ip' | 'node'> {
  let restarts = 0;
  let readyContainers = 0;
  let lastRestart = 0;
  let reason = text(status.reason) || text(status.phase);
  const initContainers = list(spec.initContainers);
  let initializing = false;
  list(status.initContainerStatuses).forEach((container, i) => {
    if (initializing) return;
    restarts += Number(container.restartCount ?? 0);
    const state = record(container.state) ?? {};
    const terminated = record(state.terminated);
    const waiting = record(state.waiting);
    if (terminated && Number(terminated.exitCode ?? 0) === 0) return;
    if (terminated)
      reason = text(terminated.reason)
        ? `Init:${text(terminated.reason)}`
        : `Init:ExitCode:${Number(terminated.exitCode)}`;
    else if (waiting && text(waiting.reason) && waiting.reason !== 'PodInitializing')
      reason = `Init:${text(waiting.reason)}`;
    else reason = `Init:${i}/${initContainers.length}`;
    initializing = true;
  });
  const initialized = list(status.conditions).some((c) => c.type === 'Initialized' && c.status === 'True');
  if (!initializing || initialized) {
    restarts = 0;
    let hasRunning = false;
    const containers = list(status.containerStatuses);
    for (const container of [...containers].reverse()) {
      restarts += Number(container.restartCount ?? 0);
      const last = record(record(container.lastState)?.terminated);
      if (last && typeof last.finishedAt === 'string')
        lastRestart = Math.max(lastRestart, Date.parse(last.finishedAt) || 0);
      const state = record(container.state) ?? {};
      const waiting = record(state.waiting);
      const terminated = record(state.terminated);
      if (waiting && text(waiting.reason)) reason = text(waiting.reason);
      else if (terminated && text(terminated.reason)) reason = text(terminated.reason);
      else if (terminated) reason = `ExitCode:${Number(terminated.exitCode ?? 0)}`;
      else if (container.ready === true && state.running) {
        hasRunning = true;
        readyContainers++;
      }
    }
    if (reason === 'Completed' && hasRunning) {
      const ready = list(status.conditions).some((c) => c.type === 'Ready' && c.status === 'True');
      reason = ready ? 'Running' : 'NotReady';
    }
  }
  if (terminating && status.phase !== 'Succeeded' && status.phase !== 'Failed') reason = 'Terminating';
  return {
    ready: `${readyContainers}/${total}`,
    status: reason,
    restarts:
      restarts !== 0 && lastRestart > 0 ? `${restarts} (${humanDuration(now - lastRestart)} ago)` : String(restarts),
  };
}
