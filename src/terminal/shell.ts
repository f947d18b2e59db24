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

  constructor(options: ShellOptions, saved?: ShellState) {
    this.clock = options.now ?? (() => Date.now());
    this.readFiles = options.files ?? (() => ({}));
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
    const commands = pieces.map((piece) => splitWords(piece) ?? []);
    if (commands.some((words) => words.length === 0)) return fail("bash: syntax error near unexpected token `|'", 2);
    const [first = [], ...filters] = commands;
    let output = this.command(first);
    // A pipe carries stdout; a failed command's words are its stderr and stay on the terminal. The pipeline's
    // status is the last command's (bash without pipefail).
    for (const [program = '', ...args] of filters) {
      const filter = TEXT_FILTERS[program];
      if (!filter) return fail(`(이 터미널의 파이프 뒤에는 grep, head, tail, wc -l만 쓸 수 있습니다: ${program})`, 127);
      const passed = filter(args, output.exitCode === 0 ? output.text : '');
      const stderr = output.exitCode === 0 ? '' : output.text;
      output = { ...passed, text: [stderr, passed.text].filter((part) => part !== '').join('\n') };
    }
    return output;
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
