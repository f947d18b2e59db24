// The lab's terminal: one line in, what the shell would print out. Pure TypeScript over the engine, so the
// page, the unit tests and the lab checker all drive the same thing.
import { splitPipeline, splitWords } from './args';
import { complete, type Completion } from './complete';
import { curl, type CurlClient } from './curl';
import { HELP } from './help';
import { kubectl } from './kubectl';
import { fail, ok, type CommandOutput } from './output';
import type { Session } from './session';
import { TEXT_FILTERS } from './text-filters';
import { ClusterStore, type Json } from './store';

/** The learner's machine: off the cluster, like the laptop at 192.168.1.10 in the notes. */
export const LEARNER_IP = '192.168.1.10';

const UNCLOSED_QUOTE = fail(
  'bash: unexpected EOF while looking for matching quote\nbash: syntax error: unexpected end of file\n(따옴표가 닫히지 않았습니다.)',
  2,
);

export interface ShellOptions {
  /** The lab's starting cluster (a manifest text). */
  cluster: string;
  files?: () => Record<string, string>;
  /** `> FILE`: puts a text in one of the lab's files; false when there is no such file. */
  writeFile?: (name: string, text: string) => boolean;
  /** Milliseconds; the lab's clock (tests pass a fixed one). */
  now?: () => number;
}

export interface ShellState {
  objects: { value: Json; created: number }[];
  history: string[];
  startedAt: number;
}

export class Shell implements Session {
  readonly store: ClusterStore;
  readonly history: string[] = [];
  private readonly counter = { next: 0 };
  private readonly clock: () => number;
  private readonly readFiles: () => Record<string, string>;
  private readonly writeFile: (name: string, text: string) => boolean;

  constructor(options: ShellOptions, saved?: ShellState) {
    this.clock = options.now ?? (() => Date.now());
    this.readFiles = options.files ?? (() => ({}));
    this.writeFile = options.writeFile ?? (() => false);
    this.store = new ClusterStore(options.cluster, saved?.startedAt ?? this.clock());
    if (saved) {
      this.store.restore(saved.objects);
      this.history.push(...saved.history);
    }
  }

  now(): number {
    return this.clock();
  }

  files(): Record<string, string> {
    return this.readFiles();
  }

  run(line: string): CommandOutput {
    const trimmed = line.trim();
    if (trimmed === '') return ok('');
    this.history.push(trimmed);
    const pieces = splitPipeline(trimmed);
    // bash -c with an open quote: the line ends inside the quote, a syntax error with status 2.
    if (pieces === null) return UNCLOSED_QUOTE;
    if (pieces.length > 1 && pieces.some((piece) => piece.trim() === ''))
      return fail("bash: syntax error near unexpected token `|'", 2);
    const commands = pieces.map((piece) => redirected(splitWords(piece) ?? []));
    const [first, ...filters] = commands;
    let output = first && first.words.length > 0 ? this.stage(first, this.command(first.words)) : ok('');
    // A pipe carries stdout (and stderr after 2>&1); a failed command's words are its stderr and otherwise stay
    // on the terminal. The pipeline's status is the last command's (bash without pipefail).
    let merged = first?.mergeErrors ?? false;
    for (const stage of filters) {
      const [program = '', ...args] = stage.words;
      const filter = TEXT_FILTERS[program];
      if (!filter) return fail(`(이 터미널의 파이프 뒤에는 grep, head, tail, wc -l만 쓸 수 있습니다: ${program})`, 127);
      const piped = output.exitCode === 0 || merged;
      const passed = filter(args, piped ? output.text : '');
      const stderr = piped ? '' : output.text;
      output = this.stage(stage, { ...passed, text: [stderr, passed.text].filter((part) => part !== '').join('\n') });
      merged = stage.mergeErrors;
    }
    return output;
  }

