// The live renders of a validation result, a route's trace and the policy matrix: the same structure as
// their build-time components (Diagnostics.astro, Trace.astro, PolicyMatrix.astro), built with textContent.
import type { Diagnostic, RouteResult } from '../engine';
import { assumptionSteps, pathSteps } from '../ui/cluster-layout';
import { badgeOf, diagnosticMessage } from '../ui/diagnostics';
import type { MatrixView } from '../ui/matrix';
import { matrixTree } from '../ui/matrix-tree';
import { outcomeOf } from '../ui/trace';
import { ui } from '../ui/strings';
import type { WorkspaceSource } from '../ui/workspace';
import { el, treeToDom } from './dom';

export function renderBadge(badge: HTMLElement, diagnostics: Diagnostic[]): void {
  const b = badgeOf(diagnostics);
  badge.dataset.state = b.state;
  badge.replaceChildren(el('span', { 'aria-hidden': 'true' }, b.symbol), ` ${b.label}`);
}

export function renderDiagnostics(diagnostics: Diagnostic[]): Node[] {
  const b = badgeOf(diagnostics);
  const summary = el(
    'p',
    { class: 'k8s-summary', 'data-state': b.state },
    el('span', { 'aria-hidden': 'true' }, b.symbol),
    ` ${b.label}${diagnostics.length === 0 ? ` — ${ui.noProblems}` : ''}`,
  );
  if (diagnostics.length === 0) return [summary];
  const list = el(
    'ol',
    { class: 'k8s-diags' },
    ...diagnostics.map((d) =>
      el(
        'li',
        { 'data-severity': d.severity },
        el(
          'button',
          {
            type: 'button',
            class: 'k8s-line',
            'data-line': d.line,
            'data-column': d.column,
            title: ui.goToLine(d.line),
          },
          `${ui.severity[d.severity]} · ${ui.line(d.line)}`,
        ),
        el('code', { class: 'k8s-message' }, diagnosticMessage(d)),
        d.hint ? el('p', { class: 'k8s-hint' }, d.hint) : null,
      ),
    ),
  );
  return [summary, list];
}

export interface TraceInput {
  command: string;
  result?: RouteResult;
  problem?: string;
  broken: WorkspaceSource[];
  edited: WorkspaceSource[];
}

export function renderTrace(input: TraceInput): Node[] {
  const nodes: Node[] = [el('p', { class: 'rs-command' }, el('code', {}, `$ ${input.command}`))];
  if (input.problem)
    nodes.push(
      el(
        'p',
        { class: 'rs-outcome', 'data-state': 'bad' },
        el('span', { 'aria-hidden': 'true' }, '✗'),
        ` ${ui.commandProblem(input.problem)}`,
      ),
    );
  for (const b of input.broken)
    nodes.push(
      el(
        'p',
        { class: 'rs-warning' },
        el('span', { 'aria-hidden': 'true' }, '!'),
        ` ${ui.workspaceErrors(b.title, b.errors)}`,
      ),
    );
  if (input.edited.length > 0)
    nodes.push(el('p', { class: 'rs-note' }, ui.usesEdited(input.edited.map((e) => e.title).join(', '))));
  const result = input.result;
  if (!result) return nodes;
  const outcome = outcomeOf(result);
  nodes.push(
    el(
      'p',
      { class: 'rs-outcome', 'data-state': outcome.state },
      el('span', { 'aria-hidden': 'true' }, outcome.symbol),
      ' ',
      el('strong', {}, outcome.label),
      outcome.detail ? ` — ${outcome.detail}` : '',
    ),
  );
  const steps = pathSteps(result);
  if (steps.length > 0) {
    nodes.push(
      el(
        'ol',
        { class: 'rs-steps' },
        ...steps.map((s, i) =>
          el(
            'li',
            { 'data-step': i, 'data-kind': s.kind },
            el('span', { class: 'rs-object' }, s.object),
            ' ',
            el('span', { class: 'rs-message' }, s.message),
          ),
        ),
      ),
    );
  }
  const assumed = assumptionSteps(result);
  if (assumed.length > 0) {
    nodes.push(
      el(
        'details',
        { class: 'rs-assumed' },
        el('summary', {}, ui.assumptions(assumed.length)),
        el(
          'ul',
          {},
          ...assumed.map((s) =>
            el(
              'li',
              {},
              el('span', { class: 'rs-object' }, s.object),
              ' ',
              el('span', { class: 'rs-message' }, s.message),
            ),
          ),
        ),
      ),
    );
  }
  return nodes;
}

export function renderMatrix(
  view: MatrixView,
  id: string,
  port: number,
  protocol: string,
  broken: WorkspaceSource[],
): Node[] {
  return matrixTree(view, id, port, protocol, broken).map((tree) => treeToDom(tree));
}
