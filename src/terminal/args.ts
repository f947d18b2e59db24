// The command line as a POSIX shell splits it (quotes and backslashes), and kubectl's flags as pflag reads
// them: `--name=value`, `--name value`, `-n value`, `-nvalue`, `-n=value`, and `--` ending the flags.

/** Splits like a POSIX shell does for plain words, 'single' and "double" quotes and backslashes; null on an open quote. */
export function splitWords(line: string): string[] | null {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  let quote: '"' | "'" | undefined;
  for (let i = 0; i < line.length; i++) {
    const char = line.charAt(i);
    if (quote) {
      if (char === quote) quote = undefined;
      else if (char === '\\' && quote === '"' && i + 1 < line.length && '"\\$`'.includes(line.charAt(i + 1)))
        word += line[++i];
      else word += char;
    } else if (char === '"' || char === "'") {
      quote = char;
      inWord = true;
    } else if (char === '\\' && i + 1 < line.length) {
      word += line[++i];
      inWord = true;
    } else if (/\s/.test(char)) {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
    } else {
      word += char;
      inWord = true;
    }
  }
  if (quote) return null;
  if (inWord) words.push(word);
  return words;
}

/** Splits a command line at the pipes a POSIX shell sees: `|` outside quotes and not escaped. The pieces keep their
 * quotes for splitWords; null on an open quote. */
export function splitPipeline(line: string): string[] | null {
  const pieces: string[] = [];
  let piece = '';
  let quote: '"' | "'" | undefined;
  for (let i = 0; i < line.length; i++) {
    const char = line.charAt(i);
    const escapes = char === '\\' && i + 1 < line.length && quote !== "'";
    if (escapes) {
      piece += char + line.charAt(++i);
      continue;
    }
    if (quote) {
      if (char === quote) quote = undefined;
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '|') {
      pieces.push(piece);
      piece = '';
      continue;
    }
    piece += char;
  }
  if (quote) return null;
  pieces.push(piece);
  return pieces;
}

export interface FlagSpec {
  /** Long name → shorthand (or '' for none). */
  values: Record<string, string>;
  booleans: Record<string, string>;
}

export interface ParsedArgs {
  positional: string[];
  flags: Map<string, string[]>;
  /** Whatever followed `--`. */
  rest: string[];
}

export function parseFlags(tokens: string[], spec: FlagSpec): ParsedArgs | string {
  const positional: string[] = [];
  const flags = new Map<string, string[]>();
  const set = (name: string, value: string) => flags.set(name, [...(flags.get(name) ?? []), value]);
  const longOf = (short: string, table: Record<string, string>) => Object.keys(table).find((k) => table[k] === short);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token === undefined) break;
    if (token === '--') return { positional, flags, rest: tokens.slice(i + 1) };
    if (token.startsWith('--')) {
      const [name, inline] = splitOnce(token.slice(2));
      if (name in spec.booleans) set(name, inline ?? 'true');
      else if (name in spec.values) {
        const value = inline ?? tokens[++i];
        if (value === undefined) return `error: flag needs an argument: --${name}`;
        set(name, value);
      } else return `error: unknown flag: --${name}`;
    } else if (token.startsWith('-') && token.length > 1) {
      const short = token.charAt(1);
      const booleanName = longOf(short, spec.booleans);
      const valueName = longOf(short, spec.values);
      if (booleanName) set(booleanName, 'true');
      else if (valueName) {
        const attached = token.slice(2).replace(/^=/, '');
        const value = attached !== '' ? attached : tokens[++i];
        if (value === undefined) return `error: flag needs an argument: '${short}' in -${short}`;
        set(valueName, value);
      } else return `error: unknown shorthand flag: '${short}' in ${token}`;
    } else positional.push(token);
  }
  return { positional, flags, rest: [] };
}

function splitOnce(text: string): [string, string | undefined] {
  const at = text.indexOf('=');
  return at < 0 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)];
}

export function last(args: ParsedArgs, name: string): string | undefined {
  const values = args.flags.get(name);
  return values?.[values.length - 1];
}
