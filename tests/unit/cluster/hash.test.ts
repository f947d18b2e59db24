// The controllers' naming hashes. fnv32a is Go's hash/fnv New32a: its golden values are Go's own
// (src/hash/fnv/fnv_test.go golden32a). safeEncodeString is apimachinery pkg/util/rand SafeEncodeString: each
// rune to alphanums[rune % 27], alphanums = "bcdfghjklmnpqrstvwxz2456789", one output rune per input rune
// (rand_test.go TestSafeEncodeString).
import { describe, expect, it } from 'vitest';
import { fnv32a, safeEncodeString } from '../../../src/engine/cluster/hash';

describe('fnv32a (Go hash/fnv golden32a)', () => {
  it.each([
    ['', 0x811c9dc5],
    ['a', 0xe40c292c],
    ['ab', 0x4d2505ca],
    ['abc', 0x1a47e90b],
  ])('%j → %i', (text, sum) => {
    expect(fnv32a(text)).toBe(sum);
  });

  it('hashes the UTF-8 bytes, as Go writes a string', () => {
    // "é" is the two bytes C3 A9: FNV-1a over them, step by step (offset basis 0x811c9dc5, prime 0x01000193).
    const step = (hash: number, byte: number) => Math.imul(hash ^ byte, 0x01000193) >>> 0;
    expect(fnv32a('é')).toBe(step(step(0x811c9dc5, 0xc3), 0xa9));
  });
});

describe('safeEncodeString (apimachinery pkg/util/rand)', () => {
  it.each([
    ['', ''],
    // a = 97, 97 % 27 = 16 → v; b → w; c → x.
    ['abc', 'vwx'],
    // The decimal digits ('0' = 48, 48 % 27 = 21 → 4 … '9' = 57 → f): a pod-template-hash uses only these ten.
    ['0123456789', '456789bcdf'],
  ])('%j → %j', (text, encoded) => {
    expect(safeEncodeString(text)).toBe(encoded);
  });

  it('gives one character of the alphabet per rune of the input', () => {
    for (const text of ['kube-system-controller-manager', 'é', '日本語']) {
      const out = safeEncodeString(text);
      expect([...out]).toHaveLength([...text].length);
      expect(out).toMatch(/^[bcdfghjklmnpqrstvwxz2456789]*$/);
    }
  });
});
