// kubectl's JSONPath templates (k8s.io/client-go/util/jsonpath: parser.go, jsonpath.go), the part people
// type: `{.a.b}`, `['a.b']`, `[n]`, `[*]`, `[a:b]`, `[?(@.k=="v")]`, `{range EXPR}…{end}`, `{"\n"}` and
// literal text. kubectl get allows missing keys (--allow-missing-template-keys=true): a missing field
// prints nothing. Several results of one expression are joined by a space; maps and lists print as JSON.

type Segment =
  | { kind: 'field'; name: string }
  | { kind: 'index'; start?: number; end?: number; all: boolean; single: boolean }
  | { kind: 'filter'; path: Segment[]; op?: string; value?: string | number }
  | { kind: 'recursive'; name: string };

type Node =
  { kind: 'text'; text: string } | { kind: 'expr'; path: Segment[] } | { kind: 'range'; path: Segment[]; body: Node[] };

export function parseTemplate(template: string): Node[] | string {
  const nodes: Node[] = [];
  const ranges: Extract<Node, { kind: 'range' }>[] = [];
  // Text and expressions go into the innermost open range's body, or the top level.
  const body = () => ranges.at(-1)?.body ?? nodes;
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf('{', i);
    if (open < 0) {
      body().push({ kind: 'text', text: template.slice(i) });
      break;
    }
    if (open > i) body().push({ kind: 'text', text: template.slice(i, open) });
    const close = findClose(template, open);
    if (close < 0) return `unclosed action`;
    const inside = template.slice(open + 1, close).trim();
    i = close + 1;
    if (inside === 'end') {
      if (ranges.length === 0) return 'not in range, nothing to end';
      ranges.pop();
      continue;
    }
    if (inside.startsWith('range ')) {
      const path = parsePath(inside.slice(6).trim());
      if (typeof path === 'string') return path;
      const node: Extract<Node, { kind: 'range' }> = { kind: 'range', path, body: [] };
      body().push(node);
      ranges.push(node);
      continue;
    }
    if (/^(["']).*\1$/s.test(inside)) {
      body().push({ kind: 'text', text: unquote(inside) });
      continue;
    }
    const path = parsePath(inside);
    if (typeof path === 'string') return path;
    body().push({ kind: 'expr', path });
  }
  if (ranges.length > 0) return 'range is not closed';
  return nodes;
}

export function executeTemplate(nodes: Node[], data: unknown): string {
  let out = '';
  for (const node of nodes) {
    if (node.kind === 'text') out += node.text;
    else if (node.kind === 'expr') out += evaluate(node.path, [data]).map(format).join(' ');
    else for (const item of iterate(evaluate(node.path, [data]))) out += executeTemplate(node.body, item);
  }
  return out;
}

/** The values an expression finds (custom-columns joins them with commas). */
export function evaluateExpression(expression: string, data: unknown): unknown[] | string {
  const path = parsePath(expression.replace(/^\{|\}$/g, ''));
  return typeof path === 'string' ? path : evaluate(path, [data]);
}

export function format(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function iterate(values: unknown[]): unknown[] {
  return values.length === 1 && Array.isArray(values[0]) ? values[0] : values;
}

function findClose(text: string, open: number): number {
  let quote: string | undefined;
  for (let i = open + 1; i < text.length; i++) {
    const c = text.charAt(i);
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '}') return i;
  }
  return -1;
}

function unquote(text: string): string {
  const body = text.slice(1, -1);
  return body.replace(/\\(.)/g, (_, c: string) => ({ n: '\n', t: '\t', r: '\r' })[c as 'n'] ?? c);
}

function parsePath(text: string): Segment[] | string {
  const segments: Segment[] = [];
  let i = text.startsWith('$') || text.startsWith('@') ? 1 : 0;
  while (i < text.length) {
    const c = text.charAt(i);
    if (text.startsWith('..', i)) {
      const match = /^[\w-]+/.exec(text.slice(i + 2));
      if (!match) return `unrecognized character in action: ${text}`;
      segments.push({ kind: 'recursive', name: match[0] });
      i += 2 + match[0].length;
    } else if (c === '.') {
      // client-go jsonpath parseField: a backslash keeps the next character in the name (`kubectl\.kubernetes\.io/x`).
      const [name = ''] = /^(?:\\.|[^.[\]\\])*/.exec(text.slice(i + 1)) ?? [];
      if (name !== '') segments.push({ kind: 'field', name: name.replace(/\\(.)/g, '$1') });
      i += 1 + name.length;
    } else if (c === '[') {
      const close = text.indexOf(']', text.startsWith('[?(', i) ? text.indexOf(')]', i) : i);
      if (close < 0) return `unterminated array`;
      const inner = text.slice(i + 1, close);
      const segment = bracket(inner);
      if (typeof segment === 'string') return segment;
      segments.push(segment);
      i = close + 1;
    } else if (/\s/.test(c)) i++;
    else {
      const match = /^[\w-]+/.exec(text.slice(i));
      if (!match)
        return `unrecognized character in action: U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')} '${c}'`;
      segments.push({ kind: 'field', name: match[0] });
      i += match[0].length;
    }
  }
  return segments;
}

function bracket(inner: string): Segment | string {
  const [quoted, , name = ''] = /^(['"])(.*)\1$/.exec(inner) ?? [];
  if (quoted) return { kind: 'field', name };
  if (inner === '*') return { kind: 'index', all: true, single: false };
  if (/^-?\d+$/.test(inner)) return { kind: 'index', start: Number(inner), all: false, single: true };
  const slice = /^(-?\d*):(-?\d*)$/.exec(inner);
  if (slice)
    return {
      kind: 'index',
      all: false,
      single: false,
      ...(slice[1] ? { start: Number(slice[1]) } : {}),
      ...(slice[2] ? { end: Number(slice[2]) } : {}),
    };
  const filter = /^\?\(\s*@((?:\.[\w./-]+|\[['"][^'"]+['"]\])+)\s*(?:(==|!=|<=|>=|<|>)\s*(.+?))?\s*\)$/.exec(inner);
  if (filter) {
    const path = parsePath(filter[1] ?? '');
    if (typeof path === 'string') return path;
    const raw = filter[3]?.trim();
    const value = raw === undefined ? undefined : /^(['"]).*\1$/.test(raw) ? raw.slice(1, -1) : Number(raw);
    return { kind: 'filter', path, ...(filter[2] ? { op: filter[2] } : {}), ...(value !== undefined ? { value } : {}) };
  }
  return `invalid array index ${inner}`;
}

function evaluate(path: Segment[], start: unknown[]): unknown[] {
  let current = start;
  for (const segment of path) {
    const next: unknown[] = [];
    for (const value of current) {
      if (segment.kind === 'field') {
        if (isObject(value) && Object.hasOwn(value, segment.name)) next.push(value[segment.name]);
      } else if (segment.kind === 'recursive') {
        collect(value, segment.name, next);
      } else if (segment.kind === 'index') {
        if (!Array.isArray(value)) continue;
        if (segment.all) next.push(...value);
        else if (segment.single) {
          const start = segment.start ?? 0;
          const at = start < 0 ? value.length + start : start;
          if (at >= 0 && at < value.length) next.push(value[at]);
        } else next.push(...value.slice(segment.start ?? 0, segment.end ?? value.length));
      } else if (Array.isArray(value)) {
        for (const item of value) if (matches(segment, item)) next.push(item);
      }
    }
    current = next;
  }
  return current;
}

function matches(filter: Extract<Segment, { kind: 'filter' }>, item: unknown): boolean {
  const found = evaluate(filter.path, [item]);
  // The parser gives a filter either both an operator and a value, or neither.
  const { op, value: right } = filter;
  if (op === undefined || right === undefined) return found.length > 0;
  return found.some((v) => {
    const left = typeof right === 'number' ? Number(v) : format(v);
    switch (op) {
      case '==':
        return left === right;
      case '!=':
        return left !== right;
      case '<':
        return left < right;
      case '>':
        return left > right;
      case '<=':
        return left <= right;
      default:
        return left >= right;
    }
  });
}

function collect(value: unknown, name: string, into: unknown[]): void {
  if (Array.isArray(value)) for (const item of value) collect(item, name, into);
  else if (isObject(value)) {
    if (Object.hasOwn(value, name)) into.push(value[name]);
    for (const child of Object.values(value)) collect(child, name, into);
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
