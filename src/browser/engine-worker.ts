// The engine worker: holds the engine off the main thread, so validation and routing never delay a
// keystroke or a scroll. It says `ready` once loaded; each request is answered with its id.
import { tasks, type TaskName } from './engine-tasks';

export interface TaskRequest {
  id: number;
  task: TaskName;
  input: unknown;
}

export type TaskReply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: string };

const scope = self as unknown as {
  postMessage(message: TaskReply | 'ready'): void;
  onmessage: ((event: MessageEvent<TaskRequest>) => void) | null;
};

scope.onmessage = ({ data }) => {
  try {
    const run = tasks[data.task] as (input: unknown) => unknown;
    scope.postMessage({ id: data.id, ok: true, value: run(data.input) });
  } catch (error) {
    scope.postMessage({ id: data.id, ok: false, error: String(error) });
  }
};
scope.postMessage('ready');
