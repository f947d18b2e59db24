// What a widget shows when the engine did not answer: why, in Korean, with a retry button — and for an input
// too large for the page, the command that runs the same check on the reader's own machine.
import type { EngineFailure } from './engine-client';
import { EngineError } from './engine-client';
import { el } from './dom';
import { ui } from '../ui/strings';

export function failureOf(error: unknown): EngineFailure {
  return error instanceof EngineError ? error.kind : 'load';
}

/** `message` replaces the engine's words when something else failed to load (the editor). */
export function renderFailure(kind: EngineFailure, retry: () => void, cli?: string, message?: string): HTMLElement {
  const button = el('button', { type: 'button', class: 'k8s-retry' }, ui.retry);
  button.addEventListener('click', retry, { once: true });
  return el(
    'div',
    { class: 'k8s-failure', role: 'alert', 'data-failure': kind },
    el('p', {}, message ?? ui.engineFailed[kind]),
    kind === 'budget' && cli ? el('pre', {}, el('code', {}, cli)) : null,
    button,
  );
}
