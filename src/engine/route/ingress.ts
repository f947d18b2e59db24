// Past the ingress controller: ingress-nginx reads the HTTP request (Host header, path), routeIngress
// decides which Service it goes to, and nginx proxies straight to that Service's ready endpoints (it
// balances over the EndpointSlice addresses itself; kube-proxy and the Service's ClusterIP are not used).
import { hostname, routeIngress } from '../ingress';
import type { RouteEndpoint } from '../types';
import type { Outcome, RouteContext } from './context';
import { deliverToEndpoints } from './deliver';
import { serviceEndpoints } from './endpoints';

/** The Host the controller sees: a `Host:` header wins over the URL's host. */
export function requestHost(ctx: RouteContext): string {
  const header = Object.entries(ctx.headers).find(([name]) => name.toLowerCase() === 'host')?.[1];
  return hostname(header ?? ctx.url.host);
}

/** `controller`: where the request now is — the controller pod (`pod:NS/NAME`) or, on hostNetwork, its node (`ip:`). */
export function throughIngress(ctx: RouteContext, controller: string): Outcome {
  const { trace, url, lookup } = ctx;
  const host = requestHost(ctx);
  const result = routeIngress(ctx.cluster, { host, path: url.path, scheme: url.scheme });
  const decider = result.ingress ? `Ingress ${result.ingress}` : 'ingress-nginx';
  trace.step(decider, 'ingress', `ingress-nginx: Host ${host}, 경로 ${url.path}. ${result.explanation ?? ''}`.trim());
  if (result.outcome === 'redirect') {
    return {
      outcome: 'redirect',
      endpoints: [],
      status: result.status ?? 308,
      ...(result.location ? { location: result.location } : {}),
      reason: `ingress-nginx가 ${result.status ?? ''} redirect로 답합니다: ${result.location ?? ''}`,
    };
  }
  if (result.outcome === 'not-found' || !result.service) {
    return {
      outcome: 'not-found',
      endpoints: [],
      status: result.status ?? 404,
      reason: result.explanation ?? 'ingress-nginx가 404를 돌려줍니다.',
    };
  }
  const service = lookup.servicesByRef.get(result.service);
  const port = service?.ports.find((p) => p.port === result.port && p.protocol === 'TCP');
  if (!service || !port || result.status === 503) {
    const reason = `ingress-nginx가 503 Service Temporarily Unavailable로 답합니다. ${result.explanation ?? ''}`.trim();
    return { outcome: 'refused', endpoints: [], status: 503, reason };
  }
  const ref = `Service ${service.namespace}/${service.name}`;
  trace.servicePorts.set(ref, service.ports.indexOf(port));
  // ingress-nginx's controller keeps only ready endpoints of the slices (no terminating fallback).
  const ready = serviceEndpoints(lookup, service, port).filter((e) => e.ready);
  if (ready.length === 0) {
    const reason = `${ref}에 Ready인 엔드포인트가 없어 ingress-nginx가 503 Service Temporarily Unavailable로 답합니다.`;
    trace.step(ref, 'endpoint', reason);
    return { outcome: 'refused', endpoints: [], status: 503, reason };
  }
  trace.step(
    ref,
    'endpoint',
    `ingress-nginx가 ${ref}:${port.port}의 엔드포인트 ${ready.length}개(pod IP)로 직접 보냅니다(round robin, kube-proxy를 거치지 않음). backend가 받는 경로: ${result.path ?? url.path}`,
  );
  const endpoints: RouteEndpoint[] = ready.map((e) => ({ pod: e.pod ?? '', ip: e.ip, port: e.port }));
  const controllerPod = controller.startsWith('pod:') ? lookup.podsByRef.get(controller.slice(4)) : undefined;
  const node = controllerPod ? lookup.nodesByName.get(controllerPod.nodeName) : undefined;
  const outcome = deliverToEndpoints(ctx, endpoints, controller, node, ref, 'targetPort');
  if (outcome.outcome === 'refused') {
    // nginx's upstream connect() gets the RST: "connect() failed (111: Connection refused) while connecting
    // to upstream", and the client gets 502 Bad Gateway (ngx_http_upstream.c NGX_HTTP_BAD_GATEWAY).
    const reason =
      `ingress-nginx가 backend에 연결하지 못해(연결 거부) 502 Bad Gateway로 답합니다. ${outcome.reason ?? ''}`.trim();
    trace.step(ref, 'endpoint', reason);
    return { ...outcome, status: 502, reason };
  }
  return outcome.outcome === 'delivered' ? { ...outcome, path: result.path ?? url.path } : outcome;
}
