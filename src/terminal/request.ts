// One HTTP request end to end. route() takes it to a pod; when that pod is the ingress-nginx controller,
// the controller's own routing (routeIngress) picks the backend Service and the path it receives, and
// route() takes the proxied request from the controller pod to that Service.
import { route, routeIngress, type Cluster, type RouteRequest, type RouteResult } from '../engine';

export function request(cluster: Cluster, req: RouteRequest): RouteResult {
  const first = route(cluster, req);
  if (first.outcome !== 'delivered') return first;
  const controller = first.endpoints.map((e) => cluster.pods.find((p) => `${p.namespace}/${p.name}` === e.pod)).find((p) => p && isIngressController(p.labels));
  if (!controller) return first;
  const url = safeUrl(req.url);
  if (!url) return first;
  const host = (headerValue(req.headers, 'host') ?? url.host).replace(/:\d+$/, '');
  const decided = routeIngress(cluster, { host, path: url.pathname + url.search });
  if (decided.outcome === 'not-found' || decided.outcome === 'redirect' || !decided.service) {
    return { ...first, outcome: decided.outcome === 'redirect' ? 'redirect' : 'not-found', endpoints: [], status: decided.status ?? 404, ...(decided.location ? { location: decided.location } : {}) };
  }
  const [namespace, name] = decided.service.split('/') as [string, string];
  const proxied = route(cluster, { from: `pod:${controller.namespace}/${controller.name}`, url: `http://${name}.${namespace}.svc.cluster.local:${decided.port ?? 80}${decided.path ?? url.pathname}` });
  return { ...proxied, steps: [...first.steps, ...proxied.steps] };
}

/** ingress-nginx's controller pods carry these labels in every install manifest and chart. */
function isIngressController(labels: Record<string, string>): boolean {
  return labels['app.kubernetes.io/name'] === 'ingress-nginx' && labels['app.kubernetes.io/component'] === 'controller';
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
