// The kubectl.kubernetes.io/last-applied-configuration annotation: what `kubectl apply` (and
// `create --save-config`) leave on an object (k8s.io/kubectl/pkg/util/apply.go: the object's JSON without
// the annotation itself, as Go's encoder writes an unstructured map: sorted keys, one line, newline).
import { sortKeys } from './manifest';
import { metadataOf, type Json } from './store';
import { record } from './json-values';

export const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';

export function hasLastApplied(value: Json): boolean {
  const annotations = record(metadataOf(value).annotations);
  return annotations !== undefined && Object.hasOwn(annotations, LAST_APPLIED);
}

export function withLastApplied(value: Json): Json {
  const metadata = metadataOf(value);
  const others = Object.fromEntries(
    Object.entries(record(metadata.annotations) ?? {}).filter(([k]) => k !== LAST_APPLIED),
  );
  const applied = {
    ...value,
    metadata: {
      ...metadata,
      ...(Object.keys(others).length > 0 ? { annotations: others } : { annotations: undefined }),
    },
  };
  return {
    ...value,
    metadata: { ...metadata, annotations: { ...others, [LAST_APPLIED]: `${JSON.stringify(sortKeys(applied))}\n` } },
  };
}

/** create, replace and label keep an annotation the object already had (the server does not drop it). */
export function keepLastApplied(value: Json, before: Json | undefined): Json {
  if (!before || !hasLastApplied(before) || hasLastApplied(value)) return value;
  const metadata = metadataOf(value);
  const kept = String(record(metadataOf(before).annotations)?.[LAST_APPLIED]);
  return {
    ...value,
    metadata: { ...metadata, annotations: { ...(record(metadata.annotations) ?? {}), [LAST_APPLIED]: kept } },
  };
}
