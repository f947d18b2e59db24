// Reads a manifest text the way kubectl does: several documents, YAML 1.1 scalars
// (sigs.k8s.io/yaml uses go-yaml v2, so `yes`/`no`/`on`/`off` are booleans), aliases
// capped against alias bombs, positions kept for every node.
import { LineCounter, parseAllDocuments, isMap, isScalar, visit } from 'yaml';
import type { Document, Node as YamlNode } from 'yaml';
import type { Diagnostic } from '../types';

/** Past this, an alias expansion is refused: the "billion laughs" guard. */
export const MAX_ALIAS_COUNT = 100;

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
  /** Syntax problems and duplicate keys, already as diagnostics. */
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

export function parseManifests(text: string): ParsedText {
  const lineCounter = new LineCounter();
  const diagnostics: Diagnostic[] = [];
  const documents = parseAllDocuments(text, {
    version: '1.1',
    lineCounter,
    uniqueKeys: false,
    prettyErrors: false,
    keepSourceTokens: false,
  });
  const list = Array.isArray(documents) ? documents : [];
  const docs: ParsedDoc[] = list.map((document, index) => {
    for (const error of document.errors) {
      const span = spanOf(lineCounter, error.pos[0], error.pos[1]);
      diagnostics.push({
        severity: 'error',
        type: 'YAMLSyntax',
        message: `error converting YAML to JSON: yaml: line ${span.line}: ${error.message}`,
        hint: yamlHint(error.code),
        doc: index,
        ...span,
      });
    }
    diagnostics.push(...duplicateKeys(document, index, lineCounter));
    const empty = document.contents === null;
    let value: unknown;
    if (document.errors.length === 0 && !empty) {
      try {
        value = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
      } catch (e) {
        const span = spanOfNode(lineCounter, document.contents);
        diagnostics.push({
          severity: 'error',
          type: 'YAMLSyntax',
          message: `error converting YAML to JSON: ${e instanceof Error ? e.message : String(e)}`,
          hint: '별칭(alias)이 너무 많이 펼쳐집니다. 앵커(&)와 별칭(*) 대신 값을 직접 적으세요.',
          doc: index,
          ...span,
        });
      }
    }
    return { index, document, value, empty };
  });
  return { docs, diagnostics, lineCounter };
}

function yamlHint(code: string): string {
  switch (code) {
    case 'TAB_AS_INDENT':
      return 'YAML 들여쓰기에는 탭을 쓸 수 없습니다. 스페이스로 들여 쓰세요.';
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
      return '들여쓰기가 어긋났습니다. 같은 단계의 키는 같은 칸에서 시작해야 합니다.';
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return '키 뒤의 콜론(:)이나 들여쓰기를 확인하세요.';
    default:
      return 'YAML 문법 오류입니다. 표시된 줄의 들여쓰기, 콜론, 따옴표를 확인하세요.';
  }
}

/** kubectl keeps the last of duplicated keys without a word; the learner should hear of it. */
function duplicateKeys(document: Document.Parsed, index: number, lineCounter: LineCounter): Diagnostic[] {
  const found: Diagnostic[] = [];
  visit(document, {
    Map(_key, map) {
      if (!isMap(map)) return;
      const seen = new Set<string>();
      for (const pair of map.items) {
        if (!isScalar(pair.key)) continue;
        const name = String(pair.key.value);
        if (seen.has(name)) {
          found.push({
            severity: 'error',
            type: 'YAMLSyntax',
            message: `error converting YAML to JSON: yaml: mapping key "${name}" already defined`,
            hint: `키 "${name}"가 두 번 나옵니다. kubectl은 마지막 값만 조용히 남기므로 하나만 남기세요.`,
            doc: index,
            ...spanOfNode(lineCounter, pair.key),
          });
        }
        seen.add(name);
      }
    },
  });
  return found;
}
