// kubectl delete TYPE NAME... | TYPE/NAME... | -f FILE [-n NS] (k8s.io/kubectl/pkg/cmd/delete/delete.go).
import { last, parseFlags } from './args';
import { fail, finish, type CommandOutput } from './output';
import { qualifiedPlural, qualifiedSingular, resourceType } from './resources';
import { DEFAULT_NAMESPACE, readFile, type Session } from './session';
import { documentsOf, metadataOf } from './store';
import { matchesSelector, parseSelector } from '../engine';
import { listObjects } from './views';

export function remove(session: Session, tokens: string[]): CommandOutput {
  const args = parseFlags(tokens, {
    values: { namespace: 'n', filename: 'f', 'grace-period': '', selector: 'l' },
    booleans: { now: '', force: '', all: '', wait: '' },
  });
  if (typeof args === 'string') return fail(args);
  const namespace = last(args, 'namespace') ?? DEFAULT_NAMESPACE;
  const targets: { typeName: string; name: string }[] = [];
  for (const file of args.flags.get('filename') ?? []) {
    const text = readFile(session, file);
    if (text === undefined) return fail(`error: the path "${file}" does not exist`);
    for (const value of documentsOf(text))
      targets.push({ typeName: String(value.kind ?? ''), name: String(metadataOf(value).name ?? '') });
  }
  const [first, ...names] = args.positional;
  if (first?.includes('/'))
    for (const item of args.positional) {
      const [typeName = '', name = ''] = item.split('/');
      targets.push({ typeName, name });
    }
  else if (first) {
    const type = resourceType(first);
    if (type && (last(args, 'all') === 'true' || last(args, 'selector') !== undefined)) {
      const selector = last(args, 'selector');
      for (const object of listObjects(session.store, type.kind))
        if (
          (!type.namespaced || object.namespace === namespace) &&
          (selector === undefined || selectorMatches(selector, object.labels))
        )
          targets.push({ typeName: first, name: object.name });
      if (targets.length === 0)
        return {
          text: type.namespaced ? `No resources found in ${namespace} namespace.` : 'No resources found',
          exitCode: 0,
        };
    } else if (names.length === 0) return fail('error: resource(s) were provided, but no name was specified');
    for (const name of names) targets.push({ typeName: first, name });
  }
  if (targets.length === 0) return fail('error: You must provide one or more resources by argument or filename.');
  const lines: string[] = [];
  const errors: string[] = [];
  session.store.batch(() => {
    for (const target of targets) {
      const type = resourceType(target.typeName);
      if (!type) {
        errors.push(`error: the server doesn't have a resource type "${target.typeName}"`);
        continue;
      }
      const exists = listObjects(session.store, type.kind).some(
        (o) => o.name === target.name && (!type.namespaced || o.namespace === namespace),
      );
      const stored = session.store.find(type.kind, type.namespaced ? namespace : undefined, target.name);
      if (!exists && !stored) {
        errors.push(`Error from server (NotFound): ${qualifiedPlural(type)} "${target.name}" not found`);
        continue;
      }
      // What is not a stored document (a controller's pod, the `kubernetes` Service) is recreated at once.
      if (stored) session.store.remove(stored);
      // kubectl 1.34 names the namespace a namespaced object was deleted from (delete.go PrintObj).
      lines.push(
        `${qualifiedSingular(type)} "${target.name}" deleted${type.namespaced ? ` from ${namespace} namespace` : ''}`,
      );
    }
  });
  return finish(lines, errors);
}

function selectorMatches(selector: string, labels: Record<string, string>): boolean {
  const parsed = parseSelector(selector);
  return typeof parsed !== 'string' && matchesSelector(labels, parsed);
}
