// The text filters a learner pipes kubectl's output through, as GNU coreutils and grep print them on the
// learner's machine: grep (its options -i -v -E -F -w -c -n -o and -A/-B/-C context), head and tail (-n N, -N),
// wc -l. Each takes the previous command's output and its own words, and answers as the program would.
import { fail, ok, type CommandOutput } from './output';

/** The programs the terminal's pipes run, by name. */
export const TEXT_FILTERS: Record<string, (args: string[], input: string) => CommandOutput> = {
  grep,
  head: (args, input) => ends(args, input, 'head'),
  tail: (args, input) => ends(args, input, 'tail'),
  wc,
};

/** The lines of a command's output; the terminal keeps no trailing newline, a program's stdout ends with one. */
const linesOf = (input: string) => (input === '' ? [] : input.split('\n'));

function grep(args: string[], input: string): CommandOutput {
  const options = new Set<string>();
  let before = 0;
  let after = 0;
  const patterns: string[] = [];
  const operands: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const context = /^-([ABC])(\d*)$/.exec(arg);
    if (context) {
      const count = Number(context[2] || args[++i]);
      if (!Number.isInteger(count) || count < 0)
        return fail(`grep: ${args[i] ?? ''}: invalid context length argument`, 2);
      if (context[1] !== 'A') before = count;
      if (context[1] !== 'B') after = count;
    } else if (arg === '-e') patterns.push(args[++i] ?? '');
    else if (/^-[ivEFwcno]+$/.test(arg)) for (const letter of arg.slice(1)) options.add(letter);
    else if (arg.startsWith('-') && arg !== '-')
      return fail(
        `grep: invalid option -- '${arg.slice(1, 2)}'\nUsage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.`,
        2,
      );
    else operands.push(arg);
  }
  // Without -e the first operand is the pattern; the rest would be files, which a pipe's grep does not read.
  if (patterns.length === 0 && operands[0] !== undefined) patterns.push(operands[0]);
  if (patterns.length === 0)
    return fail("Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.", 2);
  const regex = compile(patterns, options);
  if (typeof regex === 'string') return fail(`grep: ${regex}`, 2);
  const lines = linesOf(input);
  const selected = lines.map((line) => regex.test(line) !== options.has('v'));
  const count = selected.filter(Boolean).length;
  const status = count > 0 ? 0 : 1;
  if (options.has('c')) return { text: String(count), exitCode: status };
  if (options.has('o') && !options.has('v')) {
    const global = new RegExp(regex.source, `${regex.flags}g`);
    const parts = lines.flatMap((line, i) =>
      [...line.matchAll(global)].filter((m) => m[0] !== '').map((m) => (options.has('n') ? `${i + 1}:${m[0]}` : m[0])),
    );
    return { text: parts.join('\n'), exitCode: status };
  }
  // With any context asked for (even -A0), GNU grep prints "--" between groups of lines not next to each other.
  const contextAsked = args.some((a) => /^-[ABC]/.test(a));
  const shown: string[] = [];
  let last = -1;
  lines.forEach((line, i) => {
    const near = selected.slice(Math.max(0, i - after), i + before + 1).some(Boolean);
    if (!near) return;
    if (contextAsked && last >= 0 && i > last + 1) shown.push('--');
    shown.push(options.has('n') ? `${i + 1}${selected[i] ? ':' : '-'}${line}` : line);
    last = i;
  });
  return { text: shown.join('\n'), exitCode: status };
}

/**
 * grep's patterns as one JavaScript regular expression (a line matches any of them): -F literal, -E extended
 * (close to JavaScript's), and by default basic, where `+ ? | ( ) { }` are literal unless escaped (GNU BRE).
 */
function compile(patterns: string[], options: Set<string>): RegExp | string {
  let source = patterns.map((pattern) => `(?:${translate(pattern, options)})`).join('|');
  if (options.has('w')) source = `(?<![\\w])(?:${source})(?![\\w])`;
  try {
    return new RegExp(source, options.has('i') ? 'i' : '');
  } catch {
    return 'Unmatched ( or \\(';
  }
}

function translate(pattern: string, options: Set<string>): string {
  if (options.has('F')) return pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  if (options.has('E')) return pattern;
  return pattern.replace(/\\([+?|(){}])|([+?|(){}])/g, (_, escaped: string | undefined, plain: string | undefined) =>
    escaped ? escaped : `\\${plain}`,
  );
}

/** head and tail: the first or last N lines (default 10), `-n N`, `-nN` or `-N`; tail also `-n +N` (from line N). */
function ends(args: string[], input: string, program: 'head' | 'tail'): CommandOutput {
  let count = '10';
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '-n') count = args[++i] ?? '';
    else if (/^-n.+/.test(arg)) count = arg.slice(2);
    else if (/^-\d+$/.test(arg)) count = arg.slice(1);
    else if (arg.startsWith('-'))
      return fail(
        `${program}: invalid option -- '${arg.slice(1, 2)}'\nTry '${program} --help' for more information.`,
        1,
      );
  }
  const fromStart = program === 'tail' && count.startsWith('+');
  const n = Number(fromStart ? count.slice(1) : count);
  if (!Number.isInteger(n) || n < 0) return fail(`${program}: invalid number of lines: '${count}'`, 1);
  const lines = linesOf(input);
  if (program === 'head') return ok(lines.slice(0, n).join('\n'));
  return ok((fromStart ? lines.slice(Math.max(0, n - 1)) : n === 0 ? [] : lines.slice(-n)).join('\n'));
}

/** wc -l: the number of lines (the output's newlines). Other counts are not drawn here and say so. */
function wc(args: string[], input: string): CommandOutput {
  if (args.length === 1 && (args[0] === '-l' || args[0] === '--lines')) return ok(String(linesOf(input).length));
  return fail('(이 터미널의 wc는 -l(줄 수)만 셉니다.)', 1);
}
