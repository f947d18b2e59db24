// Where a packet to IP:port goes: a Service's virtual IP, a node's IP (nodePort, or the host itself),
// a LoadBalancer or external IP, a pod on the flat pod network — or nowhere.
import { invariant } from '../invariant';
import type { NodeModel, PodModel, ServiceModel } from '../model';
import { inCIDR } from '../net/address';
import { SERVICE_CIDR } from '../constants';
import type { Outcome, RouteContext } from './context';
import { deliverToEndpoints } from './deliver';
import { serviceEndpoints } from './endpoints';
import { nodesWithLocalEndpoints, proxyService } from './proxy';
import { object, subject, topic } from './korean';

export function routeToAddress(ctx: RouteContext, ip: string, port: number): Outcome {
  const { lookup, client, trace } = ctx;

  const service = lookup.byClusterIP.get(ip);
  if (service) {
    const ref = `Service ${service.namespace}/${service.name}`;
    trace.touch(ref);
    if (client.kind === 'external') {
      const reason = `${topic(ip)} ${ref}의 ClusterIP입니다. ClusterIP는 클러스터 안(pod와 노드)에서만 닿는 가상 IP라서 ${client.ip}에서는 갈 길이 없습니다.`;
      trace.step(ref, 'service', reason);
      return { outcome: 'unreachable', endpoints: [], reason };
    }
    const index = service.ports.findIndex((p) => p.port === port && p.protocol === 'TCP');
    if (index < 0)
      return noRule(
        ctx,
        ref,
        `${ref}(ClusterIP ${ip})에는 TCP 포트 ${subject(String(port))} 없습니다(있는 포트: ${portList(service.ports)}). kube-proxy 규칙이 없으니 이 가상 IP에서는 아무도 응답하지 않습니다.`,
      );
    return proxyService(ctx, service, index, 'clusterIP', client.node);
  }

  const node = lookup.nodesByIp.get(ip);
  if (node) return toNode(ctx, node, port);

  const externals = lookup.byExternalIP.get(ip);
  if (externals) {
    for (const candidate of externals) {
      const index = candidate.ports.findIndex((p) => p.port === port && p.protocol === 'TCP');
      if (index < 0) continue;
      const isLb = candidate.loadBalancerIPs.includes(ip);
      const entry = client.kind === 'external' ? entryNode(ctx, candidate, index, isLb) : client.node;
      const ref = `Service ${candidate.namespace}/${candidate.name}`;
      trace.step(
        ref,
        'node',
        isLb
          ? `${topic(ip)} LoadBalancer ${ref}의 EXTERNAL-IP입니다. 로드밸런서가 요청을 노드로 넘기고, 노드의 kube-proxy가 이 주소의 규칙으로 받습니다.`
          : `${topic(ip)} ${ref}의 externalIPs에 있습니다. 이 주소로 오는 패킷이 ${entry.name}에 닿는다고 보고(라우팅은 클러스터 밖 네트워크가 정합니다), 그 노드의 kube-proxy가 받습니다.`,
      );
      return proxyService(ctx, candidate, index, isLb ? 'loadBalancer' : 'externalIP', entry);
    }
    const names = externals.map((s) => `Service ${s.namespace}/${s.name}`).join(', ');
    return noRule(ctx, names, `${ip}의 TCP 포트 ${object(String(port))} 받는 Service 포트가 없습니다(${names}).`);
  }

  const pod = lookup.podsByIp.get(ip);
  if (pod) {
    const ref = `Pod ${pod.namespace}/${pod.name}`;
    if (client.kind === 'external') {
      const reason = `${topic(ip)} ${ref}의 IP입니다. pod 네트워크(10.244.x.x)는 클러스터 안에서만 통하므로 ${client.ip}에서는 닿지 않습니다. NodePort 같은 Service로 열어야 합니다.`;
      trace.step(ref, 'pod', reason);
      return { outcome: 'unreachable', endpoints: [], reason };
    }
    trace.step(
      ref,
      'pod',
      `${topic(ip)} ${ref}의 IP입니다. pod 네트워크는 평평해서(NAT 없음) 어느 노드의 pod든 pod IP로 바로 닿습니다. 요청한 포트 ${port} 그대로 갑니다.`,
    );
    return deliverToEndpoints(
      ctx,
      [{ pod: `${pod.namespace}/${pod.name}`, ip, port }],
      ctx.client.endpoint,
      client.node,
      ref,
    );
  }

  const podNetwork = ctx.cluster.nodes.find((n) => inCIDR(ip, n.podCIDR));
  if (podNetwork) {
    return noRule(
      ctx,
      `Node ${podNetwork.name}`,
      `${topic(ip)} ${podNetwork.name}의 pod 대역(${podNetwork.podCIDR})에 있지만 그 주소를 가진 pod가 없습니다.`,
    );
  }
  if (inCIDR(ip, SERVICE_CIDR)) {
    return noRule(
      ctx,
      'kube-proxy',
      `${topic(ip)} 서비스 대역(${SERVICE_CIDR})에 있지만 그 ClusterIP를 가진 Service가 없습니다.`,
    );
  }
  return noRule(
    ctx,
    `ip:${ip}`,
    `${topic(ip)} 이 클러스터의 노드, pod, Service 어느 것의 주소도 아닙니다. 클러스터 밖의 주소는 시뮬레이션하지 않습니다.`,
  );
}

