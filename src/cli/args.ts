// The command line of every CLI command, read by Node's own parser (node:util parseArgs): bare words (files, a
// URL) and declared options, `--name value` or `--name=value`; a value option may repeat (`-H` for each header),
// a flag takes no value. An option the command does not declare, or a value option without its value, is an
// error the command prints with its usage.
import { parseArgs as parseNodeArgs, type ParseArgsOptionsConfig } from 'node:util';

export interface OptionSpec {
  /** Options that take no value (`--json`). */
  flags?: string[];
  /** Options that take a value; each may be given more than once. */
  values?: string[];
  /** Single-letter spellings and the option each stands for (`{ H: 'header' }` for `-H`). */
  short?: Record<string, string>;
}

export interface Options {
  /** The words that are not options, in order. */
  bare: string[];
  /** Whether a flag was given. */
  has(flag: string): boolean;
  /** An option's value; the last one when it was given more than once. */
  value(name: string): string | undefined;
  /** Every value an option was given, in order. */
  all(name: string): string[];
}

/** The parsed command line, or the parser's message when the words do not fit the spec. */
export function parseArgs(args: string[], spec: OptionSpec): Options | string {
  const letters = new Map(Object.entries(spec.short ?? {}).map(([letter, name]) => [name, letter]));
  const config: ParseArgsOptionsConfig = {};
  for (const name of spec.flags ?? []) config[name] = { type: 'boolean' };
  for (const name of spec.values ?? []) config[name] = { type: 'string', multiple: true };
  for (const [name, option] of Object.entries(config)) {
    const letter = letters.get(name);
    if (letter !== undefined) option.short = letter;
  }
  let parsed;
  try {
    parsed = parseNodeArgs({ args, options: config, allowPositionals: true, strict: true });
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  const { values, positionals } = parsed;
  const list = (name: string): string[] => {
    const given = Object.hasOwn(values, name) ? values[name] : undefined;
    return Array.isArray(given) ? given.filter((v): v is string => typeof v === 'string') : [];
  };
  return {
    bare: positionals,
    has: (flag) => Object.hasOwn(values, flag) && values[flag] === true,
    value: (name) => list(name).at(-1),
    all: list,
  };
}
