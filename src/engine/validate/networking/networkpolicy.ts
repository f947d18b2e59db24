// NetworkPolicies: pkg/apis/networking/validation ValidateNetworkPolicySpec, ValidateNetworkPolicyPort,
// ValidateNetworkPolicyPeer, ValidateIPBlock.
import { message } from '../../messages';
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
          message('networkPolicySpec.policyTypes'),
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
      errors.notSupported(path.child('protocol'), str(port.protocol), protocols, message('networkPolicySpec.protocol')),
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
            message('networkPolicySpec.endPortOrder'),
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
          message('networkPolicySpec.endPortNamed'),
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
        message('networkPolicySpec.endPortWithoutPort'),
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
    out.push(errors.required(path, 'must specify a peer', message('networkPolicySpec.peerRequired')));
  } else if (count > 1 && isSet(peer.ipBlock)) {
    out.push(
      errors.forbidden(
        path,
        'may not specify both ipBlock and another peer',
        message('networkPolicySpec.ipBlockAlone'),
      ),
    );
  }
  return out;
}

function validateIPBlock(block: Obj, path: FieldPath): FieldError[] {
  const cidrText = str(block.cidr);
  if (cidrText === '') return [errors.required(path.child('cidr'), '', message('networkPolicySpec.cidrRequired'))];
  const cidr = parseCIDRSloppy(cidrText);
  if (!cidr)
    return [errors.invalid(path.child('cidr'), cidrText, validCIDRMessage, message('networkPolicySpec.cidrFormat'))];
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
          message('networkPolicySpec.exceptWithin'),
        ),
      );
    }
  });
  return out;
}

/** The API server accepts these legacy CIDR fields with host bits set, and warns. */
function ambiguityWarning(value: string, path: FieldPath): FieldError[] {
  const detail = cidrAmbiguity(value);
  if (!detail) return [];
  return [errors.warning('Invalid', path, detail, message('networkPolicySpec.hostBits'))];
}
