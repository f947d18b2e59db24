// What admission plugins change on create, so the stored object (and `get -o yaml`) shows it:
// kubernetes plugin/pkg/admission/network/defaultingressclass — an Ingress with neither
// spec.ingressClassName nor the legacy kubernetes.io/ingress.class annotation gets the default
// IngressClass (ingressclass.kubernetes.io/is-default-class: "true"); with several, the newest (since 1.25).
import type { Session } from './session';
import { metadataOf, type Json } from './store';
import { record } from './json-values';

const DEFAULT_ANNOTATION = 'ingressclass.kubernetes.io/is-default-class';
const LEGACY_CLASS_ANNOTATION = 'kubernetes.io/ingress.class';

export function withDefaultClass(session: Session, value: Json): Json {
  if (value.kind !== 'Ingress') return value;
  const spec = record(value.spec) ?? {};
  const annotations = record(metadataOf(value).annotations) ?? {};
  if (spec.ingressClassName !== undefined || Object.hasOwn(annotations, LEGACY_CLASS_ANNOTATION)) return value;
  const defaults = session.store.objects
    .filter((o) => o.kind === 'IngressClass')
    .filter((o) => record(metadataOf(o.value).annotations)?.[DEFAULT_ANNOTATION] === 'true')
    .sort((a, b) => a.created - b.created);
  const newest = defaults.at(-1);
  return newest ? { ...value, spec: { ...spec, ingressClassName: newest.name } } : value;
}
