// kubectl label | annotate TYPE NAME key=value... key- [--overwrite]
// (kubectl v0.34.1 pkg/cmd/label/label.go parseLabels, labelFunc, updateDataChangeMsg;
// cmd/annotate/annotate.go validateNoAnnotationOverwrites).
import { last, parseFlags } from './args';
import { fail, ok, type CommandOutput } from './output';
import { qualifiedSingular } from './resources';
import type { Session } from './session';
import { metadataOf } from './store';
import { resolveStored, update } from './update';
import { stringMap } from './json-values';

type Field = 'labels' | 'annotations';

export function label(session: Session, tokens: string[]): CommandOutput {
  return changeMap(session, tokens, 'labels');
}

export function annotate(session: Session, tokens: string[]): CommandOutput {
  return changeMap(session, tokens, 'annotations');
}

function changeMap(session: Session, tokens: string[], field: Field): CommandOutput {
  const args = parseFlags(tokens, { values: { namespace: 'n' }, booleans: { overwrite: '' } });
  if (typeof args === 'string') return fail(args);
  const [first, ...rest] = args.positional;
  const noun = field === 'labels' ? 'label' : 'annotation';
  if (!first) return fail('error: one or more resources must be specified as <resource> <name> or <resource>/<name>');
  const [reference, changes] = first.includes('/') ? [first, rest] : [`${first}/${rest[0] ?? ''}`, rest.slice(1)];
  if (changes.length === 0) return fail(`error: at least one ${noun} update is required`);
  const parsed = parsePairs(changes, noun);
  if (typeof parsed === 'string') return fail(parsed);
  const target = resolveStored(session, reference, last(args, 'namespace'));
  if (typeof target === 'string') return fail(target);
  const { type, stored } = target;
  const before = stringMap(metadataOf(stored.value)[field]);
  const after = new Map(Object.entries(before));
  if (last(args, 'overwrite') !== 'true') {
    const clashes = [...parsed.set].filter(([k, v]) => after.has(k) && after.get(k) !== v);
    if (clashes.length > 0)
      return fail(
        field === 'labels'
          ? clashes
              .map(([k]) => `error: '${k}' already has a value (${after.get(k)}), and --overwrite is false`)
              .join('\n')
          : `error: --overwrite is false but found the following declared annotation(s): ${clashes.map(([k]) => `'${k}' already has a value (${after.get(k)})`).join('; ')}`,
      );
  }
  const notFound: string[] = [];
  for (const [k, v] of parsed.set) after.set(k, v);
  for (const k of parsed.remove) {
    // label.go prints this for a label to remove that the object does not have (annotate does not).
    if (!after.delete(k) && field === 'labels') notFound.push(`label "${k}" not found.`);
  }
  const slug = `${qualifiedSingular(type)}/${stored.name}`;
  const map = Object.fromEntries(after);
  const value = {
    ...stored.value,
    metadata: { ...metadataOf(stored.value), [field]: Object.keys(map).length > 0 ? map : undefined },
  };
  const result = update(session, value);
  if (result) return result;
  if (field === 'annotations') return ok(`${slug} annotated`);
  // updateDataChangeMsg (1.34): changed → labeled, and unlabeled when without --overwrite the object's
  // JSON got shorter; the labels are the only part that changed, and an empty map is left out.
  const size = (labels: Record<string, string>) =>
    Object.keys(labels).length === 0 ? 0 : JSON.stringify(labels).length;
  const changed = JSON.stringify(before) !== JSON.stringify(map);
  const message = !changed
    ? 'not labeled'
    : last(args, 'overwrite') !== 'true' && size(map) < size(before)
      ? 'unlabeled'
      : 'labeled';
  return ok([...notFound, `${slug} ${message}`].join('\n'));
}

/** label.go parseLabels / cmdutil.ParsePairs: `k=v` sets, `k-` removes, both on one key is refused. */
function parsePairs(specs: string[], noun: string): { set: Map<string, string>; remove: string[] } | string {
  const set = new Map<string, string>();
  const remove: string[] = [];
  for (const spec of specs) {
    if (spec.includes('=')) {
      const parts = spec.split('=');
      if (noun === 'label' && parts.length !== 2) return `error: invalid label spec: ${spec}`;
      const at = spec.indexOf('=');
      set.set(spec.slice(0, at), spec.slice(at + 1));
    } else if (spec.endsWith('-')) remove.push(spec.slice(0, -1));
    else return `error: unknown ${noun} spec: ${spec}`;
  }
  if (remove.some((k) => set.has(k)))
    return `error: can not both modify and remove ${noun === 'label' ? 'a label' : 'an annotation'} in the same command`;
  return { set, remove };
}
