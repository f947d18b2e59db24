// The controllers that turn workloads into pods: Deployment → ReplicaSet → pods, and ReplicaSet → pods.
import { message } from '../messages';
import { integer, type Obj, record, stringEntries } from '../values';
import { canonicalJson, fnv32a, safeEncodeString, stableSuffix } from './hash';
import { namespaceOf, type ManifestObject } from './objects';
import type { PodDraft } from './podDraft';
import type { Recorder } from './recorder';

export const WORKLOAD_KINDS = new Set(['Deployment', 'ReplicaSet']);

/**
 * pkg/controller/controller_utils.go ComputeHash: fnv32a over the (defaulted) pod template, then
 * rand.SafeEncodeString of the decimal sum. The real hasher feeds Go's printed struct (DeepHashObject);
 * here the template's canonical JSON stands in for it, so the value is as stable but not the same digits.
 * Hashing the defaulted template means writing a default out (dnsPolicy: ClusterFirst) changes nothing.
 */
function podTemplateHash(template: Obj): string {
  return safeEncodeString(String(fnv32a(canonicalJson(template))));
}

export function expandWorkload(object: ManifestObject, recorder: Recorder): PodDraft[] {
  const namespace = namespaceOf(object);
  const what = `${object.kind} ${namespace}/${object.name}`;
  const workloadSpec = record(object.defaulted.spec) ?? {};
  const template = object.spec.template === undefined ? undefined : record(workloadSpec.template);
  if (!template) {
    recorder.skip(object.source.doc, message('cluster.templateMissing', { what }), object.kind, object.name);
    return [];
  }
  const metadata = record(template.metadata) ?? {};
  const spec = record(template.spec) ?? {};
  const base = { namespace, owner: what, implicit: false, source: object.source, spec };

  const replicas = replicasOf(object, workloadSpec, what, recorder);
  const names = podNames(object, namespace, template, replicas);
  const labels = stringEntries(metadata.labels);
  const podLabels =
    object.kind === 'Deployment' ? { ...labels, 'pod-template-hash': podTemplateHash(template) } : labels;
  if (names.length > 0) {
    const how = object.kind === 'Deployment' ? ` → ReplicaSet ${object.name}-${podLabels['pod-template-hash']}` : '';
    recorder.assume(what, 'pods', names.join(', '), message('cluster.workloadPods', { what, how, names }));
  }
  return names.map((name) => ({ ...base, name, labels: podLabels, metadata }));
}

function replicasOf(object: ManifestObject, spec: Obj, what: string, recorder: Recorder): number {
  // pkg/apis/apps/v1/defaults.go: replicas defaults to 1.
  if (object.spec.replicas === undefined)
    recorder.assume(what, 'spec.replicas', 1, message('cluster.replicas', { what }));
  return Math.max(0, integer(spec.replicas) ?? 1);
}

function podNames(object: ManifestObject, namespace: string, template: Obj, replicas: number): string[] {
  const names: string[] = [];
  const prefix = object.kind === 'Deployment' ? `${object.name}-${podTemplateHash(template)}` : object.name;
  for (let i = 0; i < replicas; i++) {
    names.push(`${prefix}-${stableSuffix(`${namespace}/${prefix}/${i}`)}`);
  }
  return names;
}
