// Text for the cluster picture's boxes, which SVG does not wrap by itself: a long name or label is broken
// onto more lines rather than cut short.

/** A label in lines of at most `max` characters: broken between the items of a list (after `, `) first, then
 * inside a name after `/` `.` `-` `=`, and only then anywhere — a long name stays whole inside its box instead
 * of being cut short. */
export function wrap(text: string, max: number): string[] {
  return pack(text.split(/(?<=, )/), max, (item) => pack(item.split(/(?<=[/.=-])/), max, (part) => chop(part, max)));
}

/** Pieces joined greedily into lines of at most `max` characters; a piece longer than that is split by `split`. */
function pack(pieces: string[], max: number, split: (piece: string) => string[]): string[] {
  const lines: string[] = [];
  let line = '';
  for (const piece of pieces) {
    if ((line + piece).trimEnd().length <= max) {
      line += piece;
      continue;
    }
    if (line.trimEnd() !== '') lines.push(line.trimEnd());
    if (piece.trimEnd().length <= max) line = piece;
    else {
      const parts = split(piece);
      lines.push(...parts.slice(0, -1));
      // The space after a list item's comma is kept, in case the next item joins this line.
      line = (parts.at(-1) ?? '') + piece.slice(piece.trimEnd().length);
    }
  }
  if (line.trimEnd() !== '') lines.push(line.trimEnd());
  return lines;
}

function chop(text: string, max: number): string[] {
  const parts: string[] = [];
  for (let at = 0; at < text.length; at += max) parts.push(text.slice(at, at + max));
  return parts;
}
