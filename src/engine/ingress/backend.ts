// An Ingress backend resolved against the cluster's Services: the Service (always in the Ingress's
// namespace) and its port, a named port looked up by `ports[].name`.
import { message } from '../messages';
import type { Cluster, IngressBackendModel, ServiceModel } from '../model';

export interface ResolvedBackend {
  /** `NS/NAME` of the Service the backend names. */
  service: string;
  /** The Service port number, when the Service exists and has the port. */
  port?: number;
  /** Why the backend cannot carry traffic (ingress-nginx answers 503), in Korean. */
  problem?: string;
}

export function resolveBackend(
  cluster: Cluster,
  namespace: string,
  backend: IngressBackendModel,
): ResolvedBackend | undefined {
  const ref = backend.service;
  if (!ref) return undefined;
  const service = `${namespace}/${ref.name}`;
  const model = cluster.services.find((s) => s.namespace === namespace && s.name === ref.name);
  if (!model) return { service, port: ref.port.number, problem: message('ingress.noService', { service }) };
  return { service, ...resolvePort(model, ref.port) };
}

function resolvePort(
  service: ServiceModel,
  port: { number?: number; name?: string },
): { port?: number; problem?: string } {
  if (port.number !== undefined) {
    return service.type === 'ExternalName' || service.ports.some((p) => p.port === port.number)
      ? { port: port.number }
      : { port: port.number, problem: message('ingress.noPort', { service: service.name, port: port.number }) };
  }
  const named = service.ports.find((p) => p.name !== undefined && p.name === port.name);
  return named
    ? { port: named.port }
    : { problem: message('ingress.noNamedPort', { service: service.name, name: port.name ?? '' }) };
}

export function describeBackend(backend: IngressBackendModel): string {
  const ref = backend.service;
  if (!ref)
    return backend.resource ? `${backend.resource.kind} ${backend.resource.name}` : message('ingress.noBackend');
  return `${ref.name}:${ref.port.number ?? ref.port.name ?? '?'}`;
}
