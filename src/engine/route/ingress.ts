// Past the ingress controller: ingress-nginx reads the HTTP request (Host header, path), routeIngress
// decides which Service it goes to, and nginx proxies straight to that Service's ready endpoints (it
// balances over the EndpointSlice addresses itself; kube-proxy and the Service's ClusterIP are not used).
import { hostname, routeIngress } from '../ingress';
import type { IngressResult, RouteEndpoint } from '../types';
import type { Outcome, RouteContext } from './context';
import { deliverToEndpoints } from './deliver';
import { serviceEndpoints } from './endpoints';
import { message } from '../messages';

/** The Host the controller sees: a `Host:` header wins over the URL's host. */
export function requestHost(ctx: RouteContext): string {
  const header = Object.entries(ctx.headers).find(([name]) => name.toLowerCase() === 'host')?.[1];
  return hostname(header ?? ctx.url.host);
}

/** `controller`: where the request now is — the controller pod (`pod:NS/NAME`) or, on hostNetwork, its node (`ip:`). */
export function throughIngress(ctx: RouteContext, controller: string): Outcome {
  const host = requestHost(ctx);
  const result = routeIngress(ctx.cluster, { host, path: ctx.url.path, scheme: ctx.url.scheme });
  const outcome = afterIngress(ctx, controller, host, result);
  // https: the TLS handshake comes first; the client (curl) decides whether to trust the certificate.
  return result.certificate ? { ...outcome, certificate: result.certificate } : outcome;
}

function afterIngress(ctx: RouteContext, controller: string, host: string, result: IngressResult): Outcome {
  const { trace, url, lookup } = ctx;
  const decider = result.ingress ? `Ingress ${result.ingress}` : 'ingress-nginx';
  trace.step(
    decider,
    'ingress',
    message('ingressHop.decided', { host, path: url.path, explanation: result.explanation ?? '' }),
  );
  if (result.outcome === 'redirect') {
    return {
      outcome: 'redirect',
      endpoints: [],
      status: result.status ?? 308,
      ...(result.location ? { location: result.location } : {}),
      reason: message('ingressHop.redirect', result),
    };
  }
  if (result.outcome === 'not-found' || !result.service) {
    return {
      outcome: 'not-found',
      endpoints: [],
      status: result.status ?? 404,
      reason: result.explanation ?? message('ingressHop.notFound'),
    };
  }
  const service = lookup.servicesByRef.get(result.service);
  const port = service?.ports.find((p) => p.port === result.port && p.protocol === 'TCP');
  if (!service || !port || result.status === 503) {
    const reason = message('ingressHop.unavailable', { explanation: result.explanation ?? '' });
    return { outcome: 'refused', endpoints: [], status: 503, reason };
  }
  const ref = `Service ${service.namespace}/${service.name}`;
  trace.servicePorts.set(ref, service.ports.indexOf(port));
  // ingress-nginx's controller keeps only ready endpoints of the slices (no terminating fallback).
  const ready = serviceEndpoints(lookup, service, port).filter((e) => e.ready);
  if (ready.length === 0) {
    const reason = message('ingressHop.noReadyEndpoints', { service: ref });
    trace.step(ref, 'endpoint', reason);
    return { outcome: 'refused', endpoints: [], status: 503, reason };
  }
  trace.step(
    ref,
    'endpoint',
    message('ingressHop.proxies', {
      service: ref,
      port: port.port,
      count: ready.length,
      path: result.path ?? url.path,
    }),
  );
  const endpoints: RouteEndpoint[] = ready.map((e) => ({ pod: e.pod ?? '', ip: e.ip, port: e.port }));
  const controllerPod = controller.startsWith('pod:') ? lookup.podsByRef.get(controller.slice(4)) : undefined;
  const node = controllerPod ? lookup.nodesByName.get(controllerPod.nodeName) : undefined;
  const outcome = deliverToEndpoints(ctx, endpoints, controller, node, ref, 'targetPort');
  if (outcome.outcome === 'refused') {
    // nginx's upstream connect() gets the RST: "connect() failed (111: Connection refused) while connecting
    // to upstream", and the client gets 502 Bad Gateway (ngx_http_upstream.c NGX_HTTP_BAD_GATEWAY).
    const reason = message('ingressHop.badGateway', { reason: outcome.reason ?? '' });
    trace.step(ref, 'endpoint', reason);
    return { ...outcome, status: 502, reason };
  }
  return outcome.outcome === 'delivered' ? { ...outcome, path: result.path ?? url.path } : outcome;
}
