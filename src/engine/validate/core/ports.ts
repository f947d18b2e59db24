// Port checks shared by Pods, Services and NetworkPolicies (pkg/apis/core/validation).
import { message } from '../../messages';
import * as errors from '../errors';
import type { FieldError } from '../errors';
import { isValidPortName, isValidPortNum } from '../names';
import type { FieldPath } from '../path';

/** supportedPortProtocols, sorted as sets.List returns them. */
export const portProtocols = ['SCTP', 'TCP', 'UDP'] as const;

export function portNumberHint(path: FieldPath): string {
  return message('portSpec.number', { path: path.toString() });
}

export function portNameHint(): string {
  return message('portSpec.nameFormat');
}

/** ValidatePortNumOrName: an int is a port number, a string an IANA_SVC_NAME. */
export function validatePortNumOrName(port: unknown, path: FieldPath): FieldError[] {
  if (typeof port === 'number') {
    return errors.invalidEach(path, port, isValidPortNum(port), portNumberHint(path));
  }
  if (typeof port === 'string') {
    return errors.invalidEach(path, port, isValidPortName(port), portNameHint());
  }
  return [];
}

export function validateProtocol(protocol: string, path: FieldPath): FieldError[] {
  if (protocol === '') return [errors.required(path)];
  if (!(portProtocols as readonly string[]).includes(protocol)) {
    return [
      errors.notSupported(
        path,
        protocol,
        portProtocols,
        message('portSpec.protocol', { caseOnly: protocol.toUpperCase() !== protocol }),
      ),
    ];
  }
  return [];
}
