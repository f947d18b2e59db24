// IngressClasses: pkg/apis/networking/validation validateIngressClassSpec and IsDomainPrefixedPath.
import { message } from '../../messages';
import * as errors from '../errors';
import type { FieldError } from '../errors';
import { byteLength, isDNS1123Label, isDNS1123Subdomain, regexError } from '../names';
import type { FieldPath } from '../path';
import { isSet, obj, str } from '../../values';
import type { Obj } from '../../values';
import { append } from '../../list';

const httpPathFmt = "[A-Za-z0-9/\\-._~%!$&'()*+,;=:]+";
const httpPath = new RegExp(`^${httpPathFmt}$`);
const scopes = ['Cluster', 'Namespace'];

export function validateIngressClassSpec(spec: Obj, specPath: FieldPath): FieldError[] {
  const out: FieldError[] = [];
  const controller = str(spec.controller);
  const controllerPath = specPath.child('controller');
  if (controller === '') {
    out.push(errors.required(controllerPath, '', message('ingressSpec.classControllerRequired')));
  } else {
    if (byteLength(controller) > 250) out.push(errors.tooLong(controllerPath, 250));
    append(out, domainPrefixedPath(controllerPath, controller));
  }
  if (isSet(spec.parameters)) append(out, validateParameters(obj(spec.parameters), specPath.child('parameters')));
  return out;
}

/** validation.IsDomainPrefixedPath: "acme.io/foo". */
function domainPrefixedPath(path: FieldPath, value: string): FieldError[] {
  const slash = value.indexOf('/');
  const host = slash < 0 ? value : value.slice(0, slash);
  const rest = slash < 0 ? '' : value.slice(slash + 1);
  if (slash < 0 || host === '' || rest === '') {
    return [
      errors.invalid(
        path,
        value,
        'must be a domain-prefixed path (such as "acme.io/foo")',
        message('ingressSpec.classControllerFormat'),
      ),
    ];
  }
  const out = errors.invalidEach(path, host, isDNS1123Subdomain(host));
  if (!httpPath.test(rest)) out.push(errors.invalid(path, rest, regexError('Invalid path', httpPathFmt)));
  return out;
}

function validateParameters(params: Obj, path: FieldPath): FieldError[] {
  const out: FieldError[] = [];
  if (typeof params.apiGroup === 'string')
    append(out, errors.invalidEach(path.child('apiGroup'), params.apiGroup, isDNS1123Subdomain(params.apiGroup)));
  if (str(params.kind) === '') out.push(errors.required(path.child('kind')));
  if (str(params.name) === '') out.push(errors.required(path.child('name')));
  if (!isSet(params.scope)) {
    out.push(errors.required(path.child('scope')));
    return out;
  }
  const scope = str(params.scope);
  if (!scopes.includes(scope)) out.push(errors.notSupported(path.child('scope'), scope, scopes));
  else if (scope === 'Namespace') {
    if (!isSet(params.namespace))
      out.push(errors.required(path.child('namespace'), "`parameters.scope` is set to 'Namespace'"));
    else
      append(
        out,
        errors.invalidEach(path.child('namespace'), str(params.namespace), isDNS1123Label(str(params.namespace))),
      );
  } else if (isSet(params.namespace)) {
    out.push(errors.forbidden(path.child('namespace'), "`parameters.scope` is set to 'Cluster'"));
  }
  return out;
}
