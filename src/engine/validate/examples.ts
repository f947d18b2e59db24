// The check the site's build runs on every file under content/examples/.
//
// Convention: an example is expected to be valid — no diagnostic of severity 'error' — unless its leading
// comment lines (before the first line that is not a comment or blank) declare the errors it shows, one per line:
//
//   # expect-error: spec.ports[0].nodePort Invalid
//   # expect-error: - YAMLSyntax          (a diagnostic without a path is written "-")
//
// Then exactly those errors must occur (as a multiset of PATH TYPE pairs), no more, no fewer. Warnings never
// fail an example. checkExample returns the problems in words; an empty list means the example is as expected.
import { validate } from './index';

const directive = /^#\s*expect-error:\s*(\S+)\s+(\S+)\s*$/;

export function checkExample(fileName: string, text: string): string[] {
  const problems: string[] = [];
  const expected: string[] = [];
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed === '---') continue;
    if (!trimmed.startsWith('#')) break;
    if (!/^#\s*expect-error\b/.test(trimmed)) continue;
    const m = directive.exec(trimmed);
    if (m) expected.push(`${m[1]} ${m[2]}`);
    else problems.push(`${fileName}: malformed directive "${trimmed}" (expected "# expect-error: PATH TYPE")`);
  }
  const remaining = [...expected];
  for (const d of validate(text)) {
    if (d.severity !== 'error') continue;
    const key = `${d.path ?? '-'} ${d.type}`;
    const i = remaining.indexOf(key);
    if (i >= 0) remaining.splice(i, 1);
    else
      problems.push(`${fileName}:${d.line}:${d.column}: unexpected error: ${d.path ? `${d.path}: ` : ''}${d.message}`);
  }
  for (const key of remaining) problems.push(`${fileName}: expected error "${key}" did not occur`);
  return problems;
}
