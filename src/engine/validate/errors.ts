// apimachinery's field errors (staging/src/k8s.io/apimachinery/pkg/util/validation/field/errors.go):
// the same constructors, the same ErrorBody text, with a Korean hint added for the learner.
import type { LineCounter } from 'yaml';
import { message } from '../messages';
import type { Diagnostic, ErrorType } from '../types';
import { spanOf } from '../yaml/parse';
import type { FieldPath } from './path';

/**
 * A composite bad value (a map, a list, a struct), already rendered. Since Kubernetes 1.34 ErrorBody renders
 * these as JSON (kubernetes/kubernetes#132314; before, Go's %#v); internal types without json tags keep
 * their Go field names.
 */
export interface Rendered {
  rendered: string;
}

export type BadValue = string | number | boolean | null | Rendered;

export interface FieldError {
  type: ErrorType;
  path: FieldPath;
  /** What follows the path, exactly as the API server prints it. */
  message: string;
  hint: string;
  severity?: 'error' | 'warning';
}

const typeText: Partial<Record<ErrorType, string>> = {
  Required: 'Required value',
  Invalid: 'Invalid value',
  Duplicate: 'Duplicate value',
  NotSupported: 'Unsupported value',
  Forbidden: 'Forbidden',
  TooLong: 'Too long',
  TooMany: 'Too many',
};

/** field.Error.ErrorBody: `Type` or `Type: value`, then `: detail` when there is one. */
function body(type: ErrorType, value: BadValue | undefined, detail: string): string {
  let s = typeText[type] ?? type;
  if (value !== undefined) s += `: ${formatValue(value)}`;
  return detail ? `${s}: ${detail}` : s;
}

/** %q for strings, %v for numbers and booleans, "null" for nil, a literal for the rest. */
export function formatValue(value: BadValue): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return goQuote(value);
  if (typeof value === 'object') return value.rendered;
  return String(value);
}

/** Go's strconv.Quote, close enough: JSON escaping without escaping printable non-ASCII. */
export function goQuote(s: string): string {
  return JSON.stringify(s);
}

/** A value as encoding/json marshals it: map keys sorted, object fields in the order given. */
export function asJson(value: unknown, sortKeys = true): Rendered {
  return { rendered: json(value, sortKeys) };
}

function json(value: unknown, sortKeys: boolean): string {
  if (value === undefined || value === null) return 'null';
  if (Array.isArray(value)) return `[${value.map((v) => json(v, sortKeys)).join(',')}]`;
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const keys = sortKeys ? Object.keys(record).sort() : Object.keys(record);
    return `{${keys.map((k) => `${JSON.stringify(k)}:${json(record[k], sortKeys)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

const defaultHints: Partial<Record<ErrorType, (path: string) => string>> = {
  Required: (path) => message('fieldError.required', { path }),
  Invalid: (path) => message('fieldError.invalid', { path }),
  NotSupported: (path) => message('fieldError.notSupported', { path }),
  Duplicate: (path) => message('fieldError.duplicate', { path }),
  Forbidden: (path) => message('fieldError.forbidden', { path }),
  TooLong: (path) => message('fieldError.tooLong', { path }),
  TooMany: (path) => message('fieldError.tooMany', { path }),
};

function make(
  type: ErrorType,
  path: FieldPath,
  value: BadValue | undefined,
  detail: string,
  hint?: string,
): FieldError {
  return { type, path, message: body(type, value, detail), hint: hint ?? defaultHints[type]?.(path.toString()) ?? '' };
}

export const required = (path: FieldPath, detail = '', hint?: string) =>
  make('Required', path, undefined, detail, hint);
export const invalid = (path: FieldPath, value: BadValue, detail: string, hint?: string) =>
  make('Invalid', path, value, detail, hint);
export const duplicate = (path: FieldPath, value: BadValue, hint?: string) => make('Duplicate', path, value, '', hint);
export const forbidden = (path: FieldPath, detail: string, hint?: string) =>
  make('Forbidden', path, undefined, detail, hint);
export const tooLong = (path: FieldPath, maxLength: number, hint?: string) =>
  make('TooLong', path, undefined, `must have at most ${maxLength} bytes`, hint);
export const tooMany = (path: FieldPath, actual: number, max: number, hint?: string) =>
  make('TooMany', path, actual, `must have at most ${max} items`, hint);

/** field.NotSupported: `supported values: "a", "b"` (callers pass them sorted, as sets.List does). */
export function notSupported(path: FieldPath, value: BadValue, valid: readonly string[], hint?: string): FieldError {
  const detail = valid.length > 0 ? `supported values: ${valid.map(goQuote).join(', ')}` : '';
  return make('NotSupported', path, value, detail, hint);
}

/** An error whose text is not a field.Error body (decoding errors): the message is given whole. */
export function raw(type: ErrorType, path: FieldPath, message: string, hint: string): FieldError {
  return { type, path, message, hint };
}

/** A finding the API server accepts but a learner most likely did not mean. */
export function warning(type: ErrorType, path: FieldPath, message: string, hint: string): FieldError {
  return { type, path, message, hint, severity: 'warning' };
}

/** One string per message from the apimachinery IsXxx helpers, each an Invalid error at the same path. */
export function invalidEach(path: FieldPath, value: BadValue, messages: string[], hint?: string): FieldError[] {
  return messages.map((m) => invalid(path, value, m, hint));
}

export function toDiagnostic(error: FieldError, doc: number, lineCounter: LineCounter, fallback: number): Diagnostic {
  const [start, end] = error.path.range() ?? [fallback, fallback];
  const path = error.path.toString();
  return {
    severity: error.severity ?? 'error',
    type: error.type,
    ...(path ? { path } : {}),
    message: error.message,
    hint: error.hint,
    doc,
    ...spanOf(lineCounter, start, end),
  };
}
