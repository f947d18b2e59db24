// A Deployment's rollout history as the Deployment controller keeps it in its ReplicaSets (kubernetes
// pkg/controller/deployment/sync.go getNewReplicaSet, util/deployment_util.go): one ReplicaSet per distinct
// pod template, numbered by `deployment.kubernetes.io/revision`. A template change makes the next
// revision; going back to an old template renumbers that ReplicaSet to the next revision (its old number
// leaves the history); the new ReplicaSet takes the Deployment's annotations (copyDeploymentAnnotationsToReplicaSet,
// so `kubernetes.io/change-cause` is what `rollout history` shows); a paused Deployment makes no new
// revision until resumed; cleanupDeployment keeps spec.revisionHistoryLimit (default 10) old ones.
// The store keeps this log, so it reads documents itself rather than through views.ts (which reads the store).
type Json = Record<string, unknown>;

const record = (value: unknown): Json | undefined =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : undefined;
const metadataOf = (value: Json): Json => record(value.metadata) ?? {};

export interface Revision {
  revision: number;
  /** The pod template, as written in the Deployment. */
  template: Json;
  /** The Deployment's annotations the ReplicaSet copied (the controller's skip list left out). */
  annotations: Record<string, string>;
}

/** deployment_util.go annotationsToSkip: annotations the controller does not copy to a ReplicaSet. */
export const NOT_COPIED = new Set([
  'kubectl.kubernetes.io/last-applied-configuration',
  'deployment.kubernetes.io/revision',
  'deployment.kubernetes.io/revision-history',
  'deployment.kubernetes.io/desired-replicas',
  'deployment.kubernetes.io/max-replicas',
  'deprecated.deployment.rollback.to',
]);

export const CHANGE_CAUSE = 'kubernetes.io/change-cause';

export class RevisionLog {
  private readonly byDeployment = new Map<string, Revision[]>();

  /** The revisions of a Deployment, oldest number first. */
  of(namespace: string | undefined, name: string): Revision[] {
    return [...(this.byDeployment.get(`${namespace}/${name}`) ?? [])].sort((a, b) => a.revision - b.revision);
  }

  /** What the controller does when it sees this Deployment document. */
  observe(value: Json): void {
    if (value.kind !== 'Deployment') return;
    const metadata = metadataOf(value);
    const key = `${String(metadata.namespace ?? 'default')}/${String(metadata.name ?? '')}`;
    const spec = record(value.spec) ?? {};
    const template = record(spec.template) ?? {};
    const annotations = copied(metadata.annotations);
    const revisions = this.byDeployment.get(key) ?? [];
    const newest = revisions.reduce<Revision | undefined>((a, r) => (a && a.revision > r.revision ? a : r), undefined);
    if (newest && sameTemplate(newest.template, template)) {
      newest.annotations = { ...newest.annotations, ...annotations };
      return;
    }
    if (newest && spec.paused === true) return;
    const next = (newest?.revision ?? 0) + 1;
    const old = revisions.find((r) => sameTemplate(r.template, template));
    if (old) {
      old.revision = next;
      old.annotations = { ...old.annotations, ...annotations };
    } else revisions.push({ revision: next, template: structuredClone(template), annotations });
    this.byDeployment.set(key, trimmed(revisions, historyLimit(spec)));
  }

  forget(value: Json): void {
    const metadata = metadataOf(value);
    this.byDeployment.delete(`${String(metadata.namespace ?? 'default')}/${String(metadata.name ?? '')}`);
  }

  clear(): void {
    this.byDeployment.clear();
  }
}

function copied(annotations: unknown): Record<string, string> {
  return Object.fromEntries(
    Object.entries(record(annotations) ?? {}).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string' && !NOT_COPIED.has(entry[0]),
    ),
  );
}

/** rollback.go equalIgnoreHash: templates equal but for the pod-template-hash label. */
export function sameTemplate(a: Json, b: Json): boolean {
  return canonical(withoutHash(a)) === canonical(withoutHash(b));
}

function withoutHash(template: Json): Json {
  const metadata = record(template.metadata);
  const labels = record(metadata?.labels);
  if (!labels || !('pod-template-hash' in labels)) return template;
  const { 'pod-template-hash': _hash, ...rest } = labels;
  return { ...template, metadata: { ...metadata, labels: rest } };
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const object = record(value);
  if (!object) return JSON.stringify(value) ?? 'null';
  return `{${Object.keys(object)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${canonical(object[k])}`)
    .join(',')}}`;
}

function historyLimit(spec: Json): number {
  const limit = spec.revisionHistoryLimit;
  return typeof limit === 'number' && Number.isInteger(limit) && limit >= 0 ? limit : 10;
}

/** cleanupDeployment: the oldest old ReplicaSets go once there are more than the limit. */
function trimmed(revisions: Revision[], limit: number): Revision[] {
  const sorted = [...revisions].sort((a, b) => a.revision - b.revision);
  const current = sorted.pop();
  return current ? [...sorted.slice(Math.max(0, sorted.length - limit)), current] : [];
}
