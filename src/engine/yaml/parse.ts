// Reads a manifest text the way kubectl does: several documents, YAML 1.1 scalars (sigs.k8s.io/yaml uses
// go-yaml v2, so `yes`/`no`/`on`/`off`/`y`/`n` are booleans), positions kept for every node. Hostile input
// gets a diagnostic, never a throw: aliases are capped (billion laughs), nesting is capped by the parser,
// texts past the API server's request limit are refused unread, control characters are refused as go-yaml does.
import { LineCounter, parseAllDocuments, isMap, isScalar, isSeq, visit } from 'yaml';
import type { Alias, Document, Node as YamlNode } from 'yaml';
import { message } from '../messages';
import type { Diagnostic } from '../types';
import { formatCount, MAX_REPEATED, moreHint, moreMessage } from './count';
import { syntaxProblem } from './syntax';
import { convertScalars } from './toJson';

/** Past this, an alias expansion is refused: the "billion laughs" guard. */
export const MAX_ALIAS_COUNT = 100;

/** The API server refuses request bodies over 3 MiB (apiserver's maxRequestBodyBytes). */
export const MAX_TEXT_BYTES = 3 * 1024 * 1024;

export interface Span {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface ParsedDoc {
  /** 0-based index among the documents of the text. */
  index: number;
  document: Document.Parsed;
  /** The plain JSON-like value kubectl would send, or undefined for an empty document or one that failed. */
  value: unknown;
  /** Whether the document holds nothing (only comments or whitespace). */
  empty: boolean;
}

export interface ParsedText {
  docs: ParsedDoc[];
  /** Syntax problems (errors) and duplicate keys (warnings), already as diagnostics. */
  diagnostics: Diagnostic[];
  lineCounter: LineCounter;
}

export function spanOf(lineCounter: LineCounter, start: number, end: number): Span {
  const a = lineCounter.linePos(start);
  const b = lineCounter.linePos(Math.max(start, end));
  return { line: a.line, column: a.col, endLine: b.line, endColumn: b.col };
}

/** The span of a YAML node (or of the document start when there is none). */
export function spanOfNode(lineCounter: LineCounter, node: YamlNode | null | undefined, fallback = 0): Span {
  const range = node?.range;
  if (!range) return spanOf(lineCounter, fallback, fallback);
  return spanOf(lineCounter, range[0], range[1]);
}

/** go-yaml's reader accepts tab, LF, CR and printable characters only (yaml_reader is_printable). */
// eslint-disable-next-line no-control-regex -- matching control characters is this pattern's job
const controlCharacter = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u0084\u0086-\u009F\uFFFE\uFFFF]/;

export function parseManifests(text: string): ParsedText {
  const lineCounter = new LineCounter();
  const bytes = utf8Length(text, MAX_TEXT_BYTES);
  if (bytes > MAX_TEXT_BYTES) return tooLarge(bytes, lineCounter);
  const diagnostics: Diagnostic[] = [];
  const documents = parseAllDocuments(text, {
    version: '1.1',
    lineCounter,
    uniqueKeys: false,
    prettyErrors: false,
    keepSourceTokens: false,
  });
  const list = Array.isArray(documents) ? documents : [];
  const control = controlCharacter.exec(text);
  const docs: ParsedDoc[] = list.map((document, index) => {
    // Tags are resolved as go-yaml does (toJson.ts), not by the YAML 1.1 schema's rules.
    const errors = document.errors.filter((e) => e.code !== 'TAG_RESOLVE_FAILED');
    let failed = errors.length > 0;
    // go-yaml stops at the first error of a document, and so does kubectl's message.
    for (const error of errors.slice(0, 1)) {
      const { message, span } = syntaxProblem(text, lineCounter, error);
      diagnostics.push(syntaxError(index, span, message, yamlHint(error.code)));
    }
    if (
      control &&
      control.index >= document.range[0] &&
      control.index < Math.max(document.range[2], document.range[0] + 1)
    ) {
      failed = true;
      const span = spanOf(lineCounter, control.index, control.index + 1);
      diagnostics.push(
        syntaxError(
          index,
          span,
          'yaml: control characters are not allowed',
          message('yaml.controlCharacter', {
            line: span.line,
            codePoint: control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0'),
          }),
        ),
      );
    }
    const conversion = failed ? undefined : convertScalars(document);
    for (const duplicate of duplicateKeys(document, index, lineCounter)) diagnostics.push(duplicate);
    const loop = failed ? undefined : selfContainingAlias(document);
    if (loop) {
      failed = true;
      diagnostics.push(
        syntaxError(
          index,
          spanOfNode(lineCounter, loop),
          `yaml: anchor '${loop.source}' value contains itself`,
          message('yaml.selfContainingAlias', { anchor: loop.source }),
        ),
      );
    }
    if (conversion && !failed) {
      failed = true;
      diagnostics.push(
        syntaxError(index, spanOfNode(lineCounter, conversion.node), conversion.message, message('yaml.notJson')),
      );
    }
    const empty = document.contents === null;
    let value: unknown;
    if (!failed && !empty) {
      try {
        value = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
      } catch {
        diagnostics.push(
          syntaxError(
            index,
            spanOfNode(lineCounter, document.contents),
            'yaml: document contains excessive aliasing',
            message('yaml.excessiveAliasing'),
          ),
        );
      }
    }
    return { index, document, value, empty };
  });
  return { docs, diagnostics, lineCounter };
}

