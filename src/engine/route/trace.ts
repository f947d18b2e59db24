// The trace a route builds: structured steps (which object decided what), rendered in Korean.
import type { TraceStep, TraceStepKind } from '../types';

export class Trace {
  readonly steps: TraceStep[] = [];
  /** Objects the request met, so the loader's assumptions about them can be shown. */
  readonly touched = new Set<string>();
  /** Service port indexes the request used, per `Service NS/NAME`. */
  readonly servicePorts = new Map<string, number>();

  step(object: string, kind: TraceStepKind, message: string): void {
    this.steps.push({ object, kind, message });
    this.touched.add(object);
  }

  touch(object: string): void {
    this.touched.add(object);
  }
}
