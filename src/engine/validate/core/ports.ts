// Port checks shared by Pods, Services and NetworkPolicies (pkg/apis/core/validation).
import * as errors from '../errors';
import type { FieldError } from '../errors';
import { isValidPortName, isValidPortNum } from '../names';
import type { FieldPath } from '../path';

/** supportedPortProtocols, sorted as sets.List returns them. */
export const portProtocols = ['SCTP', 'TCP', 'UDP'] as const;

export function portNumberHint(path: FieldPath): string {
  return `${path.toString()}에는 1부터 65535 사이의 포트 번호를 쓰세요.`;
}

export function portNameHint(): string {
  return '포트 이름은 IANA 서비스 이름 규칙을 따릅니다: 15자 이하의 영문 소문자, 숫자, 하이픈이며 영문자가 하나는 있어야 합니다.';
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
        `protocol에는 TCP, UDP, SCTP 중 하나를 대문자로 쓰세요${protocol.toUpperCase() !== protocol ? ' (대소문자 구분)' : ''}.`,
      ),
    ];
  }
  return [];
}
