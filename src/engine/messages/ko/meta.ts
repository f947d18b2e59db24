// ObjectMeta and label selector validation hints (validate/meta.ts), shown beside the API server's English message.
import type { MessageTable } from '../table';

export const meta = {
  'meta.nameRequired': 'metadata.name이 없습니다: 객체마다 이름이 있어야 하니 metadata 아래에 name을 적으세요.',
  'meta.nameFormat': '이름에는 영문 소문자, 숫자, 하이픈(-)만 쓰고 영문자나 숫자로 시작하고 끝나야 합니다.',
  'meta.nameDots': '이 이름에는 점(.)을 쓸 수 없으니 하이픈(-)으로 바꾸세요.',
  'meta.nameTooLong': '이름이 너무 깁니다: 메시지의 길이 제한 안으로 줄이세요.',
  'meta.labelValue':
    '레이블 값은 63자 이하의 영문자, 숫자, -, _, . 로만 쓰고 영문자나 숫자로 시작하고 끝나야 합니다(빈 값은 허용).',
  'meta.labelKey':
    '레이블 키는 "접두사/이름" 형식이며 이름은 63자 이하의 영문자, 숫자, -, _, . 로 쓰고 영문자나 숫자로 시작하고 끝나야 합니다.',
  'meta.annotationKey': '애너테이션 키는 "접두사/이름" 형식의 qualified name이어야 합니다.',
  'meta.annotationsTooLong': '애너테이션 전체 크기는 256KiB를 넘을 수 없으니 긴 값을 줄이세요.',
  'meta.valuesRequired': 'In/NotIn 연산자에는 비교할 values 목록을 하나 이상 적어야 합니다.',
  'meta.valuesForbidden': 'Exists/DoesNotExist 연산자는 키만 보므로 values를 지우세요.',
  'meta.operator': 'operator에는 In, NotIn, Exists, DoesNotExist 중 하나를 쓰세요(대소문자 구분).',
} satisfies MessageTable;
