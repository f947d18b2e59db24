// The keystroke bench's reading of a Chromium trace: a keydown's window runs from the start of the task that
// dispatched it to the end of the next Commit, and only task time inside the window counts.
import { describe, expect, it } from 'vitest';
import { workPerKeydown } from '../../../scripts/bench/lib/main-thread-work';

const main = { pid: 1, tid: 7 };
const task = (ts: number, dur: number) => ({ name: 'RunTask', ph: 'X', ts, dur, ...main });
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
    expect(workPerKeydown(events)).toEqual([11]);
  });

  it('ignores other threads and clips a task that straddles the window', () => {
    const events = [
      task(1_000, 2_000),
      keydown(1_200, 500),
      { ...task(1_000, 50_000), tid: 8 }, // a worker thread
      task(4_000, 10_000), // ends after the commit at 5 ms + 1 ms: only 2 ms count
      commit(5_000, 1_000),
    ];
    expect(workPerKeydown(events)).toEqual([4]);
  });

  it('gives no figure for a keydown without a frame after it', () => {
    expect(workPerKeydown([task(0, 3_000), keydown(100, 1_000)])).toEqual([]);
  });
});
