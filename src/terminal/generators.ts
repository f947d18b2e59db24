// The objects kubectl's generators build: `kubectl create service`, `kubectl create ingress`,
// `kubectl expose` (k8s.io/kubectl/pkg/cmd/create/create_service.go, create_ingress.go, expose/expose.go).
import { stableSuffix } from '../engine';
import type { Json } from './store';

/** create_service.go: selector and label `app: NAME`, ports named `PORT-TARGET` from `--tcp=PORT[:TARGET]`. */
export function serviceFromCreate(
  type: 'ClusterIP' | 'NodePort' | 'LoadBalancer',
  name: string,
  tcp: string[],
  nodePort: number | undefined,
  clusterIP?: string,
): Json | string {
  if (tcp.length === 0 && clusterIP !== 'None') return 'error: at least one tcp port specifier must be provided';
  const ports: Json[] = [];
  for (const spec of tcp) {
    const [port, target = port] = spec.split(':');
    const number = Number(port);
    const targetNumber = Number(target);
    if (!Number.isInteger(number) || number < 0) return `error: strconv.Atoi: parsing "${port}": invalid syntax`;
    ports.push({
      name: `${port}-${target}`,
      port: number,
      protocol: 'TCP',
      targetPort: Number.isInteger(targetNumber) ? targetNumber : target,
      ...(type === 'NodePort' && nodePort !== undefined ? { nodePort } : {}),
    });
  }
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { labels: { app: name }, name },
    spec: { ports, selector: { app: name }, type, ...(clusterIP ? { clusterIP } : {}) },
  };
}

/** expose.go: the Service takes the selector of what it exposes; --port defaults to the first container port. */
export function serviceFromExpose(
  name: string,
  selector: Record<string, string>,
  port: number,
  targetPort: string | undefined,
  type: string | undefined,
  protocol = 'TCP',
): Json {
  const target = targetPort === undefined ? port : /^\d+$/.test(targetPort) ? Number(targetPort) : targetPort;
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name },
    spec: { ports: [{ port, protocol, targetPort: target }], selector, ...(type ? { type } : {}) },
  };
}

/**
 * create_ingress.go: `--rule=host/path=service:port[,tls[=secret]]`; a path ending in `*` is a Prefix
 * path (the `*` dropped), any other is Exact; no host means every host.
 */
export function ingressFromCreate(
  name: string,
  rules: string[],
  className: string | undefined,
  annotations: string[],
  defaultBackend: string | undefined,
): Json | string {
  const spec: Json = {};
  if (className) spec.ingressClassName = className;
  const specRules: Json[] = [];
  for (const rule of rules) {
    const match = /^([^/=]*)(\/[^=]*)=([^:,]+):([^,]+)(,tls(=.+)?)?$/.exec(rule);
    if (!match)
      return `error: rule ${rule} is invalid and should be in format host/path=svcname:svcport[,tls[=secret]]`;
    const [, host, rawPath, service, port] = match as unknown as [string, string, string, string, string];
    const prefix = rawPath.endsWith('*');
    const path = prefix ? rawPath.slice(0, -1) : rawPath;
    const backend = {
      service: { name: service, port: /^\d+$/.test(port) ? { number: Number(port) } : { name: port } },
    };
    const entry = { backend, path, pathType: prefix ? 'Prefix' : 'Exact' };
    const existing = specRules.find((r) => (r.host ?? '') === host);
    if (existing) ((existing.http as Json).paths as Json[]).push(entry);
    else specRules.push({ ...(host ? { host } : {}), http: { paths: [entry] } });
  }
  if (defaultBackend) {
    const [service, port = ''] = defaultBackend.split(':');
    spec.defaultBackend = {
      service: { name: service, port: /^\d+$/.test(port) ? { number: Number(port) } : { name: port } },
    };
  }
  if (specRules.length > 0) spec.rules = specRules;
  const annotationMap = new Map<string, string>();
  for (const annotation of annotations) {
    const at = annotation.indexOf('=');
    if (at < 1) return `error: annotation ${annotation} is invalid and should be in format key=[value]`;
    annotationMap.set(annotation.slice(0, at), annotation.slice(at + 1));
  }
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'Ingress',
    metadata: { name, ...(annotationMap.size > 0 ? { annotations: Object.fromEntries(annotationMap) } : {}) },
    spec,
  };
}

/** run.go createPod: a Pod named NAME with label `run: NAME` (or --labels), one container NAME, --port as its containerPort. */
export function podFromRun(
  name: string,
  image: string,
  labels: string | undefined,
  port: string | undefined,
  args: string[],
  restart = 'Always',
): Json | string {
  const labelMap = labels === undefined ? new Map([['run', name]]) : parseLabelSpecs(labels);
  if (typeof labelMap === 'string') return labelMap;
  const container: Json = { image, name, resources: {} };
  if (args.length > 0) container.args = args;
  if (port !== undefined && Number(port) > 0) container.ports = [{ containerPort: Number(port) }];
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { labels: Object.fromEntries(labelMap), name },
    spec: { containers: [container], dnsPolicy: 'ClusterFirst', restartPolicy: restart },
  };
}

/** run.go createService (--expose): selector = the pod's labels, labels = only those given with --labels. */
export function serviceFromRun(name: string, pod: Json, port: number, labels: string | undefined): Json {
  const podLabels = (pod.metadata as Json).labels as Json;
  const own = labels === undefined ? undefined : parseLabelSpecs(labels);
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name, ...(own && typeof own !== 'string' ? { labels: Object.fromEntries(own) } : {}) },
    spec: { ports: [{ port, protocol: 'TCP', targetPort: port }], selector: podLabels },
  };
}

/** run.go parseLabels: `k=v,k2=v2`. */
function parseLabelSpecs(text: string): Map<string, string> | string {
  const labels = new Map<string, string>();
  for (const pair of text.split(',')) {
    const [key = '', value, ...more] = pair.split('=');
    if (value === undefined || more.length > 0) return `error: unexpected label spec: ${pair}`;
    if (key === '') return 'error: unexpected empty label key';
    labels.set(key, value);
  }
  return labels;
}

/**
 * create_deployment.go createDeployment / buildPodSpec: label and selector `app: NAME`, one container per
 * --image named after the image (path, tag and digest dropped; sanitizeAndUniquify turns `_` and `.` into
 * `-` and then appends `-` and utilrand.String(5)), --port on the first container.
 */
export function deploymentFromCreate(
  name: string,
  images: string[],
  replicas: number,
  port: number,
  command: string[],
): Json {
  const containers: Json[] = images.map((image) => {
    const last = image.split('/').at(-1) ?? image;
    const [named = ''] = last.split(':');
    const [base = ''] = named.split('@');
    // The random suffix is drawn from the same alphabet, but from the deployment and image, so the same
    // command names its container the same way.
    const containerName = /[._]/.test(base)
      ? `${base.replace(/[._]/g, '-')}-${stableSuffix(`${name}/${image}`)}`
      : base;
    return { image, name: containerName, resources: {}, ...(command.length > 0 ? { command } : {}) };
  });
  if (port >= 0 && containers[0]) containers[0].ports = [{ containerPort: port }];
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { labels: { app: name }, name },
    spec: {
      replicas,
      selector: { matchLabels: { app: name } },
      strategy: {},
      template: { metadata: { labels: { app: name } }, spec: { containers } },
    },
  };
}
