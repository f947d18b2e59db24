// `kubectl explain`'s page for one kind or field, rendered from OpenAPI v3 schemas. A port of kubectl's template
// (kubernetes staging/src/k8s.io/kubectl/pkg/explain/v2/templates/plaintext.tmpl): each function below is the
// template of the same name, in the same order of checks, so that blank lines, tabs and wrapping come out
// byte for byte; `wrap` and `indent` are its helpers (kubectl pkg/explain/v2/funcs.go).

/** A schema as scripts/explain-data.ts keeps it: OpenAPI v3 keys, `$ref` holding the bare schema name. */
export interface ExplainSchema {
  description?: string;
  type?: string;
  properties?: Record<string, ExplainSchema>;
  required?: string[];
  items?: ExplainSchema;
  additionalProperties?: ExplainSchema | boolean;
  allOf?: ExplainSchema[];
  $ref?: string;
  enum?: unknown[];
}

export interface ExplainDocument {
  schemas: Record<string, ExplainSchema>;
}

export interface ExplainRequest {
  group: string;
  version: string;
  kind: string;
  /** The schema with the kind's GVK. */
  schema: string;
  fieldPath: string[];
  recursive: boolean;
}

/** The page, or kubectl's error when the field path leads nowhere. */
export function renderExplain(doc: ExplainDocument, request: ExplainRequest): { text: string } | { error: string } {
  const root = doc.schemas[request.schema];
  if (!root)
    return {
      // The template formats the x-kubernetes-group-version-kind map with %v.
      error: `error: GVK map[group:${request.group} kind:${request.kind} version:${request.version}] not found in OpenAPI schema`,
    };
  const body = output(new Renderer(doc, request.recursive), root, new Set(), request.fieldPath);
  if (body === '') return { error: `error: field "${request.fieldPath[request.fieldPath.length - 1]}" does not exist` };
  const group = request.group ? `GROUP:      ${request.group}\n` : '';
  return { text: `${group}KIND:       ${request.kind}\nVERSION:    ${request.version}\n\n${body}\n` };
}

class Renderer {
  constructor(
    readonly doc: ExplainDocument,
    readonly recursive: boolean,
  ) {}

  resolve(ref: string | undefined): ExplainSchema | undefined {
    return ref === undefined ? undefined : this.doc.schemas[ref];
  }
}

/** Follows the field path, then prints DESCRIPTION and FIELDS of what it reached; '' when it reached nothing. */
function output(r: Renderer, schema: ExplainSchema, history: ReadonlySet<string>, fieldPath: string[]): string {
  const ref = schema.$ref ?? '';
  const next = new Set(history).add(ref);
  const resolved = r.resolve(schema.$ref) ?? schema;
  const [first] = fieldPath;
  if (first === undefined) {
    const description = wrap(76, describe(r, resolved) || '<empty>');
    const fields = fieldList(r, resolved, 1, new Set());
    return `DESCRIPTION:\n${indent(4, description)}\n${fields ? `FIELDS:\n${fields}` : ''}`;
  }
  if (ref && history.has(ref)) return '';
  const property =
    resolved.properties && Object.hasOwn(resolved.properties, first) ? resolved.properties[first] : undefined;
  if (property) {
    const head =
      fieldPath.length === 1
        ? `FIELD: ${first} <${typeGuess(r, property)}>\n${extractEnum(property, { long: true, limit: -1, indent: 0 })}\n\n`
        : '';
    return head + output(r, property, new Set(), fieldPath.slice(1));
  }
  if (resolved.items) return output(r, resolved.items, next, fieldPath);
  if (typeof resolved.additionalProperties === 'object')
    return output(r, resolved.additionalProperties, next, fieldPath);
  for (const alternative of resolved.allOf ?? []) {
    const text = output(r, alternative, next, fieldPath);
    if (text) return text;
  }
  return '';
}

/** One entry per field, sorted as Go ranges over a map; nested fields too with --recursive, stopping at cycles. */
function fieldList(r: Renderer, schema: ExplainSchema, level: number, history: ReadonlySet<string>): string {
  const ref = schema.$ref ?? '';
  if (ref && history.has(ref)) return '';
  const next = new Set(history).add(ref);
  const resolved = r.resolve(schema.$ref) ?? schema;
  let text = '';
  const properties = resolved.properties ?? {};
  for (const name of Object.keys(properties).sort(byBytes)) {
    text += fieldDetail(r, resolved, name, level);
    const field = properties[name];
    if (r.recursive && field) text += fieldList(r, field, level + 1, next);
  }
  for (const alternative of resolved.allOf ?? []) text += fieldList(r, alternative, level, next);
  if (resolved.items) text += fieldList(r, resolved.items, level, next);
  if (typeof resolved.additionalProperties === 'object')
    text += fieldList(r, resolved.additionalProperties, level, next);
  return text;
}

