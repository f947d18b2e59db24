// A route's trace as an element tree (svg.ts's h()): the command, the outcome in one sentence, the hops the
// request took (numbers match the picture's badges) and the defaults the cluster was filled in with.
// Trace.astro writes it at build time and the simulator builds the same tree as DOM after each run.
import type { RouteResult } from '../engine';
import { assumptionSteps, pathSteps, type PathStep } from './cluster-layout';
import { h, type SvgElement } from './svg';
import { outcomeOf } from './trace';
import { ui } from './strings';

export interface TraceInput {
  command: string;
  result?: RouteResult;
  problem?: string;
  broken: { title: string; errors: number }[];
  edited?: { title: string }[];
}

function warning(text: string): SvgElement {
  return h('p', { class: 'rs-warning' }, [h('span', { 'aria-hidden': 'true' }, '!'), h('span', {}, ` ${text}`)]);
}

/** How a hop names its object: the request line says what curl sends, so it is not also called `curl`. */
function objectOf(step: PathStep): string {
  return step.kind === 'request' ? ui.requestStep : step.object;
}

function stepItem(step: PathStep, i: number, outcomeDetail: string | undefined): SvgElement {
  // The outcome line already says why the request stopped here: the hop does not say it twice.
  const message = step.message === outcomeDetail ? ui.stoppedHere : step.message;
  return h('li', { 'data-step': i, 'data-kind': step.kind }, [
    h('span', { class: 'rs-object' }, objectOf(step)),
    h('span', {}, ' '),
    h('span', { class: 'rs-message' }, message),
    ...(step.candidates
      ? [
          h(
            'ul',
            { class: 'rs-candidates', 'aria-label': ui.candidates(step.candidates.length) },
            step.candidates.map((c) => h('li', {}, c)),
          ),
        ]
      : []),
  ]);
}

export function traceTree(input: TraceInput): SvgElement[] {
  const nodes: SvgElement[] = [h('p', { class: 'rs-command' }, [h('code', {}, `$ ${input.command}`)])];
  if (input.problem)
    nodes.push(
      h('p', { class: 'rs-outcome', 'data-state': 'bad' }, [
        h('span', { 'aria-hidden': 'true' }, '✗'),
        h('span', {}, ` ${ui.commandProblem(input.problem)}`),
      ]),
    );
  for (const b of input.broken) nodes.push(warning(ui.workspaceErrors(b.title, b.errors)));
  if (input.edited && input.edited.length > 0)
    nodes.push(h('p', { class: 'rs-note' }, ui.usesEdited(input.edited.map((e) => e.title).join(', '))));
  const result = input.result;
  if (!result) return nodes;
  const outcome = outcomeOf(result);
  nodes.push(
    h('p', { class: 'rs-outcome', 'data-state': outcome.state }, [
      h('span', { 'aria-hidden': 'true' }, outcome.symbol),
      h('span', {}, ' '),
      h('strong', {}, outcome.label),
      ...(outcome.detail ? [h('span', {}, ` — ${outcome.detail}`)] : []),
    ]),
  );
  const steps = pathSteps(result);
  if (steps.length > 0)
    nodes.push(
      h(
        'ol',
        { class: 'rs-steps' },
        steps.map((s, i) => stepItem(s, i, outcome.detail)),
      ),
    );
  const assumed = assumptionSteps(result);
  if (assumed.length > 0)
    nodes.push(
      h('details', { class: 'rs-assumed' }, [
        h('summary', {}, ui.assumptions(assumed.length)),
        h(
          'ul',
          {},
          assumed.map((s) =>
            h('li', {}, [
              h('span', { class: 'rs-object' }, s.object),
              h('span', {}, ' '),
              h('span', { class: 'rs-message' }, s.message),
            ]),
          ),
        ),
      ]),
    );
  return nodes;
}
