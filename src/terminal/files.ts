// kubectl create|apply|replace -f FILE: the lab's files are what -f reads.
import { last, parseFlags } from './args';
import { fail, finish, type CommandOutput } from './output';
import { remove } from './remove';
import { readFile, type Session } from './session';
import { writeText, type WriteMode } from './write';

export function fromFile(session: Session, tokens: string[], mode: WriteMode): CommandOutput {
  const args = parseFlags(tokens, {
    values: { filename: 'f', namespace: 'n' },
    booleans: { ...(mode === 'replace' ? { force: '' } : {}), ...(mode === 'create' ? { 'save-config': '' } : {}) },
  });
  if (typeof args === 'string') return fail(args);
  const files = args.flags.get('filename') ?? [];
  if (files.length === 0) return fail(`error: must specify one of -f and -k`);
  const force = last(args, 'force') === 'true';
  const lines: string[] = [];
  const errors: string[] = [];
  for (const file of files) {
    const text = readFile(session, file);
    if (text === undefined) {
      errors.push(`error: the path "${file}" does not exist`);
      continue;
    }
    // replace --force deletes what the file names, then creates it again (replace.go forceReplace).
    if (force) {
      const namespace = last(args, 'namespace');
      const removed = remove(session, ['-f', file, ...(namespace ? ['-n', namespace] : [])]);
      lines.push(...removed.text.split('\n').filter((l) => / deleted( from \S+ namespace)?$/.test(l)));
    }
    const result = writeText(session, text, force ? 'create' : mode, file, last(args, 'namespace'), {
      saveConfig: last(args, 'save-config') === 'true',
    });
    lines.push(...(force ? result.lines.map((l) => l.replace(/ created$/, ' replaced')) : result.lines));
    errors.push(...result.errors);
  }
  return finish(lines, errors);
}
