// The live renders of a validation result, a route's trace and the policy matrix: the very element trees their
// build-time components (Diagnostics.astro, Trace.astro, PolicyMatrix.astro) write as markup, built as DOM
// with textContent and attributes only.
import type { Diagnostic } from '../engine';
import { badgeOf } from '../ui/diagnostics';
import { diagnosticsTree } from '../ui/diagnostics-tree';
import type { MatrixView } from '../ui/matrix';
import { matrixTree } from '../ui/matrix-tree';
import { traceTree, type TraceInput } from '../ui/trace-tree';
import type { WorkspaceSource } from '../ui/workspace';
import { el, treeToDom } from './dom';

export function renderBadge(badge: HTMLElement, diagnostics: Diagnostic[]): void {
  const b = badgeOf(diagnostics);
  badge.dataset.state = b.state;
  badge.replaceChildren(el('span', { 'aria-hidden': 'true' }, b.symbol), ` ${b.label}`);
}

export function renderDiagnostics(diagnostics: Diagnostic[]): Node[] {
  return diagnosticsTree(diagnostics).map((tree) => treeToDom(tree));
}

export function renderTrace(input: TraceInput): Node[] {
  return traceTree(input).map((tree) => treeToDom(tree));
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