/** An alias inside the node its anchor names (`a: &a [*a]`) would expand forever; go-yaml refuses it (decode.go, alias). */
function selfContainingAlias(document: Document.Parsed): Alias | undefined {
  let found: Alias | undefined;
  visit(document, {
    Alias(_key, alias) {
      const source = alias.resolve(document);
      const [start, end] = [source?.range?.[0], source?.range?.[2]];
      if (alias.range && start !== undefined && end !== undefined && start <= alias.range[0] && alias.range[1] <= end) {
        found = alias;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
}

function syntaxError(doc: number, span: Span, message: string, hint: string): Diagnostic {
  return {
    severity: 'error',
    type: 'YAMLSyntax',
    message: `error converting YAML to JSON: ${message}`,
    hint,
    doc,
    ...span,
  };
}

/** The UTF-8 length of `text` while it fits in `limit` (the API server counts bytes); past it, a count > limit. */
function utf8Length(text: string, limit: number): number {
  if (text.length > limit) return text.length;
  if (text.length * 3 <= limit) return text.length;
  let bytes = 0;
  for (let i = 0; i < text.length && bytes <= limit; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
      bytes += next >= 0xdc00 && next <= 0xdfff ? 4 : 3;
    } else bytes += 3;
  }
  return bytes;
}

function tooLarge(bytes: number, lineCounter: LineCounter): ParsedText {
  lineCounter.addNewLine(0);
  return {
    docs: [],
    diagnostics: [
      {
        severity: 'error',
        type: 'TooLong',
        message: `Request entity too large: limit is ${MAX_TEXT_BYTES}`,
        hint: message('yaml.tooLarge', { bytes: formatCount(bytes), limit: formatCount(MAX_TEXT_BYTES) }),
        doc: 0,
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 1,
      },
    ],
    lineCounter,
  };
}

function yamlHint(code: string): string {
  switch (code) {
    case 'TAB_AS_INDENT':
      return message('yaml.tabIndent');
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
      return message('yaml.badIndent');
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return message('yaml.implicitKey');
    case 'RESOURCE_EXHAUSTION':
      return message('yaml.exhausted');
    default:
      return message('yaml.syntax');
  }
}

/**
 * Duplicate keys. `kubectl apply -f` converts YAML through go-yaml v2 into a map, so the last value wins
 * without a word and the server never sees the first (kubernetes/kubernetes#89303); go-yaml v3, which
 * kustomize (`kubectl apply -k`) uses, refuses the file with "mapping key ... already defined at line N".
 * So it is a warning in go-yaml v3's words: the object is accepted, but not as the learner wrote it.
 */
function duplicateKeys(document: Document.Parsed, index: number, lineCounter: LineCounter): Diagnostic[] {
  const found: Diagnostic[] = [];
  let more = 0;
  let moreAt: YamlNode | undefined;
  // The path is built only for a duplicate: most keys never need it.
  type Trail = { parent: Trail | undefined; step: string | number } | undefined;
  const pathOf = (trail: Trail): string => {
    const parts: string[] = [];
    for (let t = trail; t; t = t.parent)
      parts.push(typeof t.step === 'number' ? `[${t.step}]` : t.parent ? `.${t.step}` : t.step);
    return parts.reverse().join('');
  };
  const walk = (node: unknown, trail: Trail, depth: number): void => {
    if (depth > 200) return;
    if (isSeq(node)) {
      for (let i = 0; i < node.items.length; i++) walk(node.items[i], { parent: trail, step: i }, depth + 1);
      return;
    }
    if (!isMap(node)) return;
    const seen = new Map<string, YamlNode>();
    for (const pair of node.items) {
      if (!isScalar(pair.key)) continue;
      const name = String(pair.key.value);
      const first = seen.get(name);
      const childTrail = { parent: trail, step: name };
      if (first !== undefined && found.length === MAX_REPEATED) {
        if (more === 0) moreAt = pair.key as YamlNode;
        more++;
      } else if (first !== undefined) {
        found.push({
          severity: 'warning',
          type: 'Duplicate',
          path: pathOf(childTrail),
          message: `mapping key "${name}" already defined at line ${spanOfNode(lineCounter, first).line}`,
          hint: message('yaml.duplicateKey', { key: name }),
          doc: index,
          ...spanOfNode(lineCounter, pair.key as YamlNode),
        });
      } else {
        seen.set(name, pair.key as YamlNode);
      }
      walk(pair.value, childTrail, depth + 1);
    }
  };
  walk(document.contents, undefined, 0);
  if (more > 0)
    found.push({
      severity: 'warning',
      type: 'Duplicate',
      message: moreMessage(more),
      hint: moreHint(more),
      doc: index,
      ...spanOfNode(lineCounter, moreAt),
    });
  return found;
}
