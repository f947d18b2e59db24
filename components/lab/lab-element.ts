// <k8s-lab>: the tasks' check buttons, the files, progress in localStorage and reset. Marks of solved tasks
// are restored at once; the engine (runtime.ts) is imported only when the learner first runs or checks.
import { el, ownData, ownElement } from '../../src/browser/dom';
import { renderFailure } from '../../src/browser/failure';
import type { EditPanel } from './edit-panel';
import { inlineHtml } from './inline';
import { LabFiles } from './lab-files';
import { clearProgress, loadProgress, saveProgress, type Progress } from './progress';
import { labUi } from './strings';
import type { LabRuntime } from './runtime';
import './terminal-element';
import type { LabTerminal, TerminalEdit } from './terminal-element';

class K8sLab extends HTMLElement {
  private runtime?: Promise<LabRuntime>;
  private progress: Progress = { solved: [], answers: {}, files: {} };
  private files!: LabFiles;
  private editPanel?: Promise<EditPanel>;

  get labId(): string {
    return this.dataset.lab ?? '';
  }

  connectedCallback(): void {
    this.files = new LabFiles(ownElement(this, '.lab-files'), (name, text) => {
      this.progress.files[name] = text;
      this.save();
    });
    const saved = loadProgress(this.labId);
    if (saved) {
      this.progress = saved;
      for (const [name, text] of Object.entries(saved.files)) this.files.set(name, text);
      for (const task of this.tasks()) {
        const input = task.querySelector<HTMLInputElement>('input[name=answer]');
        const answer = saved.answers[ownData(task, 'task')];
        if (input && answer !== undefined) input.value = answer;
      }
      this.status(labUi.restored);
    }
    this.renderMarks();
    const terminal = this.terminal();
    terminal.load = async () => (await this.engine()).shell;
    terminal.onCommand = () => this.save();
    terminal.onEdit = (edit, print) => void this.openEdit(edit, print);
    for (const task of this.tasks()) {
      ownElement(task, 'form').addEventListener('submit', (event) => {
        event.preventDefault();
        void this.check(task);
      });
    }
    ownElement(this, '[data-action=reset]').addEventListener('click', () => this.confirmReset());
  }

  /** Starting over throws away the learner's work: it asks first, in the page. */
  private confirmReset(): void {
    if (this.querySelector('.lab-confirm')) return;
    const yes = el('button', { type: 'button' }, labUi.resetYes);
    const no = el('button', { type: 'button' }, labUi.resetNo);
    const confirm = el(
      'div',
      { class: 'lab-confirm', role: 'group', 'aria-label': labUi.resetAsk },
      el('p', {}, labUi.resetAsk),
      yes,
      no,
    );
    const button = ownElement<HTMLButtonElement>(this, '[data-action=reset]');
    button.after(confirm);
    const close = () => {
      confirm.remove();
      button.focus();
    };
    yes.addEventListener('click', () => {
      close();
      this.reset();
    });
    no.addEventListener('click', close);
    no.focus();
  }

  /** `kubectl edit`: the panel's code (with the editor) loads on first use; a failed load offers a retry. */
  private async openEdit(edit: TerminalEdit, print: (output: string) => void): Promise<void> {
    const terminal = this.terminal();
    terminal.parentElement?.querySelector(':scope > .lab-edit-failure')?.remove();
    let panel: EditPanel;
    try {
      this.editPanel ??= import('./edit-panel').then(({ EditPanel }) => new EditPanel(terminal, () => this.save()));
      panel = await this.editPanel;
    } catch {
      this.editPanel = undefined;
      const failure = renderFailure('load', () => void this.openEdit(edit, print), undefined, labUi.editFailed);
      failure.classList.add('lab-edit-failure');
      terminal.after(failure);
      return;
    }
    panel.open(edit, print);
  }

  private engine(): Promise<LabRuntime> {
    this.runtime ??= import('./runtime').then(({ createRuntime }) =>
      createRuntime(
        this.labId,
        () => this.files.texts(),
        (name, text) => this.writeFile(name, text),
        this.progress.shell,
      ),
    );
    return this.runtime;
  }

  /** `> FILE` in the terminal: the text goes into that file's editor and is kept like an edit. */
  private writeFile(name: string, text: string): boolean {
    if (!(name in this.files.texts())) return false;
    this.files.set(name, text);
    this.progress.files[name] = text;
    this.save();
    return true;
  }

  private async check(task: HTMLElement): Promise<void> {
    const id = ownData(task, 'task');
    const verdictEl = ownElement<HTMLElement>(task, '.lab-task-verdict');
    const answer = task.querySelector<HTMLInputElement>('input[name=answer]')?.value ?? '';
    if (task.dataset.kind === 'question') this.progress.answers[id] = answer;
    let runtime: LabRuntime;
    try {
      runtime = await this.engine();
    } catch {
      verdictEl.textContent = labUi.loadFailed;
      return;
    }
    const verdict = runtime.check(id, answer);
    verdictEl.dataset.state = verdict.ok ? 'ok' : 'bad';
    const number = this.tasks().indexOf(task) + 1;
    verdictEl.innerHTML = inlineHtml(
      verdict.ok ? (task.dataset.kind === 'goal' ? labUi.goalMet : labUi.correct) : labUi.failed(number, verdict.hint),
    );
    const solved = new Set(this.progress.solved);
    if (verdict.ok) solved.add(id);
    else solved.delete(id);
    this.progress.solved = [...solved];
    this.renderMarks();
    this.save();
  }

  private reset(): void {
    clearProgress(this.labId);
    this.progress = { solved: [], answers: {}, files: {} };
    this.runtime = undefined;
    this.files.reset();
    for (const task of this.tasks()) {
      const input = task.querySelector<HTMLInputElement>('input[name=answer]');
      if (input) input.value = '';
      const verdict = ownElement<HTMLElement>(task, '.lab-task-verdict');
      verdict.textContent = '';
      delete verdict.dataset.state;
    }
    this.terminal().resetScreen();
    this.renderMarks();
    this.status(labUi.resetConfirm);
  }

  private save(): void {
    if (this.runtime) void this.runtime.then((r) => this.write({ ...this.progress, shell: r.shell.state() }));
    else this.write(this.progress);
  }

  private write(progress: Progress): void {
    this.progress = progress;
    if (!saveProgress(this.labId, progress)) this.status(labUi.storageFull);
  }

  private renderMarks(): void {
    const solved = new Set(this.progress.solved);
    const tasks = this.tasks();
    for (const task of tasks) {
      const done = solved.has(ownData(task, 'task'));
      task.dataset.solved = String(done);
      ownElement<HTMLElement>(task, '.lab-task-done').hidden = !done;
    }
    ownElement(this, '.lab-progress').textContent = labUi.progress(
      tasks.filter((t) => solved.has(ownData(t, 'task'))).length,
      tasks.length,
    );
  }

  private status(text: string): void {
    ownElement(this, '.lab-status').textContent = text;
  }

  private tasks(): HTMLElement[] {
    return [...this.querySelectorAll<HTMLElement>('.lab-task')];
  }

  private terminal(): LabTerminal {
    return this.querySelector('lab-terminal') as LabTerminal;
  }
}

if (!customElements.get('k8s-lab')) customElements.define('k8s-lab', K8sLab);
