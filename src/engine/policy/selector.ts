// Label selectors as explanations print them. Matching itself is the loader's matchesSelector
// (cluster/labels.ts), so Services and policies select pods the same way.
import type { LabelSelector } from '../model';

export function isEmptySelector(selector: LabelSelector): boolean {
  return Object.keys(selector.matchLabels ?? {}).length === 0 && (selector.matchExpressions ?? []).length === 0;
}

/** The selector as `kubectl describe` prints it (labels.Selector String(): sorted by key). */
export function describeSelector(selector: LabelSelector): string {
  const parts: [string, string][] = [];
  for (const [key, value] of Object.entries(selector.matchLabels ?? {})) parts.push([key, `${key}=${value}`]);
  for (const r of selector.matchExpressions ?? []) {
    const values = [...(r.values ?? [])].sort().join(',');
    const text =
      r.operator === 'In'
        ? `${r.key} in (${values})`
        : r.operator === 'NotIn'
          ? `${r.key} notin (${values})`
          : r.operator === 'Exists'
            ? r.key
            : `!${r.key}`;
    parts.push([r.key, text]);
  }
  if (parts.length === 0) return '<none>';
  return parts
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([, text]) => text)
    .join(',');
}
