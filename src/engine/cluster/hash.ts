// The hashes the controllers use to name things, so generated names look like a real cluster's.

/** FNV-1a, 32 bits (Go's hash/fnv New32a), over the UTF-8 bytes of the text. */
export function fnv32a(text: string): number {
  let hash = 0x811c9dc5;
  const bytes = new TextEncoder().encode(text);
  for (const byte of bytes) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

// apimachinery pkg/util/rand: vowels are left out "to reduce the chances of bad words being formed".
const ALPHANUMS = 'bcdfghjklmnpqrstvwxz2456789';

/** rand.SafeEncodeString: each character mapped into the alphabet by its code modulo 27. */
export function safeEncodeString(text: string): string {
  let out = '';
  // for-of yields whole code points, so each has one at index 0.
  for (const char of text) out += ALPHANUMS[(char.codePointAt(0) ?? 0) % ALPHANUMS.length];
  return out;
}

/**
 * A stand-in for rand.String(n) (what generateName appends): drawn from the same alphabet,
 * but from a hash of `seed` so the same text always gives the same names.
 */
export function stableSuffix(seed: string, length = 5): string {
  let value = fnv32a(seed);
  let out = '';
  for (let i = 0; i < length; i++) {
    out += ALPHANUMS[value % ALPHANUMS.length];
    value = Math.floor(value / ALPHANUMS.length) ^ fnv32a(`${seed}#${i}`);
    value >>>= 0;
  }
  return out;
}

/**
 * JSON with object keys sorted, so equal objects hash equally whatever the key order in the text.
 * A value that contains itself (a YAML alias to its own anchor) is cut at the repeat instead of recursing.
 */
export function canonicalJson(value: unknown, open: Set<unknown> = new Set()): string {
  if (value === null || typeof value !== 'object' || value instanceof Date) return JSON.stringify(value) ?? 'null';
  if (open.has(value)) return '"<cycle>"';
  open.add(value);
  const text = Array.isArray(value)
    ? `[${value.map((item) => canonicalJson(item, open)).join(',')}]`
    : `{${Object.keys(value)
        .sort()
        .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key], open)}`)
        .join(',')}}`;
  open.delete(value);
  return text;
}
