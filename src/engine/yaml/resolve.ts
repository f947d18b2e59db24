// A port of go-yaml v2's resolve.go (sigs.k8s.io/yaml decodes through go-yaml v2, so this is how kubectl reads
// a scalar), plus decode.go's scalar() rules for a value decoded into interface{}: a plain scalar without a tag
// is resolved by its text; a quoted or block scalar without a tag is a string; an explicit tag is checked
// against what the text resolves to. Base-60 numbers (`1:20`) are purposely unsupported by go-yaml v2 and
// stay strings; timestamps decoded into interface{} stay their text (decode.go "for backward compatibility").

const STR = 'tag:yaml.org,2002:str';
const BOOL = 'tag:yaml.org,2002:bool';
const INT = 'tag:yaml.org,2002:int';
const FLOAT = 'tag:yaml.org,2002:float';
const NULL = 'tag:yaml.org,2002:null';
const TIMESTAMP = 'tag:yaml.org,2002:timestamp';
const BINARY = 'tag:yaml.org,2002:binary';
const MERGE = 'tag:yaml.org,2002:merge';
const LONG_PREFIX = 'tag:yaml.org,2002:';

/** What go-yaml v2 hands sigs.k8s.io/yaml for one scalar. */
export type GoScalar =
  | { kind: 'null' }
  | { kind: 'bool'; value: boolean }
  | { kind: 'string'; value: string }
  /** int or int64: fits in 64 bits signed. */
  | { kind: 'int'; value: bigint }
  /** uint64: only when the text is past int64's range. */
  | { kind: 'uint'; value: bigint }
  | { kind: 'float'; value: number };

export type Resolved = { ok: true; tag: string; scalar: GoScalar } | { ok: false; error: string };

