// route(): a request for a host a Gateway serves enters through that Gateway's data plane.
//
// The address model. A Gateway API implementation deploys a proxy for each Gateway and exposes it with a
// LoadBalancer Service; gateway-api GEP-1762 (in-cluster Gateway deployments) says the generated resources
// SHOULD be named `<GATEWAY NAME>-<GATEWAY CLASS>` and labelled `gateway.networking.k8s.io/gateway-name`, and
// the address goes into the Gateway's status.addresses. The simulator keeps that data plane virtual: it
// names the Service by that convention in the trace, takes the address from status.addresses (or the
// requested spec.addresses) when the text gives one, and otherwise assumes, as the Ingress chapters do,
// that the reader's DNS or /etc/hosts points the hostname at the Gateway. The proxy sends the request
// straight to the chosen backend Service's ready endpoints (no kube-proxy hop), as Envoy-based
// implementations do.
import type { Cluster, GatewayModel } from '../model';
import type { RouteEndpoint } from '../types';
import type { Outcome, RouteContext } from '../route/context';
import { deliverToEndpoints } from '../route/deliver';
import { message } from '../messages';
import { serviceEndpoints } from '../route/endpoints';
import { attachRoute, refName } from './attach';
import { routeGateway } from './decide';
import { hostnameMatches, requestHostname } from './hostnames';

const GATEWAY_NAME_LABEL = 'gateway.networking.k8s.io/gateway-name';

/** The Gateway that claims a host: a listener or an attached route names it (exactly or by `*.`). */
function claimingGateway(cluster: Cluster, host: string): GatewayModel | undefined {
  const gateways = cluster.gateways ?? [];
  const named = (pattern: string | undefined) =>
    pattern !== undefined && pattern !== '' && hostnameMatches(pattern, host);
  const byListener = gateways.find((g) => g.listeners.some((l) => named(l.hostname)));
  if (byListener) return byListener;
  for (const route of cluster.httpRoutes ?? []) {
    for (const parent of attachRoute(cluster, route)) {
      if (parent.attachments.some((a) => a.hostnames.some(named))) return parent.gateway;
    }
  }
  // A Gateway whose listeners take every host claims names no Ingress serves (the only front door).
  const catchAll = gateways.find((g) => g.listeners.some((l) => l.hostname === undefined));
  return catchAll && (cluster.ingresses ?? []).length === 0 ? catchAll : undefined;
}

/** The data plane's address, when the text gives one. */
function gatewayAddress(gateway: GatewayModel): string | undefined {
  return (gateway.statusAddresses[0] ?? gateway.addresses.find((a) => a.type === 'IPAddress'))?.value || undefined;
}

/** undefined when no Gateway serves the host: the caller goes on (Ingress, then "name not found"). */
export function enterByGateway(ctx: RouteContext): Outcome | undefined {
  const { cluster, trace, url, lookup } = ctx;
  const hostHeader = Object.entries(ctx.headers).find(([name]) => name.toLowerCase() === 'host')?.[1];
  const host = requestHostname(hostHeader ?? url.host);
  const gateway = claimingGateway(cluster, host);
  if (!gateway) return undefined;
  const gw = `Gateway ${refName(gateway)}`;
  const dataPlane = `Service ${gateway.namespace}/${gateway.name}-${gateway.gatewayClassName}`;
  const address = gatewayAddress(gateway);
  trace.step(gw, 'dns', message('gatewayEntrance.enters', { host, gateway: gw, address, dataPlane }));
  const result = routeGateway(cluster, {
    gateway: refName(gateway),
    scheme: url.scheme,
    port: url.port,
    host,
    path: url.path,
    headers: ctx.headers,
  });
  for (const step of result.steps)
    trace.step(step.object, step.kind === 'gateway' ? 'gateway' : step.kind, step.message);
  if (!result.listener) {
    // Something listens on the port, so the data plane takes the connection and answers a Host no listener's
    // hostname matches with 404 (conformance httproute-listener-hostname-matching.go: "no.matching.host" 404).
    if (url.scheme === 'http' && gateway.listeners.some((l) => l.port === url.port && l.protocol === 'HTTP'))
      return {
        outcome: 'not-found',
        endpoints: [],
        status: 404,
        reason: message('gatewayEntrance.noHostname', { gateway: gw, host, port: url.port }),
      };
    const reason = message('gatewayEntrance.noListener', { gateway: gw, port: `${url.port}(${url.scheme})` });
    return { outcome: 'refused', endpoints: [], reason };
  }
  if (result.outcome === 'redirect')
    return {
      outcome: 'redirect',
      endpoints: [],
      status: result.status,
      ...(result.location ? { location: result.location } : {}),
      reason: message('gatewayEntrance.redirect', { status: result.status, location: result.location ?? '' }),
    };
  if (result.outcome === 'not-found')
    return {
      outcome: 'not-found',
      endpoints: [],
      status: 404,
      reason: message('gatewayEntrance.notFound', { gateway: gw }),
    };
  if (result.outcome === 'error')
    return {
      outcome: 'refused',
      endpoints: [],
      status: 500,
      reason: message('gatewayEntrance.error', { gateway: gw }),
    };

  const endpoints: RouteEndpoint[] = [];
  for (const backend of result.backends) {
    const service = lookup.servicesByRef.get(backend.service);
    const port = service?.ports.find((p) => p.port === backend.port && p.protocol === 'TCP');
    if (!service || !port) continue;
    trace.servicePorts.set(`Service ${backend.service}`, service.ports.indexOf(port));
    const ready = serviceEndpoints(lookup, service, port).filter((e) => e.ready);
    trace.step(
      `Service ${backend.service}`,
      'endpoint',
      ready.length > 0
        ? message('gatewayEntrance.proxies', { service: backend.service, port: backend.port, count: ready.length })
        : message('gatewayEntrance.noReadyEndpoints', { service: backend.service }),
    );
    for (const e of ready) endpoints.push({ pod: e.pod ?? '', ip: e.ip, port: e.port });
  }
  if (endpoints.length === 0) {
    // HTTPRouteRule.BackendRefs: a Service without ready endpoints SHOULD get 503.
    return {
      outcome: 'refused',
      endpoints: [],
      status: 503,
      reason: message('gatewayEntrance.unavailable', { gateway: gw }),
    };
  }
  const proxy = cluster.pods.find(
    (p) => p.namespace === gateway.namespace && p.labels[GATEWAY_NAME_LABEL] === gateway.name,
  );
  const node = proxy ? lookup.nodesByName.get(proxy.nodeName) : cluster.nodes[0];
  if (!proxy) trace.step(dataPlane, 'assumption', message('gatewayEntrance.nodeSource', { node: node?.name ?? '' }));
  const source = proxy ? `pod:${proxy.namespace}/${proxy.name}` : `ip:${node?.ip ?? ''}`;
  const outcome = deliverToEndpoints(ctx, endpoints, source, node, `Service ${result.backends.at(0)?.service ?? ''}`);
  return outcome.outcome === 'delivered' ? { ...outcome, ...(result.path ? { path: result.path } : {}) } : outcome;
}
