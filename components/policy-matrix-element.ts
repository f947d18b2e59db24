// <k8s-policy-matrix>: a cell shows its explanation beside the table; an edit in a playground of the same
// workspace (the policies are editable there) recomputes the matrix in the engine worker.
import { el, ownElement } from '../src/browser/dom';
import { loadViews, runTask } from '../src/browser/engine-client';
import { failureOf, renderFailure } from '../src/browser/failure';
import { whenVisible } from '../src/browser/schedule';
import { sourcesOf, subscribe } from '../src/browser/workspace';
import type { Protocol } from '../src/engine';
import { ui } from '../src/ui/strings';

/** Where a key moves focus from cell (i, j) of a grid of `rows` × `cols` (the WAI-ARIA grid pattern's keys). */
function target(event: KeyboardEvent, i: number, j: number, rows: number, cols: number): [number, number] | undefined {
  switch (event.key) {
    case 'ArrowUp':
      return [i - 1, j];
    case 'ArrowDown':
      return [i + 1, j];
    case 'ArrowLeft':
      return [i, j - 1];
    case 'ArrowRight':
      return [i, j + 1];
    case 'Home':
      return event.ctrlKey ? [0, 0] : [i, 0];
    case 'End':
      return event.ctrlKey ? [rows - 1, cols - 1] : [i, cols - 1];
    default:
      return undefined;
  }
}

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
    // However focus came to a cell (arrow key, click, script), that cell is the one Tab comes back to.
    this.addEventListener('focusin', (event) => {
      const cell = (event.target as Element).closest<HTMLAnchorElement>('a.pm-cell');
      if (cell) this.rove(cell);
    });
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
    // Its own markup always gives a cell its href (matrix-tree.ts).
    const id = (cell.getAttribute('href') ?? '').slice(1);
    const entry = this.querySelector(`[id="${CSS.escape(id)}"]`);
    const panel = ownElement(this, '.pm-explanation');
    panel.textContent = entry
      ? `${entry.querySelector('strong')?.textContent ?? ''}\n${entry.querySelector('p')?.textContent ?? ''}`
      : '';
    panel.hidden = false;
    // Under the table on a narrow page: bring it on screen, as far as needed and no further.
    panel.scrollIntoView({ block: 'nearest' });
    for (const chosen of this.querySelectorAll('.pm-chosen')) chosen.classList.remove('pm-chosen');
    cell.parentElement?.classList.add('pm-chosen');
    // The explained cell stays the grid's Tab stop, also after a recomputation re-explains it.
    this.rove(cell);
    this.shown = id;
  }

  /** Arrow keys, Home and End (Ctrl+Home/End: the first/last cell) move between cells; Enter, as on any link,
   * and Space explain the cell. */
  private onKey(event: KeyboardEvent): void {
    const cell = (event.target as Element).closest<HTMLAnchorElement>('a.pm-cell');
    if (!cell) return;
    if (event.key === ' ') {
      event.preventDefault();
      cell.click();
      return;
    }
    const rows = this.querySelectorAll('.pm-table tbody tr').length;
    const cols = this.querySelectorAll(`a.pm-cell[data-i="0"]`).length;
    const to = target(event, Number(cell.dataset.i), Number(cell.dataset.j), rows, cols);
    if (!to) return;
    const next = this.querySelector<HTMLAnchorElement>(`a.pm-cell[data-i="${to[0]}"][data-j="${to[1]}"]`);
    // Past the edge there is no cell: focus stays, and the key is still the grid's (no page scroll).
    event.preventDefault();
    next?.focus();
  }

  /** Makes `cell` the grid's only Tab stop (the roving tabindex). */
  private rove(cell: HTMLAnchorElement): void {
    for (const stop of this.querySelectorAll<HTMLAnchorElement>('a.pm-cell[tabindex="0"]')) stop.tabIndex = -1;
    cell.tabIndex = 0;
  }

  private async recompute(workspace: string): Promise<void> {
    const sources = sourcesOf(workspace);
    // Playgrounds announce their unchanged text on load: the build-time matrix already shows that.
    if (!this.recomputed && sources.every((s) => !s.edited && s.errors === 0)) return;
    this.recomputed = true;
    const run = ++this.runs;
    const body = ownElement(this, '.pm-body');
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
