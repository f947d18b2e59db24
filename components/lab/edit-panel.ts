// `kubectl edit` in the lab: the object's YAML opens in an editor panel under the terminal, as kubectl opens
// $EDITOR on a temporary file. 저장 is closing the editor after writing the file, 취소 closing it unchanged;
// either way the text goes to the command's own save (src/terminal/edit.ts), which prints what kubectl prints
// and, for an invalid object, hands back the file reopened with the causes, kept here to fix and save again.
import { createEditor, type Editor } from '../../src/browser/editor';
import { liveLint } from '../../src/browser/live-lint';
import { el } from '../../src/browser/dom';
import { labUi } from './strings';
import type { TerminalEdit } from './terminal-element';

let panels = 0;

export class EditPanel {
  private panel?: HTMLElement;
  private editor?: Editor;
  private edit?: TerminalEdit;
  private print: (output: string) => void = () => undefined;

  /** `after`: where the panel goes; `done`: called when the editor closes (the cluster may have changed). */
  constructor(
    private readonly after: HTMLElement,
    private readonly done: () => void,
  ) {}

  open(edit: TerminalEdit, print: (output: string) => void): void {
    // A second `kubectl edit` while one is open: the first editor is closed unchanged, as quitting it would.
    if (this.edit) this.cancel(false);
    this.edit = edit;
    this.print = print;
    const id = `lab-edit-${++panels}`;
    const host = el('div', { class: 'lab-editor' });
    const save = el('button', { type: 'button', 'data-action': 'edit-save' }, labUi.editSave);
    const cancel = el('button', { type: 'button', 'data-action': 'edit-cancel' }, labUi.editCancel);
    const panel = el(
      'section',
      { class: 'lab-edit', 'aria-labelledby': id },
      el('h3', { id }, labUi.editTitle(edit.title)),
      el('p', { class: 'lab-edit-hint' }, labUi.editHint),
      host,
      el('div', { class: 'lab-edit-tools' }, save, cancel),
    );
    save.addEventListener('click', () => this.save());
    cancel.addEventListener('click', () => this.cancel(true));
    panel.addEventListener('keydown', (event) => {
      if (event.key === 's' && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        this.save();
      }
    });
    this.panel = panel;
    this.after.after(panel);
    const lint = liveLint(() => this.editor);
    this.editor = createEditor(host, edit.text, { label: labUi.editEditor(edit.title), onChange: lint });
    lint(edit.text);
    this.editor.focus();
    panel.scrollIntoView({ block: 'nearest' });
  }

  private save(): void {
    if (!this.edit || !this.editor) return;
    const result = this.edit.save(this.editor.text());
    this.print(result.text);
    if (result.edit) {
      // kubectl reopens the file with the reasons on top: the learner fixes it and saves again.
      this.edit = result.edit;
      this.editor.setText(result.edit.text);
      this.editor.goTo(1, 1);
      this.done();
      return;
    }
    this.close(true);
  }

  /** Closing the editor without saving: the file as it was opened goes back to kubectl. */
  private cancel(focusTerminal: boolean): void {
    if (!this.edit) return;
    this.print(this.edit.save(this.edit.text).text);
    this.close(focusTerminal);
  }

  private close(focusTerminal: boolean): void {
    this.panel?.remove();
    this.panel = undefined;
    this.editor = undefined;
    this.edit = undefined;
    this.done();
    if (focusTerminal) this.after.querySelector('input')?.focus();
  }
}
