// kubectl edit TYPE/NAME: the object's YAML goes to an editor; saving applies it with the same validation
// as any write (k8s.io/kubectl/pkg/cmd/util/editor/editoptions.go). Without an editor in the page, the
// terminal prints what kubectl prints when $EDITOR (default vi) cannot be started
// (cmd/util/editor/launcher_others.go: `unable to launch the editor "vi"`).
import { parse } from 'yaml';
import { last, parseFlags } from './args';
import { manifestOf, toYaml } from './manifest';
import { fail, ok, type CommandOutput, type EditRequest } from './output';
import { qualifiedPlural, qualifiedSingular } from './resources';
import type { Session } from './session';
import { resolveStored, update } from './update';
import { listObjects } from './views';

// editoptions.go editHeader.writeTo, NormalEditMode.
const HEADER =
  "# Please edit the object below. Lines beginning with a '#' will be ignored,\n# and an empty file will abort the edit. If an error occurs while saving this file will be\n# reopened with the relevant failures.\n#\n";

/** Why the file is reopened (editoptions.go editReason): a head and, for an Invalid status, its causes. */
interface Reason {
  head: string;
  causes: string[];
}

/** editHeader.writeTo: the instructions, then each reason as comment lines (hashOnLineBreak). */
function header(reasons: Reason[]): string {
  const hash = (s: string) => s.replace(/\n(?!#)/g, '\n# ');
  return (
    HEADER +
    reasons
      .map(
        (r) =>
          `# ${hash(r.head)}${r.causes.length > 0 ? ':' : ''}\n${r.causes.map((c) => `# * ${hash(c)}\n`).join('')}#\n`,
      )
      .join('')
  );
}

/** cmdutil.StripComments: the lines that are not comments. */
function stripComments(text: string): string {
  return text
    .split('\n')
    .filter((l) => !l.trimStart().startsWith('#'))
    .join('\n');
}

/** The causes of an API server Invalid error as the terminal prints it (write.ts `invalid`), or undefined. */
function invalidCauses(printed: string): string[] | undefined {
  const [match, causes = ''] = /^The \S+ ".*" is invalid: (.*)$/s.exec(printed) ?? [];
  if (!match) return undefined;
  return causes.startsWith('\n* ') ? causes.slice(3).split('\n* ') : [causes];
}

/** LaunchTempFile names the copy with os.CreateTemp("", "kubectl-edit-*.yaml"): a decimal uint32 in place of
 * the star. Derived from the text here, so the same edit names the same file. */
function tempFile(text: string): string {
  let hash = 2166136261;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619) >>> 0;
  return `/tmp/kubectl-edit-${hash}.yaml`;
}

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
  const slug = `${qualifiedSingular(type)}/${stored.name}`;

  /** One pass of the editor loop: `opened` is what the editor showed; `failed` when it was reopened on an error. */
  const request = (opened: string, failed: boolean): EditRequest => ({
    title: slug,
    text: opened,
    save(text: string): CommandOutput {
      const stripped = stripComments(text);
      // Reopened on an error and closed without a change: the copy is kept and nothing is saved.
      if (failed && stripped === stripComments(opened))
        return fail(
          `A copy of your changes has been stored to "${tempFile(text)}"\nerror: Edit cancelled, no valid changes were saved.`,
        );
      if (stripped.trim() === original.trim()) return ok('Edit cancelled, no changes made.');
      if (stripped.trim() === '') return ok('Edit cancelled, saved file was empty.');
      const reopen = (reasons: Reason[]) => `${header(reasons)}${stripped}`;
      let value: unknown;
      try {
        value = parse(stripped, { version: '1.1' });
      } catch (error) {
        // A syntax error reopens the file with the parser's message and prints nothing.
        const message = error instanceof Error ? error.message : String(error);
        return {
          text: '',
          exitCode: 1,
          edit: request(reopen([{ head: `The edited file had a syntax error: ${message}`, causes: [] }]), true),
        };
      }
      if (value === null || typeof value !== 'object' || Array.isArray(value))
        return fail('error: the edited object is not a Kubernetes object');
      const failure = update(session, value as Record<string, unknown>);
      if (!failure) return ok(`${slug} edited`);
      const causes = invalidCauses(failure.text);
      if (!causes) return failure;
      // editResults.addError for an Invalid status: one line now, the causes in the reopened file.
      const resource = qualifiedPlural(type);
      return {
        text: `error: ${resource} "${stored.name}" is invalid`,
        exitCode: 1,
        edit: request(reopen([{ head: `${resource} "${stored.name}" was not valid`, causes }]), true),
      };
    },
  });

  return {
    text: 'error: unable to launch the editor "vi"',
    exitCode: 1,
    edit: request(`${header([])}${original}\n`, false),
  };
}
