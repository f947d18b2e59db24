// Ingresses: pkg/apis/networking/validation ValidateIngressSpec, validateIngressRules, validateHTTPIngressPath,
// validateIngressBackend, validateIngressTLS, and ValidateIngressCreate's ingress.class annotation check.
import { message } from '../../messages';
import * as errors from '../errors';
import type { FieldError } from '../errors';
import {
  isDNS1035Label,
  isDNS1123Subdomain,
  isValidPortName,
  isValidPortNum,
  isWildcardDNS1123Subdomain,
} from '../names';
import { parseIPSloppy } from '../../net/address';
import type { FieldPath } from '../path';
import { arr, isSet, num, obj, str, stringMap } from '../../values';
import type { Obj } from '../../values';
import { portNameHint } from '../core/ports';
import { append } from '../../list';

const pathTypes = ['Exact', 'ImplementationSpecific', 'Prefix'];
const invalidPathSequences = ['//', '/./', '/../', '%2f', '%2F'];
const invalidPathSuffixes = ['/..', '/.'];

export function validateIngress(object: Obj, root: FieldPath): FieldError[] {
  const out: FieldError[] = [];
  const spec = obj(object.spec);
  const specPath = root.child('spec');
  const rules = arr(spec.rules);
  if (rules.length === 0 && !isSet(spec.defaultBackend)) {
    out.push(
      errors.invalid(
        specPath,
        errors.asJson(null),
        'either `defaultBackend` or `rules` must be specified',
        message('ingressSpec.rulesOrDefault'),
      ),
    );
  }
  if (isSet(spec.defaultBackend))
    append(out, validateBackend(obj(spec.defaultBackend), specPath.child('defaultBackend')));
  rules.forEach((raw, i) => append(out, validateRule(obj(raw), specPath.child('rules').index(i))));
  arr(spec.tls).forEach((raw, i) => {
    const tls = obj(raw);
    arr(tls.hosts).forEach((h, j) => {
      const host = str(h);
      const msgs = host.includes('*') ? isWildcardDNS1123Subdomain(host) : isDNS1123Subdomain(host);
      append(out, errors.invalidEach(specPath.child('tls').index(i).child('hosts').index(j), host, msgs));
    });
    const secretName = str(tls.secretName);
    if (secretName !== '')
      append(
        out,
        errors.invalidEach(
          specPath.child('tls').index(i).child('secretName'),
          secretName,
          isDNS1123Subdomain(secretName),
        ),
      );
  });
  const className = spec.ingressClassName;
  if (typeof className === 'string') {
    append(out, errors.invalidEach(specPath.child('ingressClassName'), className, isDNS1123Subdomain(className)));
  }
  // ValidateIngressCreate prints this path as "annotations.kubernetes.io/ingress.class" (field.NewPath("annotations").Child(...)).
  const annotation = stringMap(obj(object.metadata).annotations)?.['kubernetes.io/ingress.class'];
  if (annotation !== undefined && typeof className === 'string' && annotation !== className) {
    out.push(
      errors.invalid(
        root
          .children('metadata', 'annotations')
          .at('kubernetes.io/ingress.class')
          .printedAs('annotations.kubernetes.io/ingress.class'),
        annotation,
        'must match `ingressClassName` when both are specified',
        message('ingressSpec.classAnnotation'),
      ),
    );
  }
  return out;
}

