// kube-proxy (iptables mode, pkg/proxy/iptables/proxier.go) on the node a packet reaches: the Service
// rule it matches, the endpoints that rule may pick, REJECT for a Service without endpoints, DROP for
// a Local traffic policy without local endpoints, and the masquerade of external traffic.
import { matchesLabels } from '../labels';
import type { NodeModel, ServiceModel } from '../model';
import type { RouteEndpoint } from '../types';
import { sendsAsNode } from './client';
import type { Outcome, RouteContext } from './context';
import { deliverToEndpoints } from './deliver';
import { categorize, serviceEndpoints, type ProxyEndpoint } from './endpoints';
import { isIngressController } from '../ingress';
import { throughIngress } from './ingress';
import { subject, topic } from './korean';

/** How the packet met the Service: at its ClusterIP, a node's nodePort, a LoadBalancer IP or an externalIP. */
type Frontend = 'clusterIP' | 'nodePort' | 'loadBalancer' | 'externalIP';

export function proxyService(
  ctx: RouteContext,
  service: ServiceModel,
  portIndex: number,
  frontend: Frontend,
  node: NodeModel,
): Outcome {
  const { trace, client } = ctx;
  const ref = `${service.namespace}/${service.name}`;
  const port = service.ports[portIndex]!;
  trace.servicePorts.set(`Service ${ref}`, portIndex);
  trace.touch(`Node ${node.name}`);
  const where = {
    clusterIP: `ClusterIP ${service.clusterIP}:${port.port}`,
    nodePort: `NodePort ${port.nodePort}`,
    loadBalancer: `LoadBalancer IP ${ctx.url.host}:${port.port}`,
    externalIP: `externalIP ${ctx.url.host}:${port.port}`,
  }[frontend];
  trace.step(`kube-proxy@${node.name}`, 'service', `${node.name}의 kube-proxy: ${where} → Service ${ref}:${port.port}`);

  const all = serviceEndpoints(ctx.lookup, service, port);
  const sorted = categorize(all, node.name);
  if (!sorted.hasAny) {
    const reason = noEndpointReason(ctx, service, all);
    trace.step(
      `Service ${ref}`,
      'endpoint',
      `${reason} kube-proxy는 이 Service로 오는 연결을 REJECT합니다("has no endpoints") → 연결 거부.`,
    );
    return { outcome: 'refused', endpoints: [], reason };
  }

  const external = frontend !== 'clusterIP';
  // proxier.go: pod traffic (source in the cluster CIDR) and traffic the node itself sends to an
  // external destination are "short-circuited" to the cluster-wide endpoints even with policy Local.
  const asNode = sendsAsNode(client);
  const shortCircuit =
    (client.kind === 'pod' && !asNode) || (asNode && client.kind !== 'external' && client.node.name === node.name);
  let chosen: ProxyEndpoint[];
  let policyNote = '';
  let fromTerminating = sorted.clusterFromTerminating;
  let crossesNodes = true;
  if (external && service.externalTrafficPolicy === 'Local' && !shortCircuit) {
    if (frontend === 'loadBalancer') {
      // The cloud load balancer health-checks healthCheckNodePort (kube-proxy answers 200 only on nodes with a
      // local endpoint) and sends only to those nodes; each node then keeps the packet on its own pods.
      const healthy = nodesWithLocalEndpoints(all);
      chosen = healthy.flatMap((name) => categorize(all, name).local);
      crossesNodes = false;
      policyNote = `externalTrafficPolicy: Local — 로드밸런서는 healthCheckNodePort로 노드를 확인해 이 Service의 pod가 있는 노드(${healthy.join(', ') || '없음'})로만 보내고, 각 노드는 자기 노드의 pod로만 보냅니다(노드 사이를 건너가지 않음). 클라이언트 IP는 그대로 남습니다.`;
    } else {
      chosen = sorted.local;
      fromTerminating = sorted.localFromTerminating;
      policyNote = `externalTrafficPolicy: Local — ${node.name}에 있는 엔드포인트로만 보내고, 클라이언트 IP는 그대로 남습니다.`;
    }
  } else if (!external && service.internalTrafficPolicy === 'Local') {
    chosen = sorted.local;
    fromTerminating = sorted.localFromTerminating;
    policyNote = `internalTrafficPolicy: Local — 보낸 쪽 노드 ${node.name}에 있는 엔드포인트로만 보냅니다.`;
  } else {
    chosen = sorted.cluster;
    if (external && service.externalTrafficPolicy === 'Local') {
      policyNote = `externalTrafficPolicy: Local이지만 클러스터 안(${asNode ? '노드 자신' : 'pod'})에서 온 요청이라 kube-proxy가 클러스터 전체의 엔드포인트로 보냅니다.`;
    }
  }
  if (policyNote) trace.step(`Service ${ref}`, 'service', policyNote);
  if (chosen.length === 0) {
    const reason = `${node.name}에 Service ${ref}의 엔드포인트가 없습니다("has no local endpoints"). kube-proxy가 패킷을 DROP합니다.`;
    trace.step(`kube-proxy@${node.name}`, 'endpoint', reason);
    return { outcome: 'dropped', endpoints: [], reason };
  }
  if (fromTerminating) {
    trace.step(
      `Service ${ref}`,
      'endpoint',
      'Ready인 엔드포인트가 하나도 없어, 종료 중(terminating)이지만 아직 요청을 처리할 수 있는(serving) 엔드포인트로 보냅니다.',
    );
  }

  // proxier.go: external destinations with policy Cluster are masqueraded (SNAT) so replies come back
  // through this node; so is what the node itself sends, and off-cluster traffic to a ClusterIP.
  const localExternal = external && service.externalTrafficPolicy === 'Local';
  const masquerade = external ? !localExternal || (asNode && shortCircuit) : asNode;
  if (masquerade && client.ip !== node.ip) {
    trace.step(
      `kube-proxy@${node.name}`,
      'nat',
      `출발지 주소를 ${node.name}의 IP(${node.ip})로 바꿉니다(SNAT, masquerade). 받는 pod에게는 ${subject(client.ip)} 아니라 ${node.ip}에서 온 요청으로 보입니다.`,
    );
  }
  const sourceSeen = masquerade ? `ip:${node.ip}` : client.endpoint;

  const affinity = service.sessionAffinity === 'ClientIP';
  const choice = affinity
    ? `sessionAffinity: ClientIP — 클라이언트 IP마다 처음 고른 엔드포인트로 ${service.sessionAffinityTimeoutSeconds ?? 10800}초 동안 계속 보냅니다. 첫 요청은 엔드포인트 ${chosen.length}개 중 하나를 무작위로 고릅니다.`
    : chosen.length === 1
      ? '엔드포인트가 하나뿐이라 그리로 보냅니다 (sessionAffinity: None)'
      : `엔드포인트 ${chosen.length}개 중 하나를 무작위로 선택 (sessionAffinity: None)`;
  trace.step(`Service ${ref}`, 'endpoint', choice);
  const outcome = deliverToEndpoints(
    ctx,
    chosen.map(toRouteEndpoint),
    sourceSeen,
    crossesNodes ? node : undefined,
    `Service ${ref}`,
    'targetPort',
  );
  if (outcome.outcome === 'delivered' && isIngressController(service)) {
    const controller = outcome.endpoints.find((e) => e.pod)?.pod;
    return throughIngress(ctx, controller ? `pod:${controller}` : `ip:${node.ip}`);
  }
  return affinity && outcome.outcome === 'delivered' ? { ...outcome, affinity: 'ClientIP' } : outcome;
}

