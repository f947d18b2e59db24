// The lab's files. The build renders each as a textarea, which works without JavaScript; here each becomes the
// playground's CodeMirror editor (YAML mode, lint marks from the engine worker) once the files come near the
// screen or a textarea takes focus. Whatever the textarea holds at that moment — restored, or typed a moment
// earlier — carries over with its selection, so nothing typed is lost. If the editor cannot load, the
// textareas stay and a notice offers to try again.
import type { Editor } from '../../src/browser/editor';
import { renderFailure } from '../../src/browser/failure';
import { liveLint } from '../../src/browser/live-lint';
import { el, ownData } from '../../src/browser/dom';
import { labUi } from './strings';

export class LabFiles {
  private readonly editors = new Map<string, Editor>();
  private upgrading?: Promise<void>;
  /** Set while the lab itself puts a text in (restore, reset): that is not the learner's edit. */
  private quiet = false;

  constructor(
    private readonly root: HTMLElement,
    private readonly onChange: (name: string, text: string) => void,
  ) {
    for (const area of this.areas()) area.addEventListener('input', () => onChange(ownData(area, 'file'), area.value));
    root.addEventListener('focusin', () => void this.upgrade(), { once: true });
    if (typeof IntersectionObserver !== 'function') return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        observer.disconnect();
        void this.upgrade();
      },
      { rootMargin: '400px' },
    );
    observer.observe(root);
  }

  /** Every file's current text, as `kubectl apply -f NAME` reads it. */
  texts(): Record<string, string> {
    return Object.fromEntries(this.areas().map((a) => [ownData(a, 'file'), this.text(a)]));
  }

  /** Puts a text in a file's editor (a restored draft, or the original on reset). */
  set(name: string, text: string): void {
    const editor = this.editors.get(name);
    if (editor) {
      this.quiet = true;
      try {
        editor.setText(text);
      } finally {
        this.quiet = false;
      }
    } else {
      const area = this.areas().find((a) => a.dataset.file === name);
      if (area) area.value = text;
    }
  }

  /** Back to the files as the lab gives them. */
  reset(): void {
    for (const area of this.areas()) this.set(ownData(area, 'file'), area.defaultValue);
  }

  private text(area: HTMLTextAreaElement): string {
    return this.editors.get(ownData(area, 'file'))?.text() ?? area.value;
  }

  private upgrade(): Promise<void> {
    this.upgrading ??= import('../../src/browser/editor').then(
      ({ createEditor }) => {
        this.root.querySelector(':scope > .k8s-failure')?.remove();
        for (const area of this.areas()) {
          const name = ownData(area, 'file');
          const host = el('div', { class: 'lab-editor' });
          area.after(host);
          const lint = liveLint(() => editor);
          const editor: Editor = createEditor(host, area.value, {
            label: labUi.fileEditor(name),
            onChange: (text) => {
              if (!this.quiet) this.onChange(name, text);
              lint(text);
            },
          });
          this.editors.set(name, editor);
          const focused = document.activeElement === area;
          const [start, end] = [area.selectionStart, area.selectionEnd];
          area.hidden = true;
          if (focused) editor.select(start, end);
          area.labels?.[0]?.addEventListener('click', () => editor.focus());
          lint(area.value);
        }
      },
      () => {
        this.upgrading = undefined;
        this.root.querySelector(':scope > .k8s-failure')?.remove();
        this.root.prepend(renderFailure('load', () => void this.upgrade(), undefined, labUi.editorFailed));
      },
    );
    return this.upgrading;
  }

  private areas(): HTMLTextAreaElement[] {
    return [...this.root.querySelectorAll<HTMLTextAreaElement>('textarea[data-file]')];
  }
}
