// The Gateway API objects (GatewayClass, Gateway, HTTPRoute, ReferenceGrant) as the API server stores them:
// with the CRD's defaults filled in (validate/gateway), nothing else invented.
import type {
  BackendObjectRefModel,
  Cluster,
  GatewayClassModel,
  GatewayModel,
  HTTPBackendRefModel,
  HTTPHeaderFilterModel,
  HTTPPathModifierModel,
  HTTPRouteFilterModel,
  HTTPRouteMatchModel,
  HTTPRouteModel,
  LabelSelector,
  ListenerModel,
  ParentRefModel,
  ReferenceGrantModel,
} from '../model';
import { defaultGatewayObject } from '../validate/gateway';
import type { GatewayKind } from '../validate/gateway/schema';
import { arr, integer, obj, record, str, text, type Obj } from '../values';
import { namespaceOf, type ManifestObject } from './objects';

type GatewayObjects = Pick<Cluster, 'gatewayClasses' | 'gateways' | 'httpRoutes' | 'referenceGrants'>;

export function gatewayObjects(objects: ManifestObject[]): GatewayObjects {
  const of = (kind: GatewayKind) =>
    objects
      .filter((o) => o.kind === kind)
      .map((o) => ({ object: o, spec: obj(defaultGatewayObject(kind, o.raw).spec) }));
  return {
    gatewayClasses: of('GatewayClass').map(({ object, spec }) => gatewayClassFrom(object, spec)),
    gateways: of('Gateway').map(({ object, spec }, i) => gatewayFrom(object, spec, i)),
    httpRoutes: of('HTTPRoute').map(({ object, spec }, i) => httpRouteFrom(object, spec, i)),
    referenceGrants: of('ReferenceGrant').map(({ object, spec }) => referenceGrantFrom(object, spec)),
  };
}

const optional = <K extends string, V>(key: K, value: V | undefined) =>
  (value === undefined ? {} : { [key]: value }) as Partial<Record<K, V>>;

function created(object: ManifestObject): string | undefined {
  const value = object.metadata.creationTimestamp;
  return value instanceof Date ? value.toISOString() : text(value);
}

function gatewayClassFrom(object: ManifestObject, spec: Obj): GatewayClassModel {
  return { name: object.name, controllerName: str(spec.controllerName), source: object.source };
}

function gatewayFrom(object: ManifestObject, spec: Obj, order: number): GatewayModel {
  const addresses = (v: unknown) =>
    arr(v).map((a) => ({ type: text(obj(a).type) ?? 'IPAddress', value: str(obj(a).value) }));
  return {
    namespace: namespaceOf(object),
    name: object.name,
    gatewayClassName: str(spec.gatewayClassName),
    listeners: arr(spec.listeners).map((l) => listenerFrom(obj(l))),
    addresses: addresses(spec.addresses),
    statusAddresses: addresses(object.status?.addresses),
    ...optional('creationTimestamp', created(object)),
    order,
    source: object.source,
  };
}

function listenerFrom(listener: Obj): ListenerModel {
  const allowed = obj(listener.allowedRoutes);
  const namespaces = obj(allowed.namespaces);
  const from = (text(namespaces.from) ?? 'Same') as ListenerModel['allowedRoutes']['namespaces']['from'];
  const selector = record(namespaces.selector) as LabelSelector | undefined;
  const kinds = Array.isArray(allowed.kinds)
    ? allowed.kinds.map((k) => ({ group: text(obj(k).group) ?? 'gateway.networking.k8s.io', kind: str(obj(k).kind) }))
    : undefined;
  const tls = record(listener.tls);
  return {
    name: str(listener.name),
    ...optional('hostname', text(listener.hostname)),
    port: integer(listener.port) ?? 0,
    protocol: str(listener.protocol),
    allowedRoutes: { namespaces: { from, ...optional('selector', selector) }, ...optional('kinds', kinds) },
    ...(tls
      ? {
          tls: {
            mode: text(tls.mode) ?? 'Terminate',
            certificateRefs: arr(tls.certificateRefs).map((c) => ({
              group: str(obj(c).group),
              kind: text(obj(c).kind) ?? 'Secret',
              ...optional('namespace', text(obj(c).namespace)),
              name: str(obj(c).name),
            })),
          },
        }
      : {}),
  };
}

function parentRefFrom(ref: Obj): ParentRefModel {
  return {
    group: text(ref.group) ?? 'gateway.networking.k8s.io',
    kind: text(ref.kind) ?? 'Gateway',
    ...optional('namespace', text(ref.namespace)),
    name: str(ref.name),
    ...optional('sectionName', text(ref.sectionName)),
    ...optional('port', integer(ref.port)),
  };
}

