// The Ingress spec alone (kubernetes.io Ingress concept page): every Ingress in the scenario, rules
// grouped by host (exact name, `*.suffix` wildcard, or none), oldest Ingress first.
import { message } from '../../messages';
import type { Cluster, IngressBackendModel, IngressModel } from '../../model';
import { key, oldestFirst } from '../age';
import { classNamed } from '../nginx/classes';

export interface SpecPath {
  ingress: IngressModel;
  host?: string;
  path: string;
  pathType: 'Exact' | 'Prefix' | 'ImplementationSpecific';
  /** Path elements split by "/", empty ones dropped: the Prefix comparison unit. */
  elements: string[];
  /** Matched length for precedence ("the longest matching path"), trailing slash not counted for Prefix. */
  length: number;
  backend: IngressBackendModel;
  /** Younger Ingresses with the same host, path and type, which never win. */
  shadowed: IngressModel[];
}

export interface SpecConfig {
  /** Ingresses no controller implements: their ingressClassName names no IngressClass. */
  ignored: { ingress: IngressModel; reason: string }[];
  exact: Map<string, SpecPath[]>;
  /** Keyed by the suffix after `*` (e.g. `.foo.com`). */
  wildcard: Map<string, SpecPath[]>;
  any: SpecPath[];
  defaultBackend?: { ingress: IngressModel; backend: IngressBackendModel };
}

export function buildSpec(cluster: Cluster): SpecConfig {
  const config: SpecConfig = { exact: new Map(), wildcard: new Map(), any: [], ignored: [] };
  for (const ingress of oldestFirst(cluster.ingresses)) {
    // An ingressClassName is a reference to an IngressClass; with none of that name, no controller takes the
    // Ingress (Ingress concept page: "ingressClassName … reference to an IngressClass resource").
    const className = ingress.ingressClassName;
    if (className !== undefined && !classNamed(cluster, className)) {
      config.ignored.push({
        ingress,
        reason: message('genericIngress.noClass', { ingress: key(ingress), className }),
      });
      continue;
    }
    if (!config.defaultBackend && ingress.defaultBackend?.service)
      config.defaultBackend = { ingress, backend: ingress.defaultBackend };
    for (const rule of ingress.rules) {
      const group = groupFor(config, rule.host);
      for (const path of rule.paths) {
        if (!path.backend.service) continue;
        add(group, toSpecPath(ingress, rule.host, path.path || '/', path.pathType, path.backend));
      }
    }
  }
  return config;
}

function groupFor(config: SpecConfig, host: string | undefined): SpecPath[] {
  if (!host) return config.any;
  const [map, name] = host.startsWith('*.') ? [config.wildcard, host.slice(1)] : [config.exact, host.toLowerCase()];
  let group = map.get(name);
  if (!group) map.set(name, (group = []));
  return group;
}

function add(group: SpecPath[], path: SpecPath): void {
  const same = group.find((p) => p.path === path.path && p.pathType === path.pathType);
  if (same) same.shadowed.push(path.ingress);
  else group.push(path);
}

function toSpecPath(
  ingress: IngressModel,
  host: string | undefined,
  path: string,
  pathType: SpecPath['pathType'],
  backend: IngressBackendModel,
): SpecPath {
  const elements = path.split('/').filter((e) => e !== '');
  const length = pathType === 'Exact' ? path.length : path.replace(/\/+$/, '').length;
  return { ingress, host, path, pathType, elements, length, backend, shadowed: [] };
}
