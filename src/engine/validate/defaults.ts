// What the API server fills in before it validates (pkg/apis/core/v1/defaults.go, apps/v1/defaults.go,
// networking/v1/defaults.go, discovery/v1/defaults.go), a step of its own as in Kubernetes. It copies what
// it changes: the parsed value belongs to the caller (loadCluster reads it too).
import { arr, obj, str } from '../values';
import type { Obj } from '../values';

export function applyDefaults(kind: string, object: Obj): Obj {
  switch (kind) {
    case 'Pod':
      return { ...object, spec: defaultPodSpec(obj(object.spec)) };
    case 'Deployment':
      return { ...object, spec: defaultDeploymentSpec(obj(object.spec)) };
    case 'ReplicaSet': {
      const spec = obj(object.spec);
      return { ...object, spec: { ...spec, replicas: spec.replicas ?? 1, template: defaultTemplate(spec.template) } };
    }
    case 'Service':
      return { ...object, spec: defaultServiceSpec(obj(object.spec)) };
    case 'NetworkPolicy':
      return { ...object, spec: defaultNetworkPolicySpec(obj(object.spec)) };
    case 'IngressClass':
      return { ...object, spec: defaultIngressClassSpec(obj(object.spec)) };
    case 'EndpointSlice':
      return { ...object, ports: arr(object.ports).map((p) => ({ protocol: 'TCP', ...dropNulls(obj(p)) })) };
    default:
      return object;
  }
}

/** Go decodes null as the zero value; defaulting then fills it, as for an absent field. */
function dropNulls(o: Obj): Obj {
  const out: Obj = {};
  for (const [k, v] of Object.entries(o)) if (v !== null) out[k] = v;
  return out;
}

function defaultTemplate(template: unknown): Obj {
  const t = obj(template);
  return { ...t, spec: defaultPodSpec(obj(t.spec)) };
}

function defaultPodSpec(spec: Obj): Obj {
  const s = dropNulls(spec);
  return {
    restartPolicy: 'Always',
    dnsPolicy: 'ClusterFirst',
    schedulerName: 'default-scheduler',
    terminationGracePeriodSeconds: 30,
    enableServiceLinks: true,
    ...s,
    containers: arr(s.containers).map((c) => defaultContainer(obj(c), s.hostNetwork === true)),
    initContainers: arr(s.initContainers).map((c) => defaultContainer(obj(c), s.hostNetwork === true)),
  };
}

function defaultContainer(container: Obj, hostNetwork: boolean): Obj {
  const c = dropNulls(container);
  const image = str(c.image);
  // SetDefaults_Container: an image without a tag, or tagged :latest, is pulled every time.
  const lastPart = image.slice(image.lastIndexOf('/') + 1);
  const pullAlways = !image.includes('@') && (!lastPart.includes(':') || lastPart.endsWith(':latest'));
  const probes: Obj = {};
  for (const name of ['livenessProbe', 'readinessProbe', 'startupProbe']) {
    if (c[name] !== undefined) probes[name] = defaultProbe(obj(c[name]));
  }
  return {
    terminationMessagePath: '/dev/termination-log',
    terminationMessagePolicy: 'File',
    imagePullPolicy: pullAlways ? 'Always' : 'IfNotPresent',
    ...c,
    ...probes,
    ports: arr(c.ports).map((p) => {
      const port = dropNulls(obj(p));
      // SetDefaults_Pod: with hostNetwork the host port is the container port.
      const hostPort = hostNetwork && port.hostPort === undefined ? { hostPort: port.containerPort } : {};
      return { protocol: 'TCP', ...hostPort, ...port };
    }),
  };
}

/** SetDefaults_Probe and SetDefaults_HTTPGetAction. */
function defaultProbe(probe: Obj): Obj {
  const p = dropNulls(probe);
  const out: Obj = { timeoutSeconds: 1, periodSeconds: 10, successThreshold: 1, failureThreshold: 3, ...p };
  if (p.httpGet !== undefined) out.httpGet = { path: '/', scheme: 'HTTP', ...dropNulls(obj(p.httpGet)) };
  return out;
}

