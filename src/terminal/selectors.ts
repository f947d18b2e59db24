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

/** labels.FormatLabels: `k=v,k2=v2` in key order, `<none>` when empty. */
export function formatLabels(labels: Labels | undefined): string {
  const keys = Object.keys(labels ?? {}).sort();
  return keys.length === 0 ? '<none>' : keys.map((k) => `${k}=${labels![k]}`).join(',');
}

/** metav1.FormatLabelSelector: matchLabels then matchExpressions, `<none>` when it selects everything. */
export function formatLabelSelector(selector: LabelSelector | undefined): string {
  const parts = Object.keys(selector?.matchLabels ?? {})
    .sort()
    .map((k) => `${k}=${selector!.matchLabels![k]}`);
  for (const e of selector?.matchExpressions ?? []) {
    const values = [...(e.values ?? [])].sort().join(',');
    if (e.operator === 'In') parts.push(`${e.key} in (${values})`);
    else if (e.operator === 'NotIn') parts.push(`${e.key} notin (${values})`);
    else if (e.operator === 'Exists') parts.push(e.key);
    else parts.push(`!${e.key}`);
  }
  return parts.length === 0 ? '<none>' : parts.join(',');
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
