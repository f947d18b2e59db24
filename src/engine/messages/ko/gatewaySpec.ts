// Gateway API validation hints (validate/gateway/): the CRDs' structural schema and CEL rules, shown beside
// the API server's English message. `gatewaySpec.type.*` name a JSON type for `gatewaySpec.wrongType`.
import type { MessageTable } from '../table';

type Where = { where: string };

export const gatewaySpec = {
  'gatewaySpec.specRequired': (p: { kind: string }) =>
    `${p.kind}에는 spec이 있어야 합니다: spec 아래에 필요한 필드를 적으세요.`,
  'gatewaySpec.unknownField': (p: { where: string; name: string; known: string }) =>
    `${p.where || '객체'}에는 "${p.name}" 필드가 없습니다: CRD 스키마(${p.known})에서 철자와 들여쓰기를 확인하세요.`,
  'gatewaySpec.celSkipped': 'CRD의 CEL 규칙은 위의 오류를 고친 뒤에야 검사됩니다: 먼저 위의 오류를 고치세요.',
  'gatewaySpec.wrongType': (p: Where & { expected: string; actual: string }) =>
    `${p.where}에는 ${p.expected} 값을 써야 합니다(지금은 ${p.actual}).`,
  'gatewaySpec.type.string': '문자열',
  'gatewaySpec.type.integer': '정수',
  'gatewaySpec.type.number': '숫자',
  'gatewaySpec.type.boolean': '불리언',
  'gatewaySpec.type.array': '목록',
  'gatewaySpec.type.object': '맵(키: 값)',
  'gatewaySpec.pattern': (p: Where) =>
    `${p.where}의 값이 CRD가 정한 형식(메시지의 정규식)에 맞지 않습니다: 소문자, 숫자, '-', '.' 같은 허용된 글자만 쓰세요.`,
  'gatewaySpec.cel': (p: Where & { rule: string }) =>
    `${p.where}: Gateway API CRD의 검증 규칙(CEL)에 걸렸습니다 — "${p.rule}". 규칙에 맞게 고치세요.`,
} satisfies MessageTable;
