// The validation result as an element tree (svg.ts's h()): the summary, then kubectl's message for each field
// with its line and Korean hint. Diagnostics.astro writes it at build time and the playground builds the same
// tree as DOM after each edit.
import type { Diagnostic } from '../engine';
import { badgeOf, diagnosticMessage } from './diagnostics';
import { h, type SvgElement } from './svg';
import { ui } from './strings';

export function diagnosticsTree(diagnostics: Diagnostic[]): SvgElement[] {
  const badge = badgeOf(diagnostics);
  const summary = h('p', { class: 'k8s-summary', 'data-state': badge.state }, [
    h('span', { 'aria-hidden': 'true' }, badge.symbol),
    h('span', {}, ` ${badge.label}${diagnostics.length === 0 ? ` — ${ui.noProblems}` : ''}`),
  ]);
  if (diagnostics.length === 0) return [summary];
  return [
    summary,
    h(
      'ol',
      { class: 'k8s-diags' },
      diagnostics.map((d) =>
        h('li', { 'data-severity': d.severity }, [
          h(
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
          h('code', { class: 'k8s-message' }, diagnosticMessage(d)),
          ...(d.hint ? [h('p', { class: 'k8s-hint' }, d.hint)] : []),
        ]),
      ),
    ),
  ];
}
