// Decoding hints (validate/shape.ts): a value of the wrong JSON type or a field the Go struct lacks, shown
// beside encoding/json's and the strict decoder's English message.
import type { MessageTable } from '../table';

type Path = { path: string };

export const shape = {
  'shape.intOrString': (p: Path) => `${p.path}에는 포트 번호(정수)나 포트 이름(문자열)만 쓸 수 있습니다.`,
  'shape.quantity': (p: Path) => `${p.path}에는 500m, 128Mi 같은 수량 표기를 쓰세요.`,
  'shape.boolAsString': (p: Path & { spelled: string }) =>
    `YAML 1.1에서 ${p.spelled} 같은 값은 불리언이 되므로 ${p.path}에 문자열을 쓰려면 따옴표로 감싸세요.`,
  'shape.numberAsString': (p: Path) => `${p.path}는 문자열이어야 하니 숫자처럼 보이는 값은 따옴표로 감싸세요.`,
  'shape.stringAsInt': (p: Path) => `${p.path}는 정수여야 하니 따옴표를 빼고 숫자만 쓰세요.`,
  'shape.list': (p: Path) => `${p.path}는 목록이어야 하니 항목마다 "- "로 시작하게 쓰세요.`,
  'shape.object': (p: Path) => `${p.path} 아래에는 "키: 값" 형태의 필드가 와야 합니다.`,
  'shape.type': (p: Path) => `${p.path}의 값 형식이 스키마와 다릅니다: 메시지의 Go 타입에 맞는 값을 쓰세요.`,
  'shape.unknownFieldMeant': (p: { struct: string; name: string; close: string }) =>
    `${p.struct}에는 "${p.name}" 필드가 없습니다: "${p.close}"를 쓰려던 것이라면 철자를 고치세요.`,
  'shape.unknownField': (p: { struct: string; name: string }) =>
    `${p.struct}에는 "${p.name}" 필드가 없습니다: 철자와 들여쓰기(어느 필드 아래에 있는지)를 확인하세요.`,
} satisfies MessageTable;