function toNode(ctx: RouteContext, node: NodeModel, port: number): Outcome {
  const { lookup, trace } = ctx;
  trace.step(`Node ${node.name}`, 'node', `${topic(node.ip)} 노드 ${node.name}의 IP입니다.`);
  const nodePort = lookup.byNodePort.get(`TCP/${port}`);
  if (nodePort) return proxyService(ctx, nodePort.service, nodePort.index, 'nodePort', node);
  // Nothing of kube-proxy's: a process on the host may listen there (a hostNetwork pod, the API server).
  const hostPod = ctx.cluster.pods.find(
    (p) =>
      p.hostNetwork &&
      p.nodeName === node.name &&
      p.ports.some((cp) => cp.containerPort === port && cp.protocol === 'TCP'),
  );
  if (hostPod) {
    const ref = `Pod ${hostPod.namespace}/${hostPod.name}`;
    trace.step(
      ref,
      'pod',
      `${topic(ref)} hostNetwork: true로 ${node.name}의 네트워크를 그대로 쓰며 포트 ${port}에서 듣습니다.`,
    );
    return deliverToEndpoints(
      ctx,
      [{ pod: `${hostPod.namespace}/${hostPod.name}`, ip: node.ip, port }],
      ctx.client.endpoint,
      node,
      ref,
    );
  }
  // The CNI portmap plugin DNATs nodeIP:hostPort to the pod (ingress-nginx on bare metal often listens so).
  const hostPort = (p: PodModel) => p.ports.find((cp) => cp.hostPort === port && cp.protocol === 'TCP');
  const mapped = ctx.cluster.pods.find((p) => !p.hostNetwork && p.nodeName === node.name && hostPort(p));
  const containerPort = mapped && hostPort(mapped)?.containerPort;
  if (mapped && containerPort !== undefined) {
    const ref = `Pod ${mapped.namespace}/${mapped.name}`;
    trace.step(ref, 'pod', `${node.name}의 hostPort ${port} → ${ref}의 containerPort ${containerPort} (CNI portmap)`);
    return deliverToEndpoints(
      ctx,
      [{ pod: `${mapped.namespace}/${mapped.name}`, ip: mapped.ip, port: containerPort }],
      ctx.client.endpoint,
      node,
      ref,
    );
  }
  const host = ctx.cluster.endpointSlices.find(
    (s) => s.ports.some((p) => p.port === port) && s.endpoints.some((e) => e.addresses[0] === node.ip && !e.targetRef),
  );
  if (host) {
    const ref = `Service ${host.namespace}/${host.serviceName}`;
    trace.step(
      ref,
      'node',
      `${node.name}의 ${topic(`${node.ip}:${port}`)} ${ref}의 엔드포인트(노드에서 도는 프로그램, 예: API 서버)입니다.`,
    );
    return deliverToEndpoints(ctx, [{ pod: '', ip: node.ip, port }], ctx.client.endpoint, node, ref);
  }
  const reason = `${node.name}의 포트 ${object(String(port))} 받는 NodePort Service도, 그 포트에서 듣는 프로그램도 없어 노드가 연결을 거부합니다(TCP RST).`;
  trace.step(`Node ${node.name}`, 'node', reason);
  return { outcome: 'refused', endpoints: [], reason };
}

/**
 * The node a packet from off the cluster reaches. A load balancer with externalTrafficPolicy Local sends only to
 * nodes that pass its health check (those with a local endpoint); otherwise the first node stands for any.
 */
function entryNode(ctx: RouteContext, service: ServiceModel, index: number, isLb: boolean): NodeModel {
  const servicePort = service.ports[index];
  if (isLb && service.externalTrafficPolicy === 'Local' && servicePort) {
    const healthy = nodesWithLocalEndpoints(serviceEndpoints(ctx.lookup, service, servicePort))[0];
    const node = healthy ? ctx.lookup.nodesByName.get(healthy) : undefined;
    if (node) return node;
  }
  return invariant(ctx.cluster.nodes[0], 'loadNodes gives every cluster a node (node01 when the text names none)');
}

function noRule(ctx: RouteContext, object: string, reason: string): Outcome {
  ctx.trace.step(object, 'unreachable', reason);
  return { outcome: 'unreachable', endpoints: [], reason };
}

function portList(ports: { port: number; protocol: string }[]): string {
  return ports.map((p) => `${p.port}/${p.protocol}`).join(', ') || '없음';
}
