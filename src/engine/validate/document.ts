// One document as the API server sees it: type and kind first (decoding), then the schema (strict decoding),
// then defaulting, then validation. Later steps run only on what the earlier ones accepted.
import { isMap, isSeq } from 'yaml';
import type { Node as YamlNode } from 'yaml';
import type { ParsedDoc } from '../yaml/parse';
import { applyDefaults } from './defaults';
import * as errors from './errors';
import type { FieldError } from './errors';
import { knownKinds, lookupKind, removedVersions, versionOf } from './kinds';
import { validateObjectMeta } from './meta';
import { FieldPath } from './path';
import { checkShape } from './shape';
import { obj, str } from '../values';
import type { Obj } from '../values';

export interface CheckedDoc {
  errors: FieldError[];
  /** Set when the object passed decoding: its kind, namespace and defaulted value, for checks across documents. */
  object?: { kind: string; namespace: string; value: Obj; root: FieldPath };
}

/** Longest excerpt of the object the missing-kind message quotes (the server quotes it whole). */
const MAX_QUOTED = 500;

/**
 * A document, or one item of a `kind: List` document: kubectl sends a List's items one by one, so the
 * server refuses each item on its own errors and stores the others.
 */
export function objectKey(doc: number, item?: number): string {
  return item === undefined ? String(doc) : `${doc}/${item}`;
}

/** The items of a `kind: List` document (kubectl unwraps lists before sending), or undefined for one object. */
export function listItems(value: unknown): unknown[] | undefined {
  const list = obj(value);
  return list.kind === 'List' && list.apiVersion === 'v1' && Array.isArray(list.items) ? list.items : undefined;
}

/** The objects of one document: one, or the items of a `kind: List`. */
export function checkDocument(doc: ParsedDoc): CheckedDoc[] {
  const node = doc.document.contents as YamlNode | null;
  const items = listItems(doc.value);
  if (items) {
    const itemsNode = FieldPath.root(node).child('items').node;
    return items.map((item, i) => checkObject(item, isSeq(itemsNode) ? (itemsNode.items[i] as YamlNode) : undefined));
  }
  return [checkObject(doc.value, node)];
}

function checkObject(value: unknown, node: YamlNode | null | undefined): CheckedDoc {
  const root = FieldPath.root(node);
  if (value === undefined || value === null) return { errors: [] };
  if (typeof value !== 'object' || Array.isArray(value) || !isMap(node)) {
    const jsonType = Array.isArray(value)
      ? 'array'
      : typeof value === 'boolean'
        ? 'bool'
        : typeof value === 'number'
          ? 'number'
          : typeof value === 'string'
            ? 'string'
            : 'object';
    return {
      errors: [
        errors.raw(
          'Invalid',
          root,
          `couldn't get version/kind; json parse error: json: cannot unmarshal ${jsonType} into Go value of type struct { APIVersion string "json:\\"apiVersion,omitempty\\""; Kind string "json:\\"kind,omitempty\\"" }`,
          '매니페스트는 apiVersion, kind, metadata 같은 "키: 값"으로 된 맵이어야 합니다: 들여쓰기와 맨 앞의 "- "를 확인하세요.',
        ),
      ],
    };
  }
  const object = value as Obj;
  const apiVersion = object.apiVersion;
  const kind = object.kind;
  for (const field of ['apiVersion', 'kind'] as const) {
    const v = object[field];
    if (v !== undefined && v !== null && typeof v !== 'string') {
      // The type sniffing struct is anonymous, hence the empty struct name before ".kind".
      return {
        errors: [
          errors.raw(
            'Invalid',
            root.child(field),
            `couldn't get version/kind; json parse error: json: cannot unmarshal ${Array.isArray(v) ? 'array' : typeof v === 'object' ? 'object' : typeof v === 'boolean' ? 'bool' : 'number'} into Go struct field .${field} of type string`,
            `${field}는 문자열이어야 합니다: 예를 들어 ${field === 'kind' ? 'kind: Service' : 'apiVersion: v1'}처럼 쓰세요.`,
          ),
        ],
      };
    }
  }
  if (typeof kind !== 'string' || kind === '') {
    return {
      errors: [
        errors.raw(
          'Required',
          root.child('kind'),
          `Object 'Kind' is missing in '${quote(object)}'`,
          'kind가 없습니다: 맨 위에 kind: Service처럼 객체의 종류를 적으세요.',
        ),
      ],
    };
  }
  if (typeof apiVersion !== 'string' || apiVersion === '') {
    return {
      errors: [
        errors.raw(
          'Required',
          root.child('apiVersion'),
          `Object 'apiVersion' is missing in '${quote(object)}'`,
          `apiVersion이 없습니다: ${kind}라면 apiVersion: ${versionOf(kind) ?? 'v1'}을 맨 위에 적으세요.`,
        ),
      ],
    };
  }
  const info = lookupKind(apiVersion, kind);
  if (!info) {
    return {
      errors: [
        errors.raw(
          'NotSupported',
          root.child('kind'),
          `no matches for kind "${kind}" in version "${apiVersion}"`,
          unknownKindHint(apiVersion, kind),
        ),
      ],
    };
  }
  const shape = checkShape(object, info.schema, root);
  if (shape.length > 0) return { errors: shape };

  const defaulted = applyDefaults(kind, object);
  const metadata = obj(defaulted.metadata);
  const found = [...validateObjectMeta(metadata, info.name, root.child('metadata')), ...info.validate(defaulted, root)];
  const namespace = info.namespaced ? str(metadata.namespace) || 'default' : '';
  return { errors: found, object: { kind, namespace, value: defaulted, root } };
}

function unknownKindHint(apiVersion: string, kind: string): string {
  const served = versionOf(kind);
  const removed = apiVersion in removedVersions;
  if (served)
    return `${apiVersion}${removed ? '는 더는 제공되지 않으니' : `에는 ${kind}가 없으니`} apiVersion을 ${served}로 바꾸세요.`;
  if (removed) return `${apiVersion}는 더는 제공되지 않으니 ${removedVersions[apiVersion]}를 쓰세요.`;
  const spelled = knownKinds().find((k) => k.toLowerCase() === kind.toLowerCase());
  if (spelled) return `kind는 대소문자를 구분합니다: ${kind}가 아니라 ${spelled}로 쓰세요.`;
  return `이 엔진이 아는 kind가 아니거나 철자가 다릅니다(대소문자 구분): Service, Pod, Deployment, Ingress, NetworkPolicy 등을 확인하세요.`;
}

/** The object as the server quotes it: JSON with sorted keys (kubectl converts YAML through a Go map). */
function quote(value: unknown): string {
  const text = sortedJson(value);
  return text.length > MAX_QUOTED ? `${text.slice(0, MAX_QUOTED)}...` : text;
}

function sortedJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(sortedJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const record = value as Obj;
    return `{${Object.keys(record)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${sortedJson(record[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
