// <lab-terminal>: the prompt, the output log, history (↑/↓) and Tab completion. It knows nothing of the
// cluster: the lab hands it a loader for the shell, called on first use, so no engine code loads before.
import { ownElement } from '../../src/browser/dom';
import { labUi } from './strings';

/** What `kubectl edit` hands over: the object's YAML and what saving it does (src/terminal/output.ts EditRequest). */
export interface TerminalEdit {
  title: string;
  text: string;
  /** What kubectl prints on closing the editor; `edit` when it reopens the file (an invalid or unparsable save). */
  save(text: string): { text: string; exitCode: number; edit?: TerminalEdit };
}

export interface TerminalRunner {
  run(line: string): { text: string; exitCode: number; clear?: boolean; edit?: TerminalEdit };
  complete(line: string): { line: string; candidates: string[] };
  readonly history: string[];
}

export class LabTerminal extends HTMLElement {
  /** Set by the lab: resolves to the shell, loading the engine the first time. */
  load?: () => Promise<TerminalRunner>;
  /** Called after every command (the lab saves its state and re-checks nothing by itself). */
  onCommand?: () => void;
  /**
   * Set by a page that has an editor: `kubectl edit` opens it on the object's YAML and calls `edit.save` with
   * the edited text, printing what it returns under the command. Without it the terminal prints kubectl's
   * "no editor" error.
   */
  onEdit?: (edit: TerminalEdit, print: (output: string) => void) => void;
  private back = 0;
  private draft = '';
  private initial = '';

  connectedCallback(): void {
    this.initial = this.log.innerHTML;
    const form = ownElement(this, 'form');
    const input = this.input;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.submit(input.value);
    });
    input.addEventListener('keydown', (event) => void this.key(event));
  }

  get input(): HTMLInputElement {
    return ownElement(this, 'input');
  }

  get log(): HTMLElement {
    return ownElement(this, '.lab-terminal-out');
  }

  /** Runs a line as if typed (the browser tests and the lab's reset use it too). */
  async submit(line: string): Promise<void> {
    const runner = await this.runner();
    if (!runner) return;
    this.input.value = '';
    this.back = 0;
    const result = runSafely(() => runner.run(line));
    if (result.clear) {
      this.log.textContent = '';
    } else if (result.edit && this.onEdit) {
      this.print(line, '');
      this.onEdit(result.edit, (output) => this.append(output));
    } else {
      this.print(line, result.text);
    }
    this.onCommand?.();
  }

  /** Back to what the page was built with (the overview command and its output). */
  resetScreen(): void {
    this.log.innerHTML = this.initial;
    this.input.value = '';
    this.back = 0;
  }

  print(command: string, output: string): void {
    const head = document.createElement('span');
    head.className = 'lab-terminal-cmd';
    head.textContent = `${labUi.prompt} ${command}`;
    this.log.append(head, '\n');
    this.append(output);
  }

  /** Output without a new prompt: what a command prints later (kubectl edit, when its editor closes). */
  append(output: string): void {
    if (output) this.log.append(`${output}\n`);
    this.log.scrollTop = this.log.scrollHeight;
  }

  private async key(event: KeyboardEvent): Promise<void> {
    const input = this.input;
    if (event.key === 'l' && event.ctrlKey) {
      // Ctrl+L clears the screen, as in bash.
      event.preventDefault();
      this.log.textContent = '';
      return;
    }
    if (event.key === 'c' && event.ctrlKey && input.selectionStart === input.selectionEnd) {
      // Ctrl+C with nothing selected abandons the line, as readline does: bash echoes it with ^C and a new prompt.
      // With a selection it stays the browser's copy.
      event.preventDefault();
      this.print(`${input.value}^C`, '');
      input.value = '';
      this.back = 0;
      return;
    }
    if (event.key === 'Tab' && !event.shiftKey && input.value.trim() !== '') {
      // Tab completes; on an empty line it still moves focus, so the keyboard is never trapped.
      event.preventDefault();
      const runner = await this.runner();
      if (!runner) return;
      let completion: { line: string; candidates: string[] };
      try {
        completion = runner.complete(input.value);
      } catch {
        return;
      }
      const { line, candidates } = completion;
      input.value = line;
      if (candidates.length > 1) this.print(input.value, labUi.candidates(candidates));
      return;
    }
    if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return;
    event.preventDefault();
    const runner = await this.runner();
    if (!runner) return;
    const history = runner.history;
    if (this.back === 0) this.draft = input.value;
    this.back = Math.max(0, Math.min(history.length, this.back + (event.key === 'ArrowUp' ? 1 : -1)));
    input.value = this.back === 0 ? this.draft : (history[history.length - this.back] ?? '');
  }

  private async runner(): Promise<TerminalRunner | undefined> {
    try {
      return await this.load?.();
    } catch {
      this.print('', labUi.loadFailed);
      return undefined;
    }
  }
}

/** A command that throws still prints something, and the terminal keeps working. */
function runSafely(run: () => ReturnType<TerminalRunner['run']>): ReturnType<TerminalRunner['run']> {
  try {
    return run();
  } catch (error) {
    return { text: labUi.commandFailed(error instanceof Error ? error.message : String(error)), exitCode: 1 };
  }
}

if (!customElements.get('lab-terminal')) customElements.define('lab-terminal', LabTerminal);
