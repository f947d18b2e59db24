// <k8s-policy-matrix>: a cell shows its explanation beside the table; an edit in a playground of the same
// workspace (the policies are editable there) recomputes the matrix in the engine worker.
import { el } from '../src/browser/dom';
import { loadViews, runTask } from '../src/browser/engine-client';
import { failureOf, renderFailure } from '../src/browser/failure';
import { whenVisible } from '../src/browser/schedule';
import { sourcesOf, subscribe } from '../src/browser/workspace';
import type { Protocol } from '../src/engine';
import { ui } from '../src/ui/strings';

const ARROWS: Record<string, [number, number]> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};

class PolicyMatrixElement extends HTMLElement {
  private scenario = '';
  private shown?: string;
  private recomputed = false;
  /** Counts recomputations, so an older answer never replaces a newer one. */
  private runs = 0;

  connectedCallback(): void {
    this.scenario = JSON.parse(this.querySelector('.rs-scenario-text')?.textContent ?? '""') as string;
    this.addEventListener('click', (event) => this.onClick(event));
    this.addEventListener('keydown', (event) => this.onKey(event));
    const workspace = this.dataset.workspace;
    if (workspace) {
      whenVisible(this);
      subscribe(workspace, () => void this.recompute(workspace), this);
    }
  }

  private onClick(event: Event): void {
    const cell = (event.target as Element).closest<HTMLAnchorElement>('a.pm-cell');
    if (!cell) return;
    event.preventDefault();
    const id = cell.getAttribute('href')!.slice(1);
    const entry = this.querySelector(`[id="${CSS.escape(id)}"]`);
    const panel = this.querySelector<HTMLElement>('.pm-explanation')!;
    panel.textContent = entry
      ? `${entry.querySelector('strong')?.textContent ?? ''}\n${entry.querySelector('p')?.textContent ?? ''}`
      : '';
    panel.hidden = false;
    // Under the table on a narrow page: bring it on screen, as far as needed and no further.
    panel.scrollIntoView({ block: 'nearest' });
    for (const chosen of this.querySelectorAll('.pm-chosen')) chosen.classList.remove('pm-chosen');
    cell.parentElement?.classList.add('pm-chosen');
    this.shown = id;
  }

  /** Arrow keys move between cells (Enter, as on any link, explains the cell). */
  private onKey(event: KeyboardEvent): void {
    const cell = (event.target as Element).closest<HTMLAnchorElement>('a.pm-cell');
    const move = ARROWS[event.key];
    if (!cell || !move) return;
    const i = Number(cell.dataset.i) + move[0];
    const j = Number(cell.dataset.j) + move[1];
    const next = this.querySelector<HTMLAnchorElement>(`a.pm-cell[data-i="${i}"][data-j="${j}"]`);
    if (!next) return;
    event.preventDefault();
    next.focus();
  }

  private async recompute(workspace: string): Promise<void> {
    const sources = sourcesOf(workspace);
    // Playgrounds announce their unchanged text on load: the build-time matrix already shows that.
    if (!this.recomputed && sources.every((s) => !s.edited && s.errors === 0)) return;
    this.recomputed = true;
    const run = ++this.runs;
    const body = this.querySelector<HTMLElement>('.pm-body')!;
    body.setAttribute('aria-busy', 'true');
    const port = Number(this.dataset.port);
    const protocol = (this.dataset.protocol ?? 'TCP') as Protocol;
    try {
      const [{ view, broken }, views] = await Promise.all([
        runTask('matrix', { scenario: this.scenario, sources, port, protocol }),
        loadViews(),
      ]);
      if (run !== this.runs) return;
      body.replaceChildren(...views.renderMatrix(view, this.id, port, protocol, broken));
    } catch (error) {
      if (run !== this.runs) return;
      // The table on screen answers the policies before the edit: it goes, rather than pass for the answer.
      body.replaceChildren(
        el('p', { class: 'rs-warning' }, ui.staleMatrix),
        renderFailure(
          failureOf(error),
          () => void this.recompute(workspace),
          `npm run cli -- matrix cluster.yaml --port ${port} --protocol ${protocol}`,
        ),
      );
      this.shown = undefined;
      return;
    } finally {
      if (run === this.runs) body.removeAttribute('aria-busy');
    }
    if (this.shown) this.querySelector<HTMLAnchorElement>(`a.pm-cell[href="#${CSS.escape(this.shown)}"]`)?.click();
  }
}

customElements.define('k8s-policy-matrix', PolicyMatrixElement);
