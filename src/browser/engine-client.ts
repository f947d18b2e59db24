// The widgets' one way to the engine. On the served site the engine lives in a worker (engine-worker.ts):
// a request that runs past its time budget has the worker ended and a fresh one started, so a huge shared or
// pasted input can never freeze the tab. On file:// the offline folder's classic script cannot start a
// worker — Chromium refuses a worker script from a file:// URL (origin null) and a blob: worker would need
// the engine's source twice in the bundle — so there the tasks run on the main thread, without a budget.
import type { TaskReply, TaskRequest } from './engine-worker';
import type { TaskName, Tasks } from './engine-tasks';

/** Why a request failed: the engine never loaded, the input was too large to finish in time, or it threw. */
export type EngineFailure = 'load' | 'budget' | 'engine';

export class EngineError extends Error {
  constructor(readonly kind: EngineFailure) {
    super(kind);
  }
}

/** Longest wait for the engine to arrive before a widget offers a retry. */
const LOAD_MS = 10_000;
/** A request that takes longer is "too large to simulate here". */
export const BUDGET_MS = 3_000;

interface Pending {
  request: TaskRequest;
  resolve(value: unknown): void;
  reject(error: EngineError): void;
  timer?: number;
}

let worker: Worker | undefined;
let ready = false;
let loadTimer: number | undefined;
let nextId = 1;
const pending = new Map<number, Pending>();

function onFile(): boolean {
  return location.protocol === 'file:';
}

function stop(): void {
  worker?.terminate();
  worker = undefined;
  ready = false;
  window.clearTimeout(loadTimer);
}

function failAll(kind: EngineFailure): void {
  stop();
  for (const p of pending.values()) {
    window.clearTimeout(p.timer);
    p.reject(new EngineError(kind));
  }
  pending.clear();
}

function send(to: Worker, p: Pending): void {
  window.clearTimeout(p.timer);
  to.postMessage(p.request);
  p.timer = window.setTimeout(() => overBudget(p.request.id), BUDGET_MS);
}

/** Ends the stuck worker; the other requests start again in a fresh one. */
function overBudget(id: number): void {
  const late = pending.get(id);
  if (!late) return;
  pending.delete(id);
  late.reject(new EngineError('budget'));
  stop();
  if (pending.size > 0) start();
}

function start(): Worker {
  if (worker) return worker;
  const started = new Worker(new URL('./engine-worker.ts', import.meta.url), { type: 'module' });
  worker = started;
  started.addEventListener('message', ({ data }: MessageEvent<TaskReply | 'ready'>) => {
    if (data === 'ready') {
      ready = true;
      window.clearTimeout(loadTimer);
      for (const p of pending.values()) send(started, p);
      return;
    }
    const p = pending.get(data.id);
    if (!p) return;
    pending.delete(data.id);
    window.clearTimeout(p.timer);
    if (data.ok) p.resolve(data.value);
    else p.reject(new EngineError('engine'));
  });
  // A worker script that fails to load (offline without the precache, a blocked request) fires `error`.
  worker.addEventListener('error', () => failAll('load'));
  loadTimer = window.setTimeout(() => failAll('load'), LOAD_MS);
  return worker;
}

/** Starts fetching the engine before it is needed (a widget scrolled into view, or the page went idle). */
export function prefetchEngine(): void {
  if (onFile()) return;
  start();
}

let local: Promise<Tasks> | undefined;

async function runHere<K extends TaskName>(task: K, input: Parameters<Tasks[K]>[0]): Promise<ReturnType<Tasks[K]>> {
  local ??= import('./engine-tasks').then((m) => m.tasks);
  let tasks: Tasks;
  try {
    tasks = await local;
  } catch {
    local = undefined;
    throw new EngineError('load');
  }
  try {
    return (tasks[task] as (i: typeof input) => ReturnType<Tasks[K]>)(input);
  } catch {
    throw new EngineError('engine');
  }
}

export function runTask<K extends TaskName>(task: K, input: Parameters<Tasks[K]>[0]): Promise<ReturnType<Tasks[K]>> {
  if (onFile()) return runHere(task, input);
  return new Promise((resolve, reject) => {
    const p: Pending = {
      request: { id: nextId++, task, input },
      resolve: resolve as (value: unknown) => void,
      reject,
    };
    pending.set(p.request.id, p);
    const to = start();
    if (ready) send(to, p);
  });
}

export type Views = typeof import('./views');
let views: Promise<Views> | undefined;

/** The render functions, fetched once; a failed fetch is tried again on the next call. */
export function loadViews(): Promise<Views> {
  views ??= import('./views').catch(() => {
    views = undefined;
    throw new EngineError('load');
  });
  return views;
}
