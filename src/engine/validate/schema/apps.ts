// apps/v1: Deployment and ReplicaSet.
import { podTemplateSpec } from './core';
import { labelSelector, objectMeta } from './meta';
import { any, bool, int32, intOrString, list, object, str } from './types';

const top = { apiVersion: str, kind: str, metadata: objectMeta };

export const deployment = object('v1.Deployment', {
  ...top,
  spec: object('v1.DeploymentSpec', {
    replicas: int32,
    selector: labelSelector,
    template: podTemplateSpec,
    strategy: object('v1.DeploymentStrategy', {
      type: str,
      rollingUpdate: object('v1.RollingUpdateDeployment', { maxUnavailable: intOrString, maxSurge: intOrString }),
    }),
    minReadySeconds: int32,
    revisionHistoryLimit: int32,
    paused: bool,
    progressDeadlineSeconds: int32,
  }),
  status: object('v1.DeploymentStatus', {
    observedGeneration: { t: 'int64' },
    replicas: int32,
    updatedReplicas: int32,
    readyReplicas: int32,
    availableReplicas: int32,
    unavailableReplicas: int32,
    terminatingReplicas: int32,
    conditions: list(any),
    collisionCount: int32,
  }),
});

export const replicaSet = object('v1.ReplicaSet', {
  ...top,
  spec: object('v1.ReplicaSetSpec', {
    replicas: int32,
    minReadySeconds: int32,
    selector: labelSelector,
    template: podTemplateSpec,
  }),
  status: object('v1.ReplicaSetStatus', {
    replicas: int32,
    fullyLabeledReplicas: int32,
    readyReplicas: int32,
    availableReplicas: int32,
    terminatingReplicas: int32,
    observedGeneration: { t: 'int64' },
    conditions: list(any),
  }),
});