  /**
   * A command's redirections applied to what it printed. The terminal keeps stdout and stderr as one text: a
   * failed command's text is its stderr, a successful one's its stdout. `> FILE` into one of the lab's files
   * puts the output there (a failed command leaves the file as it was, where bash would have emptied it: a
   * typo does not cost the learner their file); another name cannot be created here, which a note says.
   */
  private stage({ stdout, dropErrors }: Redirected, output: CommandOutput): CommandOutput {
    const failed = output.exitCode !== 0;
    if (failed) return dropErrors ? { ...output, text: '' } : output;
    if (!stdout) return output;
    if (stdout.name === '/dev/null') return { ...output, text: '' };
    const files = this.files();
    const current = files[stdout.name];
    const text = output.text === '' ? '' : `${output.text}\n`;
    if (current !== undefined && this.writeFile(stdout.name, stdout.append ? current + text : text))
      return { ...output, text: '' };
    const names = Object.keys(files).join(', ');
    const note = names
      ? `(이 실습에서는 새 파일을 만들 수 없습니다. ${names} 중 하나로 보내거나 아래 출력을 복사해 편집기에 붙여 넣으세요.)`
      : '(이 터미널에서는 파일을 만들 수 없습니다. 아래 출력을 복사해 쓰세요.)';
    return { ...output, text: [note, output.text].filter((part) => part !== '').join('\n') };
  }

  private command(words: string[]): CommandOutput {
    const [program, ...args] = words;
    switch (program) {
      case 'kubectl':
      case 'k':
        return kubectl(this, args, this.counter);
      case 'curl':
        return curl(this, args, this.learner(), this.counter);
      case 'clear':
        return { text: '', exitCode: 0, clear: true };
      case 'help':
        return ok(HELP);
      case 'history':
        return ok(this.history.map((entry, i) => `${String(i + 1).padStart(5)}  ${entry}`).join('\n'));
      default:
        if (program && TEXT_FILTERS[program]) return TEXT_FILTERS[program](args, '');
        // bash's own words (execute_cmd.c), exit status 127; `help` lists what this terminal runs.
        return fail(`bash: ${program}: command not found`, 127);
    }
  }

  complete(line: string): Completion {
    return complete(this, line);
  }

  state(): ShellState {
    return { objects: this.store.snapshot(), history: [...this.history], startedAt: this.store.startedAt };
  }

  /** The machine the terminal runs on; its /etc/hosts names the nodes. */
  private learner(): CurlClient {
    // No prototype: a host named `constructor` is not in /etc/hosts.
    const hosts: Record<string, string> = Object.assign(
      Object.create(null),
      Object.fromEntries(this.store.cluster.nodes.map((n) => [n.name, n.ip])),
    );
    return { from: `ip:${LEARNER_IP}`, ip: LEARNER_IP, hosts };
  }
}

interface Redirected {
  words: string[];
  /** `> FILE`, `>> FILE`, `1> FILE`, `&> FILE`. */
  stdout?: { name: string; append: boolean };
  /** `2> /dev/null` or `&> /dev/null`. */
  dropErrors: boolean;
  /** `2>&1`: stderr goes where stdout goes (into the pipe). */
  mergeErrors: boolean;
}

/** Takes a command's redirection words out of it (bash manual, "Redirections"). */
function redirected(words: string[]): Redirected {
  const out: Redirected = { words: [], dropErrors: false, mergeErrors: false };
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    if (word === '2>&1') {
      out.mergeErrors = true;
      continue;
    }
    const operator = /^([12&]?)(>>?)(.*)$/.exec(word);
    if (!operator) {
      out.words.push(word);
      continue;
    }
    const [, stream = '', arrows = '', attached = ''] = operator;
    const name = attached || (words[++i] ?? '');
    if (stream === '2') out.dropErrors ||= name === '/dev/null';
    else {
      out.stdout = { name, append: arrows === '>>' };
      if (stream === '&') out.dropErrors ||= name === '/dev/null';
    }
  }
  return out;
}
