// What the loader filled in and what it left out, in the order it happened.
import type { Assumption, SkippedObject } from '../model';

export class Recorder {
  readonly assumptions: Assumption[] = [];
  readonly skipped: SkippedObject[] = [];

  assume(object: string, field: string, value: string | number | boolean, message: string): void {
    this.assumptions.push({ object, field, value: String(value), message });
  }

  skip(doc: number, reason: string, kind?: string, name?: string): void {
    this.skipped.push({ doc, reason, ...(kind ? { kind } : {}), ...(name ? { name } : {}) });
  }
}
