// `kubectl get` columns, kind by kind, as kubernetes/kubernetes pkg/printers/internalversion/printers.go
// defines them (the name column first, `-o wide` columns after the standard ones).
import { formatLabels, formatLabelSelector, type ServiceModel } from '../engine';
import { humanDuration } from './age';
import { GATEWAY_COLUMNS, gatewayCells } from './gateway';
import { addressCell } from './ingress-status';
import { nodeRow } from './node-status';
import { podRow } from './pod-status';
import type { Json } from './store';
import { record } from './json-values';
import { containersOf, type ApiObject } from './views';

export interface Columns {
  headers: string[];
  wide: string[];
}

export const COLUMNS: Record<string, Columns> = {
  Pod: {
    headers: ['NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE'],
    wide: ['IP', 'NODE', 'NOMINATED NODE', 'READINESS GATES'],
  },
  Service: { headers: ['NAME', 'TYPE', 'CLUSTER-IP', 'EXTERNAL-IP', 'PORT(S)', 'AGE'], wide: ['SELECTOR'] },
  Endpoints: { headers: ['NAME', 'ENDPOINTS', 'AGE'], wide: [] },
  EndpointSlice: { headers: ['NAME', 'ADDRESSTYPE', 'PORTS', 'ENDPOINTS', 'AGE'], wide: [] },
  Deployment: {
    headers: ['NAME', 'READY', 'UP-TO-DATE', 'AVAILABLE', 'AGE'],
    wide: ['CONTAINERS', 'IMAGES', 'SELECTOR'],
  },
  ReplicaSet: { headers: ['NAME', 'DESIRED', 'CURRENT', 'READY', 'AGE'], wide: ['CONTAINERS', 'IMAGES', 'SELECTOR'] },
  Ingress: { headers: ['NAME', 'CLASS', 'HOSTS', 'ADDRESS', 'PORTS', 'AGE'], wide: [] },
  IngressClass: { headers: ['NAME', 'CONTROLLER', 'PARAMETERS', 'AGE'], wide: [] },
  NetworkPolicy: { headers: ['NAME', 'POD-SELECTOR', 'AGE'], wide: [] },
  Namespace: { headers: ['NAME', 'STATUS', 'AGE'], wide: [] },
  Node: {
    headers: ['NAME', 'STATUS', 'ROLES', 'AGE', 'VERSION'],
    wide: ['INTERNAL-IP', 'EXTERNAL-IP', 'OS-IMAGE', 'KERNEL-VERSION', 'CONTAINER-RUNTIME'],
  },
  ...GATEWAY_COLUMNS,
};

/** The cells after NAME, then the wide cells. */
export function cells(object: ApiObject, now: number, wideOutput = false): { standard: string[]; wide: string[] } {
  const age = humanDuration(now - object.created);
  switch (object.kind) {
    case 'Pod': {
      const row = podRow(object.pod, object.stored?.value, object.containers.length, now);
      return {
        standard: [row.ready, row.status, row.restarts, age],
        wide: [row.ip, row.node, '<none>', '<none>'],
      };
    }
    case 'Service':
      return {
        standard: [
          object.service.type,
          object.service.clusterIP || '<none>',
          externalIP(object.service),
          portString(object.service),
          age,
        ],
        wide: [object.service.selector ? formatLabels(object.service.selector) : '<none>'],
      };
    case 'Endpoints':
      return { standard: [formatEndpoints(object), age], wide: [] };
    case 'EndpointSlice': {
      const slice = object.slice;
      return {
        standard: [
          slice.addressType,
          listWithMore(slice.ports.map((p) => String(p.port))),
          listWithMore(slice.endpoints.flatMap((e) => e.addresses)),
          age,
        ],
        wide: [],
      };
    }
    case 'Deployment': {
      const ready = object.pods.filter((p) => p.ready).length;
      return {
        standard: [`${ready}/${object.replicas}`, String(object.pods.length), String(ready), age],
        wide: [...containerCells(object.template), formatLabelSelector(object.selector as never)],
      };
    }
    case 'ReplicaSet': {
      const ready = object.pods.filter((p) => p.ready).length;
      return {
        standard: [String(object.replicas), String(object.pods.length), String(ready), age],
        wide: [...containerCells(object.template), formatLabels(object.selector)],
      };
    }
    case 'Ingress': {
      const ingress = object.ingress;
      return {
        standard: [
          ingress.ingressClassName ?? '<none>',
          formatHosts(ingress.rules.map((r) => r.host ?? '')),
          now >= object.publishedAt ? addressCell(object.addresses, wideOutput) : '',
          ingress.tls.length > 0 ? '80, 443' : '80',
          age,
        ],
        wide: [],
      };
    }
    case 'IngressClass':
      return { standard: [object.ingressClass.controller, '<none>', age], wide: [] };
    case 'NetworkPolicy':
      return { standard: [formatLabelSelector(object.policy.podSelector), age], wide: [] };
    case 'Namespace':
      return { standard: ['Active', age], wide: [] };
    case 'Node': {
      const row = nodeRow(object.node, object.stored?.value);
      return {
        standard: [row.status, row.roles, age, row.version],
        wide: [row.internalIP, row.externalIP, row.osImage, row.kernelVersion, row.containerRuntime],
      };
    }
    case 'GatewayClass':
    case 'Gateway':
    case 'HTTPRoute':
    case 'ReferenceGrant':
      return gatewayCells(object.kind, object.served, now - object.created);
  }
}

