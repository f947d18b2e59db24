// kubectl edit TYPE/NAME: the object's YAML goes to an editor; saving applies it with the same validation
// as any write (k8s.io/kubectl/pkg/cmd/util/editor/editoptions.go). Without an editor in the page, the
// terminal prints what kubectl prints when $EDITOR (default vi) cannot be started
// (cmd/util/editor/launcher_others.go: `unable to launch the editor "vi"`).
import { parse } from 'yaml';
import { last, parseFlags } from './args';
import { manifestOf, toYaml } from './manifest';
import { fail, ok, type CommandOutput } from './output';
import { qualifiedSingular } from './resources';
import type { Session } from './session';
import { resolveStored, update } from './update';
import { listObjects } from './views';

export function edit(session: Session, tokens: string[]): CommandOutput {
  const args = parseFlags(tokens, { values: { namespace: 'n', output: 'o' }, booleans: {} });
  if (typeof args === 'string') return fail(args);
  const [first, second] = args.positional;
  if (!first) return fail('error: You must provide one or more resources by argument or filename.');
  const reference = first.includes('/') ? first : `${first}/${second ?? ''}`;
  const target = resolveStored(session, reference, last(args, 'namespace'));
  if (typeof target === 'string') return fail(target);
  const { type, stored } = target;
  const object = listObjects(session.store, type.kind).find(
    (o) => o.name === stored.name && o.namespace === stored.namespace,
  );
  const original = toYaml(object ? manifestOf(object, session.now()) : stored.value);
  const header =
    "# Please edit the object below. Lines beginning with a '#' will be ignored,\n# and an empty file will abort the edit. If an error occurs while saving this file will be\n# reopened with the relevant failures.\n#\n";
  const slug = `${qualifiedSingular(type)}/${stored.name}`;
  return {
    text: 'error: unable to launch the editor "vi"',
    exitCode: 1,
    edit: {
      title: slug,
      text: `${header}${original}\n`,
      save(text: string): CommandOutput {
        const stripped = text
          .split('\n')
          .filter((l) => !l.trimStart().startsWith('#'))
          .join('\n');
        if (stripped.trim() === '') return fail('Edit cancelled, saved file was empty.');
        if (stripped.trim() === original.trim()) return ok('Edit cancelled, no changes made.');
        let value: unknown;
        try {
          value = parse(stripped, { version: '1.1' });
        } catch (error) {
          return fail(`error: ${error instanceof Error ? error.message : String(error)}`);
        }
        if (value === null || typeof value !== 'object' || Array.isArray(value))
          return fail('error: the edited object is not a Kubernetes object');
        const failed = update(session, value as Record<string, unknown>);
        return failed ?? ok(`${slug} edited`);
      },
    },
  };
}
