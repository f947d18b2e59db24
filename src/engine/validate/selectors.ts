// Label selector matching (apimachinery labels.Selector): matchLabels AND every matchExpression.
import { arr, obj, str } from '../values';

/** Whether labels satisfy a metav1.LabelSelector; an empty selector matches everything. */
export function matchesSelector(selector: unknown, labels: Record<string, string>): boolean {
  const sel = obj(selector);
  for (const [key, value] of Object.entries(obj(sel.matchLabels))) {
    if (labels[key] !== value) return false;
  }
  for (const raw of arr(sel.matchExpressions)) {
    const expr = obj(raw);
    const key = str(expr.key);
    const values = arr(expr.values).map(str);
    const has = Object.prototype.hasOwnProperty.call(labels, key);
    switch (str(expr.operator)) {
      case 'In':
        if (!has || !values.includes(labels[key]!)) return false;
        break;
      case 'NotIn':
        if (has && values.includes(labels[key]!)) return false;
        break;
      case 'Exists':
        if (!has) return false;
        break;
      case 'DoesNotExist':
        if (has) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}

/** A Service's plain selector map: every pair must be present. */
export function matchesMap(selector: Record<string, string>, labels: Record<string, string>): boolean {
  return Object.entries(selector).every(([k, v]) => labels[k] === v);
}
