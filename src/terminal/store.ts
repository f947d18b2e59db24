// The lab's cluster as the API server holds it: one manifest document per object, each with the time it
// was created. Every change edits this list and the cluster model is rebuilt with loadCluster, so the
// engine stays the only judge of what the objects mean.
import { loadCluster, parseManifests, type Cluster } from '../engine';
import { RevisionLog } from './revisions';

export type Json = Record<string, unknown>;

export interface StoredObject {
  kind: string;
  apiVersion: string;
  /** undefined for cluster-scoped kinds. */
  namespace?: string;
  name: string;
  /** The document as the API server stores it (namespace filled in). */
  value: Json;
  /** Milliseconds on the lab's clock. */
  created: number;
}

export const CLUSTER_SCOPED = new Set(['Namespace', 'Node', 'IngressClass', 'GatewayClass']);

/** How much older than the lab's start the objects it starts with are (kubectl shows them as `10m`). */
export const PREEXISTING_AGE_MS = 10 * 60 * 1000;

export class ClusterStore {
  objects: StoredObject[] = [];
  cluster: Cluster;
  /** The Deployments' ReplicaSet revisions, as the Deployment controller would have kept them. */
  readonly revisions = new RevisionLog();
  /** Inside batch(): changes wait for one rebuild at its end (a 1,000-object apply is one loadCluster). */
  private deferred = 0;
  private stale = false;

  constructor(
    startText: string,
    readonly startedAt: number,
  ) {
    for (const value of documentsOf(startText)) this.objects.push(stored(value, startedAt - PREEXISTING_AGE_MS));
    for (const object of this.objects) this.revisions.observe(object.value);
    this.cluster = loadCluster(this.text());
  }

  /**
   * The manifest text the cluster model is built from. JSON is YAML, and writing it costs next to nothing
   * beside YAML's printer (a 1,000-object apply spent most of its time there); quoted strings stay strings.
   */
  text(): string {
    return this.objects.map((o) => JSON.stringify(o.value)).join('\n---\n');
  }

  find(kind: string, namespace: string | undefined, name: string): StoredObject | undefined {
    return this.objects.find(
      (o) => o.kind === kind && o.name === name && (CLUSTER_SCOPED.has(kind) || o.namespace === namespace),
    );
  }

  add(value: Json, created: number): StoredObject {
    const object = stored(value, created);
    this.objects.push(object);
    this.revisions.observe(object.value);
    this.rebuild();
    return object;
  }

  replace(object: StoredObject, value: Json): void {
    this.objects[this.objects.indexOf(object)] = { ...object, value };
    this.revisions.observe(value);
    this.rebuild();
  }

  remove(object: StoredObject): void {
    this.objects = this.objects.filter((o) => o !== object);
    if (object.kind === 'Deployment') this.revisions.forget(object.value);
    this.rebuild();
  }

  /** For saving and restoring a learner's progress (a restored Deployment starts its history anew). */
  snapshot(): { value: Json; created: number }[] {
    return this.objects.map((o) => ({ value: o.value, created: o.created }));
  }

  restore(saved: { value: Json; created: number }[]): void {
    this.objects = saved.map((s) => stored(s.value, s.created));
    this.revisions.clear();
    for (const object of this.objects) this.revisions.observe(object.value);
    this.rebuild();
  }

  /** Runs several changes with one rebuild of the cluster model at the end. */
  batch<T>(changes: () => T): T {
    this.deferred++;
    try {
      return changes();
    } finally {
      this.deferred--;
      if (this.deferred === 0 && this.stale) this.rebuild();
    }
  }

  private rebuild(): void {
    if (this.deferred > 0) {
      this.stale = true;
      return;
    }
    this.stale = false;
    this.cluster = loadCluster(this.text());
  }
}

/** The documents of a text as plain values (empty and broken documents left out). */
export function documentsOf(text: string): Json[] {
  return parseManifests(text).docs.flatMap((doc) => objectsOf(doc.value));
}

/** The objects one document holds: itself, or a List's items; nothing for a scalar or a sequence. */
export function objectsOf(value: unknown): Json[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [];
  const object = value as Json;
  if (object.kind === 'List' && Array.isArray(object.items))
    return object.items.filter((i): i is Json => !!i && typeof i === 'object' && !Array.isArray(i));
  return [object];
}

export function metadataOf(value: Json): Json {
  const metadata = value.metadata;
  return metadata && typeof metadata === 'object' && !Array.isArray(metadata) ? (metadata as Json) : {};
}

function stored(value: Json, created: number): StoredObject {
  const kind = String(value.kind ?? '');
  const metadata = metadataOf(value);
  const clusterScoped = CLUSTER_SCOPED.has(kind);
  const namespace = clusterScoped ? undefined : typeof metadata.namespace === 'string' ? metadata.namespace : 'default';
  const withNamespace = clusterScoped ? value : { ...value, metadata: { ...metadata, namespace } };
  return {
    kind,
    apiVersion: String(value.apiVersion ?? ''),
    namespace,
    name: String(metadata.name ?? ''),
    value: withNamespace,
    created,
  };
}
