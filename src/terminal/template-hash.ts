// The pod-template-hash the Deployment controller gives a ReplicaSet of a template. The engine computes it when it
// expands a Deployment into pods; asking it through a one-Deployment cluster keeps one hash for the pods the
// terminal lists, the ReplicaSets describe names and the revisions rollout prints.
import { loadCluster } from '../engine';
import { record } from './json-values';
import type { Json } from './store';

export function podTemplateHash(template: Json): string | undefined {
  const matchLabels = record(record(template.metadata)?.labels) ?? {};
  const probe = {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'template', namespace: 'default' },
    spec: { replicas: 1, selector: { matchLabels }, template },
  };
  return loadCluster(JSON.stringify(probe)).pods.find((p) => p.owner === 'Deployment default/template')?.labels[
    'pod-template-hash'
  ];
}
