// Tab completion: commands, kubectl subcommands, resource types, object names, lab files, namespaces.
import { KUBECTL_COMMANDS } from './kubectl';
import { RESOURCE_TYPES, resourceType } from './resources';
import { ROLLOUT_SUBCOMMANDS } from './rollout';
import type { Session } from './session';
import { listObjects } from './views';

export const SHELL_COMMANDS = ['kubectl', 'curl', 'clear', 'help', 'history'];

export interface Completion {
  /** The line with the word completed as far as all candidates agree. */
  line: string;
  /** Every candidate for the word (shown when there are several). */
  candidates: string[];
}

export function complete(session: Session, line: string): Completion {
  const words = line.split(/\s+/);
  const word = words[words.length - 1] ?? '';
  const before = words.slice(0, -1).filter((w) => w !== '');
  const candidates = candidatesFor(session, before).filter((c) => c.startsWith(word));
  const unique = [...new Set(candidates)].sort();
  if (unique.length === 0) return { line, candidates: [] };
  const prefix = commonPrefix(unique);
  const completed = line.slice(0, line.length - word.length) + prefix + (unique.length === 1 ? ' ' : '');
  return { line: completed, candidates: unique };
}

function candidatesFor(session: Session, before: string[]): string[] {
  const previous = before[before.length - 1];
  if (before.length === 0) return SHELL_COMMANDS;
  if (before[0] !== 'kubectl') return [];
  if (previous === '-f' || previous === '--filename') return Object.keys(session.files());
  if (previous === '-n' || previous === '--namespace')
    return listObjects(session.store, 'Namespace').map((n) => n.name);
  if (previous === '-o' || previous === '--output')
    return ['wide', 'yaml', 'json', 'name', 'jsonpath=', 'custom-columns='];
  const args = before.slice(1).filter((w) => !w.startsWith('-'));
  const namespaceAt = before.findIndex((w) => w === '-n' || w === '--namespace');
  const namespace = namespaceAt >= 0 ? before[namespaceAt + 1] : 'default';
  const positional = args.filter((w) => w !== namespace || namespaceAt < 0);
  if (positional.length === 0) return KUBECTL_COMMANDS;
  const [command = '', typeName = ''] = positional;
  if ((command === 'exec' || command === 'logs') && positional.length === 1) return names(session, 'Pod', namespace);
  if (command === 'explain')
    return positional.length === 1 ? RESOURCE_TYPES.flatMap((t) => [t.plural, ...t.aliases]) : [];
  if (!['get', 'describe', 'delete', 'label', 'annotate', 'expose', 'edit', 'scale', 'patch'].includes(command))
    return command === 'create' && positional.length === 1
      ? ['deployment', 'service', 'ingress', 'namespace', '-f']
      : command === 'rollout' && positional.length === 1
        ? ROLLOUT_SUBCOMMANDS
        : command === 'set' && positional.length === 1
          ? ['image']
          : [];
  if (positional.length === 1)
    return [...RESOURCE_TYPES.flatMap((t) => [t.plural, ...t.aliases]), ...(command === 'get' ? ['all'] : [])];
  const type = resourceType(typeName);
  return type ? names(session, type.kind, type.namespaced ? namespace : undefined) : [];
}

function names(session: Session, kind: string, namespace: string | undefined): string[] {
  return listObjects(session.store, kind)
    .filter((o) => namespace === undefined || o.namespace === namespace)
    .map((o) => o.name);
}

function commonPrefix(words: string[]): string {
  let [prefix = ''] = words;
  for (const word of words) while (!word.startsWith(prefix)) prefix = prefix.slice(0, -1);
  return prefix;
}
