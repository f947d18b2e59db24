// Port number, name and protocol hints shared by Pods, Services and NetworkPolicies (validate/core/ports.ts).
import type { MessageTable } from '../table';

export const portSpec = {
  'portSpec.nameFormat':
    '포트 이름은 IANA 서비스 이름 규칙을 따릅니다: 15자 이하의 영문 소문자, 숫자, 하이픈이며 영문자가 하나는 있어야 합니다.',
  'portSpec.number': (p: { path: string }) => `${p.path}에는 1부터 65535 사이의 포트 번호를 쓰세요.`,
  'portSpec.protocol': (p: { caseOnly: boolean }) =>
    `protocol에는 TCP, UDP, SCTP 중 하나를 대문자로 쓰세요${p.caseOnly ? ' (대소문자 구분)' : ''}.`,
} satisfies MessageTable;
