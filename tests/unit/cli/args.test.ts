// The CLI's option parsing is Node's (node:util parseArgs): these pin the behaviours the commands rely on,
// as Node's documentation states them (docs/api/util.md, util.parseArgs: strict mode throws on unknown options
// and on a string option without a value; `--name=value` and `--name value` are both accepted).
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../../src/cli/args';

const spec = { flags: ['json'], values: ['from', 'header'], short: { H: 'header' } };

describe('cli parseArgs', () => {
  it('reads bare words, flags, `--name value`, `--name=value` and a repeated short option in order', () => {
    const options = parseArgs(
      ['a.yaml', '--from=ip:1.2.3.4', '-H', 'Host: x', 'http://x/', '--header', 'B: y', '--json'],
      spec,
    );
    if (typeof options === 'string') throw new Error(options);
    expect(options.bare).toEqual(['a.yaml', 'http://x/']);
    expect(options.value('from')).toBe('ip:1.2.3.4');
    expect(options.all('header')).toEqual(['Host: x', 'B: y']);
    expect(options.has('json')).toBe(true);
  });

  it('keeps the last value of an option given twice, and nothing for an option not given', () => {
    const options = parseArgs(['--from', 'pod:a/b', '--from', 'pod:c/d'], spec);
    if (typeof options === 'string') throw new Error(options);
    expect(options.value('from')).toBe('pod:c/d');
    expect(options.all('header')).toEqual([]);
    expect(options.has('json')).toBe(false);
  });

  it.each([
    ['an unknown option', ['--nope']],
    ['a value option at the end without its value', ['a.yaml', '--from']],
    ['a value given to a flag', ['--json=yes']],
  ])('answers %s with a message, not an exception', (_, args) => {
    expect(typeof parseArgs(args, spec)).toBe('string');
  });

  it('takes words after `--` as bare words', () => {
    const options = parseArgs(['--', '--from'], spec);
    if (typeof options === 'string') throw new Error(options);
    expect(options.bare).toEqual(['--from']);
  });

  it('does not treat prototype keys as given options', () => {
    const options = parseArgs([], { flags: ['constructor'], values: ['toString'] });
    if (typeof options === 'string') throw new Error(options);
    expect(options.has('constructor')).toBe(false);
    expect(options.value('toString')).toBeUndefined();
  });
});
