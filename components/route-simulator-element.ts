// <k8s-route-simulator>: runs the command the reader types (or a preset) against the workspace's cluster —
// the scenario plus the current text of the same workspace's playgrounds — and walks the path step by step.
import { el, ownElement } from '../src/browser/dom';
import { loadViews, runTask } from '../src/browser/engine-client';
import { failureOf, renderFailure } from '../src/browser/failure';
import { whenVisible } from '../src/browser/schedule';
import { sourcesOf, subscribe } from '../src/browser/workspace';
import { ui } from '../src/ui/strings';

const STEP_MS = 450;

class RouteSimulatorElement extends HTMLElement {
  private scenario = '';
  private timer?: number;
  private step = 0;
  private steps = 0;
  private ran = false;
  private ready = false;
  /** Counts runs, so a run that finishes after a newer one started never draws over the reader's command. */
  private runs = 0;

  connectedCallback(): void {
    this.scenario = JSON.parse(this.querySelector('.rs-scenario-text')?.textContent ?? '""') as string;
    const form = ownElement(this, 'form');
    form.hidden = false;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.run();
    });
    whenVisible(this);
    for (const preset of this.querySelectorAll<HTMLButtonElement>('.rs-preset')) {
      preset.disabled = false;
      preset.addEventListener('click', () => {
        this.input.value = preset.dataset.command ?? '';
        void this.run();
      });
    }
    ownElement(this, '.rs-stepper').addEventListener('click', (event) => this.onStepper(event));
    this.steps = this.querySelectorAll('.rs-steps > li').length;
    this.showStepper();
    const workspace = this.dataset.workspace;
    // An edit in a playground of the workspace re-runs the command at once.
    if (workspace) subscribe(workspace, () => void this.run(false), this);
  }

  private get input(): HTMLInputElement {
    return ownElement(this, 'input[name="command"]');
  }

  private async run(animate = true): Promise<void> {
    const workspace = this.dataset.workspace;
    const sources = workspace ? sourcesOf(workspace) : [];
    // Playgrounds announce their unchanged text on load: the build-time trace already shows that, and the
    // engine is not fetched before the reader acts.
    if (!animate && !this.ran && sources.every((s) => !s.edited && s.errors === 0)) return;
    this.ran = true;
    const run = ++this.runs;
    const command = this.input.value.trim();
    const result = ownElement(this, '.rs-result');
    // Until the engine has answered once, show the reader's command at once, not the build-time trace of the
    // first preset, which would read as the answer to their click.
    if (!this.ready)
      result.replaceChildren(
        el('p', { class: 'rs-command' }, el('code', {}, `$ ${command}`)),
        el('p', { class: 'k8s-status' }, ui.loading),
      );
    let simulation, views;
    try {
      [simulation, views] = await Promise.all([
        runTask('simulate', {
          scenario: this.scenario,
          sources: workspace ? sourcesOf(workspace) : [],
          command,
          from: this.dataset.from,
          pictureId: `${this.id}-pic`,
        }),
        loadViews(),
      ]);
    } catch (error) {
      if (run !== this.runs) return;
      // No old trace or lit picture stays beside a command it does not answer.
      this.ready = false;
      this.steps = 0;
      this.showStepper();
      result.replaceChildren(
        el('p', { class: 'rs-command' }, el('code', {}, `$ ${command}`)),
        renderFailure(
          failureOf(error),
          () => void this.run(animate),
          `npm run cli -- route cluster.yaml --from ${this.dataset.from ?? 'ip:192.168.1.10'} URL`,
        ),
      );
      return;
    }
    if (run !== this.runs) return;
    this.ready = true;
    const picture = simulation.picture;
    ownElement(this, '.cp-frame').replaceChildren(views.treeToDom(picture.svg));
    result.replaceChildren(
      ...views.renderTrace({
        command,
        result: simulation.result,
        problem: simulation.problem,
        broken: simulation.broken,
        edited: simulation.edited,
      }),
    );
    this.steps = picture.steps;
    this.showStepper();
    const reduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    if (animate && !reduced && this.steps > 1) this.play();
    else this.show(this.steps - 1);
  }

  private showStepper(): void {
    const stepper = ownElement<HTMLElement>(this, '.rs-stepper');
    stepper.hidden = this.steps === 0;
    this.show(this.steps - 1);
  }

  private play(): void {
    window.clearInterval(this.timer);
    this.show(0);
    this.timer = window.setInterval(() => {
      if (this.step >= this.steps - 1) window.clearInterval(this.timer);
      else this.show(this.step + 1);
    }, STEP_MS);
  }

  private onStepper(event: Event): void {
    const which = (event.target as Element).closest('button')?.dataset.step;
    if (!which) return;
    window.clearInterval(this.timer);
    if (which === 'prev') this.show(Math.max(0, this.step - 1));
    else if (which === 'next') this.show(Math.min(this.steps - 1, this.step + 1));
    else this.show(this.steps - 1);
  }

  /** Lights the picture and the trace up to step `upto` (0-based). */
  private show(upto: number): void {
    this.step = Math.max(0, upto);
    for (const node of this.querySelectorAll<SVGElement>('.cp [data-step]')) {
      node.classList.toggle('cp-lit', Number(node.dataset.step) <= this.step);
    }
    for (const li of this.querySelectorAll<HTMLElement>('.rs-steps > li')) {
      const step = Number(li.dataset.step);
      if (step === this.step && this.step < this.steps - 1) li.setAttribute('aria-current', 'step');
      else li.removeAttribute('aria-current');
      li.classList.toggle('rs-later', step > this.step);
    }
    const label = this.querySelector('.rs-stepno');
    if (label) label.textContent = this.steps > 0 ? ui.step(this.step + 1, this.steps) : '';
  }
}

customElements.define('k8s-route-simulator', RouteSimulatorElement);
