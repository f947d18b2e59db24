// Builds the servers and locations ingress-nginx renders from the Ingresses it serves, following
// internal/ingress/controller/controller.go (createServers, getBackendServers, getConfiguration) and
// location.go (updateServerLocations). Ingresses are merged oldest first, so the oldest wins a path.
import { message } from '../../messages';
import type { Cluster, IngressModel } from '../../model';
import { oldestFirst } from '../age';
import { NO_REWRITE, readRewrite } from './annotations';
import type { RewriteConfig } from './annotations';
import { admissionOf } from './admission';
import { classOf } from './classes';
import { locationRegex } from './regex';
import type { Location, NginxConfig, Server } from './types';

const CATCH_ALL = '_';

export function buildConfig(cluster: Cluster): NginxConfig {
  const ignored: NginxConfig['ignored'] = [];
  const served: IngressModel[] = [];
  const admitted: IngressModel[] = [];
  for (const ingress of oldestFirst(cluster.ingresses)) {
    const decision = classOf(cluster, ingress);
    if (!decision.served) {
      ignored.push({ ingress, reason: decision.reason });
      continue;
    }
    const admission = admissionOf(ingress, admitted);
    if (!admission.served) {
      ignored.push({ ingress, reason: admission.reason, ...(admission.denied ? { denied: admission.denied } : {}) });
      continue;
    }
    admitted.push(ingress);
    if (readRewrite(ingress.annotations).canary)
      ignored.push({
        ingress,
        reason: message('nginx.class.canary'),
      });
    else served.push(ingress);
  }

  const servers = createServers(served);
  addPathLocations(served, servers);
  for (const server of servers.values()) finishServer(server);
  markTls(served, servers);

  const defaultServer = servers.get(CATCH_ALL) as Server;
  const wildcards = [...servers.values()]
    .filter((s) => s.hostname.startsWith('*.'))
    .map((server) => ({ suffix: server.hostname.slice(1), server }))
    .sort((a, b) => b.suffix.length - a.suffix.length);
  return { servers, wildcards, defaultServer, ignored, served, admitted };
}

function rootLocation(fields: Partial<Location>): Location {
  return {
    path: '/',
    exact: false,
    isDefBackend: true,
    fromDefaultBackend: false,
    rewrite: NO_REWRITE,
    shadowed: [],
    directive: '',
    ...fields,
  };
}

// createServers: the catch-all server `_` always exists; an Ingress with spec.defaultBackend and no rules
// takes over its root location (first such Ingress only). Every other host's server is created by the
// oldest Ingress naming it, whose spec.defaultBackend (if any) and annotations its root location gets.
function createServers(served: readonly IngressModel[]): Map<string, Server> {
  const catchAll = rootLocation({});
  const servers = new Map<string, Server>([[CATCH_ALL, newServer(CATCH_ALL, catchAll)]]);
  for (const ingress of served) {
    const own = ingress.defaultBackend?.service ? ingress.defaultBackend : undefined;
    if (own && catchAll.isDefBackend && ingress.rules.length === 0) {
      // The catch-all keeps its own redirect/rewrite settings ("skip for now" in createServers).
      Object.assign(catchAll, { isDefBackend: false, backend: own, ingress, fromDefaultBackend: true });
    }
    for (const rule of ingress.rules) {
      const host = rule.host || CATCH_ALL;
      if (servers.has(host)) continue;
      const root = rootLocation({
        backend: own,
        ingress,
        fromDefaultBackend: own !== undefined,
        rewrite: readRewrite(ingress.annotations),
      });
      servers.set(host, newServer(host, root));
    }
  }
  return servers;
}

function newServer(hostname: string, root: Location): Server {
  return { hostname, locations: [root], enforceRegex: false, tls: false };
}

// getBackendServers: a path whose location (same path, same type) already exists is dropped unless the
// existing one is a root location still pointing at a default backend, which it replaces.
function addPathLocations(served: readonly IngressModel[], servers: Map<string, Server>): void {
  for (const ingress of served) {
    const rewrite = readRewrite(ingress.annotations);
    for (const [ruleIndex, rule] of ingress.rules.entries()) {
      const server = servers.get(rule.host || CATCH_ALL) as Server;
      for (const [pathIndex, path] of rule.paths.entries()) {
        if (!path.backend.service) continue;
        const nginxPath = path.path || '/';
        const exact = path.pathType === 'Exact';
        const origin = { ruleIndex, pathIndex, host: rule.host, path: nginxPath, pathType: path.pathType };
        const fields = {
          backend: path.backend,
          ingress,
          origin,
          rewrite,
          isDefBackend: false,
          fromDefaultBackend: false,
        };
        const same = server.locations.find((l) => l.path === nginxPath);
        if (same && same.exact === exact) {
          if (same.isDefBackend) Object.assign(same, fields);
          else same.shadowed.push(ingress);
          continue;
        }
        server.locations.push({ path: nginxPath, exact, shadowed: [], directive: '', ...fields });
      }
    }
  }
}

function finishServer(server: Server): void {
  // Longest path first, equal lengths in descending string order (two stable sorts in getBackendServers).
  server.locations.sort((a, b) => b.path.length - a.path.length || (a.path < b.path ? 1 : a.path > b.path ? -1 : 0));
  server.locations = server.locations.flatMap(normalizePrefix(server.locations));
  server.enforceRegex = server.locations.some((l) => needsRewrite(l) || l.rewrite.useRegex);
  for (const location of server.locations) {
    location.directive = server.enforceRegex
      ? `~* "^${location.path}"`
      : location.exact
        ? `= ${location.path}`
        : location.path;
    if (server.enforceRegex) location.regex = locationRegex(location.path);
  }
  server.appRoot = server.locations.find((l) => l.rewrite.appRoot !== '');
}

// updateServerLocations: a Prefix path without rewrite or regex becomes `location /foo/` plus
// `location = /foo`, which is how nginx gets element-wise prefix matching.
function normalizePrefix(all: readonly Location[]): (location: Location) => Location[] {
  const exactPaths = new Set(all.filter((l) => l.exact).map((l) => l.path));
  return (location) => {
    if (location.path === '/' || location.exact || needsRewrite(location) || location.rewrite.useRegex)
      return [location];
    const slashed = location.path.endsWith('/') ? location.path : `${location.path}/`;
    const prefix = { ...location, path: slashed };
    return exactPaths.has(location.path) ? [prefix] : [prefix, { ...location, exact: true }];
  };
}

/** template.go needsRewrite: a rewrite-target that differs from the location's own path. */
export function needsRewrite(location: { path: string; rewrite: RewriteConfig }): boolean {
  return location.rewrite.target !== '' && location.rewrite.target !== location.path;
}

// createServers: an Ingress's spec.tls entry naming the host gives that host's server a certificate,
// which is what ssl-redirect looks at (lua_ingress.lua: certificate_configured_for_current_request).
function markTls(served: readonly IngressModel[], servers: Map<string, Server>): void {
  for (const ingress of served) {
    const tlsHosts = new Set(ingress.tls.flatMap((t) => t.hosts.map((h) => h.toLowerCase())));
    for (const rule of ingress.rules) {
      if (rule.host === undefined) continue;
      const server = servers.get(rule.host);
      if (server && tlsHosts.has(rule.host.toLowerCase())) server.tls = true;
    }
  }
}
