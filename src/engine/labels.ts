// Labels and label selectors, the one implementation (apimachinery pkg/labels, metav1.LabelSelector): matching for
// validate, the loader, kube-proxy, NetworkPolicies and Gateway attachment; reading kubectl -l; printing for kubectl
// and the policy explanations. Semantics for matching: matchLabels and matchExpressions are ANDed; an empty selector
// selects everything.
import type { LabelSelector, LabelSelectorRequirement, Labels } from './model';
import { arr, record, stringEntries, text } from './values';

/** A Service's selector: every key must be present with the same value (an empty map selects nothing there — see callers). */
export function matchesLabels(labels: Labels, wanted: Labels): boolean {
  for (const [key, value] of Object.entries(wanted)) if (labels[key] !== value) return false;
  return true;
}

export function matchesSelector(labels: Labels, selector: LabelSelector): boolean {
  if (selector.matchLabels && !matchesLabels(labels, selector.matchLabels)) return false;
  for (const requirement of selector.matchExpressions ?? []) {
    const value = Object.hasOwn(labels, requirement.key) ? labels[requirement.key] : undefined;
    const values = requirement.values ?? [];
    switch (requirement.operator) {
      case 'In':
        if (value === undefined || !values.includes(value)) return false;
        break;
      case 'NotIn':
        if (value !== undefined && values.includes(value)) return false;
        break;
      case 'Exists':
        if (value === undefined) return false;
        break;
      case 'DoesNotExist':
        if (value !== undefined) return false;
        break;
      default:
        // labels.Requirement.Matches: an operator it does not know matches nothing.
        return false;
    }
  }
  return true;
}

/** A selector read from decoded JSON: string entries only, each operator as written (validate reports bad ones). */
export function readSelector(value: unknown): LabelSelector {
  const selector = record(value) ?? {};
  const matchLabels = record(selector.matchLabels) ? stringEntries(selector.matchLabels) : undefined;
  const matchExpressions = arr(selector.matchExpressions).map((e): LabelSelectorRequirement => {
    const expression = record(e) ?? {};
    const values = arr(expression.values).filter((v): v is string => typeof v === 'string');
    return {
      key: text(expression.key) ?? '',
      operator: (text(expression.operator) ?? '') as LabelSelectorRequirement['operator'],
      ...(Array.isArray(expression.values) ? { values } : {}),
    };
  });
  return { ...(matchLabels ? { matchLabels } : {}), ...(matchExpressions.length > 0 ? { matchExpressions } : {}) };
}

/**
 * A selector as kubectl's `-l` reads it (apimachinery pkg/labels selector.go Parse): comma-separated
 * requirements `k=v`, `k==v`, `k!=v`, `k in (a,b)`, `k notin (a,b)`, `k` (exists), `!k` (does not exist), read
 * into the LabelSelector they stand for (`=`/`==` as In with one value, `!=` as NotIn). A string is kubectl's error.
 */
export function parseSelector(text: string): LabelSelector | string {
  const matchExpressions: LabelSelectorRequirement[] = [];
  for (const part of splitTopLevel(text)) {
    const term = part.trim();
    if (term === '') continue;
    // Every group in these patterns is mandatory, so a match has them all; the defaults only satisfy the type.
    let match: RegExpExecArray | null;
    if ((match = /^([\w./-]+)\s+(in|notin)\s+\(([^)]*)\)$/.exec(term))) {
      const [, key = '', operator, list = ''] = match;
      const values = list.split(',').map((v) => v.trim());
      matchExpressions.push({ key, operator: operator === 'in' ? 'In' : 'NotIn', values });
    } else if ((match = /^([\w./-]+)\s*(==|=|!=)\s*([\w.-]*)$/.exec(term))) {
      const [, key = '', operator, value = ''] = match;
      matchExpressions.push({ key, operator: operator === '!=' ? 'NotIn' : 'In', values: [value] });
    } else if ((match = /^!([\w./-]+)$/.exec(term))) {
      const [, key = ''] = match;
      matchExpressions.push({ key, operator: 'DoesNotExist' });
    } else if ((match = /^([\w./-]+)$/.exec(term))) {
      const [, key = ''] = match;
      matchExpressions.push({ key, operator: 'Exists' });
    } else {
      return `error: unable to parse requirement: found '${term}', expected: identifier`;
    }
  }
  return matchExpressions.length > 0 ? { matchExpressions } : {};
}

/** Commas inside `( … )` belong to a value list, not between requirements. */
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

/** No matchLabels and no matchExpressions: selects everything (and prints as `<none>`). */
export function isEmptySelector(selector: LabelSelector): boolean {
  return Object.keys(selector.matchLabels ?? {}).length === 0 && (selector.matchExpressions ?? []).length === 0;
}

/**
 * labels.FormatLabels → Set.String(): the `k=v` strings sorted as strings (so `app.kubernetes.io/name=web` comes
 * before `app=web`: '.' sorts before '='), `<none>` when empty. JavaScript's sort compares UTF-16 code units, Go's
 * bytes: the same order for the ASCII of label keys and values.
 */
export function formatLabels(labels: Labels | undefined): string {
  const pairs = Object.entries(labels ?? {})
    .map(([k, v]) => `${k}=${v}`)
    .sort();
  return pairs.length === 0 ? '<none>' : pairs.join(',');
}

/**
 * metav1.FormatLabelSelector, as kubectl describe and get print a selector: LabelSelectorAsSelector makes one
 * requirement per matchLabels entry (`k=v`) and per expression, the selector sorts them by key (internalSelector
 * Add), and each prints as Requirement.String (`k in (a,b)` with the values sorted, `k`, `!k`); `<none>` when
 * there are none.
 */
export function formatLabelSelector(selector: LabelSelector | undefined): string {
  const parts: [string, string][] = [];
  for (const [key, value] of Object.entries(selector?.matchLabels ?? {})) parts.push([key, `${key}=${value}`]);
  for (const r of selector?.matchExpressions ?? []) {
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
