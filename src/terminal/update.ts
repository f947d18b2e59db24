// Changing an object already in the cluster (label, annotate, scale, set image, edit): find its stored
// document, send the changed one through the same validation as any write.
import { fail, type CommandOutput } from './output';
import { qualifiedPlural, resourceType, type ResourceType } from './resources';
import { DEFAULT_NAMESPACE, type Session } from './session';
import type { StoredObject } from './store';
import { toYaml } from './manifest';
import { listObjects } from './views';
import { writeText } from './write';

/** kubectl's resource arguments (resource.Builder ResourceTypeOrNameArgs): `TYPE NAME...` or `TYPE/NAME...`. */
export function resourceReferences(positional: string[]): string[] {
  const [first, ...rest] = positional;
  if (!first) return [];
  return first.includes('/') ? positional : rest.map((name) => `${first}/${name}`);
}

/** `TYPE/NAME` to the stored document, or kubectl's error for it. */
export function resolveStored(
  session: Session,
  reference: string,
  namespaceFlag: string | undefined,
): { type: ResourceType; stored: StoredObject } | string {
  const at = reference.indexOf('/');
  const typeName = reference.slice(0, at);
  const name = reference.slice(at + 1);
  const type = resourceType(typeName);
  if (!type) return `error: the server doesn't have a resource type "${typeName}"`;
  if (!name) return 'error: one or more resources must be specified as <resource> <name> or <resource>/<name>';
  const namespace = type.namespaced ? (namespaceFlag ?? DEFAULT_NAMESPACE) : undefined;
  const stored = session.store.find(type.kind, namespace, name);
  if (stored) return { type, stored };
  const exists = listObjects(session.store, type.kind).some((o) => o.name === name && o.namespace === namespace);
  if (!exists) return `Error from server (NotFound): ${qualifiedPlural(type)} "${name}" not found`;
  return `이 시뮬레이터에서는 컨트롤러나 클러스터가 만든 ${type.singular}은(는) 바꿀 수 없습니다. 그것을 만든 Deployment를 바꿔 보세요.`;
}

/** Writes the changed document; undefined when it was stored, otherwise the error to print. */
export function update(session: Session, value: Record<string, unknown>): CommandOutput | undefined {
  const result = writeText(session, toYaml(value), 'replace', undefined);
  return result.errors.length > 0 ? fail(result.errors.join('\n')) : undefined;
}
