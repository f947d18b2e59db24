// metav1.LabelSelector as apimachinery's labels.Selector evaluates it
// (apimachinery pkg/apis/meta/v1/helpers.go LabelSelectorAsSelector, pkg/labels/selector.go):
// matchLabels and matchExpressions are ANDed; an empty selector selects everything.
import type { LabelSelector, LabelSelectorRequirement, Labels } from '../model';

export function selectorMatches(selector: LabelSelector, labels: Labels): boolean {
  for (const [key, value] of Object.entries(selector.matchLabels ?? {})) {
    if (!Object.hasOwn(labels, key) || labels[key] !== value) return false;
  }
  return (selector.matchExpressions ?? []).every((requirement) => requirementMatches(requirement, labels));
}

function requirementMatches(requirement: LabelSelectorRequirement, labels: Labels): boolean {
  const has = Object.hasOwn(labels, requirement.key);
  const values = requirement.values ?? [];
  switch (requirement.operator) {
    case 'In':
      return has && values.includes(labels[requirement.key] ?? '');
    case 'NotIn':
      // selector.go Requirement.Matches: a missing key satisfies NotIn.
      return !has || !values.includes(labels[requirement.key] ?? '');
    case 'Exists':
      return has;
    case 'DoesNotExist':
      return !has;
    default:
      return false;
  }
}

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
