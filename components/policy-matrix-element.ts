// <k8s-policy-matrix>: a cell shows its explanation beside the table; an edit in a playground of the same
// workspace (the policies are editable there) recomputes the matrix.
import { loadEngine } from '../src/browser/load-engine';
import { sourcesOf, subscribe } from '../src/browser/workspace';
import type { Protocol } from '../src/engine';

class PolicyMatrixElement extends HTMLElement {
  private scenario = '';
  private shown?: string;
  private recomputed = false;

  connectedCallback(): void {
    this.scenario = JSON.parse(this.querySelector('.rs-scenario-text')?.textContent ?? '""') as string;
    this.addEventListener('click', (event) => this.onClick(event));
    const workspace = this.dataset.workspace;
    if (workspace) subscribe(workspace, () => void this.recompute(workspace));
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
    for (const chosen of this.querySelectorAll('.pm-chosen')) chosen.classList.remove('pm-chosen');
    cell.parentElement?.classList.add('pm-chosen');
    this.shown = id;
  }

  private async recompute(workspace: string): Promise<void> {
    const sources = sourcesOf(workspace);
    if (!this.recomputed && sources.every((s) => !s.edited && s.errors === 0)) return;
    const engine = await loadEngine();
    // Playgrounds announce their unchanged text on load: the build-time matrix already shows that.
    this.recomputed = true;
    const joined = engine.joinWorkspace(this.scenario, sources);
    const port = Number(this.dataset.port);
    const protocol = (this.dataset.protocol ?? 'TCP') as Protocol;
    const view = engine.matrixOf(engine, engine.loadCluster(joined.text), port, protocol);
    this.querySelector('.pm-body')!.replaceChildren(
      ...engine.renderMatrix(view, this.id, port, protocol, joined.broken),
    );
    if (this.shown) this.querySelector<HTMLAnchorElement>(`a.pm-cell[href="#${CSS.escape(this.shown)}"]`)?.click();
  }
}

customElements.define('k8s-policy-matrix', PolicyMatrixElement);
