// The Gateway API kinds in the lab terminal. They are custom resources (the standard channel's CRDs), so kubectl
// prints them the way it prints any CRD: `get` with the CRD's additionalPrinterColumns (kubernetes-sigs/gateway-api
// config/crd/standard/gateway.networking.k8s.io_*.yaml), `describe` through the generic describer, `-o yaml` as the
// API server serves the object: the CRD's defaults filled in and the status a conformant implementation writes
// (the engine's gatewayStatus).
import { defaultGatewayObject, gatewayConditions, gatewayStatus, type Cluster, type RouteResult } from '../engine';
import { humanDuration } from './age';
import type { Columns } from './columns';
import type { ResourceType } from './resources';
import type { ClusterStore, Json, StoredObject } from './store';
import { record } from './json-values';

export type GatewayKind = 'GatewayClass' | 'Gateway' | 'HTTPRoute' | 'ReferenceGrant';

const GROUP = 'gateway.networking.k8s.io';

export function isGatewayKind(kind: string): kind is GatewayKind {
  return kind === 'GatewayClass' || kind === 'Gateway' || kind === 'HTTPRoute' || kind === 'ReferenceGrant';
}

/** The CRDs' names: plural, singular and shortNames (HTTPRoute has none). */
export const GATEWAY_RESOURCE_TYPES: ResourceType[] = [
  type('GatewayClass', 'gatewayclasses', ['gc'], false),
  type('Gateway', 'gateways', ['gtw'], true),
  type('HTTPRoute', 'httproutes', [], true),
  type('ReferenceGrant', 'referencegrants', ['refgrant'], true),
];

function type(kind: GatewayKind, plural: string, aliases: string[], namespaced: boolean): ResourceType {
  return { kind, plural, singular: kind.toLowerCase(), group: GROUP, apiVersion: `${GROUP}/v1`, aliases, namespaced };
}

/** The CRDs' additionalPrinterColumns after NAME; `priority: 1` columns only with `-o wide`. */
export const GATEWAY_COLUMNS: Record<GatewayKind, Columns> = {
  GatewayClass: { headers: ['NAME', 'CONTROLLER', 'ACCEPTED', 'AGE'], wide: ['DESCRIPTION'] },
  Gateway: { headers: ['NAME', 'CLASS', 'ADDRESS', 'PROGRAMMED', 'AGE'], wide: [] },
  HTTPRoute: { headers: ['NAME', 'HOSTNAMES', 'AGE'], wide: [] },
  ReferenceGrant: { headers: ['NAME', 'AGE'], wide: [] },
};

/** The columns' cells, as apiextensions-apiserver's tableconvertor computes them: the first JSONPath result, a
 * list or map printed as JSON, nothing at all (an empty cell) when the path finds nothing. */
export function gatewayCells(kind: GatewayKind, served: Json, age: number): { standard: string[]; wide: string[] } {
  const spec = record(served.spec) ?? {};
  const status = record(served.status) ?? {};
  const ageCell = humanDuration(age);
  switch (kind) {
    case 'GatewayClass':
      return {
        standard: [cell(spec.controllerName), conditionStatus(status, 'Accepted'), ageCell],
        wide: [cell(spec.description)],
      };
    case 'Gateway': {
      const addresses = Array.isArray(status.addresses) ? status.addresses : [];
      return {
        standard: [
          cell(spec.gatewayClassName),
          cell(record(addresses[0])?.value),
          conditionStatus(status, 'Programmed'),
          ageCell,
        ],
        wide: [],
      };
    }
    case 'HTTPRoute':
      return { standard: [cell(spec.hostnames), ageCell], wide: [] };
    case 'ReferenceGrant':
      return { standard: [ageCell], wide: [] };
  }
}

