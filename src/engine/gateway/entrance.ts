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
import { object, subject, topic } from '../route/korean';
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
  trace.step(
    gw,
    'dns',
    `${topic(host)} ${subject(gw)} 받는 이름입니다. ${address ? `Gateway의 주소 ${address}` : 'Gateway의 주소(status.addresses; 텍스트에 없어 DNS나 /etc/hosts가 가리킨다고 봅니다)'}로 가서, 구현이 만든 data plane ${dataPlane}(LoadBalancer, GEP-1762의 이름 규칙)의 프록시가 요청을 받습니다.`,
  );
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
    const reason = `${gw}에 포트 ${object(`${url.port}(${url.scheme})`)} 받는 listener가 없어 연결이 거부됩니다.`;
    return { outcome: 'refused', endpoints: [], reason };
  }
  if (result.outcome === 'redirect')
    return {
      outcome: 'redirect',
      endpoints: [],
      status: result.status,
      ...(result.location ? { location: result.location } : {}),
      reason: `Gateway가 ${result.status} redirect로 답합니다: ${result.location ?? ''}`,
    };
  if (result.outcome === 'not-found')
    return {
      outcome: 'not-found',
      endpoints: [],
      status: 404,
      reason: `${subject(gw)} 404로 답합니다: 맞는 HTTPRoute 규칙이 없습니다.`,
    };
  if (result.outcome === 'error')
    return {
      outcome: 'refused',
      endpoints: [],
      status: 500,
      reason: `${subject(gw)} 500으로 답합니다: 규칙의 backend를 쓸 수 없습니다.`,
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
        ? `Gateway 프록시가 Service ${backend.service}:${backend.port}의 Ready 엔드포인트 ${ready.length}개(pod IP)로 직접 보냅니다(kube-proxy를 거치지 않음).`
        : `Service ${backend.service}에 Ready인 엔드포인트가 없습니다.`,
    );
    for (const e of ready) endpoints.push({ pod: e.pod ?? '', ip: e.ip, port: e.port });
  }
  if (endpoints.length === 0) {
    // HTTPRouteRule.BackendRefs: a Service without ready endpoints SHOULD get 503.
    return {
      outcome: 'refused',
      endpoints: [],
      status: 503,
      reason: `${subject(gw)} 503으로 답합니다: backend에 Ready인 엔드포인트가 없습니다.`,
    };
  }
  const proxy = cluster.pods.find(
    (p) => p.namespace === gateway.namespace && p.labels[GATEWAY_NAME_LABEL] === gateway.name,
  );
  const node = proxy ? lookup.nodesByName.get(proxy.nodeName) : cluster.nodes[0];
  if (!proxy)
    trace.step(
      dataPlane,
      'assumption',
      `data plane pod가 텍스트에 없어, 프록시가 노드 ${node?.name ?? ''}에서 노드 IP로 보낸다고 보았습니다(NetworkPolicy는 이 출발지로 판단).`,
    );
  const source = proxy ? `pod:${proxy.namespace}/${proxy.name}` : `ip:${node?.ip ?? ''}`;
  const outcome = deliverToEndpoints(ctx, endpoints, source, node, `Service ${result.backends.at(0)?.service ?? ''}`);
  return outcome.outcome === 'delivered' ? { ...outcome, ...(result.path ? { path: result.path } : {}) } : outcome;
}
