// The two merging patch kinds the API server applies: JSON merge patch (RFC 7386, evanphx/json-patch
// MergePatch: objects merge, null deletes, anything else replaces) and strategic merge patch (apimachinery
// pkg/util/strategicpatch/patch.go), where a list whose Go field carries `patchStrategy:"merge"` merges
// its items by `patchMergeKey` and `$patch: delete|replace` directives steer the merge.
import type { Json } from './store';
import { record } from './json-values';

export function mergePatch(target: unknown, patch: unknown): unknown {
  const patchObject = record(patch);
  if (!patchObject) return patch;
  const result: Json = { ...(record(target) ?? {}) };
  for (const [key, value] of Object.entries(patchObject)) {
    if (value === null) Reflect.deleteProperty(result, key);
    else setOwn(result, key, mergePatch(result[key], value));
  }
  return result;
}

/**
 * The merge keys of the lists kubernetes' core/v1 and apps/v1 types mark `patchStrategy:"merge"`
 * (staging/src/k8s.io/api/core/v1/types.go), by the list's field name and, where one name means two
 * lists, the field holding it. Lists not named here are replaced whole, as the API server does.
 */
function mergeKey(field: string, path: string[]): string | undefined {
  switch (field) {
    case 'containers':
    case 'initContainers':
    case 'ephemeralContainers':
    case 'env':
    case 'volumes':
    case 'imagePullSecrets':
      return 'name';
    case 'volumeMounts':
      return 'mountPath';
    case 'volumeDevices':
      return 'devicePath';
    case 'hostAliases':
      return 'ip';
    case 'ports':
      // Container.Ports merge on containerPort, ServiceSpec.Ports on port.
      return path.includes('containers') || path.includes('initContainers') ? 'containerPort' : 'port';
    default:
      return undefined;
  }
}

const DIRECTIVE = '$patch';

export function strategicMergePatch(target: unknown, patch: unknown, path: string[] = []): unknown {
  const patchObject = record(patch);
  if (!patchObject) return patch;
  if (patchObject[DIRECTIVE] === 'replace') return withoutDirective(patchObject);
  if (patchObject[DIRECTIVE] === 'delete') return undefined;
  const result: Json = { ...(record(target) ?? {}) };
  for (const [key, value] of Object.entries(patchObject)) {
    if (key === DIRECTIVE) continue;
    if (value === null) {
      Reflect.deleteProperty(result, key);
      continue;
    }
    const listKey = mergeKey(key, path);
    const merged =
      Array.isArray(value) && listKey && Array.isArray(result[key])
        ? mergeList(result[key] as unknown[], value, listKey, [...path, key])
        : strategicMergePatch(result[key], value, [...path, key]);
    if (merged === undefined) Reflect.deleteProperty(result, key);
    else setOwn(result, key, merged);
  }
  return result;
}

/** strategicpatch mergeSlice: patch items replace-merge the item with the same key, new ones are appended. */
function mergeList(target: unknown[], patch: unknown[], key: string, path: string[]): unknown[] {
  const result = [...target];
  for (const item of patch) {
    const patchItem = record(item);
    const at = patchItem ? result.findIndex((t) => record(t)?.[key] === patchItem[key]) : -1;
    if (patchItem?.[DIRECTIVE] === 'delete') {
      if (at >= 0) result.splice(at, 1);
      continue;
    }
    if (at >= 0) result[at] = strategicMergePatch(result[at], item, path);
    else result.push(patchItem ? withoutDirective(patchItem) : item);
  }
  return result;
}

function withoutDirective(object: Json): Json {
  return Object.fromEntries(Object.entries(object).filter(([key]) => key !== DIRECTIVE));
}

/** A key from user text (`__proto__` too) becomes an own property, never the object's prototype. */
export function setOwn(object: Json, key: string, value: unknown): void {
  Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
}
