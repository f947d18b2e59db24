// Tweak-style helpers, as Kubernetes' validation tests are written: start from one valid object, change one
// thing, and assert the errors (type, path, message) the API server would return.
import { stringify } from 'yaml';
import { expect } from 'vitest';
import { validate } from '../../../src/engine';
import type { Diagnostic } from '../../../src/engine';

// Tweaks reach into any field of a manifest (o.spec.ports[0].nodePort = …): typing each path would hide the test.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Obj = Record<string, any>;
export type Tweak = (o: Obj) => void;
export interface Expected {
  type: Diagnostic['type'];
  path?: string;
  message: string;
}

/** The YAML text of an object, quoted where YAML 1.1 would otherwise change a string's type. */
export function toYaml(...objects: Obj[]): string {
  return objects.map((o) => stringify(o, { version: '1.1' })).join('---\n');
}

export function errorsOf(text: string): Expected[] {
  return validate(text)
    .filter((d) => d.severity === 'error')
    .map((d) => ({ type: d.type, ...(d.path !== undefined ? { path: d.path } : {}), message: d.message }));
}

export function tweaked(base: () => Obj, tweak: Tweak): Obj {
  const o = base();
  tweak(o);
  return o;
}

const order = (a: Expected, b: Expected) => `${a.path} ${a.message}`.localeCompare(`${b.path} ${b.message}`);

export function expectErrors(text: string, expected: Expected[]): void {
  expect(errorsOf(text).sort(order)).toEqual([...expected].sort(order));
}

export const err = (type: Expected['type'], path: string, message: string): Expected => ({ type, path, message });

export const portRange = 'must be between 1 and 65535, inclusive';
export const dns1035 =
  "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')";
export const dns1123Label =
  "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";
export const dns1123Subdomain =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
export const labelValue =
  "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')";
