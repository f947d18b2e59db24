// The decoding step before validation: kubectl sends the manifest as JSON and the API server decodes it into
// Go structs with strict field validation. A value of the wrong JSON type fails encoding/json
// ("json: cannot unmarshal ..."); a field the struct lacks is "unknown field" (strict decoding).
// Both are found here in one walk of the value alongside the schema; null is Go's zero value and passes.
import { message } from '../messages';
import * as errors from './errors';
import type { FieldError } from './errors';
import type { FieldPath } from './path';
import { goType } from './schema/types';
import type { Schema } from './schema/types';

const quantityPattern = /^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$/;

/** Where encoding/json says the bad value sits: the innermost struct and the JSON path without indices. */
interface GoField {
  struct: string;
  jsonPath: string;
}

export function checkShape(value: unknown, schema: Schema, path: FieldPath): FieldError[] {
  const out: FieldError[] = [];
  walk(value, schema, path, undefined, out);
  return out;
}

function walk(value: unknown, schema: Schema, path: FieldPath, at: GoField | undefined, out: FieldError[]): void {
  if (value === null || value === undefined || schema.t === 'any') return;
  const jsonType = jsonTypeOf(value);
  switch (schema.t) {
    case 'object': {
      if (jsonType !== 'object') return typeError(out, path, value, jsonType, schema, at);
      const record = value as Record<string, unknown>;
      const struct = schema.go.slice(schema.go.indexOf('.') + 1);
      for (const name of Object.keys(record)) {
        const child = path.child(name);
        const field = schema.fields[name];
        if (!field) {
          out.push(
            errors.raw(
              'FieldValueUnknown',
              child,
              `unknown field "${child.toString()}"`,
              unknownFieldHint(struct, name, Object.keys(schema.fields)),
            ),
          );
          continue;
        }
        const jsonPath = at ? `${at.jsonPath}.${name}` : name;
        walk(record[name], field, child, { struct, jsonPath }, out);
      }
      return;
    }
    case 'list': {
      if (jsonType !== 'array') return typeError(out, path, value, jsonType, schema, at);
      (value as unknown[]).forEach((item, i) => walk(item, schema.of, path.index(i), at, out));
      return;
    }
    case 'map': {
      if (jsonType !== 'object') return typeError(out, path, value, jsonType, schema, at);
      const record = value as Record<string, unknown>;
      for (const key of Object.keys(record)) walk(record[key], schema.of, path.key(key), at, out);
      return;
    }
    case 'string':
    case 'time':
      if (jsonType !== 'string') typeError(out, path, value, jsonType, schema, at);
      return;
    case 'bool':
      if (jsonType !== 'bool') typeError(out, path, value, jsonType, schema, at);
      return;
    case 'float64':
      if (jsonType !== 'number') typeError(out, path, value, jsonType, schema, at);
      return;
    case 'int32':
    case 'int64':
      if (jsonType !== 'number' || !fitsInt(value as number, schema.t))
        typeError(out, path, value, jsonType, schema, at);
      return;
    case 'intOrString':
      // intstr.IntOrString.UnmarshalJSON: a quoted value is the string, anything else must be an int32.
      if (jsonType !== 'string' && (jsonType !== 'number' || !fitsInt(value as number, 'int32'))) {
        out.push(
          errors.raw(
            'Invalid',
            path,
            `json: cannot unmarshal ${valueName(value, jsonType, true)} into Go value of type int32`,
            message('shape.intOrString', { path: path.toString() }),
          ),
        );
      }
      return;
    case 'quantity':
      if ((jsonType !== 'string' && jsonType !== 'number') || !quantityPattern.test(String(value))) {
        out.push(
          errors.raw(
            'Invalid',
            path,
            "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'",
            message('shape.quantity', { path: path.toString() }),
          ),
        );
      }
      return;
  }
}

type JsonType = 'object' | 'array' | 'string' | 'number' | 'bool';

function jsonTypeOf(value: unknown): JsonType {
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'boolean') return 'bool';
  if (typeof value === 'number' || typeof value === 'bigint') return 'number';
  if (typeof value === 'string') return 'string';
  return 'object';
}

function fitsInt(n: number, t: 'int32' | 'int64'): boolean {
  if (!Number.isInteger(n)) return false;
  return t === 'int32' ? n >= -2147483648 && n <= 2147483647 : Number.isSafeInteger(n);
}

/** encoding/json names a number that does not fit an int field with its text ("number 1.5"), others by JSON type. */
function valueName(value: unknown, jsonType: JsonType, intTarget: boolean): string {
  return jsonType === 'number' && intTarget ? `number ${String(value)}` : jsonType;
}

function typeError(
  out: FieldError[],
  path: FieldPath,
  value: unknown,
  jsonType: JsonType,
  schema: Schema,
  at: GoField | undefined,
): void {
  const name = valueName(value, jsonType, schema.t === 'int32' || schema.t === 'int64');
  const where = at ? `Go struct field ${at.struct}.${at.jsonPath}` : 'Go value';
  out.push(
    errors.raw(
      'Invalid',
      path,
      `json: cannot unmarshal ${name} into ${where} of type ${goType(schema)}`,
      typeHint(path.toString(), jsonType, value, schema),
    ),
  );
}

function typeHint(path: string, jsonType: JsonType, value: unknown, schema: Schema): string {
  if (jsonType === 'bool' && schema.t === 'string') {
    return message('shape.boolAsString', { path, spelled: String(value) === 'true' ? 'yes/on/true' : 'no/off/false' });
  }
  if (jsonType === 'number' && schema.t === 'string') {
    return message('shape.numberAsString', { path });
  }
  if (jsonType === 'string' && (schema.t === 'int32' || schema.t === 'int64')) {
    return message('shape.stringAsInt', { path });
  }
  if (schema.t === 'list') return message('shape.list', { path });
  if (schema.t === 'object' || schema.t === 'map') return message('shape.object', { path });
  return message('shape.type', { path });
}

function unknownFieldHint(struct: string, name: string, known: string[]): string {
  const close =
    known.find((k) => k.toLowerCase() === name.toLowerCase()) ?? known.find((k) => editDistance(k, name) <= 2);
  return close
    ? message('shape.unknownFieldMeant', { struct, name, close })
    : message('shape.unknownField', { struct, name });
}

/** Levenshtein distance, for suggesting the field a misspelling meant; field names are short. */
function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      // prev has b.length + 1 entries and row is filled left to right, so every read is in range.
      row[j] = Math.min(
        (prev[j] ?? 0) + 1,
        (row[j - 1] ?? 0) + 1,
        (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    prev = row;
  }
  return prev.at(-1) ?? 0;
}
