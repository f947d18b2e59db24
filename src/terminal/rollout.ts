// kubectl rollout status|history|undo|restart|pause|resume on Deployments (kubectl v0.34.1
// pkg/cmd/rollout/rollout_*.go with pkg/polymorphichelpers history.go, rollback.go, objectrestarter.go,
// objectpauser.go, objectresumer.go). The revisions are the store's RevisionLog (revisions.ts).
import { last, parseFlags, type ParsedArgs } from './args';
import { podTemplateLines } from './describe-template';
import { fail, finish, type CommandOutput } from './output';
import { qualifiedPlural, qualifiedSingular, type ResourceType } from './resources';
import { CHANGE_CAUSE, NOT_COPIED, sameTemplate } from './revisions';
import type { Session } from './session';
import { metadataOf, type Json, type StoredObject } from './store';
import { tabwrite, DESCRIBE } from './tabwriter';
import { podTemplateHash } from './template-hash';
import { resolveStored, resourceReferences, update } from './update';
import { record } from './json-values';
import { rolloutStatus } from './workloads';

type Target = { type: ResourceType; stored: StoredObject };
type Action = (session: Session, target: Target, args: ParsedArgs) => { ok: boolean; text: string };

const ACTIONS: Record<string, Action> = {
  history,
  undo,
  restart,
  pause: (session, target) => setPaused(session, target, true),
  resume: (session, target) => setPaused(session, target, false),
};

export const ROLLOUT_SUBCOMMANDS = ['history', 'pause', 'restart', 'resume', 'status', 'undo'];

export function rollout(session: Session, tokens: string[]): CommandOutput {
  const [sub, ...rest] = tokens;
  if (sub === 'status') return rolloutStatus(session, rest);
  const action = sub === undefined ? undefined : ACTIONS[sub];
  if (!action)
    return fail(
      sub === undefined
        ? 'error: Required resource not specified.'
        : `이 터미널의 rollout은 ${ROLLOUT_SUBCOMMANDS.join(', ')}를 압니다 (kubectl rollout ${sub ?? 'history'} deployment/NAME).`,
    );
  const args = parseFlags(rest, {
    values: { namespace: 'n', revision: '', 'to-revision': '' },
    booleans: {},
  });
  if (typeof args === 'string') return fail(args);
  const references = resourceReferences(args.positional);
  // rollout_*.go Validate: no resource and no -f.
  if (references.length === 0) return fail('error: required resource not specified');
  const lines: string[] = [];
  const errors: string[] = [];
  for (const reference of references) {
    const target = resolveStored(session, reference, last(args, 'namespace'));
    if (typeof target === 'string') errors.push(target);
    else {
      const outcome = action(session, target, args);
      (outcome.ok ? lines : errors).push(outcome.text);
    }
  }
  return finish(lines, errors);
}

/** schema.GroupKind.String(): `Kind.group`, or the kind alone for the core group. */
function groupKind(type: ResourceType): string {
  return type.group ? `${type.kind}.${type.group}` : type.kind;
}

const slug = (target: Target) => `${qualifiedSingular(target.type)}/${target.stored.name}`;

/**
 * history.go DeploymentHistoryViewer.ViewHistory through the name printer with the operation
 * `"%s\n%s", withRevision, historyInfo`: the name, a space, the table (tabwriter 0/8/2), a blank line.
 */
function history(session: Session, target: Target, args: ParsedArgs): { ok: boolean; text: string } {
  if (target.type.kind !== 'Deployment')
    return { ok: false, text: `error: no history viewer has been implemented for "${groupKind(target.type)}"` };
  const revisionText = last(args, 'revision') ?? '0';
  const revision = Number(revisionText);
  // rollout_history.go Validate.
  if (!Number.isInteger(revision) || revision < 0)
    return { ok: false, text: `error: revision must be a positive integer: ${revisionText}` };
  const revisions = session.store.revisions.of(target.stored.namespace, target.stored.name);
  if (revisions.length === 0) return { ok: true, text: `${slug(target)} \nNo rollout history found.` };
  if (revision > 0) {
    const chosen = revisions.find((r) => r.revision === revision);
    if (!chosen) return { ok: false, text: 'error: unable to find the specified revision' };
    // printTemplate: DescribePodTemplate through a bare PrefixWriter (no tabwriter: the tabs stay), of the
    // ReplicaSet's template (pod-template-hash label included) with its change-cause as an annotation.
    const template = withHashAndCause(chosen.template, chosen.annotations[CHANGE_CAUSE]);
    return { ok: true, text: `${slug(target)} with revision #${revision}\n${podTemplateLines(template).join('\n')}\n` };
  }
  const rows = revisions.map((r) => `${r.revision}\t${r.annotations[CHANGE_CAUSE] || '<none>'}`);
  const table = tabwrite(['REVISION\tCHANGE-CAUSE', ...rows].join('\n'), DESCRIBE);
  return { ok: true, text: `${slug(target)} \n${table}\n` };
}

/** The template as its ReplicaSet holds it: the controller's pod-template-hash label, the change-cause. */
function withHashAndCause(template: Json, changeCause: string | undefined): Json {
  const metadata = record(template.metadata) ?? {};
  const hash = podTemplateHash(template);
  const labels = { ...(record(metadata.labels) ?? {}), ...(hash ? { 'pod-template-hash': hash } : {}) };
  const annotations = {
    ...(record(metadata.annotations) ?? {}),
    ...(changeCause ? { [CHANGE_CAUSE]: changeCause } : {}),
  };
  return {
    ...template,
    metadata: { ...metadata, labels, ...(Object.keys(annotations).length > 0 ? { annotations } : {}) },
  };
}

