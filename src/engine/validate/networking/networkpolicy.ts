// NetworkPolicies: pkg/apis/networking/validation ValidateNetworkPolicySpec, ValidateNetworkPolicyPort,
// ValidateNetworkPolicyPeer, ValidateIPBlock.
import * as errors from '../errors';
import type { FieldError } from '../errors';
import { validateLabelSelector } from '../meta';
import { cidrAmbiguity, isValidPortName, isValidPortNum, validCIDRMessage } from '../names';
import { cidrContains, parseCIDRSloppy } from '../../net/address';
import type { FieldPath } from '../path';
import { arr, isSet, obj, str } from '../../values';
import type { Obj } from '../../values';
import { portNameHint } from '../core/ports';
import { append } from '../../list';

const protocols = ['TCP', 'UDP', 'SCTP'];

export function validateNetworkPolicySpec(spec: Obj, specPath: FieldPath): FieldError[] {
  const out = validateLabelSelector(spec.podSelector, specPath.child('podSelector'));
  for (const [direction, peers] of [
    ['ingress', 'from'],
    ['egress', 'to'],
  ] as const) {
    arr(spec[direction]).forEach((raw, i) => {
      const rule = obj(raw);
      const rulePath = specPath.child(direction).index(i);
      arr(rule.ports).forEach((p, j) => append(out, validatePort(obj(p), rulePath.child('ports').index(j))));
      arr(rule[peers]).forEach((p, j) => append(out, validatePeer(obj(p), rulePath.child(peers).index(j))));
    });
  }
  const types = arr(spec.policyTypes);
  if (types.length > 2) {
    out.push(
      errors.invalid(specPath.child('policyTypes'), errors.asJson(types), 'may not specify more than two policyTypes'),
    );
    return out;
  }
  types.forEach((t, i) => {
    if (t !== 'Ingress' && t !== 'Egress') {
      out.push(
        errors.notSupported(
          specPath.child('policyTypes').index(i),
          str(t),
          ['Ingress', 'Egress'],
          'policyTypes에는 Ingress와 Egress만 쓸 수 있습니다(대소문자 구분).',
        ),
      );
    }
  });
  return out;
}

function validatePort(port: Obj, path: FieldPath): FieldError[] {
  const out: FieldError[] = [];
  if (isSet(port.protocol) && !protocols.includes(str(port.protocol))) {
    out.push(
      errors.notSupported(
        path.child('protocol'),
        str(port.protocol),
        protocols,
        'protocol에는 TCP, UDP, SCTP 중 하나를 대문자로 쓰세요.',
      ),
    );
  }
  const endPort = port.endPort;
  if (typeof port.port === 'number') {
    append(out, errors.invalidEach(path.child('port'), port.port, isValidPortNum(port.port)));
    if (typeof endPort === 'number') {
      if (endPort < port.port) {
        out.push(
          errors.invalid(
            path.child('endPort'),
            endPort,
            'must be greater than or equal to `port`',
            'endPort는 범위의 끝이므로 port보다 크거나 같아야 합니다.',
          ),
        );
      }
      append(out, errors.invalidEach(path.child('endPort'), endPort, isValidPortNum(endPort)));
    }
  } else if (typeof port.port === 'string') {
    if (typeof endPort === 'number') {
      out.push(
        errors.invalid(
          path.child('endPort'),
          endPort,
          'may not be specified when `port` is non-numeric',
          'endPort는 숫자 port와만 함께 쓸 수 있습니다: 이름 붙은 포트에는 범위를 줄 수 없습니다.',
        ),
      );
    }
    append(out, errors.invalidEach(path.child('port'), port.port, isValidPortName(port.port), portNameHint()));
  } else if (typeof endPort === 'number') {
    out.push(
      errors.invalid(
        path.child('endPort'),
        endPort,
        'may not be specified when `port` is not specified',
        'endPort를 쓰려면 범위의 시작인 port도 적으세요.',
      ),
    );
  }
  return out;
}

function validatePeer(peer: Obj, path: FieldPath): FieldError[] {
  const out: FieldError[] = [];
  let count = 0;
  if (isSet(peer.podSelector)) {
    count++;
    append(out, validateLabelSelector(peer.podSelector, path.child('podSelector')));
  }
  if (isSet(peer.namespaceSelector)) {
    count++;
    append(out, validateLabelSelector(peer.namespaceSelector, path.child('namespaceSelector')));
  }
  if (isSet(peer.ipBlock)) {
    count++;
    append(out, validateIPBlock(obj(peer.ipBlock), path.child('ipBlock')));
  }
  if (count === 0) {
    out.push(
      errors.required(
        path,
        'must specify a peer',
        'from/to 항목에는 podSelector, namespaceSelector, ipBlock 중 하나 이상을 적으세요.',
      ),
    );
  } else if (count > 1 && isSet(peer.ipBlock)) {
    out.push(
      errors.forbidden(
        path,
        'may not specify both ipBlock and another peer',
        'ipBlock은 다른 selector와 한 항목에 같이 쓸 수 없으니 "- "로 나눠 별도 항목으로 쓰세요.',
      ),
    );
  }
  return out;
}

function validateIPBlock(block: Obj, path: FieldPath): FieldError[] {
  const cidrText = str(block.cidr);
  if (cidrText === '')
    return [errors.required(path.child('cidr'), '', 'ipBlock에는 10.0.0.0/16 같은 cidr이 있어야 합니다.')];
  const cidr = parseCIDRSloppy(cidrText);
  if (!cidr)
    return [
      errors.invalid(
        path.child('cidr'),
        cidrText,
        validCIDRMessage,
        'cidr은 10.0.0.0/16처럼 주소/접두사 길이 형식으로 쓰세요.',
      ),
    ];
  const out: FieldError[] = [];
  append(out, ambiguityWarning(cidrText, path.child('cidr')));
  arr(block.except).forEach((raw, i) => {
    const text = str(raw);
    const exceptPath = path.child('except').index(i);
    const except = parseCIDRSloppy(text);
    if (!except) {
      out.push(errors.invalid(exceptPath, text, validCIDRMessage));
      return;
    }
    append(out, ambiguityWarning(text, exceptPath));
    if (!cidrContains(cidr, except) || cidr.prefix >= except.prefix) {
      out.push(
        errors.invalid(
          exceptPath,
          text,
          'must be a strict subset of `cidr`',
          'except에는 cidr 안에 들어가는 더 좁은 범위만 쓸 수 있습니다.',
        ),
      );
    }
  });
  return out;
}

/** The API server accepts these legacy CIDR fields with host bits set, and warns. */
function ambiguityWarning(value: string, path: FieldPath): FieldError[] {
  const message = cidrAmbiguity(value);
  if (!message) return [];
  return [
    errors.warning(
      'Invalid',
      path,
      message,
      'CIDR의 호스트 부분에 비트가 남아 있어 뜻이 모호합니다: 대역이라면 네트워크 주소(예: 10.0.0.0/16)로, 주소 하나라면 /32로 쓰세요.',
    ),
  ];
}
