// metav1: ObjectMeta and LabelSelector, shared by every kind.
import { any, bool, int64, list, object, str, stringMap, strings, time } from './types';

export const ownerReference = object('v1.OwnerReference', {
  apiVersion: str,
  kind: str,
  name: str,
  uid: str,
  controller: bool,
  blockOwnerDeletion: bool,
});

export const objectMeta = object('v1.ObjectMeta', {
  name: str,
  generateName: str,
  namespace: str,
  selfLink: str,
  uid: str,
  resourceVersion: str,
  generation: int64,
  creationTimestamp: time,
  deletionTimestamp: time,
  deletionGracePeriodSeconds: int64,
  labels: stringMap,
  annotations: stringMap,
  ownerReferences: list(ownerReference),
  finalizers: strings,
  managedFields: list(any),
});

export const labelSelector = object('v1.LabelSelector', {
  matchLabels: stringMap,
  matchExpressions: list(
    object('v1.LabelSelectorRequirement', {
      key: str,
      operator: str,
      values: strings,
    }),
  ),
});

export const condition = object('v1.Condition', {
  type: str,
  status: str,
  observedGeneration: int64,
  lastTransitionTime: time,
  reason: str,
  message: str,
});
