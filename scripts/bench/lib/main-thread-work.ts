// What a keystroke costs the page's main thread before the browser can show it: from the task that dispatches
// the keydown to the end of the first frame committed after it, the time the main thread spent running tasks.
// Unlike the wall time to the next frame, it leaves out the wait for the display's next refresh (vsync), so it
// says whether the page's own work fits in one frame (16.7 ms).
// Read from a Chromium performance trace (the events DevTools' Performance panel shows). Each task is counted
// twice over: by its wall duration (`dur`), which also grows while the thread waits for a core other processes
// hold, and by its thread-clock duration (`tdur`, the CPU time the thread itself ran; Trace Event Format,
// "Complete events"), which does not. Tasks that straddle the window count in proportion.
import type { Browser, Page } from '@playwright/test';

/** The trace categories that hold task, input-event and frame-commit events. */
const TRACE_CATEGORIES = ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline'];

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: { data?: { type?: string } };
}

/** One keydown's main-thread work, in ms: wall time and the thread's CPU time. */
export interface KeydownWork {
  wall: number;
  cpu: number;
}

/** Runs `keystrokes` while tracing `page` and returns each keydown's main-thread work, in order. */
export async function mainThreadWork(
  browser: Browser,
  page: Page,
  keystrokes: () => Promise<unknown>,
): Promise<KeydownWork[]> {
  await browser.startTracing(page, { categories: TRACE_CATEGORIES });
  await keystrokes();
  const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
  return workPerKeydown(trace.traceEvents);
}

/** Each keydown's window (its task's start to the end of the next Commit) and the task time inside it. */
export function workPerKeydown(events: TraceEvent[]): KeydownWork[] {
  const keydowns = events.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'keydown');
  const main = keydowns[0];
  if (!main) return [];
  const onMain = (e: TraceEvent) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined;
  const tasks = events.filter((e) => onMain(e) && e.name === 'RunTask').sort((a, b) => a.ts - b.ts);
  const commits = events.filter((e) => onMain(e) && e.name === 'Commit').sort((a, b) => a.ts - b.ts);
  const end = (e: TraceEvent) => e.ts + (e.dur ?? 0);
  const work: KeydownWork[] = [];
  for (const keydown of keydowns.sort((a, b) => a.ts - b.ts)) {
    const task = tasks.find((t) => t.ts <= keydown.ts && end(t) >= end(keydown));
    const commit = commits.find((c) => c.ts >= keydown.ts);
    if (!task || !commit) continue;
    const from = task.ts;
    const to = end(commit);
    let wall = 0;
    let cpu = 0;
    for (const t of tasks) {
      const inside = Math.max(0, Math.min(end(t), to) - Math.max(t.ts, from));
      if (inside === 0) continue;
      const share = t.dur ? inside / t.dur : 1;
      wall += inside;
      cpu += (t.tdur ?? t.dur ?? 0) * share;
    }
    work.push({ wall: wall / 1000, cpu: cpu / 1000 });
  }
  return work;
}