function validateRule(rule: Obj, path: FieldPath): FieldError[] {
  const out: FieldError[] = [];
  const host = str(rule.host);
  if (host !== '') {
    if (parseIPSloppy(host)) {
      out.push(
        errors.invalid(
          path.child('host'),
          host,
          'must be a DNS name, not an IP address',
          message('ingressSpec.hostIsIP'),
        ),
      );
    }
    const msgs = host.includes('*') ? isWildcardDNS1123Subdomain(host) : isDNS1123Subdomain(host);
    append(
      out,
      errors.invalidEach(
        path.child('host'),
        host,
        msgs,
        host.includes('*') ? message('ingressSpec.wildcardHost') : message('ingressSpec.hostFormat'),
      ),
    );
  }
  if (isSet(rule.http)) {
    const http = obj(rule.http);
    const paths = arr(http.paths);
    const pathsPath = path.children('http', 'paths');
    if (paths.length === 0) out.push(errors.required(pathsPath, '', message('ingressSpec.pathsRequired')));
    paths.forEach((raw, i) => append(out, validatePath(obj(raw), pathsPath.index(i))));
  }
  return out;
}

function validatePath(p: Obj, path: FieldPath): FieldError[] {
  const out: FieldError[] = [];
  if (!isSet(p.pathType)) {
    return [
      errors.required(path.child('pathType'), 'pathType must be specified', message('ingressSpec.pathTypeRequired')),
    ];
  }
  const pathType = str(p.pathType);
  const value = str(p.path);
  const valuePath = path.child('path');
  if (pathType === 'Exact' || pathType === 'Prefix') {
    if (!value.startsWith('/'))
      out.push(errors.invalid(valuePath, value, 'must be an absolute path', message('ingressSpec.absolutePath')));
    if (value.length > 0) {
      for (const seq of invalidPathSequences) {
        if (value.includes(seq)) out.push(errors.invalid(valuePath, value, `must not contain '${seq}'`));
      }
      for (const suffix of invalidPathSuffixes) {
        if (value.endsWith(suffix)) out.push(errors.invalid(valuePath, value, `cannot end with '${suffix}'`));
      }
    }
  } else if (pathType === 'ImplementationSpecific') {
    if (value.length > 0 && !value.startsWith('/'))
      out.push(errors.invalid(valuePath, value, 'must be an absolute path', message('ingressSpec.absolutePath')));
  } else {
    out.push(errors.notSupported(path.child('pathType'), pathType, pathTypes, message('ingressSpec.pathType')));
  }
  append(out, validateBackend(obj(p.backend), path.child('backend')));
  return out;
}

function validateBackend(backend: Obj, path: FieldPath): FieldError[] {
  const out: FieldError[] = [];
  const hasResource = isSet(backend.resource);
  const hasService = isSet(backend.service);
  if (hasResource && hasService) {
    return [
      errors.invalid(path, '', 'cannot set both resource and service backends', message('ingressSpec.backendOneOf')),
    ];
  }
  if (hasResource) {
    const resource = obj(backend.resource);
    if (str(resource.kind) === '') out.push(errors.required(path.children('resource', 'kind')));
    if (str(resource.name) === '') out.push(errors.required(path.children('resource', 'name')));
    return out;
  }
  if (!hasService) {
    return [
      errors.invalid(path, '', 'resource or service backend is required', message('ingressSpec.backendRequired')),
    ];
  }
  const service = obj(backend.service);
  const name = str(service.name);
  const namePath = path.children('service', 'name');
  if (name === '') out.push(errors.required(namePath, '', message('ingressSpec.serviceNameRequired')));
  else append(out, errors.invalidEach(namePath, name, isDNS1035Label(name), message('ingressSpec.serviceNameFormat')));
  const port = obj(service.port);
  const portName = str(port.name);
  const portNumber = num(port.number);
  if (portName !== '' && portNumber !== 0) {
    out.push(errors.invalid(path, '', 'cannot set both port name & port number', message('ingressSpec.portOneOf')));
  } else if (portName !== '') {
    append(
      out,
      errors.invalidEach(path.children('service', 'port', 'name'), portName, isValidPortName(portName), portNameHint()),
    );
  } else if (portNumber !== 0) {
    append(out, errors.invalidEach(path.children('service', 'port', 'number'), portNumber, isValidPortNum(portNumber)));
  } else {
    out.push(errors.required(path, 'port name or number is required', message('ingressSpec.portRequired')));
  }
  return out;
}
