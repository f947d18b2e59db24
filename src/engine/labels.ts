// metav1.LabelSelector semantics (apimachinery pkg/labels): matchLabels and matchExpressions are ANDed;
// an empty selector selects everything.
import type { LabelSelector, Labels } from '../model';

/** A Service's selector: every key must be present with the same value (an empty map selects nothing there — see callers). */
export function matchesLabels(labels: Labels, wanted: Labels): boolean {
  for (const [key, value] of Object.entries(wanted)) if (labels[key] !== value) return false;
  return true;
}

export function matchesSelector(labels: Labels, selector: LabelSelector): boolean {
  if (selector.matchLabels && !matchesLabels(labels, selector.matchLabels)) return false;
  for (const requirement of selector.matchExpressions ?? []) {
    const has = Object.hasOwn(labels, requirement.key);
    const value = labels[requirement.key];
    const values = requirement.values ?? [];
    switch (requirement.operator) {
      case 'In':
        if (!has || !values.includes(value!)) return false;
        break;
      case 'NotIn':
        if (has && values.includes(value!)) return false;
        break;
      case 'Exists':
        if (!has) return false;
        break;
      case 'DoesNotExist':
        if (has) return false;
        break;
    }
  }
  return true;
}
