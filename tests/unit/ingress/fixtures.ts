// Scenario builders for the Ingress tests: each returns manifest text (JSON is YAML) that goes through
// loadCluster like a learner's manifest would.
import { loadCluster } from '../../../src/engine/index';
import type { Cluster } from '../../../src/engine/index';

export interface PathSpec {
  path?: string;
  type?: 'Exact' | 'Prefix' | 'ImplementationSpecific';
  service: string;
  port?: number | string;
}

export interface RuleSpec {
  host?: string;
  paths?: PathSpec[];
}

export interface IngressSpec {
  name: string;
  namespace?: string;
  /** undefined: `nginx`; null: no class at all. */
  className?: string | null;
  annotations?: Record<string, string>;
  rules?: RuleSpec[];
  defaultBackend?: { service: string; port?: number | string };
  tls?: string[];
  created?: string;
}

function backend(service: string, port: number | string = 80) {
  return { service: { name: service, port: typeof port === 'number' ? { number: port } : { name: port } } };
}

export function ingress(spec: IngressSpec): object {
  const metadata: Record<string, unknown> = { name: spec.name, namespace: spec.namespace ?? 'default' };
  if (spec.annotations) metadata.annotations = spec.annotations;
  if (spec.created) metadata.creationTimestamp = spec.created;
  const body: Record<string, unknown> = {};
  if (spec.className !== null) body.ingressClassName = spec.className ?? 'nginx';
  if (spec.defaultBackend) body.defaultBackend = backend(spec.defaultBackend.service, spec.defaultBackend.port);
  if (spec.tls) body.tls = [{ hosts: spec.tls, secretName: `${spec.name}-tls` }];
  if (spec.rules) {
    body.rules = spec.rules.map((rule) => ({
      ...(rule.host ? { host: rule.host } : {}),
      ...(rule.paths
        ? {
            http: {
              paths: rule.paths.map((p) => ({
                path: p.path ?? '/',
                pathType: p.type ?? 'Prefix',
                backend: backend(p.service, p.port),
              })),
            },
          }
        : {}),
    }));
  }
  return { apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', metadata, spec: body };
}

export function service(
  name: string,
  ports: (number | { name: string; port: number })[] = [80],
  namespace = 'default',
): object {
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name, namespace },
    spec: { selector: { app: name }, ports: ports.map((p) => (typeof p === 'number' ? { port: p } : p)) },
  };
}

export function ingressClass(name: string, controller = 'k8s.io/ingress-nginx', isDefault = false): object {
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'IngressClass',
    metadata: {
      name,
      ...(isDefault ? { annotations: { 'ingressclass.kubernetes.io/is-default-class': 'true' } } : {}),
    },
    spec: { controller },
  };
}

export function text(...objects: object[]): string {
  return objects.map((o) => JSON.stringify(o)).join('\n---\n');
}

export function cluster(...objects: object[]): Cluster {
  return loadCluster(text(...objects));
}

/** Services for every backend the ingresses name (port 80 and any number they use), so routing can resolve. */
export function withServices(...ingresses: IngressSpec[]): Cluster {
  const wanted = new Map<string, Set<number>>();
  for (const spec of ingresses) {
    const refs = [
      ...(spec.rules ?? []).flatMap((r) => r.paths ?? []),
      ...(spec.defaultBackend ? [spec.defaultBackend] : []),
    ];
    for (const ref of refs) {
      const ports = wanted.get(ref.service) ?? new Set<number>([80]);
      if (typeof ref.port === 'number') ports.add(ref.port);
      wanted.set(ref.service, ports);
    }
  }
  const services = [...wanted].map(([name, ports]) => service(name, [...ports]));
  return cluster(...ingresses.map(ingress), ...services);
}
