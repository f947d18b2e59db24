// Reading a decoded manifest as Go reads a struct: a missing or null field is the zero value.
export type Obj = Record<string, unknown>;

export function obj(v: unknown): Obj {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {};
}

export function arr(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

export function str(v: unknown): string {
  return typeof v === 'string' ? v : '';
}

export function num(v: unknown): number {
  return typeof v === 'number' ? v : 0;
}

/** A string map (labels, selectors), or undefined when the field is absent. */
export function stringMap(v: unknown): Record<string, string> | undefined {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return undefined;
  return v as Record<string, string>;
}

/** Whether a pointer field is set (present and not null). */
export function isSet(v: unknown): boolean {
  return v !== undefined && v !== null;
}
