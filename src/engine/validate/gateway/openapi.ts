// How the API server validates a custom resource against its CRD's structural schema
// (kubernetes apiextensions-apiserver pkg/apiserver/validation/validation.go, kubeOpenAPIResultToFieldErrors;
// pkg/registry/customresource/strategy.go): unknown fields first (strict field validation, as kubectl
// applies by default), then defaulting, then the OpenAPI checks, then the CEL rules, which are skipped when
// an OpenAPI error makes the object unfit to evaluate (hasBlockingErr).
import { message } from '../../messages';
import * as errors from '../errors';
import type { FieldError } from '../errors';
import type { FieldPath } from '../path';
import { type Obj, record } from '../../values';
import { celRules } from './cel';
import type { OpenAPISchema } from './schema';

/** Structural defaulting: a missing (or null) property with a default gets it, at every depth. Returns a copy. */
export function withDefaults(value: unknown, schema: OpenAPISchema): unknown {
  const { items } = schema;
  if (Array.isArray(value)) return items ? value.map((item) => withDefaults(item, items)) : value;
  const object = record(value);
  if (!object || !schema.properties) return value;
  const out: Obj = {};
  for (const [name, field] of Object.entries(object)) {
    // A null in a field that is not nullable is pruned before defaulting.
    if (field === null) continue;
    const child = schema.properties[name];
    out[name] = child ? withDefaults(field, child) : field;
  }
  for (const [name, child] of Object.entries(schema.properties)) {
    if (out[name] === undefined && child.default !== undefined)
      out[name] = withDefaults(structuredClone(child.default), child);
  }
  return out;
}

/** `unknown field "spec.x"` for every field the schema does not declare (the server refuses the object). */
export function unknownFields(value: unknown, schema: OpenAPISchema, path: FieldPath): FieldError[] {
  const out: FieldError[] = [];
  const walk = (v: unknown, s: OpenAPISchema, p: FieldPath) => {
    if (s['x-kubernetes-preserve-unknown-fields']) return;
    if (Array.isArray(v)) {
      const { items } = s;
      if (items) v.forEach((item, i) => walk(item, items, p.index(i)));
      return;
    }
    const object = record(v);
    if (!object) return;
    if (s.properties) {
      for (const [name, field] of Object.entries(object)) {
        const child = s.properties[name];
        if (child) walk(field, child, p.child(name));
        else
          out.push(
            errors.raw(
              'FieldValueUnknown',
              p.child(name),
              `unknown field "${p.child(name).toString()}"`,
              message('gatewaySpec.unknownField', {
                where: p.toString(),
                name,
                known: Object.keys(s.properties).join(', '),
              }),
            ),
          );
      }
    } else if (typeof s.additionalProperties === 'object') {
      for (const [key, field] of Object.entries(object)) walk(field, s.additionalProperties, p.key(key));
    }
  };
  walk(value, schema, path);
  return out;
}

type JsonType = 'null' | 'boolean' | 'integer' | 'number' | 'string' | 'array' | 'object';

function jsonType(v: unknown): JsonType {
  if (v === null || v === undefined) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'boolean') return 'boolean';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  if (typeof v === 'string') return 'string';
  return 'object';
}

const BLOCKING = new Set(['NotSupported', 'Required', 'TooLong', 'TooMany', 'TypeInvalid']);

/** The OpenAPI checks then the CEL rules of a (defaulted) value, with the API server's messages. */
export function validateAgainst(value: unknown, schema: OpenAPISchema, path: FieldPath): FieldError[] {
  const out: FieldError[] = [];
  const blocking = { found: false };
  openapi(value, schema, path, out, blocking);
  if (blocking.found) {
    out.push(
      // field.Invalid(nil, nil, ...): no path, which the server prints as `<nil>`.
      errors.raw(
        'Invalid',
        path.printedAs('<nil>'),
        'Invalid value: "null": some validation rules were not checked because the object was invalid; correct the existing errors to complete validation',
        message('gatewaySpec.celSkipped'),
      ),
    );
    return out;
  }
  cel(value, schema, path, out);
  return out;
}

