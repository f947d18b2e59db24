// Ingresses: pkg/apis/networking/validation ValidateIngressSpec, validateIngressRules, validateHTTPIngressPath,
// validateIngressBackend, validateIngressTLS, and ValidateIngressCreate's ingress.class annotation check.
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
        'Ingress에는 rules나 defaultBackend 중 하나는 있어야 요청을 보낼 곳이 생깁니다.',
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
        'kubernetes.io/ingress.class 애너테이션과 ingressClassName이 다릅니다: 옛 애너테이션을 지우고 ingressClassName만 쓰세요.',
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
          'Ingress의 host에는 IP 주소가 아니라 shop.example.com 같은 DNS 이름을 쓰세요.',
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
        host.includes('*')
          ? '와일드카드 host는 *.example.com처럼 맨 앞 한 자리에만 *를 쓸 수 있습니다.'
          : 'host에는 영문 소문자, 숫자, 하이픈, 점으로 된 DNS 이름만 쓸 수 있습니다(포트 번호나 경로는 넣지 않습니다).',
      ),
    );
  }
  if (isSet(rule.http)) {
    const http = obj(rule.http);
    const paths = arr(http.paths);
    const pathsPath = path.children('http', 'paths');
    if (paths.length === 0) out.push(errors.required(pathsPath, '', 'http 규칙에는 paths가 하나 이상 있어야 합니다.'));
    paths.forEach((raw, i) => append(out, validatePath(obj(raw), pathsPath.index(i))));
  }
  return out;
}

function validatePath(p: Obj, path: FieldPath): FieldError[] {
  const out: FieldError[] = [];
  if (!isSet(p.pathType)) {
    return [
      errors.required(
        path.child('pathType'),
        'pathType must be specified',
        'networking.k8s.io/v1 Ingress의 경로마다 pathType(Prefix, Exact, ImplementationSpecific)을 적어야 합니다.',
      ),
    ];
  }
  const pathType = str(p.pathType);
  const value = str(p.path);
  const valuePath = path.child('path');
  if (pathType === 'Exact' || pathType === 'Prefix') {
    if (!value.startsWith('/'))
      out.push(
        errors.invalid(
          valuePath,
          value,
          'must be an absolute path',
          'path는 /로 시작하는 절대 경로여야 합니다(예: /watch).',
        ),
      );
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
      out.push(
        errors.invalid(
          valuePath,
          value,
          'must be an absolute path',
          'path는 /로 시작하는 절대 경로여야 합니다(예: /watch).',
        ),
      );
  } else {
    out.push(
      errors.notSupported(
        path.child('pathType'),
        pathType,
        pathTypes,
        'pathType에는 Exact, Prefix, ImplementationSpecific 중 하나를 대소문자까지 똑같이 쓰세요.',
      ),
    );
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
      errors.invalid(
        path,
        '',
        'cannot set both resource and service backends',
        'backend에는 service와 resource 중 하나만 쓰세요.',
      ),
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
      errors.invalid(
        path,
        '',
        'resource or service backend is required',
        'backend에는 요청을 받을 service(name과 port)를 적으세요.',
      ),
    ];
  }
  const service = obj(backend.service);
  const name = str(service.name);
  const namePath = path.children('service', 'name');
  if (name === '')
    out.push(errors.required(namePath, '', 'backend.service.name에 요청을 받을 Service 이름을 적으세요.'));
  else
    append(
      out,
      errors.invalidEach(
        namePath,
        name,
        isDNS1035Label(name),
        'Service 이름은 영문 소문자로 시작하는 DNS-1035 label이어야 합니다.',
      ),
    );
  const port = obj(service.port);
  const portName = str(port.name);
  const portNumber = num(port.number);
  if (portName !== '' && portNumber !== 0) {
    out.push(
      errors.invalid(
        path,
        '',
        'cannot set both port name & port number',
        'backend.service.port에는 name과 number 중 하나만 쓰세요.',
      ),
    );
  } else if (portName !== '') {
    append(
      out,
      errors.invalidEach(path.children('service', 'port', 'name'), portName, isValidPortName(portName), portNameHint()),
    );
  } else if (portNumber !== 0) {
    append(out, errors.invalidEach(path.children('service', 'port', 'number'), portNumber, isValidPortNum(portNumber)));
  } else {
    out.push(
      errors.required(
        path,
        'port name or number is required',
        'backend.service.port에 Service의 포트 번호(number)나 이름(name)을 적으세요.',
      ),
    );
  }
  return out;
}