// resolve.go resolveMapList.
const RESOLVE_MAP = new Map<string, [string, GoScalar]>();
for (const [tag, scalar, texts] of [
  [BOOL, { kind: 'bool', value: true }, ['y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON']],
  [BOOL, { kind: 'bool', value: false }, ['n', 'N', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF']],
  [NULL, { kind: 'null' }, ['', '~', 'null', 'Null', 'NULL']],
  [FLOAT, { kind: 'float', value: NaN }, ['.nan', '.NaN', '.NAN']],
  [FLOAT, { kind: 'float', value: Infinity }, ['.inf', '.Inf', '.INF', '+.inf', '+.Inf', '+.INF']],
  [FLOAT, { kind: 'float', value: -Infinity }, ['-.inf', '-.Inf', '-.INF']],
  [MERGE, { kind: 'string', value: '<<' }, ['<<']],
] as const) {
  for (const text of texts) RESOLVE_MAP.set(text, [tag, scalar as GoScalar]);
}

/** resolve.go resolveTable: the first byte says what the text may be ('S' sign, 'D' digit, 'M' in the map, '.'). */
function hintOf(text: string): string {
  const c = text.at(0);
  if (c === undefined) return 'N';
  if (c === '+' || c === '-') return 'S';
  if (c >= '0' && c <= '9') return 'D';
  if ('yYnNtTfFoO~'.includes(c)) return 'M';
  if (c === '.') return '.';
  return '';
}

const RESOLVABLE = new Set(['', STR, BOOL, INT, FLOAT, NULL, TIMESTAMP]);
const YAML_STYLE_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
// strconv.ParseFloat on a text that starts with '.': only a fraction with an optional exponent parses.
const DOT_FLOAT = /^\.[0-9]+([eE][-+]?[0-9]+)?$/;
const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;
const UINT64_MAX = 2n ** 64n - 1n;

export function shortTag(tag: string): string {
  return tag.startsWith(LONG_PREFIX) ? `!!${tag.slice(LONG_PREFIX.length)}` : tag;
}

/**
 * resolve(tag, in) of go-yaml v2. `tag` is the explicit tag in long form, or '' for none; `implicit` is
 * false for a quoted or block scalar without a tag (decode.go scalar(): then it is a string, unresolved).
 */
export function resolveScalar(tag: string, text: string, implicit = true): Resolved {
  if (tag === '' && !implicit) return { ok: true, tag: STR, scalar: { kind: 'string', value: text } };
  if (!RESOLVABLE.has(tag)) {
    if (tag === BINARY) return binary(text);
    return { ok: true, tag, scalar: { kind: 'string', value: text } };
  }
  const [rtag, scalar] = resolveText(tag, text);
  if (tag === '' || tag === rtag || tag === STR) return { ok: true, tag: rtag, scalar };
  // An int where a float is asked becomes that float; anything else is refused (resolve's deferred check).
  if (tag === FLOAT && rtag === INT && (scalar.kind === 'int' || scalar.kind === 'uint'))
    return { ok: true, tag: FLOAT, scalar: { kind: 'float', value: Number(scalar.value) } };
  return { ok: false, error: `yaml: cannot decode ${shortTag(rtag)} \`${text}\` as a ${shortTag(tag)}` };
}

function resolveText(tag: string, text: string): [string, GoScalar] {
  const asString: [string, GoScalar] = [STR, { kind: 'string', value: text }];
  const hint = hintOf(text);
  if (hint === '' || tag === STR) return asString;
  const mapped = RESOLVE_MAP.get(text);
  if (mapped) return mapped;
  if (hint === '.') {
    const f = DOT_FLOAT.test(text) ? Number(text) : NaN;
    return Number.isFinite(f) ? [FLOAT, { kind: 'float', value: f }] : asString;
  }
  if (hint !== 'D' && hint !== 'S') return asString;
  if ((tag === '' || tag === TIMESTAMP) && isTimestamp(text)) return [TIMESTAMP, { kind: 'string', value: text }];
  const plain = text.replaceAll('_', '');
  const signed = parseGoInt(plain, 0);
  if (signed !== undefined && signed >= INT64_MIN && signed <= INT64_MAX) return [INT, { kind: 'int', value: signed }];
  if (signed !== undefined && signed >= 0n && signed <= UINT64_MAX && !/^[+-]/.test(plain))
    return [INT, { kind: 'uint', value: signed }];
  if (YAML_STYLE_FLOAT.test(plain)) {
    const f = Number(plain);
    // strconv.ParseFloat fails with ErrRange past float64's range (underflow to 0 is no error).
    if (Number.isFinite(f)) return [FLOAT, { kind: 'float', value: f }];
  }
  // resolve.go parses a `0b` prefix once more on its own, with strconv.ParseInt(plain[2:], 2, 64): so `0b-101`
  // is -5. `-0b…` is always cut to int.
  if (plain.startsWith('0b')) {
    const v = parseGoInt(plain.slice(2), 2);
    if (v !== undefined && v >= INT64_MIN && v <= INT64_MAX) return [INT, { kind: 'int', value: v }];
    if (v !== undefined && v >= 0n && v <= UINT64_MAX && !/^[+-]/.test(plain.slice(2)))
      return [INT, { kind: 'uint', value: v }];
  } else if (plain.startsWith('-0b')) {
    const v = parseGoInt(`-${plain.slice(3)}`, 2);
    if (v !== undefined && v >= INT64_MIN && v <= INT64_MAX) return [INT, { kind: 'int', value: v }];
  }
  return asString;
}

/**
 * strconv.ParseInt's syntax (range checked by the caller): an optional sign, then with base 0 a prefix
 * 0x/0o/0b or a leading 0 (octal) picks the base. Underscores are already gone (resolve.go strips them).
 */
function parseGoInt(text: string, base: 0 | 2): bigint | undefined {
  let s = text;
  let negative = false;
  if (s.startsWith('+') || s.startsWith('-')) {
    negative = s[0] === '-';
    s = s.slice(1);
  }
  let radix = base === 0 ? 10 : base;
  if (base === 0 && s.length > 1 && s[0] === '0') {
    const p = s.charAt(1).toLowerCase();
    if (p === 'x' || p === 'o' || p === 'b') {
      radix = p === 'x' ? 16 : p === 'o' ? 8 : 2;
      s = s.slice(2);
    } else {
      radix = 8;
      s = s.slice(1);
    }
  }
  const digits = radix === 16 ? /^[0-9a-fA-F]+$/ : radix === 8 ? /^[0-7]+$/ : radix === 2 ? /^[01]+$/ : /^[0-9]+$/;
  if (!digits.test(s)) return undefined;
  const prefix = radix === 16 ? '0x' : radix === 8 ? '0o' : radix === 2 ? '0b' : '';
  const magnitude = BigInt(`${prefix}${s}`);
  return negative ? -magnitude : magnitude;
}

// resolve.go allowedTimestampFormats, as Go's time.Parse reads them: "2006-1-2T15:4:5.999999999Z07:00" (also
// with a lower-case t), "2006-1-2 15:4:5.999999999" and "2006-1-2".
const TIMESTAMP_FORMS = [
  /^(\d{4})-(\d{1,2})-(\d{1,2})[Tt](\d{1,2}):(\d{1,2}):(\d{1,2})(?:[.,]\d+)?(?:Z|[+-](\d{2}):(\d{2}))$/,
  /^(\d{4})-(\d{1,2})-(\d{1,2}) (\d{1,2}):(\d{1,2}):(\d{1,2})(?:[.,]\d+)?$/,
  /^(\d{4})-(\d{1,2})-(\d{1,2})$/,
];

function isTimestamp(text: string): boolean {
  for (const form of TIMESTAMP_FORMS) {
    const m = form.exec(text);
    if (!m) continue;
    // Year, month and day are mandatory groups in every form; the zero defaults only satisfy the type.
    const [year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0, zoneHour = 0, zoneMinute = 0] = m
      .slice(1)
      .map((v) => (v === undefined ? undefined : Number(v)));
    if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return false;
    if (hour > 23 || minute > 59 || second > 59 || zoneHour > 24 || zoneMinute > 60) return false;
    return true;
  }
  return false;
}

function daysIn(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** decode.go scalar(): a !!binary value is base64-decoded into a string (invalid UTF-8 becomes U+FFFD in JSON). */
function binary(text: string): Resolved {
  // encoding/base64 StdEncoding.DecodeString skips \r and \n, nothing else.
  const b64 = text.replace(/[\r\n]/g, '');
  if (!/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(b64))
    return { ok: false, error: 'yaml: !!binary value contains invalid base64 data' };
  const raw = atob(b64);
  const bytes = new Uint8Array(raw.length);
  for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
  return { ok: true, tag: BINARY, scalar: { kind: 'string', value: new TextDecoder().decode(bytes) } };
}
