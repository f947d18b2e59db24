// Go's text/tabwriter, which kubectl prints every table and every `describe` through: a cell ends at a
// tab, and a column is as wide as its widest cell in a block of consecutive lines that have that column.
// The last cell of a line is not part of a column (it is never padded).

export interface TabwriterOptions {
  minwidth: number;
  padding: number;
}

/** kubectl get: printers.GetNewTabWriter (minwidth 6, tabwidth 4, padding 3). */
export const TABLE: TabwriterOptions = { minwidth: 6, padding: 3 };
/** kubectl describe: tabbedString (minwidth 0, tabwidth 8, padding 2). */
export const DESCRIBE: TabwriterOptions = { minwidth: 0, padding: 2 };

export function tabwrite(text: string, options: TabwriterOptions): string {
  const lines = text.split('\n').map((line) => line.split('\t'));
  const out: string[] = [];
  const widths: number[] = [];

  const write = (from: number, to: number) => {
    for (const cells of lines.slice(from, to)) {
      out.push(
        cells
          .map((cell, j) =>
            j < widths.length && j < cells.length - 1
              ? cell + ' '.repeat(Math.max(0, (widths[j] ?? 0) - displayWidth(cell)))
              : cell,
          )
          .join(''),
      );
    }
  };

  // text/tabwriter.go: (*Writer).format
  const format = (line0: number, line1: number): void => {
    const column = widths.length;
    for (let current = line0; current < line1; current++) {
      if (column >= (lines[current]?.length ?? 0) - 1) continue;
      write(line0, current);
      line0 = current;
      let width = options.minwidth;
      for (; current < line1; current++) {
        const cells = lines[current] ?? [];
        if (column >= cells.length - 1) break;
        width = Math.max(width, displayWidth(cells[column] ?? '') + options.padding);
      }
      widths.push(width);
      format(line0, current);
      widths.pop();
      line0 = current;
    }
    write(line0, line1);
  };

  format(0, lines.length);
  return out.join('\n');
}

/** Go counts runes (tabwriter measures UTF-8 text in runes), not UTF-16 units. */
function displayWidth(cell: string): number {
  return [...cell].length;
}
