// The hint a field error carries when its validator gives none (validate/errors.ts), one per error type.
import type { MessageTable } from '../table';

type Path = { path: string };

export const fieldError = {
  'fieldError.required': (p: Path) => `${p.path} 값이 비어 있습니다: API 서버가 요구하는 필드이니 값을 채우세요.`,
  'fieldError.invalid': (p: Path) => `${p.path}의 값이 규칙에 맞지 않습니다: 메시지에 적힌 조건대로 값을 고치세요.`,
  'fieldError.notSupported': (p: Path) =>
    `${p.path}에는 나열된 값 중 하나만 쓸 수 있으니(대소문자 구분) 그중 하나로 고치세요.`,
  'fieldError.duplicate': (p: Path) => `${p.path} 값이 앞의 항목과 겹칩니다: 항목마다 다른 값을 쓰세요.`,
  'fieldError.forbidden': (p: Path) => `${p.path}는 지금 설정에서는 쓸 수 없으니 지우거나 메시지의 조건을 맞추세요.`,
  'fieldError.tooLong': (p: Path) => `${p.path}의 값이 너무 깁니다: 메시지에 적힌 길이 안으로 줄이세요.`,
  'fieldError.tooMany': (p: Path) => `${p.path}의 항목이 너무 많습니다: 메시지에 적힌 개수 안으로 줄이세요.`,
} satisfies MessageTable;
