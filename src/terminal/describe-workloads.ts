// kubectl describe deployment|replicaset, laid out as kubectl 1.34 writes them (kubernetes
// staging/src/k8s.io/kubectl/pkg/describe/describe.go describeDeployment, describeReplicaSet). The status
// lines come from the pods the engine made for the Deployment: all of them belong to its one ReplicaSet, and a
// pod counts as available when it is ready (minReadySeconds as written).
import { formatLabels, formatLabelSelector, type LabelSelector } from '../engine';
import { annotationLines, labelLines, stringEntries } from './describe-generic';
import { eventLines } from './describe-events';
import { podTemplateLines } from './describe-template';
import type { Session } from './session';
import { podTemplateHash } from './template-hash';
import { metadataOf, type Json } from './store';
import { record } from './json-values';
import { listObjects, type ApiObject } from './views';

type Deployment = Extract<ApiObject, { kind: 'Deployment' }>;
type ReplicaSet = Extract<ApiObject, { kind: 'ReplicaSet' }>;

/** The deployment controller's default progress deadline (apps/v1 SetDefaults_Deployment). */
const PROGRESS_DEADLINE_SECONDS = 600;

export function describeDeployment(session: Session, object: Deployment): string {
  const spec = record(object.stored?.value.spec) ?? {};
  const strategy = record(spec.strategy) ?? {};
  const type = typeof strategy.type === 'string' ? strategy.type : 'RollingUpdate';
  const available = object.pods.filter((p) => p.ready).length;
  const total = object.pods.length;
  const lines = [
    `Name:\t${object.name}`,
    `Namespace:\t${object.namespace ?? ''}`,
    `CreationTimestamp:\t${rfc1123z(object.created)}`,
    ...labelLines(Object.entries(object.labels)),
    ...annotationLines([
      ...stringEntries(metadataOf(object.stored?.value ?? {}).annotations),
      ...revisionAnnotation(session, object.namespace, object.name),
    ]),
    `Selector:\t${formatLabelSelector(object.selector as LabelSelector)}`,
    `Replicas:\t${object.replicas} desired | ${total} updated | ${total} total | ${available} available | ${Math.max(0, total - available)} unavailable`,
    `StrategyType:\t${type}`,
    `MinReadySeconds:\t${typeof spec.minReadySeconds === 'number' ? spec.minReadySeconds : 0}`,
  ];
  if (type === 'RollingUpdate') {
    // SetDefaults_Deployment: 25% and 25% unless written; IntOrString prints as written.
    const rollingUpdate = record(strategy.rollingUpdate) ?? {};
    const maxUnavailable = String(rollingUpdate.maxUnavailable ?? '25%');
    const maxSurge = String(rollingUpdate.maxSurge ?? '25%');
    lines.push(`RollingUpdateStrategy:\t${maxUnavailable} max unavailable, ${maxSurge} max surge`);
  }
  lines.push(...podTemplateLines(object.template));
  lines.push(...conditionLines(deploymentConditions(session, object, spec, available)));
  // The engine names the Deployment's one ReplicaSet after its pods' pod-template-hash (views.ts).
  const hash = object.pods[0]?.labels['pod-template-hash'];
  const replicaSet = listObjects(session.store, 'ReplicaSet').find(
    (rs) => rs.namespace === object.namespace && rs.name === `${object.name}-${hash}`,
  );
  if (replicaSet?.kind === 'ReplicaSet') {
    // The older revisions' ReplicaSets are scaled to zero once the rollout is done.
    const old = session.store.revisions
      .of(object.namespace, object.name)
      .slice(0, -1)
      .map((r) => `${object.name}-${podTemplateHash(r.template) ?? ''} (0/0 replicas created)`);
    lines.push(`OldReplicaSets:\t${old.length > 0 ? old.join(', ') : '<none>'}`);
    lines.push(
      `NewReplicaSet:\t${replicaSet.name} (${replicaSet.pods.length}/${replicaSet.replicas} replicas created)`,
    );
  }
  lines.push(...eventLines([], session.now()));
  return lines.join('\n');
}

export function describeReplicaSet(session: Session, object: ReplicaSet): string {
  const owner = object.name.slice(0, object.name.lastIndexOf('-'));
  const lines = [
    `Name:\t${object.name}`,
    `Namespace:\t${object.namespace ?? ''}`,
    `Selector:\t${formatLabels(object.selector)}`,
    ...labelLines(Object.entries(object.labels)),
    ...annotationLines(replicaSetAnnotations(session, object, owner)),
    `Controlled By:\tDeployment/${owner}`,
    `Replicas:\t${object.pods.length} current / ${object.replicas} desired`,
    // The engine's pods all run (a terminating pod keeps its Running phase until it is gone).
    `Pods Status:\t${object.pods.length} Running / 0 Waiting / 0 Succeeded / 0 Failed`,
    ...podTemplateLines(templateWithHash(object)),
    ...eventLines([], session.now()),
  ];
  return lines.join('\n');
}

