// The one label/selector module. Expected values are upstream's:
// - parsing `kubectl get -l`: apimachinery pkg/labels selector_test.go TestSelectorParse / TestSelectorMatches
//   (`x=a,y=b`, `x!=a`, `x in (a,b)`, `x notin (a)`, `x` exists, `!x` does not exist; `x=a||y=b` is an error);
// - matching: metav1.LabelSelector (In needs the key with one of the values, NotIn matches a missing key,
//   an empty selector selects everything);
// - printing: metav1.FormatLabelSelector (requirements sorted by key, values sorted, `<none>` when empty) and
//   labels.FormatLabels.
import { describe, expect, it } from 'vitest';
import { formatLabels, formatLabelSelector, matchesSelector, parseSelector } from '../../../src/engine';
import type { LabelSelector } from '../../../src/engine';

const parsed = (text: string): LabelSelector => {
  const selector = parseSelector(text);
  if (typeof selector === 'string') throw new Error(selector);
  return selector;
};

describe('parseSelector (labels.Parse)', () => {
  it.each([
    ['', {}],
    ['x=a', { matchExpressions: [{ key: 'x', operator: 'In', values: ['a'] }] }],
    ['x==a', { matchExpressions: [{ key: 'x', operator: 'In', values: ['a'] }] }],
    ['x!=a', { matchExpressions: [{ key: 'x', operator: 'NotIn', values: ['a'] }] }],
    ['x in (a, b)', { matchExpressions: [{ key: 'x', operator: 'In', values: ['a', 'b'] }] }],
    ['x notin (a)', { matchExpressions: [{ key: 'x', operator: 'NotIn', values: ['a'] }] }],
    ['x', { matchExpressions: [{ key: 'x', operator: 'Exists' }] }],
    ['!x', { matchExpressions: [{ key: 'x', operator: 'DoesNotExist' }] }],
    [
      'app.kubernetes.io/name=web,tier in (a,b)',
      {
        matchExpressions: [
          { key: 'app.kubernetes.io/name', operator: 'In', values: ['web'] },
          { key: 'tier', operator: 'In', values: ['a', 'b'] },
        ],
      },
    ],
  ])('%j', (text, selector) => {
    expect(parseSelector(text)).toEqual(selector);
  });

  it.each(['x=a||y=b', 'x==a==b', '!x=a', 'x=(a)', '=a'])('rejects %j with kubectl’s message', (text) => {
    expect(parseSelector(text)).toMatch(/^error: unable to parse requirement/);
  });
});

describe('matchesSelector (selector_test.go TestSelectorMatches)', () => {
  const labels = { x: 'y', z: 'w' };
  it.each([
    ['', true],
    ['x=y', true],
    ['x=y,z=w', true],
    ['x!=z', true],
    ['x in (y,z)', true],
    ['notpresent notin (y)', true],
    ['!notpresent', true],
    ['x', true],
    ['x=z', false],
    ['x=y,z=y', false],
    ['x!=y', false],
    ['x notin (y)', false],
    ['notpresent', false],
    ['!x', false],
  ])('{x: y, z: w} against %j: %s', (text, matches) => {
    expect(matchesSelector(labels, parsed(text))).toBe(matches);
  });

  it('treats prototype keys as label keys like any other', () => {
    expect(matchesSelector({}, parsed('constructor'))).toBe(false);
    expect(matchesSelector({}, { matchLabels: { toString: 'x' } })).toBe(false);
  });
});

describe('printing (metav1.FormatLabelSelector, labels.FormatLabels)', () => {
  it.each([
    [undefined, '<none>'],
    [{}, '<none>'],
    [{ matchLabels: { tier: 'db', app: 'web' } }, 'app=web,tier=db'],
    [
      {
        matchLabels: { tier: 'db' },
        matchExpressions: [
          { key: 'env', operator: 'In' as const, values: ['prod', 'dev'] },
          { key: 'zone', operator: 'DoesNotExist' as const },
          { key: 'canary', operator: 'Exists' as const },
        ],
      },
      'canary,env in (dev,prod),tier=db,!zone',
    ],
  ])('%j → %s', (selector, text) => {
    expect(formatLabelSelector(selector)).toBe(text);
  });

  it('prints labels in key order', () => {
    expect(formatLabels({ b: '2', a: '1' })).toBe('a=1,b=2');
    expect(formatLabels({})).toBe('<none>');
  });
});
