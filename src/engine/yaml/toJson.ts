// sigs.k8s.io/yaml's yamlToJSONTarget (yaml.go), as kubectl runs it on each document: go-yaml v2 decodes the
// document into interface{} (resolve.ts), convertToJSONableObject turns map keys into strings, and
// encoding/json marshals the result. Here the parsed document's scalars are given the values that come out of
// those three steps, so the document's toJS() is the JSON kubectl sends; the first step that fails gives
// kubectl's message (each step stops at its first error, so decode errors win over key and JSON errors).
import { isAlias, isCollection, isMap, isScalar, isSeq, visit } from 'yaml';
import type { Document, Node as YamlNode, Scalar } from 'yaml';
import { resolveScalar } from './resolve';
import type { GoScalar } from './resolve';

export interface JsonFailure {
  /** The message after "error converting YAML to JSON: ". */
  message: string;
  /** The node the learner must change. */
  node: YamlNode;
}

/** Gives every scalar of `document` kubectl's value (keys: their JSON key); the first failure, if any. */
export function convertScalars(document: Document.Parsed): JsonFailure | undefined {
  let decode: JsonFailure | undefined;
  let keyFailure: JsonFailure | undefined;
  let unsupported: JsonFailure | undefined;
  visit(document, {
    Pair(_key, pair) {
      if (decode || !pair.key || isScalar(pair.key) || isAlias(pair.key)) return;
      // decode.go mapping(): "invalid map key" for a map or list used as a key.
      if (isCollection(pair.key))
        decode = { message: `yaml: invalid map key: ${goSyntax(pair.key.toJSON(), true)}`, node: pair.key };
    },
    Scalar(key, node) {
      if (decode || typeof node.value === 'symbol') return; // the << merge key keeps the parser's marker
      const resolved = resolveScalar(node.tag ?? '', String(node.source ?? ''), isPlain(node));
      if (!resolved.ok) {
        decode = { message: resolved.error, node };
        return;
      }
      const { scalar } = resolved;
      if (key !== 'key') {
        node.value = jsValue(scalar);
        if (!unsupported && scalar.kind === 'float' && !Number.isFinite(scalar.value))
          unsupported = { message: `json: unsupported value: ${goFloatName(scalar.value)}`, node };
        return;
      }
      const jsonKey = keyString(scalar);
      if (jsonKey !== undefined) node.value = jsonKey;
      else if (!keyFailure) keyFailure = { message: unsupportedKey(scalar, valueOfKey(document, node)), node };
    },
  });
  return decode ?? keyFailure ?? unsupported;
}

/**
 * go-yaml's "implicit": a plain scalar, or any with the non-specific tag `!` (parserc.go plain_implicit).
 * Quoted and block scalars without a tag are strings.
 */
function isPlain(node: Scalar): boolean {
  return node.type === 'PLAIN' || node.tag === '!';
}

function jsValue(scalar: GoScalar): unknown {
  switch (scalar.kind) {
    case 'null':
      return null;
    case 'int':
    case 'uint':
      return Number(scalar.value);
    default:
      return scalar.value;
  }
}

/** convertToJSONableObject's key switch: string, int, float64 and bool keys become strings; others fail. */
function keyString(scalar: GoScalar): string | undefined {
  switch (scalar.kind) {
    case 'string':
      return scalar.value;
    case 'int':
      return scalar.value.toString();
    case 'bool':
      return String(scalar.value);
    case 'float': {
      const s = formatFloatG(scalar.value, 32);
      return s === '+Inf' ? '.inf' : s === '-Inf' ? '-.inf' : s === 'NaN' ? '.nan' : s;
    }
    default:
      return undefined;
  }
}

function unsupportedKey(scalar: GoScalar, value: unknown): string {
  // fmt's "%s" of a nil reflect.Type and "%+#v" of a nil key / a uint64 key.
  const [type, key] = scalar.kind === 'uint' ? ['uint64', `0x${scalar.value.toString(16)}`] : ['%!s(<nil>)', '<nil>'];
  return `unsupported map key of type: ${type}, key: ${key}, value: ${goSyntax(value, false)}`;
}

function valueOfKey(document: Document.Parsed, keyNode: Scalar): unknown {
  let value: unknown;
  visit(document, {
    Pair(_k, pair) {
      if (pair.key !== keyNode) return undefined;
      value = isScalar(pair.value) || isMap(pair.value) || isSeq(pair.value) ? pair.value.toJSON() : null;
      return visit.BREAK;
    },
  });
  return value;
}

/** encoding/json's UnsupportedValueError text: strconv.FormatFloat of the value. */
function goFloatName(value: number): string {
  return Number.isNaN(value) ? 'NaN' : value > 0 ? '+Inf' : '-Inf';
}

/**
 * strconv.FormatFloat(v, 'g', -1, bits): the shortest digits that read back as the same float32/float64, in
 * exponent form when the exponent is < -4 or ≥ 6 (ftoa.go: shortest 'g' decides with eprec 6), with at least
 * two exponent digits. fmt's %v of a float64 prints the same.
 */
export function formatFloatG(value: number, bits: 32 | 64): string {
  const v = bits === 32 ? Math.fround(value) : value;
  if (Number.isNaN(v)) return 'NaN';
  if (!Number.isFinite(v)) return v > 0 ? '+Inf' : '-Inf';
  if (v === 0) return Object.is(v, -0) ? '-0' : '0';
  const sign = v < 0 ? '-' : '';
  const abs = Math.abs(v);
  let exponential = abs.toExponential();
  if (bits === 32) {
    for (let p = 1; p <= 9; p++) {
      const candidate = abs.toExponential(p - 1);
      if (Math.fround(Number(candidate)) === abs) {
        exponential = candidate;
        break;
      }
    }
  }
  const [mantissa, exp] = exponential.split('e') as [string, string];
  const digits = mantissa.replace('.', '');
  const e = Number(exp);
  if (e < -4 || e >= 6) {
    const frac = digits.length > 1 ? `.${digits.slice(1)}` : '';
    const expDigits = String(Math.abs(e)).padStart(2, '0');
    return `${sign}${digits[0]}${frac}e${e < 0 ? '-' : '+'}${expDigits}`;
  }
  if (e < 0) return `${sign}0.${'0'.repeat(-e - 1)}${digits}`;
  const whole = digits.slice(0, e + 1).padEnd(e + 1, '0');
  const frac = digits.slice(e + 1);
  return `${sign}${whole}${frac ? `.${frac}` : ''}`;
}

/** fmt's %#v of what go-yaml decoded into interface{} (a nil inside a collection is typed). */
function goSyntax(value: unknown, nested: boolean): string {
  if (value === null || value === undefined) return nested ? 'interface {}(nil)' : '<nil>';
  if (typeof value === 'string') return goQuote(value);
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : formatFloatG(value, 64);
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[]interface {}{${value.map((v) => goSyntax(v, true)).join(', ')}}`;
  const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `map[interface {}]interface {}{${entries.map(([k, v]) => `${goQuote(k)}:${goSyntax(v, true)}`).join(', ')}}`;
}

/** strconv.Quote for the common case: JSON's escapes, with Go's \x for other control bytes. */
function goQuote(text: string): string {
  return JSON.stringify(text).replace(/\\u00([0-1][0-9a-f])/g, '\\x$1');
}