/** printers.go makePortString: `80/TCP`, `80:30008/TCP`, comma-separated. */
export function portString(service: ServiceModel): string {
  if (service.ports.length === 0) return '<none>';
  return service.ports
    .map((p) => (p.nodePort ? `${p.port}:${p.nodePort}/${p.protocol}` : `${p.port}/${p.protocol}`))
    .join(',');
}

/** printers.go getServiceExternalIP. */
function externalIP(service: ServiceModel): string {
  switch (service.type) {
    case 'ClusterIP':
    case 'NodePort':
      return service.externalIPs.length > 0 ? service.externalIPs.join(',') : '<none>';
    case 'LoadBalancer': {
      const ips = [...service.loadBalancerIPs, ...service.externalIPs];
      return ips.length > 0 ? ips.join(',') : '<pending>';
    }
    case 'ExternalName':
      return service.externalName ?? '<none>';
  }
}

/** printers.go formatEndpoints: ready addresses × ports, at most three, then ` + N more...`. */
function formatEndpoints(object: Extract<ApiObject, { kind: 'Endpoints' }>): string {
  const list: string[] = [];
  for (const slice of object.slices) {
    for (const port of slice.ports) {
      for (const endpoint of slice.endpoints) {
        if (!endpoint.ready || !endpoint.addresses[0]) continue;
        list.push(`${endpoint.addresses[0]}:${port.port}`);
      }
    }
  }
  if (list.length === 0) return '<none>';
  const max = 3;
  return list.length > max ? `${list.slice(0, max).join(',')} + ${list.length - max} more...` : list.join(',');
}

/** printers.go formatDiscoveryPorts / formatDiscoveryEndpoints → listWithMoreString: three, ` + N more...`, `<unset>`. */
function listWithMore(items: string[]): string {
  const max = 3;
  if (items.length > max) return `${items.slice(0, max).join(',')} + ${items.length - max} more...`;
  return items.length === 0 ? '<unset>' : items.join(',');
}

/** printers.go formatHosts: up to three hosts, `*` when no rule names one. */
function formatHosts(hosts: string[]): string {
  const max = 3;
  const list: string[] = [];
  let more = false;
  for (const host of hosts) {
    if (list.length === max) more = true;
    if (!more && host !== '') list.push(host);
  }
  if (list.length === 0) return '*';
  return more ? `${list.join(',')} + ${hosts.length - max} more...` : list.join(',');
}

function containerCells(template: Json): string[] {
  const containers = containersOf(record(template.spec));
  return [
    containers.map((c) => String(c.name ?? '')).join(','),
    containers.map((c) => String(c.image ?? '')).join(','),
  ];
}
