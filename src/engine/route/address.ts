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
import { message } from '../messages';

export function routeToAddress(ctx: RouteContext, ip: string, port: number): Outcome {
  const { lookup, client, trace } = ctx;

  const service = lookup.byClusterIP.get(ip);
  if (service) {
    const ref = `Service ${service.namespace}/${service.name}`;
    trace.touch(ref);
    if (client.kind === 'external') {
      const reason = message('address.clusterIPFromOutside', { ip, ref, client: client.ip });
      trace.step(ref, 'service', reason);
      return { outcome: 'unreachable', endpoints: [], reason };
    }
    const index = service.ports.findIndex((p) => p.port === port && p.protocol === 'TCP');
    if (index < 0)
      return noRule(ctx, ref, message('address.noServicePort', { ip, ref, port, ports: portList(service.ports) }));
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
          ? message('address.loadBalancer', { ip, ref })
          : message('address.externalIP', { ip, ref, node: entry.name }),
      );
      return proxyService(ctx, candidate, index, isLb ? 'loadBalancer' : 'externalIP', entry);
    }
    const names = externals.map((s) => `Service ${s.namespace}/${s.name}`).join(', ');
    return noRule(ctx, names, message('address.noExternalPort', { ip, port, services: names }));
  }

  const pod = lookup.podsByIp.get(ip);
  if (pod) {
    const ref = `Pod ${pod.namespace}/${pod.name}`;
    if (client.kind === 'external') {
      const reason = message('address.podFromOutside', { ip, ref, client: client.ip });
      trace.step(ref, 'pod', reason);
      return { outcome: 'unreachable', endpoints: [], reason };
    }
    trace.step(ref, 'pod', message('address.pod', { ip, ref, port }));
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
      message('address.noPodAtIP', { ip, node: podNetwork.name, podCIDR: podNetwork.podCIDR }),
    );
  }
  if (inCIDR(ip, SERVICE_CIDR)) {
    return noRule(ctx, 'kube-proxy', message('address.noServiceAtIP', { ip, serviceCIDR: SERVICE_CIDR }));
  }
  return noRule(ctx, `ip:${ip}`, message('address.outside', { ip }));
}

function toNode(ctx: RouteContext, node: NodeModel, port: number): Outcome {
  const { lookup, trace } = ctx;
  trace.step(`Node ${node.name}`, 'node', message('address.node', { ip: node.ip, node: node.name }));
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
    trace.step(ref, 'pod', message('address.hostNetwork', { ref, node: node.name, port }));
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
    trace.step(ref, 'pod', message('address.hostPort', { node: node.name, port, ref, containerPort }));
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
    trace.step(ref, 'node', message('address.hostEndpoint', { node: node.name, address: `${node.ip}:${port}`, ref }));
    return deliverToEndpoints(ctx, [{ pod: '', ip: node.ip, port }], ctx.client.endpoint, node, ref);
  }
  const reason = message('address.nodeRefuses', { node: node.name, port });
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
  return ports.map((p) => `${p.port}/${p.protocol}`).join(', ');
}
