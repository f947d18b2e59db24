// The command line of every CLI command: bare words (files, a URL) and options, `--name value` or
// `--name=value`; an option may repeat (`-H` for each header) and a flag takes no value.

export interface Options {
  /** The words that are not options, in order. */
  bare: string[];
  /** Whether a flag (an option without value) was given. */
  has(flag: string): boolean;
  /** An option's value; the last one when it was given more than once. */
  value(name: string): string | undefined;
  /** Every value an option was given, in order. */
  all(name: string): string[];
}

/** `flags`: the options that take no value; `short`: single-dash spellings and the option each stands for. */
export function parseArgs(args: string[], flags: string[], short: Record<string, string> = {}): Options {
  const bare: string[] = [];
  const given = new Set<string>();
  const values = new Map<string, string[]>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const named = short[arg] ?? (arg.startsWith('--') ? arg.slice(2) : undefined);
    if (named === undefined) {
      bare.push(arg);
      continue;
    }
    const [name, inline] = named.split(/=(.*)/s, 2) as [string, string | undefined];
    if (flags.includes(name)) given.add(name);
    else values.set(name, [...(values.get(name) ?? []), inline ?? args[++i] ?? '']);
  }
  return {
    bare,
    has: (flag) => given.has(flag),
    value: (name) => values.get(name)?.at(-1),
    all: (name) => values.get(name) ?? [],
  };
}
