// Enter in the editor starts the new line where @codemirror/lang-yaml 6.1 (the Lezer YAML the editor used
// before) put it: each expectation is what lang-yaml's getIndentation gave after that line, in that manifest.
// Where it gave none (a quoted item, a comment), CodeMirror's insertNewlineAndIndent keeps the line's own
// indentation, and so does this.
import { describe, expect, it } from 'vitest';
import { yamlIndentAfter } from '../../../src/browser/yaml-language';

const cases: [string, number][] = [
  ['spec:', 0],
  ['  type: NodePort', 2],
  ['  ports:', 2],
  ['    - targetPort: 80', 6],
  ['      port: 80', 6],
  ['    - name: nginx', 6],
  ['  - port: 80', 4],
  ['- name: a', 2],
  ['  - nginx', 2],
  ['  - http://x', 2],
  ['  - "a: b"', 2],
  ['  # comment', 2],
  ['  script: |', 4],
  ['  text: >-', 4],
  ['apiVersion: v1', 0],
];

describe('yamlIndentAfter', () => {
  it.each(cases)('after %j a new line starts at column %i', (line, column) => {
    expect(yamlIndentAfter(line)).toBe(column);
  });
});
