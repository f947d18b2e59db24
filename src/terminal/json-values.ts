// Narrowing the untyped values of a stored document. Its own module because nearly every printer reads documents
// this way, and views.ts (which lists objects) sits above gateway.ts, which needs them too.
import type { Labels } from '../engine';
import type { Json } from './store';

export function record(value: unknown): Json | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : undefined;
}

/** The string entries of a map (fromEntries keeps a `__proto__` key as a key, not as the prototype). */
export function stringMap(value: unknown): Labels {
  return Object.fromEntries(Object.entries(record(value) ?? {}).filter(([, v]) => typeof v === 'string')) as Labels;
}
