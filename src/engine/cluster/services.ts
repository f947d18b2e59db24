// Services as the API server stores them: defaulted (pkg/apis/core/v1/defaults.go SetDefaults_Service),
// with a ClusterIP from the service CIDR and nodePorts from the node-port range.
import { message } from '../messages';
import { invariant } from '../invariant';
import type { ServiceModel, ServicePortModel, ServiceType } from '../model';
import type { Protocol } from '../types';
import { arr, bool, integer, intOrString, record, stringEntries, text } from '../values';
import { fnv32a } from './hash';
import { cidrSize, ipv4At, parseCIDRSloppy } from '../net/address';
import { KUBE_DNS_SERVICE_IP, KUBERNETES_SERVICE_IP, NODE_PORT_RANGE, SERVICE_CIDR } from '../constants';
import { namespaceOf, type ManifestObject } from './objects';
import type { Recorder } from './recorder';

const SERVICE_TYPES: ServiceType[] = ['ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName'];

export function serviceFrom(object: ManifestObject, recorder: Recorder): ServiceModel {
  const namespace = namespaceOf(object);
  const what = `Service ${namespace}/${object.name}`;
  const spec = record(object.defaulted.spec) ?? {};
  const type = SERVICE_TYPES.find((t) => t === spec.type) ?? 'ClusterIP';
  if (object.spec.type === undefined)
    recorder.assume(what, 'spec.type', type, message('cluster.serviceType', { name: object.name }));
  const selectorMap = stringEntries(spec.selector);
  // An empty selector is stored as no selector (protobuf drops empty maps): no endpoints are managed for it.
  const selector = Object.keys(selectorMap).length > 0 ? selectorMap : undefined;
  const external = type === 'NodePort' || type === 'LoadBalancer';
  const sessionAffinity = spec.sessionAffinity === 'ClientIP' ? 'ClientIP' : 'None';
  const timeout = integer(record(record(spec.sessionAffinityConfig)?.clientIP)?.timeoutSeconds);
  const status = record(object.status?.loadBalancer);
  const loadBalancerIPs = arr(status?.ingress)
    .map((i) => text(record(i)?.ip))
    .filter((ip): ip is string => !!ip);
  const requestedLbIp = text(spec.loadBalancerIP);
  if (loadBalancerIPs.length === 0 && requestedLbIp) loadBalancerIPs.push(requestedLbIp);
  // core/v1 helper.NeedsHealthCheck: a LoadBalancer whose external traffic stays on the node it arrives at.
  const needsHealthCheck = type === 'LoadBalancer' && spec.externalTrafficPolicy === 'Local';
  if (type === 'LoadBalancer' && loadBalancerIPs.length === 0) {
    recorder.assume(
      what,
      'status.loadBalancer',
      '<pending>',
      message('cluster.loadBalancerPending', { name: object.name }),
    );
  }
  return {
    namespace,
    name: object.name,
    type,
    clusterIP: type === 'ExternalName' ? '' : (text(spec.clusterIP) ?? ''),
    ...(selector ? { selector } : {}),
    ports: arr(spec.ports).map((p, i) =>
      servicePort(record(p) ?? {}, record(arr(object.spec.ports)[i]) ?? {}, i, what, recorder),
    ),
    ...(type === 'ExternalName' ? { externalName: text(spec.externalName) ?? '' } : {}),
    externalIPs: arr(spec.externalIPs).filter((ip): ip is string => typeof ip === 'string'),
    loadBalancerIPs: type === 'LoadBalancer' ? loadBalancerIPs : [],
    sessionAffinity,
    ...(sessionAffinity === 'ClientIP' && timeout !== undefined ? { sessionAffinityTimeoutSeconds: timeout } : {}),
    externalTrafficPolicy: external && spec.externalTrafficPolicy === 'Local' ? 'Local' : 'Cluster',
    ...(needsHealthCheck && integer(spec.healthCheckNodePort)
      ? { healthCheckNodePort: integer(spec.healthCheckNodePort) }
      : {}),
    internalTrafficPolicy: spec.internalTrafficPolicy === 'Local' ? 'Local' : 'Cluster',
    publishNotReadyAddresses: bool(spec.publishNotReadyAddresses) ?? false,
    allocateLoadBalancerNodePorts: type === 'LoadBalancer' ? (bool(spec.allocateLoadBalancerNodePorts) ?? true) : true,
    labels: stringEntries(object.metadata.labels),
    annotations: stringEntries(object.metadata.annotations),
    implicit: false,
    source: object.source,
  };
}

