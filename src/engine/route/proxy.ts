// kube-proxy (iptables mode, pkg/proxy/iptables/proxier.go) on the node a packet reaches: the Service
// rule it matches, the endpoints that rule may pick, REJECT for a Service without endpoints, DROP for
// a Local traffic policy without local endpoints, and the masquerade of external traffic.
import { invariant } from '../invariant';
import { matchesLabels } from '../labels';
import type { NodeModel, ServiceModel } from '../model';
import type { RouteEndpoint } from '../types';
import { sendsAsNode } from './client';
import type { Outcome, RouteContext } from './context';
import { deliverToEndpoints } from './deliver';
import { categorize, serviceEndpoints, type ProxyEndpoint } from './endpoints';
import { isIngressController } from '../ingress';
import { throughIngress } from './ingress';
import { message } from '../messages';

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
  const port = invariant(service.ports[portIndex], 'callers pass the index of a port the Service has');
  trace.servicePorts.set(`Service ${ref}`, portIndex);
  trace.touch(`Node ${node.name}`);
  const where = {
    clusterIP: `ClusterIP ${service.clusterIP}:${port.port}`,
    nodePort: `NodePort ${port.nodePort}`,
    loadBalancer: `LoadBalancer IP ${ctx.url.host}:${port.port}`,
    externalIP: `externalIP ${ctx.url.host}:${port.port}`,
  }[frontend];
  trace.step(
    `kube-proxy@${node.name}`,
    'service',
    message('proxy.rule', { node: node.name, where, service: `Service ${ref}:${port.port}` }),
  );

  const all = serviceEndpoints(ctx.lookup, service, port);
  const sorted = categorize(all, node.name);
  if (!sorted.hasAny) {
    const reason = noEndpointReason(ctx, service, all);
    trace.step(`Service ${ref}`, 'endpoint', message('proxy.reject', { reason }));
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
      policyNote = message('proxy.localLoadBalancer', { nodes: healthy.join(', ') });
    } else {
      chosen = sorted.local;
      fromTerminating = sorted.localFromTerminating;
      policyNote = message('proxy.localExternal', { node: node.name });
    }
  } else if (!external && service.internalTrafficPolicy === 'Local') {
    chosen = sorted.local;
    fromTerminating = sorted.localFromTerminating;
    policyNote = message('proxy.localInternal', { node: node.name });
  } else {
    chosen = sorted.cluster;
    if (external && service.externalTrafficPolicy === 'Local') {
      policyNote = message('proxy.shortCircuit', { asNode });
    }
  }
  if (policyNote) trace.step(`Service ${ref}`, 'service', policyNote);
  if (chosen.length === 0 && !crossesNodes) {
    // Every endpoint lacks a node (a hand-written slice without nodeName): no node passes the health check.
    const reason = message('proxy.noHealthyNode', { ref });
    trace.step(`Service ${ref}`, 'endpoint', reason);
    return { outcome: 'dropped', endpoints: [], reason };
  }
  if (chosen.length === 0) {
    const reason = message('proxy.noLocalEndpoints', { node: node.name, ref });
    trace.step(`kube-proxy@${node.name}`, 'endpoint', reason);
    return { outcome: 'dropped', endpoints: [], reason };
  }
  if (fromTerminating) {
    trace.step(`Service ${ref}`, 'endpoint', message('proxy.terminating'));
  }

  // proxier.go: external destinations with policy Cluster are masqueraded (SNAT) so replies come back
  // through this node; so is what the node itself sends, and off-cluster traffic to a ClusterIP.
  const localExternal = external && service.externalTrafficPolicy === 'Local';
  const masquerade = external ? !localExternal || (asNode && shortCircuit) : asNode;
  if (masquerade && client.ip !== node.ip) {
    trace.step(
      `kube-proxy@${node.name}`,
      'nat',
      message('proxy.masquerade', { node: node.name, nodeIP: node.ip, clientIP: client.ip }),
    );
  }
  const sourceSeen = masquerade ? `ip:${node.ip}` : client.endpoint;

  const affinity = service.sessionAffinity === 'ClientIP';
  const choice = affinity
    ? message('proxy.affinity', { seconds: service.sessionAffinityTimeoutSeconds ?? 10800, count: chosen.length })
    : chosen.length === 1
      ? message('proxy.onlyEndpoint')
      : message('proxy.random', { count: chosen.length });
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
  if (all.length > 0) return message('proxy.notReady', { service: ref, count: all.length });
  const { selector: selectorLabels } = service;
  if (!selectorLabels) return message('proxy.noSelector', { service: ref });
  const selector = Object.entries(selectorLabels)
    .map(([k, v]) => `${k}=${v}`)
    .join(',');
  const matching = ctx.cluster.pods.filter(
    (p) => p.namespace === service.namespace && matchesLabels(p.labels, selectorLabels),
  );
  if (matching.length === 0) return message('proxy.noPods', { service: ref, selector, namespace: service.namespace });
  return message('proxy.noTargetPort', { selector, count: matching.length });
}