/** The deployment controller's `deployment.kubernetes.io/revision`: the newest revision it has made. */
function revisionAnnotation(session: Session, namespace: string | undefined, name: string): [string, string][] {
  const newest = session.store.revisions.of(namespace, name).pop();
  return newest ? [['deployment.kubernetes.io/revision', String(newest.revision)]] : [];
}

/**
 * The new ReplicaSet's annotations (deployment util SetNewReplicaSetAnnotations, SetReplicasAnnotations): the
 * Deployment's own (those the controller copies), its revision, the desired replicas and the most the rollout
 * may run, desired plus maxSurge rounded up.
 */
function replicaSetAnnotations(session: Session, object: ReplicaSet, owner: string): [string, string][] {
  const deployment = session.store.find('Deployment', object.namespace, owner)?.value ?? {};
  const spec = record(deployment.spec) ?? {};
  const strategy = record(spec.strategy) ?? {};
  const surge =
    strategy.type === 'Recreate'
      ? 0
      : scaled((record(strategy.rollingUpdate) ?? {}).maxSurge ?? '25%', object.replicas, Math.ceil);
  const newest = session.store.revisions.of(object.namespace, owner).pop();
  return [
    ...Object.entries(newest?.annotations ?? {}),
    ['deployment.kubernetes.io/desired-replicas', String(object.replicas)],
    ['deployment.kubernetes.io/max-replicas', String(object.replicas + surge)],
    ...revisionAnnotation(session, object.namespace, owner),
  ];
}

/** The ReplicaSet's template is the Deployment's with the pod-template-hash label added. */
function templateWithHash(object: ReplicaSet): Json {
  const metadata = record(object.template.metadata) ?? {};
  return { ...object.template, metadata: { ...metadata, labels: object.labels } };
}

interface Condition {
  type: string;
  status: 'True' | 'False';
  reason: string;
}

/**
 * The deployment controller's conditions (pkg/controller/deployment/sync.go, progress.go): Available while at
 * most maxUnavailable pods are missing; Progressing with NewReplicaSetAvailable once every pod is available,
 * ReplicaSetUpdated while the rollout waits, ProgressDeadlineExceeded after progressDeadlineSeconds.
 */
function deploymentConditions(session: Session, object: Deployment, spec: Json, available: number): Condition[] {
  const strategy = record(spec.strategy) ?? {};
  const maxUnavailable =
    strategy.type === 'Recreate'
      ? 0
      : scaled((record(strategy.rollingUpdate) ?? {}).maxUnavailable ?? '25%', object.replicas, Math.floor);
  const minimum = object.replicas - maxUnavailable;
  const deadline =
    typeof spec.progressDeadlineSeconds === 'number' ? spec.progressDeadlineSeconds : PROGRESS_DEADLINE_SECONDS;
  const complete = available >= object.replicas;
  const expired = session.now() - object.created > deadline * 1000;
  return [
    available >= minimum
      ? { type: 'Available', status: 'True', reason: 'MinimumReplicasAvailable' }
      : { type: 'Available', status: 'False', reason: 'MinimumReplicasUnavailable' },
    complete
      ? { type: 'Progressing', status: 'True', reason: 'NewReplicaSetAvailable' }
      : expired
        ? { type: 'Progressing', status: 'False', reason: 'ProgressDeadlineExceeded' }
        : { type: 'Progressing', status: 'True', reason: 'ReplicaSetUpdated' },
  ];
}

/** intstr.GetScaledValueFromIntOrPercent as deployment util ResolveFenceposts uses it: a percentage of `total`,
 * rounded up for maxSurge and down for maxUnavailable. */
function scaled(value: unknown, total: number, round: (n: number) => number): number {
  if (typeof value === 'number') return value;
  const percent = /^(\d+)%$/.exec(String(value));
  return percent ? round((Number(percent[1]) * total) / 100) : 0;
}

/** `Conditions:` with Type, Status and Reason, as describeDeployment writes them (`%v \t%v\t%v`). */
function conditionLines(conditions: Condition[]): string[] {
  if (conditions.length === 0) return [];
  return [
    'Conditions:',
    '  Type\tStatus\tReason',
    '  ----\t------\t------',
    ...conditions.map((c) => `  ${c.type} \t${c.status}\t${c.reason}`),
  ];
}

/** Go's time.RFC1123Z in UTC: `Mon, 02 Jan 2006 15:04:05 +0000`. */
export function rfc1123z(ms: number): string {
  const date = new Date(ms);
  const [weekday, day, month, year, time] = date.toUTCString().replace(',', '').split(' ');
  return `${weekday}, ${day} ${month} ${year} ${time} +0000`;
}
