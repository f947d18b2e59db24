// <k8s-playground>: makes the build-time render live. Nothing heavy loads until the reader acts: the editor
// comes on 편집 (or when a saved draft or a share link has to be shown); validation runs in the engine worker.
import { clearDraft, draftKey, loadDraft, saveDraft } from '../src/browser/drafts';
import { loadViews, runTask, type EngineFailure } from '../src/browser/engine-client';
import { failureOf, renderFailure } from '../src/browser/failure';
import { canShare, decodeShare, SHARE_LIMIT, sharedData, shareUrl } from '../src/browser/share';
import { el } from '../src/browser/dom';
import { publish } from '../src/browser/workspace';
import type { Editor } from '../src/browser/editor';
import type { Diagnostic } from '../src/engine';
import { ui } from '../src/ui/strings';
import { afterPaint, lintDelay, whenVisible } from '../src/browser/schedule';

/** One notice per page that storage is off, however many playgrounds the reader edits. */
let storageNoticeShown = false;

class PlaygroundElement extends HTMLElement {
  private original = '';
  private text = '';
  private editor?: Editor;
  private opening?: Promise<void>;
  private saveTimer?: number;
  private cancelLint?: () => void;
  /** Counts lint requests, so an answer for an older text never replaces a newer one. */
  private lints = 0;
  private storageWarned = false;
  private shownResult?: string;

  connectedCallback(): void {
    this.original = JSON.parse(this.querySelector('.pg-original')?.textContent ?? '""') as string;
    this.text = this.original;
    this.find('.k8s-tools').hidden = false;
    this.addEventListener('click', (event) => this.onClick(event));
    this.announce(this.original, Number(this.dataset.errors ?? 0));
    whenVisible(this);
    void this.restore();
  }

  private find<T extends HTMLElement = HTMLElement>(selector: string): T {
    return this.querySelector(selector) as T;
  }

  private get key(): string {
    return draftKey(location.pathname, this.id);
  }

  /** A share link is opened (after asking, when it would replace a draft); else a draft; else the original. */
  private async restore(): Promise<void> {
    const notices: string[] = [];
    const draft = loadDraft(this.key);
    if (draft.corrupt) notices.push(ui.storageCorrupt);
    // The reader's saved edit, when there is one that differs from the page's text.
    const edited = draft.text !== this.original ? draft.text : undefined;
    const data = sharedData(location.hash, this.id);
    if (data !== undefined) {
      const shared = canShare() ? await decodeShare(data) : ({ refused: 'corrupt' } as const);
      if ('text' in shared) {
        this.scrollIntoView({ block: 'start' });
        if (edited !== undefined && edited !== shared.text) return this.ask(edited, shared.text);
        return this.openShared(shared.text);
      }
      notices.push(shared.refused === 'too-large' ? ui.shareTooLarge(`${SHARE_LIMIT / 1024 / 1024} MB`) : ui.badLink);
    }
    if (edited !== undefined) notices.push(ui.restored);
    if (notices.length > 0) this.status(notices.join(' '));
    if (edited !== undefined) await this.open(edited, false);
  }

  /** The shared text would overwrite the reader's draft for good: they choose. */
  private ask(draft: string, shared: string): void {
    const keep = el('button', { type: 'button' }, ui.keepDraft);
    const open = el('button', { type: 'button' }, ui.openShared);
    const prompt = el(
      'div',
      { class: 'pg-choice', role: 'group', 'aria-label': ui.shareOrDraft },
      el('p', {}, ui.shareOrDraft),
      keep,
      open,
    );
    this.find('.k8s-tools').before(prompt);
    keep.addEventListener('click', () => {
      prompt.remove();
      this.status(ui.keptDraft);
      void this.open(draft, true);
    });
    open.addEventListener('click', () => {
      prompt.remove();
      void this.openShared(shared, true);
    });
    keep.focus({ preventScroll: true });
  }

  private openShared(text: string, focus = false): Promise<void> {
    this.status(ui.restoredFromLink);
    this.save(text);
    return this.open(text, focus);
  }

  private onClick(event: Event): void {
    const target = event.target as Element;
    const action = target.closest('[data-action]')?.getAttribute('data-action');
    if (action === 'edit') void this.open(this.text, true);
    else if (action === 'reset') this.reset();
    else if (action === 'copy') void this.copy();
    else if (action === 'share') void this.share();
    const line = target.closest('.k8s-line');
    if (line) void this.goTo(Number(line.getAttribute('data-line')), Number(line.getAttribute('data-column') ?? 1));
  }

  private open(text: string, focus: boolean): Promise<void> {
    if (this.editor) {
      if (focus) this.editor.focus();
      return Promise.resolve();
    }
    if (!this.opening) {
      const progress = this.showProgress();
      this.opening = this.createEditor(text)
        .catch(() => {
          this.opening = undefined;
          this.showFailure('load', () => void this.open(text, focus));
        })
        .finally(() => progress.remove());
    }
    return this.opening.then(() => {
      if (focus) this.editor?.focus();
    });
  }

