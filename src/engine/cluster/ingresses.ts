// Ingress and IngressClass (networking.k8s.io/v1) as stored: rules as given, nothing invented.
import { message } from '../messages';
import type { IngressBackendModel, IngressClassModel, IngressModel, IngressPathModel } from '../model';
import { arr, integer, record, stringEntries, text } from '../values';
import { namespaceOf, type ManifestObject } from './objects';
import type { Recorder } from './recorder';

const PATH_TYPES = ['Exact', 'Prefix', 'ImplementationSpecific'] as const;

export function ingressFrom(object: ManifestObject, order: number, recorder: Recorder): IngressModel {
  const namespace = namespaceOf(object);
  const what = `Ingress ${namespace}/${object.name}`;
  const ingressClassName = text(object.spec.ingressClassName);
  const defaultBackend = backendFrom(object.spec.defaultBackend);
  const created = object.metadata.creationTimestamp;
  const creationTimestamp = created instanceof Date ? created.toISOString() : text(created);
  return {
    namespace,
    name: object.name,
    ...(ingressClassName ? { ingressClassName } : {}),
    annotations: stringEntries(object.metadata.annotations),
    ...(defaultBackend ? { defaultBackend } : {}),
    rules: arr(object.spec.rules).map((r, i) => {
      const rule = record(r) ?? {};
      const host = text(rule.host);
      const paths = arr(record(rule.http)?.paths).map((p, j) =>
        pathFrom(record(p) ?? {}, `spec.rules[${i}].http.paths[${j}]`, what, recorder),
      );
      return { ...(host ? { host } : {}), paths };
    }),
    tls: arr(object.spec.tls).map((t) => {
      const tls = record(t) ?? {};
      const secretName = text(tls.secretName);
      return {
        hosts: arr(tls.hosts).filter((h): h is string => typeof h === 'string'),
        ...(secretName ? { secretName } : {}),
      };
    }),
    ...(creationTimestamp ? { creationTimestamp } : {}),
    order,
    source: object.source,
  };
}

function pathFrom(path: Record<string, unknown>, field: string, what: string, recorder: Recorder): IngressPathModel {
  let pathType = text(path.pathType) as IngressPathModel['pathType'] | undefined;
  if (!pathType || !PATH_TYPES.includes(pathType)) {
    // networking/v1 has no default for pathType (validation requires it); ImplementationSpecific is what v1beta1 defaulted to.
    pathType = 'ImplementationSpecific';
    recorder.assume(what, `${field}.pathType`, pathType, message('cluster.pathType', { field }));
  }
  const value = text(path.path);
  return { ...(value !== undefined ? { path: value } : {}), pathType, backend: backendFrom(path.backend) ?? {} };
}

function backendFrom(value: unknown): IngressBackendModel | undefined {
  const backend = record(value);
  if (!backend) return undefined;
  const service = record(backend.service);
  const resource = record(backend.resource);
  const port = record(service?.port) ?? {};
  const number = integer(port.number);
  const portName = text(port.name);
  const apiGroup = text(resource?.apiGroup);
  return {
    ...(service
      ? {
          service: {
            name: text(service.name) ?? '',
            port: { ...(number !== undefined ? { number } : {}), ...(portName ? { name: portName } : {}) },
          },
        }
      : {}),
    ...(resource
      ? {
          resource: {
            ...(apiGroup ? { apiGroup } : {}),
            kind: text(resource.kind) ?? '',
            name: text(resource.name) ?? '',
          },
        }
      : {}),
  };
}

export function ingressClassFrom(object: ManifestObject): IngressClassModel {
  const annotations = stringEntries(object.metadata.annotations);
  return {
    name: object.name,
    controller: text(object.spec.controller) ?? '',
    isDefault: annotations['ingressclass.kubernetes.io/is-default-class'] === 'true',
  };
}