function httpRouteFrom(object: ManifestObject, spec: Obj, order: number): HTTPRouteModel {
  return {
    namespace: namespaceOf(object),
    name: object.name,
    parentRefs: arr(spec.parentRefs).map((p) => parentRefFrom(obj(p))),
    hostnames: arr(spec.hostnames).filter((h): h is string => typeof h === 'string'),
    rules: arr(spec.rules).map((r) => {
      const rule = obj(r);
      return {
        ...optional('name', text(rule.name)),
        matches: arr(rule.matches).map((m) => matchFrom(obj(m))),
        filters: arr(rule.filters).map((f) => filterFrom(obj(f))),
        backendRefs: arr(rule.backendRefs).map((b) => backendRefFrom(obj(b))),
      };
    }),
    ...optional('creationTimestamp', created(object)),
    order,
    source: object.source,
  };
}

function matchFrom(match: Obj): HTTPRouteMatchModel {
  const path = record(match.path);
  const pairs = (v: unknown) =>
    arr(v).map((h) => ({
      type: (text(obj(h).type) ?? 'Exact') as 'Exact' | 'RegularExpression',
      name: str(obj(h).name),
      value: str(obj(h).value),
    }));
  return {
    ...(path
      ? {
          path: {
            type: (text(path.type) ?? 'PathPrefix') as NonNullable<HTTPRouteMatchModel['path']>['type'],
            value: text(path.value) ?? '/',
          },
        }
      : {}),
    headers: pairs(match.headers),
    queryParams: pairs(match.queryParams),
    ...optional('method', text(match.method)),
  };
}

function headerFilterFrom(value: unknown): HTTPHeaderFilterModel | undefined {
  const filter = record(value);
  if (!filter) return undefined;
  const headers = (v: unknown) => arr(v).map((h) => ({ name: str(obj(h).name), value: str(obj(h).value) }));
  return {
    set: headers(filter.set),
    add: headers(filter.add),
    remove: arr(filter.remove).filter((h): h is string => typeof h === 'string'),
  };
}

function pathModifierFrom(value: unknown): HTTPPathModifierModel | undefined {
  const path = record(value);
  if (!path) return undefined;
  return {
    type: str(path.type) as HTTPPathModifierModel['type'],
    ...optional('replaceFullPath', text(path.replaceFullPath)),
    ...optional('replacePrefixMatch', text(path.replacePrefixMatch)),
  };
}

function objectRefFrom(ref: Obj): BackendObjectRefModel {
  return {
    group: text(ref.group) ?? '',
    kind: text(ref.kind) ?? 'Service',
    ...optional('namespace', text(ref.namespace)),
    name: str(ref.name),
    ...optional('port', integer(ref.port)),
  };
}

function filterFrom(filter: Obj): HTTPRouteFilterModel {
  const redirect = record(filter.requestRedirect);
  const rewrite = record(filter.urlRewrite);
  const mirror = record(filter.requestMirror);
  const extension = record(filter.extensionRef);
  const fraction = record(mirror?.fraction);
  return {
    type: str(filter.type),
    ...optional('requestHeaderModifier', headerFilterFrom(filter.requestHeaderModifier)),
    ...optional('responseHeaderModifier', headerFilterFrom(filter.responseHeaderModifier)),
    ...(redirect
      ? {
          requestRedirect: {
            ...optional('scheme', text(redirect.scheme)),
            ...optional('hostname', text(redirect.hostname)),
            ...optional('path', pathModifierFrom(redirect.path)),
            ...optional('port', integer(redirect.port)),
            statusCode: integer(redirect.statusCode) ?? 302,
          },
        }
      : {}),
    ...(rewrite
      ? {
          urlRewrite: {
            ...optional('hostname', text(rewrite.hostname)),
            ...optional('path', pathModifierFrom(rewrite.path)),
          },
        }
      : {}),
    ...(mirror
      ? {
          requestMirror: {
            backendRef: objectRefFrom(obj(mirror.backendRef)),
            ...optional('percent', integer(mirror.percent)),
            ...(fraction
              ? {
                  fraction: {
                    numerator: integer(fraction.numerator) ?? 0,
                    denominator: integer(fraction.denominator) ?? 100,
                  },
                }
              : {}),
          },
        }
      : {}),
    ...(extension
      ? { extensionRef: { group: str(extension.group), kind: str(extension.kind), name: str(extension.name) } }
      : {}),
  };
}

function backendRefFrom(ref: Obj): HTTPBackendRefModel {
  return {
    ...objectRefFrom(ref),
    weight: integer(ref.weight) ?? 1,
    filters: arr(ref.filters).map((f) => filterFrom(obj(f))),
  };
}

function referenceGrantFrom(object: ManifestObject, spec: Obj): ReferenceGrantModel {
  return {
    namespace: namespaceOf(object),
    name: object.name,
    from: arr(spec.from).map((f) => ({
      group: str(obj(f).group),
      kind: str(obj(f).kind),
      namespace: str(obj(f).namespace),
    })),
    to: arr(spec.to).map((t) => ({
      group: str(obj(t).group),
      kind: str(obj(t).kind),
      ...optional('name', text(obj(t).name)),
    })),
    source: object.source,
  };
}
