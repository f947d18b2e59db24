// One HTTP request end to end. route() takes it to a pod; when that pod is the ingress-nginx controller,
// the controller's own routing (routeIngress) picks the backend Service and the path it receives, and
// route() takes the proxied request from the controller pod to that Service.
import { isIngressController, route, routeIngress, type Cluster, type RouteRequest, type RouteResult } from '../engine';

export interface Delivered {
  result: RouteResult;
  /** The address the serving pod sees the request come from (after kube-proxy's SNAT or the controller's proxying). */
  remote: string;
}

export function request(cluster: Cluster, req: RouteRequest, clientIp: string): Delivered {
  const { result, from } = follow(cluster, req);
  return { result, remote: remoteAddress(cluster, result, from, clientIp) };
}

function follow(cluster: Cluster, req: RouteRequest): { result: RouteResult; from?: string } {
  const first = route(cluster, req);
  if (first.outcome !== 'delivered') return { result: first };
  const controller = first.endpoints
    .map((e) => cluster.pods.find((p) => `${p.namespace}/${p.name}` === e.pod))
    .find((p) => p && isIngressController(p));
  if (!controller) return { result: first };
  const url = safeUrl(req.url);
  if (!url) return { result: first };
  const host = (headerValue(req.headers, 'host') ?? url.host).replace(/:\d+$/, '');
  const decided = routeIngress(cluster, { host, path: url.pathname + url.search });
  if (decided.outcome === 'not-found' || decided.outcome === 'redirect' || !decided.service) {
    return {
      result: {
        ...first,
        outcome: decided.outcome === 'redirect' ? 'redirect' : 'not-found',
        endpoints: [],
        status: decided.status ?? 404,
        ...(decided.location ? { location: decided.location } : {}),
      },
    };
  }
  const [namespace, name] = decided.service.split('/') as [string, string];
  const proxied = route(cluster, {
    from: `pod:${controller.namespace}/${controller.name}`,
    url: `http://${name}.${namespace}.svc.cluster.local:${decided.port ?? 80}${decided.path ?? url.pathname}`,
  });
  return { result: { ...proxied, steps: [...first.steps, ...proxied.steps] }, from: controller.ip };
}

/** The proxying pod's address, else the node's when kube-proxy masqueraded the request (a `nat` step), else the client's. */
function remoteAddress(
  cluster: Cluster,
  result: RouteResult,
  proxiedFrom: string | undefined,
  clientIp: string,
): string {
  if (proxiedFrom) return proxiedFrom;
  const nat = result.steps.find((s) => s.kind === 'nat');
  const node = nat && cluster.nodes.find((n) => nat.object === `kube-proxy@${n.name}`);
  return node?.ip ?? clientIp;
}

function headerValue(headers: Record<string, string> | undefined, name: string): string | undefined {
  return Object.entries(headers ?? {}).find(([k]) => k.toLowerCase() === name)?.[1];
}

export function safeUrl(text: string): URL | undefined {
  try {
    return new URL(text);
  } catch {
    return undefined;
  }
}
