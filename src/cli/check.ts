// `npm run check -- FILE...`: validates manifest files as the site does and prints
// `FILE:LINE:COL: error: PATH: MESSAGE` with the Korean hint indented below; `--json` prints the diagnostics.
// Exit code 1 when any file has an error (warnings alone pass).
import { readFileSync } from 'node:fs';
import { validate, type Diagnostic } from '../engine';
import { parseArgs } from './args';

const USAGE = 'usage: npm run check -- [--json] FILE...';

export async function run(args: string[]): Promise<number> {
  const options = parseArgs(args, { flags: ['json'] });
  if (typeof options === 'string') {
    console.error(`${options}\n${USAGE}`);
    return 2;
  }
  if (options.bare.length === 0) {
    console.error(USAGE);
    return 2;
  }
  const json = options.has('json');
  const files = options.bare;
  let failed = false;
  const report: Record<string, Diagnostic[]> = {};
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (e) {
      console.error(`${file}: ${e instanceof Error ? e.message : String(e)}`);
      failed = true;
      continue;
    }
    const diagnostics = validate(text);
    if (diagnostics.some((d) => d.severity === 'error')) failed = true;
    if (json) {
      report[file] = diagnostics;
      continue;
    }
    for (const d of diagnostics) {
      console.log(`${file}:${d.line}:${d.column}: ${d.severity}: ${d.path ? `${d.path}: ` : ''}${d.message}`);
      if (d.hint) console.log(`    ${d.hint}`);
    }
  }
  if (json) console.log(JSON.stringify(report, null, 2));
  return failed ? 1 : 0;
}
