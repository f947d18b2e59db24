// Reading the plain JSON of a decoded manifest without trusting its types, for validate and the loader.
// A value of the wrong type reads as absent (validate reports it; nothing here throws). The optional
// readers say "absent" with undefined; the Go-style readers give the zero value, as Go decodes a missing
// or null field into a struct.
export type Obj = Record<string, unknown>;

export function record(v: unknown): Obj | undefined {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : undefined;
}

export function text(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

export function integer(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isInteger(v) ? v : undefined;
}

export function bool(v: unknown): boolean | undefined {
  return typeof v === 'boolean' ? v : undefined;
}

/** An int-or-string field (targetPort, NetworkPolicy port). */
export function intOrString(v: unknown): number | string | undefined {
  return integer(v) ?? text(v);
}

export function obj(v: unknown): Obj {
  return record(v) ?? {};
}

export function arr(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

export function str(v: unknown): string {
  return text(v) ?? '';
}

export function num(v: unknown): number {
  return typeof v === 'number' ? v : 0;
}

/** A string map (labels, selectors) as written, or undefined when the field is absent. */
export function stringMap(v: unknown): Record<string, string> | undefined {
  return record(v) as Record<string, string> | undefined;
}

/** The string entries of a map such as labels; entries of another type are left out. */
export function stringEntries(v: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(record(v) ?? {})) if (typeof value === 'string') out[key] = value;
  return out;
}

/** Whether a pointer field is set (present and not null). */
export function isSet(v: unknown): boolean {
  return v !== undefined && v !== null;
}
