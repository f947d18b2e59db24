// The keystroke bench's reading of a Chromium trace: a keydown's window runs from the start of the task that
// dispatched it to the end of the next Commit, and only task time inside the window counts, as wall time (`dur`)
// and as the thread's CPU time (`tdur`).
import { describe, expect, it } from 'vitest';
import { workPerKeydown } from '../../../scripts/bench/lib/main-thread-work';

const main = { pid: 1, tid: 7 };
const task = (ts: number, dur: number, tdur = dur) => ({ name: 'RunTask', ph: 'X', ts, dur, tdur, ...main });
const keydown = (ts: number, dur: number) => ({
  name: 'EventDispatch',
  ph: 'X',
  ts,
  dur,
  ...main,
  args: { data: { type: 'keydown' } },
});
const commit = (ts: number, dur: number) => ({ name: 'Commit', ph: 'X', ts, dur, ...main });

describe('workPerKeydown', () => {
  it('sums the task time from the keydown task to the end of the next commit, in ms', () => {
    const events = [
      task(1_000, 6_000), // the keydown's task: 6 ms
      keydown(1_500, 4_000),
      task(9_000, 2_000), // a task before the frame: 2 ms
      task(14_000, 3_000), // the frame's task, ending with the commit: 3 ms
      commit(16_000, 1_000),
      task(20_000, 5_000), // after the frame: not counted
    ];
    expect(workPerKeydown(events)).toEqual([{ wall: 11, cpu: 11 }]);
  });

  it('counts as CPU time only what the thread ran, not its wait for a core', () => {
    const events = [
      task(1_000, 6_000, 4_000), // 2 ms of it the thread waited for a core
      keydown(1_500, 4_000),
      task(14_000, 3_000, 3_000),
      commit(16_000, 1_000),
    ];
    expect(workPerKeydown(events)).toEqual([{ wall: 9, cpu: 7 }]);
  });

  it('ignores other threads and clips a task that straddles the window', () => {
    const events = [
      task(1_000, 2_000),
      keydown(1_200, 500),
      { ...task(1_000, 50_000), tid: 8 }, // a worker thread
      task(4_000, 10_000, 5_000), // ends after the commit at 5 ms + 1 ms: 2 of its 10 ms count, so 1 of its 5 CPU ms
      commit(5_000, 1_000),
    ];
    expect(workPerKeydown(events)).toEqual([{ wall: 4, cpu: 3 }]);
  });

  it('gives no figure for a keydown without a frame after it', () => {
    expect(workPerKeydown([task(0, 3_000), keydown(100, 1_000)])).toEqual([]);
  });
});