/** client-go jsonpath PrintResults: strings as they are, lists and maps as compact JSON. */
function cell(value: unknown): string {
  if (value === undefined || value === null) return '';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** `.status.conditions[?(@.type=="X")].status`. */
function conditionStatus(status: Json, conditionType: string): string {
  const conditions = Array.isArray(status.conditions) ? status.conditions : [];
  return cell(conditions.map(record).find((c) => c?.type === conditionType)?.status);
}

/** Every stored object of a Gateway API kind, as the API server serves it (defaults and status included). */
export function servedGatewayObjects(store: ClusterStore, kind: GatewayKind): { stored: StoredObject; served: Json }[] {
  const status = statusWriter(store.cluster);
  return store.objects
    .filter((o) => o.kind === kind)
    .map((stored) => {
      // The API server answers in the group's preferred version (v1) whichever served version was written.
      const defaulted = { ...(defaultGatewayObject(kind, stored.value) as Json), apiVersion: `${GROUP}/v1` };
      const written = status(kind, stored);
      return { stored, served: written ? { ...defaulted, status: written } : withDefaultStatus(kind, defaulted) };
    });
}

/** What the CRDs default `status` to until a controller writes it (GatewayClass, Gateway). */
const PENDING = {
  lastTransitionTime: '1970-01-01T00:00:00Z',
  message: 'Waiting for controller',
  reason: 'Pending',
  status: 'Unknown',
};

function withDefaultStatus(kind: GatewayKind, object: Json): Json {
  if (kind === 'GatewayClass') return { ...object, status: { conditions: [{ ...PENDING, type: 'Accepted' }] } };
  if (kind === 'Gateway')
    return {
      ...object,
      status: {
        conditions: [
          { ...PENDING, type: 'Accepted' },
          { ...PENDING, type: 'Programmed' },
        ],
      },
    };
  return object;
}

type StatusOf = (kind: GatewayKind, object: StoredObject) => Json | undefined;

/** The status the simulated implementation writes. It takes every GatewayClass (the lab's cluster has one
 * implementation installed, the one the engine models); a Gateway whose class does not exist is left to no one
 * and keeps the CRD's pending status. */
function statusWriter(cluster: Cluster): StatusOf {
  const computed = gatewayStatus(cluster);
  const classes = new Map(cluster.gatewayClasses.map((c) => [c.name, c.controllerName]));
  return (kind, object) => {
    const since = iso(object.created);
    const condition = (conditionType: string, status: 'True' | 'False', reason: string) => ({
      lastTransitionTime: since,
      message: messageFor(conditionType, status, reason),
      reason,
      status,
      type: conditionType,
    });
    const key = `${object.namespace}/${object.name}`;
    switch (kind) {
      case 'GatewayClass':
        return { conditions: [condition('Accepted', 'True', 'Accepted')] };
      case 'Gateway': {
        const gateway = cluster.gateways.find((g) => g.namespace === object.namespace && g.name === object.name);
        if (!gateway || !classes.has(gateway.gatewayClassName)) return undefined;
        const listeners = computed.gateways[key]?.listeners ?? [];
        const conditions = gatewayConditions(gateway);
        return {
          ...(gateway.statusAddresses.length > 0 ? { addresses: gateway.statusAddresses } : {}),
          conditions: conditions.conditions.map((c) => condition(c.type, c.status, c.reason)),
          listeners: gateway.listeners.map((listener) => ({
            attachedRoutes: listeners.find((l) => l.name === listener.name)?.attachedRoutes ?? 0,
            conditions: (conditions.listeners[listener.name] ?? []).map((c) => condition(c.type, c.status, c.reason)),
            name: listener.name,
            supportedKinds: supportedKinds(conditions.listeners[listener.name] ?? [], listener.allowedRoutes.kinds),
          })),
        };
      }
      case 'HTTPRoute': {
        const parents = computed.routes[key] ?? [];
        if (parents.length === 0) return undefined;
        return {
          parents: parents.map((parent) => {
            const [namespace, name] = parent.parent.split('/') as [string, string];
            const gateway = cluster.gateways.find((g) => g.namespace === namespace && g.name === name);
            return {
              conditions: parent.conditions.map((c) => condition(c.type, c.status, c.reason)),
              controllerName: (gateway && classes.get(gateway.gatewayClassName)) ?? '',
              parentRef: {
                group: GROUP,
                kind: 'Gateway',
                name,
                ...(namespace !== object.namespace ? { namespace } : {}),
                ...(parent.sectionName ? { sectionName: parent.sectionName } : {}),
              },
            };
          }),
        };
      }
      case 'ReferenceGrant':
        return undefined;
    }
  };
}

/** The kinds a listener accepts: none when it is not Accepted (a protocol the implementation does not serve),
 * else the ones it lists that the implementation supports, or HTTPRoute, its protocol's own. */
function supportedKinds(
  conditions: { type: string; status: string }[],
  kinds: { group: string; kind: string }[] | undefined,
): Json[] {
  if (!conditions.some((c) => c.type === 'Accepted' && c.status === 'True')) return [];
  if (kinds) return kinds.filter((k) => k.kind === 'HTTPRoute' && k.group === GROUP);
  return [{ group: GROUP, kind: 'HTTPRoute' }];
}

/** Condition messages are the implementation's own words (the spec fixes only type, status and reason). */
function messageFor(conditionType: string, status: 'True' | 'False', reason: string): string {
  if (status === 'False' || MESSAGES[reason]) return MESSAGES[reason] ?? reason;
  return conditionType === 'ResolvedRefs'
    ? 'All references resolved by the simulated implementation'
    : `${conditionType} by the simulated implementation`;
}

const MESSAGES: Record<string, string> = {
  NotAllowedByListeners: 'No listener of the parent allows this Route (allowedRoutes)',
  NoMatchingListenerHostname: 'No listener hostname intersects the Route hostnames',
  NoMatchingParent: 'No parent matches the parentRef (sectionName or port)',
  BackendNotFound: 'A backendRef names a Service or port that does not exist',
  RefNotPermitted: 'A backendRef to another namespace is not permitted by any ReferenceGrant',
  InvalidKind: 'A backendRef names a kind the implementation does not support',
  UnsupportedValue: 'The Route uses a value the implementation does not support',
  UnsupportedProtocol: 'The listener protocol is not supported by the simulated implementation (HTTP, HTTPS)',
  InvalidRouteKinds: 'allowedRoutes.kinds names a route kind the implementation does not support',
  ListenersNotValid: 'One or more listeners are not valid',
  Invalid: 'Not programmed: the configuration is not valid (see the listener conditions)',
};

function iso(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d+Z$/, 'Z');
}

/** Whether the Gateway's proxy itself answered (no route: 404, a redirect, or 500 for unusable backends). The
 * engine models an Envoy-based data plane, whose direct responses have an empty body, so curl prints nothing. */
export function answeredByGateway(result: RouteResult): boolean {
  return result.status !== undefined && result.steps.some((s) => s.object.startsWith('Gateway '));
}