/** Nodes that pass the load balancer's health check under policy Local, in the order their endpoints come. */
export function nodesWithLocalEndpoints(all: ProxyEndpoint[]): string[] {
  const names = [...new Set(all.flatMap((e) => (e.nodeName ? [e.nodeName] : [])))];
  return names.filter((name) => categorize(all, name).local.length > 0);
}

function toRouteEndpoint(endpoint: ProxyEndpoint): RouteEndpoint {
  return { pod: endpoint.pod ?? '', ip: endpoint.ip, port: endpoint.port };
}

/** Why a Service has no usable endpoint, in the learner's terms. */
function noEndpointReason(ctx: RouteContext, service: ServiceModel, all: ProxyEndpoint[]): string {
  const ref = `Service ${service.namespace}/${service.name}`;
  if (all.length > 0) return `${ref}의 엔드포인트 ${all.length}개가 모두 Ready가 아닙니다.`;
  if (!service.selector)
    return `${topic(ref)} selector가 없고, 이 포트를 가진 EndpointSlice(또는 Endpoints)도 없습니다.`;
  const selector = Object.entries(service.selector)
    .map(([k, v]) => `${k}=${v}`)
    .join(',');
  const matching = ctx.cluster.pods.filter(
    (p) => p.namespace === service.namespace && matchesLabels(p.labels, service.selector!),
  );
  if (matching.length === 0)
    return `${ref}의 selector(${selector})에 맞는 pod가 네임스페이스 ${service.namespace}에 없습니다.`;
  return `selector(${selector})에 맞는 pod ${matching.length}개 중 이 포트의 targetPort를 가진 pod가 없습니다(이름 있는 targetPort는 pod의 containerPort 이름과 protocol이 맞아야 합니다).`;
}
