// A lab's saved progress (components/lab/progress.ts): what does not have the stored shape is dropped.
import { afterEach, describe, expect, it } from 'vitest';
import { loadProgress } from '../../../components/lab/progress';

function storeRaw(raw: string): void {
  const items = new Map([['k8s-notes.lab.services', raw]]);
  (globalThis as { localStorage?: Pick<Storage, 'getItem'> }).localStorage = {
    getItem: (key) => items.get(key) ?? null,
  };
}

afterEach(() => {
  delete (globalThis as { localStorage?: unknown }).localStorage;
});

describe('loadProgress', () => {
  it('keeps files and answers that are strings and drops the rest', () => {
    storeRaw(
      JSON.stringify({
        solved: ['a'],
        files: { 'svc.yaml': 'kind: Service', 'bad.yaml': { text: 1 }, 'n.yaml': 3 },
        answers: { q1: '30008', q2: ['x'] },
      }),
    );
    expect(loadProgress('services')).toEqual({
      solved: ['a'],
      files: { 'svc.yaml': 'kind: Service' },
      answers: { q1: '30008' },
    });
  });

  it('reads files that are not a record as none', () => {
    storeRaw(JSON.stringify({ solved: [], files: 'x', answers: [1] }));
    expect(loadProgress('services')).toEqual({ solved: [], files: {}, answers: {} });
  });

  it('survives storage that throws', () => {
    (globalThis as { localStorage?: unknown }).localStorage = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    };
    expect(loadProgress('services')).toBeUndefined();
  });
});
