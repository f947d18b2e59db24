// The policy matrix's markup as an element tree (svg.ts's h()): PolicyMatrix.astro writes it at build time
// and the page builds the same tree as DOM after an edit, so both always show the same table.
import { h, type SvgElement } from './svg';
import { ui } from './strings';
import type { MatrixCell, MatrixView } from './matrix';
import type { WorkspaceSource } from './workspace';

function cellState(cell: MatrixCell): 'true' | 'false' | 'some' {
  if (cell.allowed) return 'true';
  return cell.pairs && cell.pairs.allowed > 0 ? 'some' : 'false';
}

function cellText(cell: MatrixCell): string {
  if (cell.pairs && cellState(cell) === 'some') return `${cell.pairs.allowed}/${cell.pairs.total}`;
  return cell.allowed ? '✓' : '✗';
}

/** Row i's and column i's label: matrix.ts gives a label to each row of cells, so it exists for every i. */
function labelOf(view: MatrixView, i: number): string {
  return view.labels[i] ?? '';
}

function cellLabel(view: MatrixView, cell: MatrixCell, i: number, j: number): string {
  const from = labelOf(view, i);
  const to = labelOf(view, j);
  return cell.pairs && cellState(cell) === 'some'
    ? ui.cellPartLabel(from, to, cell.pairs.allowed, cell.pairs.total)
    : ui.cellLabel(from, to, cell.allowed);
}

function rowHeading(view: MatrixView, i: number): SvgElement {
  const members = view.groups?.[i];
  if (!members) return h('th', { scope: 'row' }, labelOf(view, i));
  // A group opens to its pods.
  return h('th', { scope: 'row' }, [
    h('details', { class: 'pm-group' }, [
      h('summary', {}, labelOf(view, i)),
      h(
        'ul',
        {},
        members.map((pod) => h('li', {}, pod)),
      ),
    ]),
  ]);
}

export function matrixTree(
  view: MatrixView,
  id: string,
  port: number,
  protocol: string,
  broken: WorkspaceSource[],
): SvgElement[] {
  const cellId = (i: number, j: number) => `${id}-c${i}-${j}`;
  const nodes: SvgElement[] = broken.map((b) =>
    h('p', { class: 'rs-warning' }, [
      h('span', { 'aria-hidden': 'true' }, '!'),
      h('span', {}, ` ${ui.workspaceErrors(b.title, b.errors)}`),
    ]),
  );
  if (view.pods.length === 0) nodes.push(h('p', {}, ui.noPods));
  else {
    if (view.groups)
      nodes.push(h('p', { class: 'pm-grouped' }, ui.matrixGrouped(view.pods.length, view.groups.length)));
    nodes.push(
      h('div', { class: 'pm-scroll' }, [
        // The WAI-ARIA grid pattern: the table is one Tab stop (the cell with tabindex 0, moved by
        // policy-matrix-element.ts as focus moves), arrow keys, Home and End move between its cells.
        h('table', { class: 'pm-table', role: 'grid' }, [
          h('caption', {}, [
            h('span', {}, `${ui.matrixCaption} `),
            h('span', { class: 'pm-port' }, `(${ui.portLabel(port, protocol)})`),
          ]),
          h('thead', {}, [h('tr', {}, [h('td'), ...view.labels.map((l) => h('th', { scope: 'col' }, l))])]),
          h(
            'tbody',
            {},
            view.cells.map((row, i) =>
              h('tr', {}, [
                rowHeading(view, i),
                ...row.map((cell, j) =>
                  h('td', { 'data-allowed': cellState(cell) }, [
                    h(
                      'a',
                      {
                        href: `#${cellId(i, j)}`,
                        class: 'pm-cell',
                        'data-i': i,
                        'data-j': j,
                        tabindex: i === 0 && j === 0 ? 0 : -1,
                        'aria-label': cellLabel(view, cell, i, j),
                      },
                      cellText(cell),
                    ),
                  ]),
                ),
              ]),
            ),
          ),
        ]),
      ]),
    );
  }
  nodes.push(h('p', { class: 'pm-explanation', 'aria-live': 'polite', hidden: '' }));
  nodes.push(h('p', { class: 'pm-legend' }, ui.matrixLegend));
  nodes.push(
    h('details', { class: 'pm-all' }, [
      h('summary', {}, ui.explanationsTitle),
      h(
        'ol',
        {},
        view.cells.flatMap((row, i) =>
          row.map((cell, j) =>
            h('li', { id: cellId(i, j) }, [h('strong', {}, cellLabel(view, cell, i, j)), h('p', {}, cell.explanation)]),
          ),
        ),
      ),
    ]),
  );
  return nodes;
}
