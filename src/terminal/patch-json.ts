// JSON patch (RFC 6902) as the API server applies it (apiserver pkg/endpoints/handlers/patch.go
// applyJSPatch with evanphx/json-patch): each operation in turn on a copy; the whole patch fails if one
// does. undefined for a failure; the caller prints the API server's answer for it.
import type { Json } from './store';
import { record } from './json-values';
import { setOwn } from './patch-merge';

export function applyJsonPatch(document: Json, operations: unknown[]): Json | undefined {
  const doc: unknown = structuredClone(document);
  for (const operation of operations) {
    const op = record(operation);
    if (!op || typeof op.path !== 'string') return undefined;
    const path = pointer(op.path);
    // The whole document is not something a kubectl patch replaces; the lab refuses it like a bad path.
    if (!path || (path.length === 0 && op.op !== 'test')) return undefined;
    switch (op.op) {
      case 'add':
        if (!('value' in op) || !add(doc, path, op.value)) return undefined;
        break;
      case 'remove':
        if (take(doc, path) === MISSING) return undefined;
        break;
      case 'replace':
        if (!('value' in op) || take(doc, path) === MISSING || !add(doc, path, op.value)) return undefined;
        break;
      case 'move':
      case 'copy': {
        const from = typeof op.from === 'string' ? pointer(op.from) : undefined;
        if (!from) return undefined;
        const value = op.op === 'move' ? take(doc, from) : structuredClone(read(doc, from));
        if (value === MISSING || value === undefined || !add(doc, path, value)) return undefined;
        break;
      }
      case 'test':
        if (JSON.stringify(read(doc, path)) !== JSON.stringify(op.value)) return undefined;
        break;
      default:
        return undefined;
    }
  }
  return record(doc);
}

const MISSING = Symbol('missing');

/** RFC 6901: `/a/b~1c` → ['a', 'b/c']; undefined for a pointer not starting with `/`. */
function pointer(text: string): string[] | undefined {
  if (text === '') return [];
  if (!text.startsWith('/')) return undefined;
  return text
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function parentOf(doc: unknown, path: string[]): unknown {
  let node = doc;
  for (const part of path.slice(0, -1)) {
    if (Array.isArray(node)) node = /^\d+$/.test(part) ? node[Number(part)] : undefined;
    else {
      const object = record(node);
      node = object && Object.hasOwn(object, part) ? object[part] : undefined;
    }
    if (node === undefined) return undefined;
  }
  return node;
}

function read(doc: unknown, path: string[]): unknown {
  const key = path.at(-1);
  if (key === undefined) return doc;
  const parent = parentOf(doc, path);
  if (Array.isArray(parent)) return /^\d+$/.test(key) ? parent[Number(key)] : undefined;
  const object = record(parent);
  return object && Object.hasOwn(object, key) ? object[key] : undefined;
}

function add(doc: unknown, path: string[], value: unknown): boolean {
  const key = path.at(-1);
  if (key === undefined) return true;
  const parent = parentOf(doc, path);
  if (Array.isArray(parent)) {
    const at = key === '-' ? parent.length : /^\d+$/.test(key) ? Number(key) : -1;
    if (at < 0 || at > parent.length) return false;
    parent.splice(at, 0, value);
    return true;
  }
  const object = record(parent);
  if (!object) return false;
  setOwn(object, key, value);
  return true;
}

function take(doc: unknown, path: string[]): unknown {
  const key = path.at(-1);
  if (key === undefined) return doc;
  const parent = parentOf(doc, path);
  if (Array.isArray(parent)) {
    if (!/^\d+$/.test(key) || Number(key) >= parent.length) return MISSING;
    return parent.splice(Number(key), 1)[0];
  }
  const object = record(parent);
  if (!object || !Object.hasOwn(object, key)) return MISSING;
  const value = object[key];
  Reflect.deleteProperty(object, key);
  return value;
}
