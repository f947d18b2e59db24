// `kubectl describe` of a custom resource: kubectl has no describer of its own for CRD kinds, so it prints the
// object as it comes from the API server through genericDescriber (k8s.io/kubectl/pkg/describe/describe.go
// GenericDescriberFor, printUnstructuredContent, smartLabelFor): Name, Namespace, Labels, Annotations, then
// every other field in sorted key order, nested maps indented two spaces a level, then the events. The lines
// keep their tabs: the caller lays them out with the describe tabwriter, as for every kind.
import type { Json } from './store';
import { record } from './json-values';

/** The fields genericDescriber prints itself (or never), as paths from the object's root. */
const SKIPPED = new Set([
  '.metadata.managedFields',
  '.metadata.name',
  '.metadata.namespace',
  '.metadata.labels',
  '.metadata.annotations',
]);

/** describe.go skipAnnotations: kubectl apply's own bookkeeping is not shown. */
const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';

/** describe.go maxAnnotationLen: longer values are cut and end in `...`. */
const MAX_ANNOTATION_LENGTH = 140;

export function describeUnstructured(object: Json): string {
  const metadata = record(object.metadata) ?? {};
  const lines = [
    `Name:\t${stringOf(metadata.name ?? '')}`,
    `Namespace:\t${stringOf(metadata.namespace ?? '')}`,
    ...labelLines(stringEntries(metadata.labels)),
    ...annotationLines(stringEntries(metadata.annotations)),
    ...contentLines(object, 0, ''),
    'Events:\t<none>',
  ];
  return lines.join('\n');
}

/** printUnstructuredContent: maps open a level, lists print each item one level in, scalars are `Label:\tvalue`. */
function contentLines(content: Json, level: number, path: string): string[] {
  const indent = '  '.repeat(level);
  const lines: string[] = [];
  for (const field of Object.keys(content).sort(goStringOrder)) {
    const value = content[field];
    const fieldPath = `${path}.${field}`;
    if (SKIPPED.has(fieldPath) || value === undefined) continue;
    const map = record(value);
    if (map) {
      lines.push(`${indent}${smartLabelFor(field)}:`, ...contentLines(map, level + 1, fieldPath));
    } else if (Array.isArray(value)) {
      lines.push(`${indent}${smartLabelFor(field)}:`);
      for (const item of value) {
        const child = record(item);
        if (child) lines.push(...contentLines(child, level + 1, fieldPath));
        else lines.push(`${'  '.repeat(level + 1)}${stringOf(item)}`);
      }
    } else {
      lines.push(`${indent}${smartLabelFor(field)}:\t${stringOf(value)}`);
    }
  }
  return lines;
}

/** Go's `%v` of a JSON value: strings as they are, numbers and booleans as written, null as `<nil>`. */
function stringOf(value: unknown): string {
  if (value === null) return '<nil>';
  return String(value);
}

/** sort.Strings compares bytes; JavaScript's default sort compares UTF-16 units, the same for these keys. */
function goStringOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const ACRONYMS = ['API', 'URL', 'UID', 'OSB', 'GUID'];

/** describe.go smartLabelFor: `apiVersion` → `API Version`, `backendRefs` → `Backend Refs`; a field with
 * anything but letters and `-` is printed as it is. */
export function smartLabelFor(field: string): string {
  if (/[^\p{L}-]/u.test(field)) return field;
  return camelcaseSplit(field)
    .filter((part) => part !== '_')
    .map((part) =>
      ACRONYMS.includes(part.toUpperCase()) ? part.toUpperCase() : part.charAt(0).toUpperCase() + part.slice(1),
    )
    .join(' ');
}

/** github.com/fatih/camelcase Split: runs of lower case, upper case, digits and other characters; an upper case
 * run followed by lower case gives its last letter to the next word (`HTTPRoute` → `HTTP`, `Route`). */
function camelcaseSplit(text: string): string[] {
  const classOf = (c: string) => (/\p{Ll}/u.test(c) ? 1 : /\p{Lu}/u.test(c) ? 2 : /\p{Nd}/u.test(c) ? 3 : 4);
  const runs: string[][] = [];
  let last = 0;
  for (const c of text) {
    const cls = classOf(c);
    const run = runs.at(-1);
    if (run && cls === last) run.push(c);
    else runs.push([c]);
    last = cls;
  }
  for (const [i, run] of runs.entries()) {
    const next = runs[i + 1];
    if (!next || classOf(run[0] ?? '') !== 2 || classOf(next[0] ?? '') !== 1) continue;
    const moved = run.pop();
    if (moved !== undefined) next.unshift(moved);
  }
  return runs.filter((r) => r.length > 0).map((r) => r.join(''));
}

export function stringEntries(value: unknown): [string, string][] {
  return Object.entries(record(value) ?? {}).map(([k, v]) => [k, stringOf(v)]);
}

/** describe.go printLabelsMultilineWithIndent: `<none>` when empty, otherwise one `key=value` a line, keys
 * sorted, the title on the first (`  Labels` inside a pod template). */
export function labelLines(entries: [string, string][], title = 'Labels'): string[] {
  if (entries.length === 0) return [`${title}:\t<none>`];
  return entries.sort(([a], [b]) => goStringOrder(a, b)).map(([k, v], i) => `${i === 0 ? `${title}:` : ''}\t${k}=${v}`);
}

/** describe.go printAnnotationsMultiline: `key: value`, or, for a long or multi-line value, `key:` and then
 * each line of the value indented two spaces and cut at 138 characters. */
export function annotationLines(all: [string, string][], title = 'Annotations'): string[] {
  const entries = all.filter(([key]) => key !== LAST_APPLIED);
  if (entries.length === 0) return [`${title}:\t<none>`];
  const lines: string[] = [];
  entries
    .sort(([a], [b]) => goStringOrder(a, b))
    .forEach(([key, raw], i) => {
      const head = i === 0 ? `${title}:` : '';
      const value = raw.replace(/\n$/, '');
      if (value.length + key.length + 2 > MAX_ANNOTATION_LENGTH || value.includes('\n')) {
        lines.push(`${head}\t${key}:`);
        for (const line of value.split('\n')) lines.push(`\t  ${shorten(line, MAX_ANNOTATION_LENGTH - 2)}`);
      } else lines.push(`${head}\t${key}: ${value}`);
    });
  return lines;
}

function shorten(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}...` : text;
}
