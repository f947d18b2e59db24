// Which Ingress is older. ingress-nginx sorts by metadata.creationTimestamp and, for equal timestamps,
// by "namespace/name" descending (internal/ingress/controller/store/store.go: sortIngressSlice).
// Without timestamps the loader's order in the text stands for creation order.
import type { IngressModel } from '../model';

export function oldestFirst(ingresses: readonly IngressModel[]): IngressModel[] {
  return [...ingresses].sort(compareAge);
}

function compareAge(a: IngressModel, b: IngressModel): number {
  const ta = timestamp(a);
  const tb = timestamp(b);
  if (ta !== undefined && tb !== undefined) {
    if (ta !== tb) return ta - tb;
    const ka = key(a);
    const kb = key(b);
    return ka === kb ? 0 : ka > kb ? -1 : 1;
  }
  return a.order - b.order;
}

function timestamp(ingress: IngressModel): number | undefined {
  if (!ingress.creationTimestamp) return undefined;
  const ms = Date.parse(ingress.creationTimestamp);
  return Number.isNaN(ms) ? undefined : ms;
}

export function key(ingress: { namespace: string; name: string }): string {
  return `${ingress.namespace}/${ingress.name}`;
}
