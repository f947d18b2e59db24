// Counts in diagnostics ("and 149,990 more"): digits grouped by threes with commas, as kubectl's English
// messages are read, whatever the reader's locale.
import { message } from '../messages';

export function formatCount(n: number): string {
  return String(Math.trunc(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** At most this many diagnostics of one kind per document; the rest are one "and N more" diagnostic. */
export const MAX_REPEATED = 10;

/** The message of the diagnostic that stands for `n` more of the same kind. */
export function moreMessage(n: number): string {
  return `and ${formatCount(n)} more`;
}

export function moreHint(n: number): string {
  return message('yaml.more', { count: formatCount(n) });
}
