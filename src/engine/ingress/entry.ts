// How a request from outside the cluster reaches ingress-nginx, for route(): a host that no cluster DNS
// knows but an Ingress names is taken to resolve to the controller (the learner's /etc/hosts or DNS).
import { message } from '../messages';
import type { Cluster, Labels, ServiceModel } from '../model';
import { key } from './age';
import { hostname } from './request';
import { nginxConfig } from './compile';
import { selectServer } from './nginx/select';

export type IngressEntry =
  { via: 'service'; service: string; nodePort?: number; note: string } | { via: 'node-ports'; note: string };

const NAMESPACE = 'ingress-nginx';

/**
 * `ingressEntry(cluster, host, port)`: undefined when no Ingress served by ingress-nginx names `host`
 * (exactly or by a `*.` wildcard) and none catches every host (a rule without host, or a
 * spec.defaultBackend without rules). Otherwise how the request on `port` reaches the controller:
 * through its Service (namespace ingress-nginx, labelled or selecting app.kubernetes.io/name=ingress-nginx or
 * app.kubernetes.io/component=controller, type NodePort or LoadBalancer) — `nodePort` is the node port
 * that carries `port` (given as the Service port or as the node port itself), absent when none does —
 * or, without such a Service, at the node IPs on 80/443 (hostNetwork / hostPort, as on bare metal).
 * `note` is the Korean sentence for the trace. The signature is stable.
 */
export function ingressEntry(cluster: Cluster, host: string, port: number): IngressEntry | undefined {
  const config = nginxConfig(cluster);
  const name = hostname(host);
  const server = selectServer(config, name);
  const catchAll = server.hostname === '_' && server.locations.some((l) => l.backend !== undefined);
  if (server.hostname === '_' && !catchAll) return undefined;
  const owner = server.locations.find((l) => l.ingress)?.ingress;
  const named =
    server.hostname === '_' || !owner
      ? message('ingressEntry.named.catchAll')
      : message('ingressEntry.named.ingress', { ingress: key(owner) });
  const service = controllerService(cluster);
  if (!service) {
    return {
      via: 'node-ports',
      note: message('ingressEntry.nodePorts', { named, host: name }),
    };
  }
  const svcPort = service.ports.find((p) => p.nodePort === port) ?? service.ports.find((p) => p.port === port);
  const svcName = key(service);
  const head = message('ingressEntry.head', { named, host: name });
  if (!svcPort?.nodePort) {
    return {
      via: 'service',
      service: svcName,
      note: message('ingressEntry.noNodePort', { head, service: svcName, type: service.type, port }),
    };
  }
  const door =
    service.type === 'LoadBalancer' && svcPort.port === port
      ? `LoadBalancer port(${port})`
      : `NodePort(${svcPort.nodePort})`;
  return {
    via: 'service',
    service: svcName,
    nodePort: svcPort.nodePort,
    note: message('ingressEntry.viaService', { head, service: svcName, door }),
  };
}

/** An Ingress naming `host` that the admission webhook refused, so it was never created. */
export interface RefusedIngress {
  /** NS/NAME */
  ingress: string;
  /** Korean: why. */
  reason: string;
  /** What kubectl printed when the Ingress was applied. */
  denied: string;
}

/** The refused Ingresses whose rules name `host` exactly (the name a learner's /etc/hosts would point at the controller). */
export function refusedIngresses(cluster: Cluster, host: string): RefusedIngress[] {
  const name = hostname(host);
  return nginxConfig(cluster).ignored.flatMap(({ ingress, reason, denied }) =>
    denied && ingress.rules.some((r) => r.host === name) ? [{ ingress: key(ingress), reason, denied }] : [],
  );
}

/**
 * The ingress-nginx controller as the chart and install manifests make it: in namespace ingress-nginx,
 * labelled app.kubernetes.io/name=ingress-nginx or app.kubernetes.io/component=controller — the controller
 * pods by their labels, its Service by its labels or by the selector that picks those pods.
 */
export function isIngressController(object: { namespace: string; labels?: Labels; selector?: Labels }): boolean {
  const marks = (labels: Labels | undefined): boolean =>
    labels?.['app.kubernetes.io/name'] === 'ingress-nginx' || labels?.['app.kubernetes.io/component'] === 'controller';
  return object.namespace === NAMESPACE && (marks(object.labels) || marks(object.selector));
}

function controllerService(cluster: Cluster): ServiceModel | undefined {
  return cluster.services.find((s) => (s.type === 'NodePort' || s.type === 'LoadBalancer') && isIngressController(s));
}
