// A YAML syntax error as kubectl prints it, and the line the learner must change.
//
// kubectl splits the text into documents at lines starting with `---` (apimachinery util/yaml YAMLReader) and
// hands each to go-yaml v2 alone, so "line N" counts from the line after the separator (kubernetes#104607:
// line numbers relative to the document). go-yaml v2's parser.fail() (decode.go) adds one to a scanner
// error's 0-based line but not to a parser error's, so "did not find expected key" names the line *before*
// the offending one; a line of 0 prints no "line N: " at all.
import type { LineCounter, YAMLError } from 'yaml';
import type { Span } from './parse';

export interface SyntaxProblem {
  /** After "error converting YAML to JSON: ". */
  message: string;
  /** What the editor marks: the line to change. */
  span: Span;
}

// A `:` that maps a value: followed by a blank, a line break or the end (scannerc.go fetch_value in block context).
const VALUE_INDICATOR = /:(?=[ \t\r\n]|$)/g;

type Kind = 'scanner' | 'parser';

export function syntaxProblem(text: string, lineCounter: LineCounter, error: YAMLError): SyntaxProblem {
  const [start, end] = error.pos;
  const { code, message } = error;
  let problem = start; // where go-yaml stops
  let mark = start; // the line to change
  let kind: Kind = 'scanner';
  let words = message;
  if (code === 'TAB_AS_INDENT') words = 'found character that cannot start any token';
  else if (code === 'RESOURCE_EXHAUSTION') words = 'exceeded max depth of 10000';
  else if (message.startsWith('Nested mappings are not allowed in compact mappings')) {
    // A value that runs on into a `key:` (over-indented line, or `name: a: b`): go-yaml stops at that `:`.
    problem = valueIndicatorAfter(text, start) ?? start;
    mark = problem;
    words = 'mapping values are not allowed in this context';
  } else if (code === 'MULTILINE_IMPLICIT_KEY') {
    // A key without its colon: its text runs on into the next line's `key:`, where go-yaml stops.
    problem = valueIndicatorAfter(text, start) ?? start;
    words = 'mapping values are not allowed in this context';
  } else if (
    message.startsWith('All mapping items must start at the same column') ||
    message.startsWith('A block sequence may not be used as an implicit map key')
  ) {
    // An under-indented key or `-`: the block mapping above ends, and the parser finds no key.
    kind = 'parser';
    words = 'did not find expected key';
  } else if (message.startsWith('Flow map in block collection')) {
    kind = 'parser';
    words = "did not find expected ',' or '}'";
  } else if (message.startsWith('Missing closing')) {
    // go-yaml reads on to the end of the document looking for the quote; the learner closes the one that opened.
    problem = end;
    mark = text.lastIndexOf(message.includes("'") ? "'" : '"', start - 1);
    words = 'found unexpected end of stream';
  }
  const line = lineCounter.linePos(problem).line;
  const documentLine = line - separatorLineBefore(text, lineCounter, problem);
  const goLine = kind === 'scanner' ? documentLine : documentLine - 1;
  return {
    message: `yaml: ${goLine > 0 ? `line ${goLine}: ` : ''}${words}`,
    span: lineSpan(text, lineCounter, mark),
  };
}

function valueIndicatorAfter(text: string, from: number): number | undefined {
  VALUE_INDICATOR.lastIndex = from;
  return VALUE_INDICATOR.exec(text)?.index;
}

/** The 1-based line of the last `---` line before the line of `offset` (YAMLReader's separator), or 0. */
function separatorLineBefore(text: string, lineCounter: LineCounter, offset: number): number {
  let lineStart = lineStartOf(text, offset);
  while (lineStart > 0) {
    lineStart = lineStartOf(text, lineStart - 1); // lineStart - 1 is the previous line's newline
    if (text.startsWith('---', lineStart)) return lineCounter.linePos(lineStart).line;
  }
  return 0;
}

function lineStartOf(text: string, offset: number): number {
  // lastIndexOf reads a negative start as 0, which would find a newline at 0 again: none before offset 0.
  return offset <= 0 ? 0 : text.lastIndexOf('\n', offset - 1) + 1;
}

/** The line holding `offset`, from its first non-blank character to its end. */
function lineSpan(text: string, lineCounter: LineCounter, offset: number): Span {
  const lineStart = lineStartOf(text, Math.min(offset, text.length));
  const next = text.indexOf('\n', lineStart);
  const lineEnd = next === -1 ? text.length : next;
  const content = text.slice(lineStart, lineEnd);
  const first = lineStart + (content.length - content.trimStart().length);
  const last = lineStart + content.trimEnd().length;
  const a = lineCounter.linePos(first);
  const b = lineCounter.linePos(Math.max(first, last));
  return { line: a.line, column: a.col, endLine: b.line, endColumn: b.col };
}
