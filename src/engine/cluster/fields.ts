// Reading the plain JSON value of a manifest without trusting its types: a wrong type reads as absent
// (validate reports it; the loader must never throw).
export type Json = Record<string, unknown>;

export function record(value: unknown): Json | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : undefined;
}

export function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

export function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

export function integer(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) ? value : undefined;
}

export function bool(value: unknown): boolean | undefined {
  return typeof value === 'boolean' ? value : undefined;
}

/** A string-to-string map such as labels; entries of another type are left out. */
export function stringMap(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  const map = record(value);
  if (!map) return out;
  for (const [key, v] of Object.entries(map)) if (typeof v === 'string') out[key] = v;
  return out;
}

/** An int-or-string field (targetPort, NetworkPolicy port). */
export function intOrString(value: unknown): number | string | undefined {
  return integer(value) ?? text(value);
}
