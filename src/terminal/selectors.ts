// Label selectors as kubectl reads them from `-l` (apimachinery labels.Parse) and prints them
// (labels.FormatLabels, metav1.FormatLabelSelector).
import type { LabelSelector, Labels } from '../engine';

type Requirement = { key: string; op: 'in' | 'notin' | 'exists' | '!'; values: string[] };

export function parseSelector(text: string): Requirement[] | string {
  const requirements: Requirement[] = [];
  for (const part of splitTopLevel(text)) {
    const term = part.trim();
    if (term === '') continue;
    let match: RegExpExecArray | null;
    if ((match = /^([\w./-]+)\s+(in|notin)\s+\(([^)]*)\)$/.exec(term))) {
      requirements.push({
        key: match[1]!,
        op: match[2] as 'in' | 'notin',
        values: match[3]!.split(',').map((v) => v.trim()),
      });
    } else if ((match = /^([\w./-]+)\s*(==|=|!=)\s*([\w.-]*)$/.exec(term))) {
      requirements.push({ key: match[1]!, op: match[2] === '!=' ? 'notin' : 'in', values: [match[3]!] });
    } else if ((match = /^!([\w./-]+)$/.exec(term))) {
      requirements.push({ key: match[1]!, op: '!', values: [] });
    } else if ((match = /^([\w./-]+)$/.exec(term))) {
      requirements.push({ key: match[1]!, op: 'exists', values: [] });
    } else {
      return `error: unable to parse requirement: found '${term}', expected: identifier`;
    }
  }
  return requirements;
}

export function matchesSelector(requirements: Requirement[], labels: Labels): boolean {
  return requirements.every((r) => {
    const has = Object.hasOwn(labels, r.key);
    switch (r.op) {
      case 'in':
        return has && r.values.includes(labels[r.key]!);
      case 'notin':
        return !has || !r.values.includes(labels[r.key]!);
      case 'exists':
        return has;
      case '!':
        return !has;
    }
  });
}

/**
 * apimachinery labels.FormatLabels → Set.String(): the `k=v` strings sorted as strings (so
 * `app.kubernetes.io/name=web` comes before `app=web`: '.' sorts before '='), `<none>` when empty.
 */
export function formatLabels(labels: Labels | undefined): string {
  const pairs = Object.entries(labels ?? {})
    .map(([k, v]) => `${k}=${v}`)
    .sort(compareBytes);
  return pairs.length === 0 ? '<none>' : pairs.join(',');
}

/**
 * metav1.FormatLabelSelector: LabelSelectorAsSelector adds every requirement to a selector, which sorts
 * them by key (labels.ByKey), matchLabels and matchExpressions together; set values sorted; `<none>` when
 * the selector is empty.
 */
export function formatLabelSelector(selector: LabelSelector | undefined): string {
  const parts: { key: string; text: string }[] = Object.entries(selector?.matchLabels ?? {}).map(([k, v]) => ({
    key: k,
    text: `${k}=${v}`,
  }));
  for (const e of selector?.matchExpressions ?? []) {
    const values = [...(e.values ?? [])].sort(compareBytes).join(',');
    const text =
      e.operator === 'In'
        ? `${e.key} in (${values})`
        : e.operator === 'NotIn'
          ? `${e.key} notin (${values})`
          : e.operator === 'Exists'
            ? e.key
            : `!${e.key}`;
    parts.push({ key: e.key, text });
  }
  parts.sort((a, b) => compareBytes(a.key, b.key));
  return parts.length === 0 ? '<none>' : parts.map((p) => p.text).join(',');
}

/** Go compares strings byte by byte; for the ASCII of label keys that is code-unit order. */
export function compareBytes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of text) {
    if (char === '(') depth++;
    if (char === ')') depth--;
    if (char === ',' && depth === 0) {
      parts.push(current);
      current = '';
    } else current += char;
  }
  parts.push(current);
  return parts;
}
