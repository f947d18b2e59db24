// kubectl scale, set image, rollout status on Deployments (k8s.io/kubectl/pkg/cmd/scale/scale.go,
// cmd/set/set_image.go, polymorphichelpers/rollout_status.go). The engine makes a Deployment's pods from
// its replicas and template, so a change shows at once in `get pods`.
import { last, parseFlags } from './args';
import { fail, finish, ok, type CommandOutput } from './output';
import { qualifiedSingular } from './resources';
import type { Session } from './session';
import { metadataOf, type Json } from './store';
import { resolveStored, resourceReferences, update } from './update';
import { record } from './json-values';
import { listObjects } from './views';

/** `deployment web`, `deployment/web`, `deploy/web`: the references kubectl's builder accepts. */
export function scale(session: Session, tokens: string[]): CommandOutput {
  const args = parseFlags(tokens, { values: { namespace: 'n', replicas: '', 'current-replicas': '' }, booleans: {} });
  if (typeof args === 'string') return fail(args);
  const replicas = Number(last(args, 'replicas') ?? '-1');
  if (!Number.isInteger(replicas) || replicas < 0)
    return fail('error: The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0');
  const refs = resourceReferences(args.positional);
  if (refs.length === 0) return fail('error: You must provide one or more resources by argument or filename.');
  const lines: string[] = [];
  const errors: string[] = [];
  for (const reference of refs) {
    const target = resolveStored(session, reference, last(args, 'namespace'));
    if (typeof target === 'string') {
      errors.push(target);
      continue;
    }
    if (target.type.kind !== 'Deployment') {
      errors.push(`error: no scaler has been implemented for {"${target.type.group}" "${target.type.kind}"}`);
      continue;
    }
    const spec = record(target.stored.value.spec) ?? {};
    const failed = update(session, { ...target.stored.value, spec: { ...spec, replicas } });
    if (failed) errors.push(failed.text);
    else lines.push(`${qualifiedSingular(target.type)}/${target.stored.name} scaled`);
  }
  return finish(lines, errors);
}

export function setImage(session: Session, tokens: string[]): CommandOutput {
  const args = parseFlags(tokens, { values: { namespace: 'n' }, booleans: {} });
  if (typeof args === 'string') return fail(args);
  const pairs = args.positional.filter((p) => p.includes('='));
  const refs = resourceReferences(args.positional.filter((p) => !p.includes('=')));
  if (refs.length === 0)
    return fail('error: one or more resources must be specified as <resource> <name> or <resource>/<name>');
  if (pairs.length === 0) return fail('error: at least one image update is required');
  const lines: string[] = [];
  const errors: string[] = [];
  for (const reference of refs) {
    const target = resolveStored(session, reference, last(args, 'namespace'));
    if (typeof target === 'string') {
      errors.push(target);
      continue;
    }
    const value = withImages(target.stored.value, pairs);
    if (typeof value === 'string') {
      errors.push(value);
      continue;
    }
    const failed = update(session, value);
    if (failed) errors.push(failed.text);
    else lines.push(`${qualifiedSingular(target.type)}/${target.stored.name} image updated`);
  }
  return finish(lines, errors);
}

/** set_image.go: `NAME=IMAGE` per container, `*=IMAGE` for all; an unknown name is an error. */
function withImages(value: Json, pairs: string[]): Json | string {
  const podSpecPath = value.kind === 'Pod' ? [] : ['template', 'spec'];
  const spec = record(value.spec) ?? {};
  const podSpec = value.kind === 'Pod' ? spec : (record(record(spec.template)?.spec) ?? {});
  const containers = Array.isArray(podSpec.containers) ? podSpec.containers.map((c) => ({ ...(record(c) ?? {}) })) : [];
  for (const pair of pairs) {
    const at = pair.indexOf('=');
    const name = pair.slice(0, at);
    const image = pair.slice(at + 1);
    const chosen = containers.filter((c) => name === '*' || c.name === name);
    if (chosen.length === 0) return `error: unable to find container named "${name}"`;
    for (const container of chosen) container.image = image;
  }
  const newPodSpec = { ...podSpec, containers };
  if (podSpecPath.length === 0) return { ...value, spec: newPodSpec };
  return { ...value, spec: { ...spec, template: { ...(record(spec.template) ?? {}), spec: newPodSpec } } };
}

/** kubectl rollout status (the other rollout subcommands are rollout.ts). */
export function rolloutStatus(session: Session, rest: string[]): CommandOutput {
  const args = parseFlags(rest, { values: { namespace: 'n', timeout: '' }, booleans: { watch: 'w' } });
  if (typeof args === 'string') return fail(args);
  const [reference] = resourceReferences(args.positional);
  if (!reference) return fail('error: You must provide one or more resources by argument or filename.');
  const target = resolveStored(session, reference, last(args, 'namespace'));
  if (typeof target === 'string') return fail(target);
  if (target.type.kind !== 'Deployment')
    return fail(`error: no status viewer has been implemented for ${target.type.kind}`);
  const deployment = listObjects(session.store, 'Deployment').find(
    (o) => o.namespace === target.stored.namespace && o.name === target.stored.name,
  );
  const name = String(metadataOf(target.stored.value).name);
  if (deployment?.kind !== 'Deployment')
    return fail(`Error from server (NotFound): deployments.apps "${name}" not found`);
  const available = deployment.pods.filter((p) => p.ready).length;
  // rollout_status.go DeploymentStatusViewer: every updated replica available → rolled out. The lab's
  // controllers finish at once, so the only wait left is for pods that never become ready.
  if (available >= deployment.replicas) return ok(`deployment "${name}" successfully rolled out`);
  return fail(
    `Waiting for deployment "${name}" rollout to finish: ${available} of ${deployment.replicas} updated replicas are available...\n(pod가 Ready가 되지 않아 kubectl은 여기서 계속 기다립니다. kubectl get pods와 kubectl describe pod로 이유를 보세요.)`,
  );
}
