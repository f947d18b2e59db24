// cobra's "Did you mean this?" (spf13/cobra command.go findSuggestions / SuggestionsFor): commands whose
// name is within Levenshtein distance 2 of what was typed (case-insensitive), or that start with it.

const MINIMUM_DISTANCE = 2;

export function suggestionsFor(typed: string, names: readonly string[]): string[] {
  const lower = typed.toLowerCase();
  return names.filter((name) => distance(lower, name.toLowerCase()) <= MINIMUM_DISTANCE || name.startsWith(lower));
}

/** cobra's text after an unknown command: empty when nothing is close. */
export function didYouMean(typed: string, names: readonly string[]): string {
  const found = suggestionsFor(typed, names);
  return found.length === 0 ? '' : `\n\nDid you mean this?\n${found.map((s) => `\t${s}`).join('\n')}`;
}

/** cobra ld(): Levenshtein distance. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const [above = 0, diagonal = 0] = [previous[j], previous[j - 1]];
      const left = current[j - 1] ?? 0;
      current[j] = Math.min(above + 1, left + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
