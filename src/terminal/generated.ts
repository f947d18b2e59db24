// What happens to an object a generator built (create deployment|service|ingress|namespace, run, expose):
// with --dry-run=client it is printed (-o yaml|json|name) or named, and stored nowhere; otherwise it is
// sent like any write. k8s.io/kubectl/pkg/cmd/util/helpers.go GetDryRunStrategy words the flag's errors.
import { last, type ParsedArgs } from './args';
import { toYaml } from './manifest';
import { toTypedJson } from './typed-json';
import { fail, finish, ok, type CommandOutput } from './output';
import { qualifiedSingular, resourceOfKind } from './resources';
import type { Session } from './session';
import { metadataOf, type Json } from './store';
import { writeText } from './write';

export const DRY_RUN_FLAGS = { 'dry-run': '', output: 'o', namespace: 'n' } as const;

/**
 * `failing`: what the command says it failed to create (create deployment|service|ingress wrap the server's
 * error as `error: failed to create deployment: …`); run and expose print the server's error as it is.
 */
export function generated(
  session: Session,
  object: Json,
  args: ParsedArgs,
  verb = 'created',
  failing?: string,
): CommandOutput {
  const namespace = last(args, 'namespace');
  const value =
    namespace && object.kind !== 'Namespace' ? { ...object, metadata: { ...metadataOf(object), namespace } } : object;
  const dryRun = last(args, 'dry-run');
  const output = last(args, 'output');
  if (dryRun !== undefined && dryRun !== 'client' && dryRun !== 'server' && dryRun !== 'none')
    return fail(`error: Invalid dry-run value (${dryRun}). Must be "none", "server", or "client".`);
  if (output !== undefined && !['yaml', 'json', 'name'].includes(output))
    return fail(
      `error: unable to match a printer suitable for the output format "${output}", allowed formats are: json,name,yaml`,
    );
  const type = resourceOfKind(String(value.kind));
  // The generators build only kinds the terminal knows; kubectl's words for any other.
  if (!type) return fail(`error: the server doesn't have a resource type "${String(value.kind)}"`);
  const slug = `${qualifiedSingular(type)}/${String(metadataOf(value).name)}`;
  if (dryRun === 'client' || dryRun === 'server') {
    // The generators' objects as printed before the server saw them: an empty status, and no
    // creationTimestamp (apimachinery 1.34 omits the zero time: kubectl commit 722397942 "Drop null
    // creationTimestamp from test fixtures"). -o json keeps the Go struct's key order (typed-json.ts).
    const printed = { ...value, status: statusOf(value) };
    if (output === 'yaml') return ok(toYaml(printed));
    if (output === 'json') return ok(toTypedJson(printed));
    return ok(`${slug} ${verb} (${dryRun === 'server' ? 'server dry run' : 'dry run'})`);
  }
  const result = writeText(session, toYaml(value), 'create', undefined);
  if (output === 'name' && result.errors.length === 0) return ok(slug);
  return finish(
    result.lines.map((l) => l.replace(/ created$/, ` ${verb}`)),
    failing ? result.errors.map((e) => `error: failed to create ${failing}: ${serverError(e)}`) : result.errors,
  );
}

/** The API error as Go's StatusError.Error() says it, without kubectl's `Error from server (Reason): ` frame. */
function serverError(printed: string): string {
  const [framed, message = ''] = /^Error from server \(\w+\): (.*)$/s.exec(printed) ?? [];
  if (framed) return message;
  const [invalid, subject = '', detail = ''] = /^The (\S+ ".*" is invalid: )(.*)$/s.exec(printed) ?? [];
  if (!invalid) return printed;
  const causes = detail.startsWith('\n* ') ? detail.slice(3).split('\n* ') : [detail];
  return subject + (causes.length === 1 ? causes[0] : `[${causes.join(', ')}]`);
}

function statusOf(value: Json): Json {
  if (value.kind === 'Service') return { loadBalancer: {} };
  if (value.kind === 'Ingress') return { loadBalancer: {} };
  return {};
}