function openapi(value: unknown, s: OpenAPISchema, path: FieldPath, out: FieldError[], blocking: { found: boolean }) {
  if (value === undefined) return;
  const where = path.toString();
  const type = jsonType(value);
  const push = (error: FieldError, kind: string = error.type) => {
    if (BLOCKING.has(kind)) blocking.found = true;
    out.push(error);
  };
  const expected = s['x-kubernetes-int-or-string'] ? ['integer', 'string'] : s.type ? [s.type] : [];
  const fits = expected.length === 0 || expected.some((t) => t === type || (t === 'number' && type === 'integer'));
  if (!fits) {
    push(
      errors.raw(
        'Invalid',
        path,
        `Invalid value: "${type}": ${where} in body must be of type ${expected.join(',')}: "${type}"`,
        message('gatewaySpec.wrongType', { where, expected: koreanType(expected[0] ?? ''), actual: koreanType(type) }),
      ),
      'TypeInvalid',
    );
    return;
  }
  if (s.enum && !s.enum.includes(value)) {
    push(
      errors.notSupported(
        path,
        typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
          ? value
          : errors.asJson(value),
        s.enum.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))),
      ),
    );
  }
  if (typeof value === 'string') {
    const length = [...value].length;
    if (s.maxLength !== undefined && length > s.maxLength) push(errors.tooLong(path, s.maxLength));
    if (s.minLength !== undefined && length < s.minLength)
      push(errors.invalid(path, value, `${where} in body should be at least ${s.minLength} chars long`));
    if (s.pattern !== undefined && !new RegExp(s.pattern).test(value))
      push(errors.invalid(path, value, `${where} in body should match '${s.pattern}'`, patternHint(where)));
  }
  if (typeof value === 'number') {
    if (s.maximum !== undefined && value > s.maximum)
      push(errors.invalid(path, value, `${where} in body should be less than or equal to ${s.maximum}`));
    if (s.minimum !== undefined && value < s.minimum)
      push(errors.invalid(path, value, `${where} in body should be greater than or equal to ${s.minimum}`));
    if (s.format === 'int32' && (value > 2147483647 || value < -2147483648))
      push(errors.invalid(path, value, `${where} in body must be of type int32: "${value}"`));
  }
  if (Array.isArray(value)) {
    if (s.maxItems !== undefined && value.length > s.maxItems) push(errors.tooMany(path, value.length, s.maxItems));
    if (s.minItems !== undefined && value.length < s.minItems)
      push(errors.invalid(path, errors.asJson(value), `${where} in body should have at least ${s.minItems} items`));
    const { items } = s;
    if (items) value.forEach((item, i) => openapi(item, items, path.index(i), out, blocking));
    duplicates(value, s, path).forEach((e) => push(e));
  }
  const object = type === 'object' ? (value as Obj) : undefined;
  if (object) {
    for (const name of s.required ?? []) if (object[name] === undefined) push(errors.required(path.child(name)));
    for (const [name, field] of Object.entries(object)) {
      const child =
        s.properties?.[name] ?? (typeof s.additionalProperties === 'object' ? s.additionalProperties : undefined);
      if (child) openapi(field, child, s.properties?.[name] ? path.child(name) : path.key(name), out, blocking);
    }
  }
}

/** x-kubernetes-list-type map / set: the items (or their keys) must be unique (structurallisttype). */
function duplicates(items: unknown[], s: OpenAPISchema, path: FieldPath): FieldError[] {
  const type = s['x-kubernetes-list-type'];
  if (type !== 'map' && type !== 'set') return [];
  const keys = s['x-kubernetes-list-map-keys'] ?? [];
  const seen = new Set<string>();
  const out: FieldError[] = [];
  items.forEach((item, i) => {
    const key =
      type === 'map'
        ? Object.fromEntries(keys.map((k) => [k, record(item)?.[k]]).filter(([, v]) => v !== undefined))
        : item;
    const id = JSON.stringify(key);
    if (seen.has(id)) out.push(errors.duplicate(path.index(i), typeof key === 'string' ? key : errors.asJson(key)));
    seen.add(id);
  });
  return out;
}

function cel(value: unknown, s: OpenAPISchema, path: FieldPath, out: FieldError[]): void {
  if (value === undefined || value === null) return;
  const { items } = s;
  if (Array.isArray(value) && items) value.forEach((item, i) => cel(item, items, path.index(i), out));
  const object = !Array.isArray(value) ? record(value) : undefined;
  if (object) {
    for (const [name, field] of Object.entries(object)) {
      const child =
        s.properties?.[name] ?? (typeof s.additionalProperties === 'object' ? s.additionalProperties : undefined);
      if (child) cel(field, child, s.properties?.[name] ? path.child(name) : path.key(name), out);
    }
  }
  for (const rule of s['x-kubernetes-validations'] ?? []) {
    const holds = celRules.get(rule.rule);
    if (!holds || holds(value)) continue;
    const message = rule.message ?? `failed rule: ${rule.rule}`;
    // The value printed is the node's type, as the CEL validator reports it (`Invalid value: "object": ...`).
    out.push(errors.invalid(path, jsonType(value), message, celHint(path.toString(), message)));
  }
}

function koreanType(type: string): string {
  const names: Record<string, string> = {
    string: message('gatewaySpec.type.string'),
    integer: message('gatewaySpec.type.integer'),
    number: message('gatewaySpec.type.number'),
    boolean: message('gatewaySpec.type.boolean'),
    array: message('gatewaySpec.type.array'),
    object: message('gatewaySpec.type.object'),
    null: 'null',
  };
  return names[type] ?? type;
}

function patternHint(where: string): string {
  return message('gatewaySpec.pattern', { where });
}

function celHint(where: string, rule: string): string {
  return message('gatewaySpec.cel', { where, rule });
}
