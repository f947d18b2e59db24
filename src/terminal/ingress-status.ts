// What ingress-nginx writes into an Ingress's status.loadBalancer (ingress-nginx internal/ingress/status/
// status.go): without --publish-service (the bare-metal install), runningAddresses() lists the nodes
// running a controller pod (k8s.GetNodeIPOrName: ExternalIP, else InternalIP). The status loop runs every
// UpdateInterval (60 s), so a new Ingress shows no ADDRESS until the next tick after it was created.
import { isIngressController, type Cluster, type IngressModel } from '../engine';

const CONTROLLER = 'k8s.io/ingress-nginx';
const LEGACY_CLASS_ANNOTATION = 'kubernetes.io/ingress.class';
export const STATUS_INTERVAL_MS = 60_000;

/** The addresses ingress-nginx publishes for this Ingress, or none when it does not serve it. */
export function publishedAddresses(cluster: Cluster, ingress: IngressModel): string[] {
  if (!servedByNginx(cluster, ingress)) return [];
  const nodes = new Set(cluster.pods.filter((p) => isIngressController(p) && p.ready).map((p) => p.nodeName));
  const ips = cluster.nodes.filter((n) => nodes.has(n.name)).map((n) => n.ip);
  return [...new Set(ips)].sort();
}

/** The first status tick after `created`, ticks counted from `clockStart` (when the controller started). */
export function publishedAt(created: number, clockStart: number): number {
  return clockStart + (Math.floor((created - clockStart) / STATUS_INTERVAL_MS) + 1) * STATUS_INTERVAL_MS;
}

/** ingress-nginx's class rule (store.go GetIngressClass), after the API server's default-class admission. */
function servedByNginx(cluster: Cluster, ingress: IngressModel): boolean {
  if (ingress.ingressClassName !== undefined) {
    const cls = cluster.ingressClasses.find((c) => c.name === ingress.ingressClassName);
    return cls ? cls.controller === CONTROLLER : ingress.ingressClassName === 'nginx';
  }
  return ingress.annotations[LEGACY_CLASS_ANNOTATION] === 'nginx';
}

/** printers.go loadBalancerStatusStringer: sorted, comma-joined, cut to 16 characters unless -o wide. */
export function addressCell(addresses: string[], wide: boolean): string {
  const joined = addresses.join(',');
  return !wide && joined.length > 16 ? `${joined.slice(0, 13)}...` : joined;
}