function fieldDetail(r: Renderer, schema: ExplainSchema, name: string, level: number): string {
  const amount = level * 2;
  const field = schema.properties?.[name] ?? {};
  const required = schema.required?.includes(name) ? ' -required-' : '';
  const head = `${indent(amount, name)}\t<${typeGuess(r, field)}>${required}${extractEnum(field, { long: false, limit: 4, indent: amount })}\n`;
  if (r.recursive) return head;
  return `${head}${indent(amount + 2, wrap(78 - amount, field.description || '<no description>'))}\n\n`;
}

/** The schema's description, then those of what it refers to, each ending in a newline. */
function describe(r: Renderer, schema: ExplainSchema): string {
  const resolved = r.resolve(schema.$ref) ?? schema;
  let text = resolved.description ? `${resolved.description}\n` : '';
  for (const alternative of resolved.allOf ?? []) text += describe(r, alternative);
  if (resolved.items) text += describe(r, resolved.items);
  if (typeof resolved.additionalProperties === 'object') text += describe(r, resolved.additionalProperties);
  return text;
}

/** `string`, `[]Container`, `map[string]string`, `Object`: the type hint beside a field. */
function typeGuess(r: Renderer, schema: ExplainSchema): string {
  if (schema.items) return `[]${typeGuess(r, schema.items)}`;
  if (typeof schema.additionalProperties === 'object') return `map[string]${typeGuess(r, schema.additionalProperties)}`;
  const [only, ...more] = schema.allOf ?? [];
  if (only && more.length === 0 && !schema.properties) return typeGuess(r, only);
  if (schema.$ref) {
    const target = r.resolve(schema.$ref);
    if (!target || !target.type || target.type === 'object') return schema.$ref.split('.').pop() || 'Object';
    return target.type;
  }
  return schema.type === 'object' ? 'Object' : schema.type || 'Object';
}

function extractEnum(schema: ExplainSchema, view: { long: boolean; limit: number; indent: number }): string {
  const values = schema.enum;
  if (!values || values.length === 0) return '';
  let text = view.long ? 'ENUM:' : `\n${' '.repeat(view.indent)}enum: `;
  for (const [i, value] of values.entries()) {
    if (view.limit > -1 && i >= view.limit) {
      text += ', ....';
      break;
    }
    if (i > 0 && !view.long) text += ', ';
    else if (view.long) text += '\n    ';
    text += value === '' ? '""' : String(value);
  }
  return text;
}

function indent(amount: number, text: string): string {
  const pad = ' '.repeat(amount);
  return pad + text.replaceAll('\n', `\n${pad}`);
}

const byBytes = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Go's unicode.IsSpace, less U+00A0, which go-wordwrap treats as part of a word. */
const SPACE = /^[\t\n\v\f\r \u0085\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]$/u;

/** github.com/mitchellh/go-wordwrap v1.0.1 WrapString, which kubectl's wrap helper calls: breaks only at spaces. */
export function wrap(limit: number, text: string): string {
  let out = '';
  let current = 0;
  let word = '';
  let wordLen = 0;
  let space = '';
  let spaceLen = 0;
  for (const char of text) {
    if (char === '\n') {
      // Spaces before a line break stay unless they would overflow the line.
      if (wordLen > 0 || current + spaceLen <= limit) out += space + word;
      space = '';
      spaceLen = 0;
      word = '';
      wordLen = 0;
      out += char;
      current = 0;
    } else if (SPACE.test(char)) {
      if (spaceLen === 0 || wordLen > 0) {
        current += spaceLen + wordLen;
        out += space + word;
        space = '';
        spaceLen = 0;
        word = '';
        wordLen = 0;
      }
      space += char;
      spaceLen++;
    } else {
      word += char;
      wordLen++;
      if (current + spaceLen + wordLen > limit && wordLen < limit) {
        out += '\n';
        current = 0;
        space = '';
        spaceLen = 0;
      }
    }
  }
  if (wordLen === 0) {
    if (current + spaceLen <= limit) out += space;
  } else out += space + word;
  return out;
}