/** `port` after defaulting, `written` as in the text (to tell which defaults the trace should mention). */
function servicePort(
  port: Record<string, unknown>,
  written: Record<string, unknown>,
  index: number,
  what: string,
  recorder: Recorder,
): ServicePortModel {
  const number = integer(port.port) ?? 0;
  const name = text(port.name);
  const label = message('cluster.portLabel', { name, number });
  const protocol = (text(port.protocol) as Protocol | undefined) ?? 'TCP';
  if (written.protocol === undefined) {
    recorder.assume(what, `spec.ports[${index}].protocol`, protocol, message('cluster.portProtocol', { label }));
  }
  // SetDefaults_Service: an absent (or zero / empty) targetPort becomes the port itself.
  const targetPort = intOrString(port.targetPort) ?? number;
  if (written.targetPort === undefined || written.targetPort === 0 || written.targetPort === '') {
    recorder.assume(
      what,
      `spec.ports[${index}].targetPort`,
      targetPort,
      message('cluster.targetPort', { label, number }),
    );
  }
  const nodePort = integer(port.nodePort);
  return { ...(name ? { name } : {}), protocol, port: number, targetPort, ...(nodePort ? { nodePort } : {}) };
}

/**
 * ClusterIPs for the Services that have none. The real allocator picks at random, preferring the upper
 * part of the range (KEP-3070: the lowest min(max(16, size/16), 256) addresses are kept for static
 * assignment); here a hash of namespace/name picks, probed for collisions, so a text always gets the same IPs.
 */
export function allocateClusterIPs(services: ServiceModel[], recorder: Recorder): void {
  const cidr = invariant(parseCIDRSloppy(SERVICE_CIDR), 'SERVICE_CIDR parses');
  const size = cidrSize(cidr);
  const staticBand = Math.min(Math.max(16, size / 16), 256);
  const dynamic = size - staticBand - 1;
  const used = new Set([KUBERNETES_SERVICE_IP, KUBE_DNS_SERVICE_IP, ...services.map((s) => s.clusterIP)]);
  for (const service of services) {
    if (service.clusterIP !== '' || service.type === 'ExternalName') continue;
    let offset = fnv32a(`${service.namespace}/${service.name}`) % dynamic;
    let ip = ipv4At(cidr, staticBand + offset);
    while (used.has(ip)) {
      offset = (offset + 1) % dynamic;
      ip = ipv4At(cidr, staticBand + offset);
    }
    used.add(ip);
    service.clusterIP = ip;
    recorder.assume(
      `Service ${service.namespace}/${service.name}`,
      'spec.clusterIP',
      ip,
      message('cluster.clusterIP', { name: service.name, serviceCIDR: SERVICE_CIDR, ip }),
    );
  }
}

/**
 * NodePort and LoadBalancer ports without a nodePort get the first free one from 30000; then a LoadBalancer with
 * externalTrafficPolicy Local gets its healthCheckNodePort from the same range (the Service storage allocates
 * node ports, then the health check port: pkg/registry/core/service/storage/alloc.go allocHealthCheckNodePort).
 */
export function allocateNodePorts(services: ServiceModel[], recorder: Recorder): void {
  const used = new Set(
    services.flatMap((s) => [
      ...s.ports.map((p) => p.nodePort).filter((n): n is number => !!n),
      ...(s.healthCheckNodePort ? [s.healthCheckNodePort] : []),
    ]),
  );
  let next = NODE_PORT_RANGE.min;
  const take = (): number | undefined => {
    while (used.has(next)) next++;
    if (next > NODE_PORT_RANGE.max) return undefined;
    used.add(next);
    return next;
  };
  const { min, max } = NODE_PORT_RANGE;
  for (const service of services) {
    const what = `Service ${service.namespace}/${service.name}`;
    const wants =
      service.type === 'NodePort' || (service.type === 'LoadBalancer' && service.allocateLoadBalancerNodePorts);
    if (wants) {
      service.ports.forEach((port, index) => {
        if (port.nodePort) return;
        const nodePort = take();
        if (nodePort === undefined) return;
        port.nodePort = nodePort;
        recorder.assume(
          what,
          `spec.ports[${index}].nodePort`,
          nodePort,
          message('cluster.nodePort', { name: service.name, port: port.port, min, max, nodePort }),
        );
      });
    }
    if (service.type === 'LoadBalancer' && service.externalTrafficPolicy === 'Local' && !service.healthCheckNodePort) {
      const nodePort = take();
      if (nodePort === undefined) continue;
      service.healthCheckNodePort = nodePort;
      recorder.assume(
        what,
        'spec.healthCheckNodePort',
        nodePort,
        message('cluster.healthCheckNodePort', { name: service.name, min, max, nodePort }),
      );
    }
  }
}
