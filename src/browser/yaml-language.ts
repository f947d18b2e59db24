// The editor's YAML: CodeMirror's line-by-line mode (legacy-modes) rather than the Lezer grammar (lang-yaml).
// Lezer re-parsed the whole manifest on every keystroke: handling a keydown in a 300-line manifest took a median
// ~7 ms with it and ~3 ms with this mode, which re-tokenizes from the changed line to the visible end (measured
// in Chromium). The editor only highlights with it; the engine says what is wrong with the YAML.
import { indentService, StreamLanguage } from '@codemirror/language';
import { yaml as yamlMode } from '@codemirror/legacy-modes/mode/yaml';
import { tags } from '@lezer/highlight';

// The mode calls a key an atom and a document marker (---) a definition: named as the highlight style knows them.
const language = StreamLanguage.define({
  ...yamlMode,
  tokenTable: { atom: tags.propertyName, def: tags.meta },
});

/** The column a new line after `line` starts at, as lang-yaml's indentation rules give it (its `Stream`
 * indentNodeProp): under the key of a `- key: value` item, one unit in after a block scalar's `|` or `>`, and
 * else at the line's own indentation (a block mapping's or sequence's first column). */
export function yamlIndentAfter(line: string, unit = 2): number {
  const item = /^(\s*-\s+)(?=[^\s#"'][^#]*?:(\s|$))/.exec(line);
  if (item?.[1]) return item[1].length;
  const indent = /^\s*/.exec(line)?.[0].length ?? 0;
  return /:\s*[|>][-+0-9]*\s*(#.*)?$/.test(line) ? indent + unit : indent;
}

export const yaml = [
  language,
  indentService.of((context, pos) => yamlIndentAfter(context.lineAt(pos, -1).text, context.unit)),
];
