// metav1.LabelSelector semantics (apimachinery pkg/labels), for validate, the loader, kube-proxy and
// NetworkPolicies: matchLabels and matchExpressions are ANDed; an empty selector selects everything.
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