function defaultDeploymentSpec(spec: Obj): Obj {
  const s = dropNulls(spec);
  const strategy = dropNulls(obj(s.strategy));
  // SetDefaults_Deployment: an empty type is RollingUpdate.
  const type = str(strategy.type) || 'RollingUpdate';
  const rollingUpdate =
    type === 'RollingUpdate'
      ? { maxUnavailable: '25%', maxSurge: '25%', ...dropNulls(obj(strategy.rollingUpdate)) }
      : strategy.rollingUpdate;
  return {
    replicas: 1,
    revisionHistoryLimit: 10,
    progressDeadlineSeconds: 600,
    ...s,
    strategy: { ...strategy, type, ...(rollingUpdate !== undefined ? { rollingUpdate } : {}) },
    template: defaultTemplate(s.template),
  };
}

function defaultServiceSpec(spec: Obj): Obj {
  const s = dropNulls(spec);
  const type = str(s.type) || 'ClusterIP';
  const sessionAffinity = str(s.sessionAffinity) || 'None';
  const out: Obj = { ...s, type, sessionAffinity };
  // SetDefaults_Service: affinity None clears sessionAffinityConfig (so validation never sees it); ClientIP
  // affinity without a timeout gets DefaultClientIPServiceAffinitySeconds (3 hours).
  if (sessionAffinity === 'None') delete out.sessionAffinityConfig;
  const clientIP = obj(obj(s.sessionAffinityConfig).clientIP);
  if (sessionAffinity === 'ClientIP' && (clientIP.timeoutSeconds === undefined || clientIP.timeoutSeconds === null)) {
    out.sessionAffinityConfig = { ...obj(s.sessionAffinityConfig), clientIP: { ...clientIP, timeoutSeconds: 10800 } };
  }
  out.ports = arr(s.ports).map((p) => {
    const port = dropNulls(obj(p));
    const targetPort =
      port.targetPort === undefined || port.targetPort === 0 || port.targetPort === '' ? port.port : port.targetPort;
    return { ...port, protocol: port.protocol ?? 'TCP', targetPort };
  });
  const external = type === 'NodePort' || type === 'LoadBalancer';
  if (external && out.externalTrafficPolicy === undefined) out.externalTrafficPolicy = 'Cluster';
  if (type !== 'ExternalName' && out.internalTrafficPolicy === undefined) out.internalTrafficPolicy = 'Cluster';
  if (type === 'LoadBalancer' && out.allocateLoadBalancerNodePorts === undefined)
    out.allocateLoadBalancerNodePorts = true;
  // The Service strategy copies clusterIP into clusterIPs before validation (PrepareForCreate).
  if (str(out.clusterIP) !== '' && arr(out.clusterIPs).length === 0) out.clusterIPs = [out.clusterIP];
  return out;
}

function defaultNetworkPolicySpec(spec: Obj): Obj {
  const s = dropNulls(spec);
  const withProtocol = (rules: unknown) =>
    arr(rules).map((r) => {
      const rule = obj(r);
      return { ...rule, ports: arr(rule.ports).map((p) => ({ protocol: 'TCP', ...dropNulls(obj(p)) })) };
    });
  const ingress = withProtocol(s.ingress);
  const egress = withProtocol(s.egress);
  // SetDefaults_NetworkPolicy: Ingress always, Egress when there are egress rules.
  const policyTypes =
    arr(s.policyTypes).length > 0 ? s.policyTypes : egress.length > 0 ? ['Ingress', 'Egress'] : ['Ingress'];
  return { ...s, ingress, egress, policyTypes };
}

/** networking/v1 SetDefaults_IngressClass: parameters without a scope refer to a cluster-scoped object. */
function defaultIngressClassSpec(spec: Obj): Obj {
  const parameters = spec.parameters;
  if (parameters === undefined || parameters === null || typeof parameters !== 'object') return spec;
  const p = parameters as Obj;
  return p.scope === undefined || p.scope === null ? { ...spec, parameters: { ...p, scope: 'Cluster' } } : spec;
}
