// kubectl get --sort-by=JSONPATH (kubectl v0.34.1 pkg/cmd/get/sorter.go): the expression is relaxed to
// `{.path}` (get/customcolumn.go RelaxedJSONPathExpression), each object's first value found is compared
// by isLess — numbers as numbers, two strings that both parse as quantities as quantities, other strings
// byte-wise — and an object without the field sorts first. Equal keys keep their order (Go's sort.Sort is
// an insertion sort for the few rows a lab lists).
import { evaluateExpression } from './jsonpath';

/** RelaxedJSONPathExpression: `a.b`, `.a.b`, `{a.b}`, `{.a.b}` → `{.a.b}`; undefined for anything else. */
export function relaxedPath(expression: string): string | undefined {
  const match = /^\{\.?([^{}]+)\}$|^\.?([^{}]+)$/.exec(expression);
  if (!match) return undefined;
  return `{.${match[1] ?? match[2]}}`;
}

export const RELAXED_PATH_ERROR =
  "error: unexpected path string, expected a 'name1.name2' or '.name1.name2' or '{name1.name2}' or '{.name1.name2}'";

/** The items in --sort-by order, or kubectl's error when no item has the field. */
export function sortedBy<T>(items: T[], field: string, documentOf: (item: T) => unknown): T[] | string {
  const keyed = items.map((item) => {
    const found = evaluateExpression(field, documentOf(item));
    return { item, value: typeof found === 'string' || found.length === 0 ? MISSING : found[0] };
  });
  if (items.length > 0 && keyed.every((k) => k.value === MISSING))
    return `error: couldn't find any field with path "${field}" in the list of objects`;
  return keyed
    .map((k, index) => ({ ...k, index }))
    .sort((a, b) => (less(a.value, b.value) ? -1 : less(b.value, a.value) ? 1 : a.index - b.index))
    .map((k) => k.item);
}

const MISSING = Symbol('missing');

function less(a: unknown, b: unknown): boolean {
  if (a === MISSING) return b !== MISSING;
  if (b === MISSING) return false;
  if (typeof a === 'number' && typeof b === 'number') return a < b;
  if (typeof a === 'string' && typeof b === 'string') {
    const qa = quantity(a);
    const qb = quantity(b);
    if (qa !== undefined && qb !== undefined) return qa < qb;
    return byteLess(a, b);
  }
  if (typeof a === 'boolean' && typeof b === 'boolean') return !a && b;
  return false;
}

/** Go compares strings byte-wise (UTF-8), which is code-point order (not JavaScript's UTF-16 unit order). */
function byteLess(a: string, b: string): boolean {
  const x = [...a];
  const y = [...b];
  for (const [i, char] of x.slice(0, y.length).entries()) {
    const difference = (char.codePointAt(0) ?? 0) - (y[i]?.codePointAt(0) ?? 0);
    if (difference !== 0) return difference < 0;
  }
  return x.length < y.length;
}

const SUFFIX: Record<string, number> = {
  '': 1,
  n: 1e-9,
  u: 1e-6,
  m: 1e-3,
  k: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  P: 1e15,
  E: 1e18,
  Ki: 2 ** 10,
  Mi: 2 ** 20,
  Gi: 2 ** 30,
  Ti: 2 ** 40,
  Pi: 2 ** 50,
  Ei: 2 ** 60,
};

/** apimachinery resource.ParseQuantity's grammar (sign, digits, optional exponent or suffix). */
function quantity(text: string): number | undefined {
  const match = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+))(?:([eE][+-]?\d+)|(Ki|Mi|Gi|Ti|Pi|Ei|[numkMGTPE]))?$/.exec(text);
  if (!match) return undefined;
  const base = Number(match[1]);
  if (match[2]) return base * 10 ** Number(match[2].slice(1));
  return base * (SUFFIX[match[3] ?? ''] ?? 1);
}