/** rollback.go DeploymentRollbacker.Rollback. */
function undo(session: Session, target: Target, args: ParsedArgs): { ok: boolean; text: string } {
  if (target.type.kind !== 'Deployment')
    return { ok: false, text: `error: no rollbacker has been implemented for "${groupKind(target.type)}"` };
  const toText = last(args, 'to-revision') ?? '0';
  const toRevision = Number(toText);
  if (!Number.isInteger(toRevision))
    return {
      ok: false,
      text: `error: invalid argument "${toText}" for "--to-revision" flag: strconv.ParseInt: parsing "${toText}": invalid syntax`,
    };
  if (toRevision < 0) return { ok: false, text: `error: unable to find specified revision ${toRevision} in history` };
  const revisions = session.store.revisions.of(target.stored.namespace, target.stored.name);
  // deploymentRevision: the named revision, or the second newest.
  const chosen = toRevision > 0 ? revisions.find((r) => r.revision === toRevision) : revisions[revisions.length - 2];
  if (!chosen)
    return {
      ok: false,
      text:
        toRevision > 0
          ? `error: unable to find specified revision ${toRevision} in history`
          : `error: no rollout history found for deployment "${target.stored.name}"`,
    };
  const value = target.stored.value;
  const spec = record(value.spec) ?? {};
  if (spec.paused === true)
    return {
      ok: false,
      text: "error: you cannot rollback a paused deployment; resume it first with 'kubectl rollout resume' and try again",
    };
  if (sameTemplate(chosen.template, record(spec.template) ?? {}))
    return {
      ok: true,
      text: `${slug(target)} skipped rollback (current template already matches revision ${toRevision})`,
    };
  // The patch replaces the template and the annotations: the Deployment keeps the ones the controller does
  // not copy, and takes the revision's own.
  const metadata = metadataOf(value);
  const kept = Object.entries(record(metadata.annotations) ?? {}).filter(([k]) => NOT_COPIED.has(k));
  const annotations = { ...Object.fromEntries(kept), ...chosen.annotations };
  const { annotations: _old, ...otherMetadata } = metadata;
  const restored: Json = {
    ...value,
    metadata: Object.keys(annotations).length > 0 ? { ...otherMetadata, annotations } : otherMetadata,
    spec: { ...spec, template: structuredClone(chosen.template) },
  };
  const failed = update(session, restored);
  return failed
    ? { ok: false, text: `error: failed restoring revision ${toRevision}: ${failed.text}` }
    : { ok: true, text: `${slug(target)} rolled back` };
}

const RESTARTED_AT = 'kubectl.kubernetes.io/restartedAt';

/** objectrestarter.go: the template gets `kubectl.kubernetes.io/restartedAt` (RFC 3339, the client's clock). */
function restart(session: Session, target: Target): { ok: boolean; text: string } {
  const resource = qualifiedPlural(target.type);
  if (target.type.kind !== 'Deployment')
    return { ok: false, text: `error: ${resource} "${target.stored.name}" restarting is not supported` };
  const value = target.stored.value;
  const spec = record(value.spec) ?? {};
  if (spec.paused === true)
    return {
      ok: false,
      text: `error: ${resource} "${target.stored.name}" can't restart paused deployment (run rollout resume first)`,
    };
  const template = record(spec.template) ?? {};
  const templateMetadata = record(template.metadata) ?? {};
  const stamp = new Date(session.now()).toISOString().replace(/\.\d+Z$/, 'Z');
  const annotations = { ...(record(templateMetadata.annotations) ?? {}), [RESTARTED_AT]: stamp };
  // rollout_restart.go: an empty patch (restarted again within the same second) is refused; the one error
  // of the aggregate gets CheckErr's "error: ".
  if (record(templateMetadata.annotations)?.[RESTARTED_AT] === stamp)
    return {
      ok: false,
      text: `error: failed to create patch for ${target.stored.name}: if restart has already been triggered within the past second, please wait before attempting to trigger another`,
    };
  const failed = update(session, {
    ...value,
    spec: { ...spec, template: { ...template, metadata: { ...templateMetadata, annotations } } },
  });
  return failed
    ? { ok: false, text: `error: failed to patch: ${failed.text}` }
    : { ok: true, text: `${slug(target)} restarted` };
}

/** objectpauser.go / objectresumer.go: spec.paused, and their errors through rollout_pause.go's "error: %s %q %v". */
function setPaused(session: Session, target: Target, paused: boolean): { ok: boolean; text: string } {
  const resource = qualifiedPlural(target.type);
  const name = target.stored.name;
  if (target.type.kind !== 'Deployment')
    return { ok: false, text: `error: ${resource} "${name}" ${paused ? 'pausing' : 'resuming'} is not supported` };
  const value = target.stored.value;
  const spec = record(value.spec) ?? {};
  if ((spec.paused === true) === paused)
    return { ok: false, text: `error: ${resource} "${name}" ${paused ? 'is already paused' : 'is not paused'}` };
  const { paused: _was, ...others } = spec;
  const failed = update(session, { ...value, spec: paused ? { ...others, paused: true } : others });
  return failed
    ? { ok: false, text: `error: failed to patch: ${failed.text}` }
    : { ok: true, text: `${slug(target)} ${paused ? 'paused' : 'resumed'}` };
}
