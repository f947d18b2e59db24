// <k8s-playground>: makes the build-time render live. Nothing heavy loads until the reader acts: the editor
// and the engine come on 편집 (or when a saved draft or a share link has to be shown).
import { clearDraft, draftKey, loadDraft, saveDraft } from '../src/browser/drafts';
import { loadEngine, type Engine } from '../src/browser/load-engine';
import { canShare, decodeShare, sharedData, shareUrl } from '../src/browser/share';
import { publish } from '../src/browser/workspace';
import type { Editor } from '../src/browser/editor';
import type { Diagnostic } from '../src/engine';
import { ui } from '../src/ui/strings';

class PlaygroundElement extends HTMLElement {
  private original = '';
  private text = '';
  private editor?: Editor;
  private engine?: Engine;
  private opening?: Promise<void>;
  private saveTimer?: number;
  private storageWarned = false;
  private shownResult?: string;

  connectedCallback(): void {
    this.original = JSON.parse(this.querySelector('.pg-original')?.textContent ?? '""') as string;
    this.text = this.original;
    this.find('.k8s-tools').hidden = false;
    this.addEventListener('click', (event) => this.onClick(event));
    this.announce(this.original, Number(this.dataset.errors ?? 0));
    void this.restore();
  }

  private find<T extends HTMLElement = HTMLElement>(selector: string): T {
    return this.querySelector(selector) as T;
  }

  private get key(): string {
    return draftKey(location.pathname, this.id);
  }

  /** A share link for this playground wins over a saved draft; a draft wins over the original. */
  private async restore(): Promise<void> {
    const notices: string[] = [];
    const data = sharedData(location.hash, this.id);
    if (data !== undefined) {
      const shared = canShare() ? await decodeShare(data) : undefined;
      if (shared !== undefined) {
        this.status(ui.restoredFromLink);
        this.save(shared);
        return this.open(shared, false);
      }
      notices.push(ui.badLink);
    }
    const draft = loadDraft(this.key);
    if (draft.corrupt) notices.push(ui.storageCorrupt);
    const restored = draft.text !== undefined && draft.text !== this.original;
    if (restored) notices.push(ui.restored);
    if (notices.length > 0) this.status(notices.join(' '));
    if (restored) await this.open(draft.text!, false);
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
    this.opening ??= this.createEditor(text).catch(() => {
      this.opening = undefined;
      this.status(ui.loadFailed);
    });
    return this.opening.then(() => {
      if (focus) this.editor?.focus();
    });
  }

  private async createEditor(text: string): Promise<void> {
    const [{ createEditor }, engine] = await Promise.all([import('../src/browser/editor'), loadEngine()]);
    this.engine = engine;
    const host = this.find('.pg-editor');
    this.editor = createEditor(host, text, { label: ui.editorLabel, onChange: (next) => this.update(next) });
    this.find('.pg-code').hidden = true;
    host.hidden = false;
    this.update(text);
  }

  /** Re-validates on every change: the badge, the list, the squiggles, the draft and the workspace. */
  private update(text: string): void {
    const engine = this.engine;
    if (!engine) return;
    this.text = text;
    performance.mark('k8s-validate-start');
    const diagnostics = engine.validate(text);
    this.editor?.setDiagnostics(diagnostics);
    this.renderResult(engine, diagnostics);
    performance.measure('k8s-validate', 'k8s-validate-start');
    this.find('.pg-edited').hidden = text === this.original;
    this.announce(text, diagnostics.filter((d) => d.severity === 'error').length);
    window.clearTimeout(this.saveTimer);
    this.saveTimer = window.setTimeout(() => this.save(text), 250);
  }

  private renderResult(engine: Engine, diagnostics: Diagnostic[]): void {
    // The results region is polite-live: re-render (and so re-announce) only when the result changed.
    const signature = JSON.stringify(diagnostics);
    if (signature === this.shownResult) return;
    this.shownResult = signature;
    engine.renderBadge(this.find('.pg-head .k8s-badge'), diagnostics);
    this.find('.pg-results').replaceChildren(...engine.renderDiagnostics(diagnostics));
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
