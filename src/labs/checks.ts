// What goal checks ask of the cluster, each answer carrying the Korean hint for what is still wrong.
import { checkPolicy, routeIngress, type Cluster, type ServiceModel } from '../engine';
import { request } from '../terminal/request';
import { LEARNER_IP } from '../terminal/shell';

export function findService(cluster: Cluster, namespace: string, name: string): ServiceModel | undefined {
  return cluster.services.find((s) => s.namespace === namespace && s.name === name);
}

/** Pods owned by a Deployment, as `NS/NAME`. */
export function podsOf(cluster: Cluster, namespace: string, deployment: string): string[] {
  return cluster.pods
    .filter((p) => p.owner === `Deployment ${namespace}/${deployment}`)
    .map((p) => `${p.namespace}/${p.name}`);
}

export interface Delivery {
  delivered: boolean;
  /** Every pod the request may reach. */
  pods: string[];
  /** The path the pod receives. */
  path?: string;
  outcome: string;
}

/** `curl URL` from the learner's machine (or from a pod), through Services and the ingress controller. */
export function curlFrom(
  cluster: Cluster,
  url: string,
  from = `ip:${LEARNER_IP}`,
  headers?: Record<string, string>,
): Delivery {
  const { result } = request(cluster, { from, url, ...(headers ? { headers } : {}) }, from.replace(/^ip:/, ''));
  return {
    delivered: result.outcome === 'delivered',
    pods: result.endpoints.map((e) => e.pod),
    ...(result.path ? { path: result.path } : {}),
    outcome: result.outcome,
  };
}

/**
 * `curl http://node01:PORT/PATH` typed in the lab terminal: node01 comes from the machine's /etc/hosts, so
 * the packet goes to the node's address and the Host header says `node01:PORT` (ingress-nginx matches the
 * name without the port, so a rule with `host: node01` answers it as well as one without a host).
 */
export function curlNode(cluster: Cluster, port: number, path: string): Delivery {
  const node = cluster.nodes.find((n) => n.name === 'node01') ?? cluster.nodes[0];
  return curlFrom(cluster, `http://${node?.ip ?? '192.168.1.2'}:${port}${path}`, undefined, {
    Host: `${node?.name ?? 'node01'}:${port}`,
  });
}

/** Whether the learner's policy (not one the lab started with) selects the pod for this direction. */
export function isolatedBy(cluster: Cluster, pod: string, direction: 'ingress' | 'egress', peer: string): string[] {
  const verdict =
    direction === 'ingress'
      ? checkPolicy(cluster, { from: peer, to: pod, port: 1 })
      : checkPolicy(cluster, { from: pod, to: peer, port: 1 });
  return verdict[direction].policies;
}

/** Whether every pod the request may reach is one of `expected` (and it reaches at least one). */
export function reachesOnly(delivery: Delivery, expected: string[]): boolean {
  return delivery.delivered && delivery.pods.length > 0 && delivery.pods.every((p) => expected.includes(p));
}

/** The Service an ingress controller picks for host and path (`NS/NAME`), or undefined. */
export function ingressBackend(cluster: Cluster, host: string, path: string): string | undefined {
  const result = routeIngress(cluster, { host, path });
  return result.outcome === 'routed' ? result.service : undefined;
}

/** Whether the connection is allowed: egress on the source and ingress on the destination both let it through. */
export function allowed(cluster: Cluster, from: string, to: string, port: number): boolean {
  return checkPolicy(cluster, { from, to, port }).allowed;
}

/** Whether the source's egress policies alone let it out (the destination's own policies aside). */
export function egressAllowed(cluster: Cluster, from: string, to: string, port: number): boolean {
  return checkPolicy(cluster, { from, to, port }).egress.allowed;
}