  /** Shown where the editor will appear until it is ready, so 편집 visibly answers at once. */
  private showProgress(): HTMLElement {
    const progress = el('p', { class: 'pg-progress' }, ui.editorLoading);
    this.find('.pg-editor').before(progress);
    return progress;
  }

  private async createEditor(text: string): Promise<void> {
    const { createEditor } = await import('../src/browser/editor');
    this.clearFailure();
    const host = this.find('.pg-editor');
    this.editor = createEditor(host, text, { label: ui.editorLabel, onChange: (next) => this.update(next) });
    this.find('.pg-code').hidden = true;
    host.hidden = false;
    this.update(text);
  }

  /** On every change: the draft at once (debounced), the validation in the worker once the keystroke's frame is
   * painted and typing pauses for a time that grows with the text's size, so a megabyte paste does not queue a
   * validation per keystroke. */
  private update(text: string): void {
    this.text = text;
    this.find('.pg-edited').hidden = text === this.original;
    window.clearTimeout(this.saveTimer);
    this.saveTimer = window.setTimeout(() => this.save(text), 250);
    this.cancelLint?.();
    this.cancelLint = afterPaint(() => void this.lint(text), lintDelay(text.length));
  }

  private async lint(text: string): Promise<void> {
    const request = ++this.lints;
    performance.mark('k8s-validate-start');
    try {
      const [diagnostics, views] = await Promise.all([runTask('lint', text), loadViews()]);
      if (request !== this.lints) return;
      this.clearFailure();
      this.editor?.setDiagnostics(diagnostics);
      this.renderResult(views, diagnostics);
      performance.measure('k8s-validate', 'k8s-validate-start');
      this.announce(text, diagnostics.filter((d) => d.severity === 'error').length);
    } catch (error) {
      if (request !== this.lints) return;
      this.shownResult = undefined;
      this.showFailure(failureOf(error), () => void this.lint(this.text), 'npm run check -- manifest.yaml');
    }
  }

  private renderResult(views: Awaited<ReturnType<typeof loadViews>>, diagnostics: Diagnostic[]): void {
    // The results region is polite-live: re-render (and so re-announce) only when the result changed.
    const signature = JSON.stringify(diagnostics);
    if (signature === this.shownResult) return;
    this.shownResult = signature;
    views.renderBadge(this.find('.pg-head .k8s-badge'), diagnostics);
    this.find('.pg-results').replaceChildren(...views.renderDiagnostics(diagnostics));
  }

  private showFailure(kind: EngineFailure, retry: () => void, cli?: string): void {
    this.clearFailure();
    this.find('.k8s-tools').after(renderFailure(kind, retry, cli));
  }

  private clearFailure(): void {
    this.querySelector(':scope > .k8s-failure')?.remove();
  }

  private announce(text: string, errors: number): void {
    const workspace = this.dataset.workspace;
    if (workspace)
      publish(workspace, this, { title: this.dataset.title ?? this.id, text, errors, edited: text !== this.original });
  }

  private save(text: string): void {
    if (text === this.original) return clearDraft(this.key);
    const result = saveDraft(this.key, text);
    if (result === 'full' && !this.storageWarned) {
      this.storageWarned = true;
      this.status(ui.storageFull);
    } else if (result === 'unavailable' && !storageNoticeShown) {
      storageNoticeShown = true;
      this.status(ui.storageUnavailable);
    }
  }

  private reset(): void {
    window.clearTimeout(this.saveTimer);
    clearDraft(this.key);
    if (this.editor) this.editor.setText(this.original);
    else this.text = this.original;
    this.find('.pg-edited').hidden = true;
    if (location.hash.includes(`${this.id}=`)) history.replaceState(null, '', location.pathname + location.search);
    this.status(ui.resetDone);
  }

  private async copy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(this.text);
      this.status(ui.copied);
    } catch {
      this.status(ui.copyFailed);
    }
  }

  private async share(): Promise<void> {
    if (!canShare()) return this.status(ui.shareFailed);
    const url = await shareUrl(location, this.id, this.text);
    history.replaceState(null, '', url);
    try {
      await navigator.clipboard.writeText(url);
      this.status(ui.shared);
    } catch {
      this.status(ui.sharedNoClipboard);
    }
  }

  private async goTo(line: number, column: number): Promise<void> {
    await this.open(this.text, true);
    this.editor?.goTo(line, column);
  }

  private status(message: string): void {
    const status = this.find('.k8s-status');
    status.textContent = message;
  }
}

customElements.define('k8s-playground', PlaygroundElement);
