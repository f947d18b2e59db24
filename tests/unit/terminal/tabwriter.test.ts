import { describe, expect, it } from 'vitest';
import { DESCRIBE, TABLE, tabwrite } from '../../../src/terminal/tabwriter';
import { humanDuration } from '../../../src/terminal/age';

describe('tabwriter (Go text/tabwriter as kubectl configures it)', () => {
  it('pads table columns to the widest cell plus three, at least six, and never pads the last cell', () => {
    expect(tabwrite('NAME\tAGE\nkubernetes\t10m', TABLE)).toBe('NAME         AGE\nkubernetes   10m');
    expect(tabwrite('A\tB\nx\ty', TABLE)).toBe('A     B\nx     y');
  });

  it('aligns a describe column only over consecutive lines that have it', () => {
    const text = ['Name:\tweb', 'Selector:\tapp=web', 'Rules:', '  Host\tPath', 'Events:\t<none>'].join('\n');
    expect(tabwrite(text, DESCRIBE).split('\n')).toEqual([
      'Name:      web',
      'Selector:  app=web',
      'Rules:',
      '  Host   Path',
      'Events:  <none>',
    ]);
  });
});

describe('AGE (duration.HumanDuration)', () => {
  it.each([
    [0, '0s'],
    [59_000, '59s'],
    [119_000, '119s'],
    [150_000, '2m30s'],
    [600_000, '10m'],
    [3 * 3600_000 + 5 * 60_000, '3h5m'],
    [30 * 3600_000, '30h'],
    [50 * 3600_000, '2d2h'],
    [-5_000, '<invalid>'],
  ])('%i ms → %s', (ms, text) => expect(humanDuration(ms)).toBe(text));
});
