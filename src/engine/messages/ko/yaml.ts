// YAML reading hints (yaml/parse.ts, yaml/count.ts), shown beside kubectl's go-yaml message. Counts come
// already formatted (yaml/count.ts formatCount), as kubectl prints them.
import type { MessageTable } from '../table';

export const yaml = {
  'yaml.controlCharacter': (p: { line: number; codePoint: string }) =>
    `${p.line}번째 줄에 보이지 않는 제어 문자(U+${p.codePoint})가 있습니다: 그 글자를 지우고 다시 입력하세요.`,
  'yaml.selfContainingAlias': (p: { anchor: string }) =>
    `별칭 *${p.anchor}가 자기를 정의하는 앵커 &${p.anchor} 안에 있어 값이 끝없이 이어집니다: 별칭을 앵커 밖으로 옮기거나 값을 직접 적으세요.`,
  'yaml.notJson': '이 값은 kubectl이 YAML을 JSON으로 바꿀 때 거부됩니다: 문자열이라면 따옴표로 감싸세요.',
  'yaml.excessiveAliasing': '별칭(alias)이 너무 많이 펼쳐집니다: 앵커(&)와 별칭(*) 대신 값을 직접 적으세요.',
  'yaml.tooLarge': (p: { bytes: string; limit: string }) =>
    `텍스트가 UTF-8로 ${p.bytes}바이트 이상이라 API 서버의 요청 한도(3MiB = ${p.limit}바이트)를 넘습니다: 매니페스트를 나눠서 확인하세요.`,
  'yaml.tabIndent': 'YAML 들여쓰기에는 탭을 쓸 수 없습니다: 스페이스로 들여 쓰세요.',
  'yaml.badIndent': '들여쓰기가 어긋났습니다: 같은 단계의 키는 같은 칸에서 시작해야 합니다.',
  'yaml.implicitKey': '키 뒤의 콜론(:)과 들여쓰기를 확인하세요.',
  'yaml.exhausted': '중첩이 너무 깊거나 커서 읽기를 멈췄습니다: 매니페스트 구조를 확인하세요.',
  'yaml.syntax': 'YAML 문법 오류입니다: 표시된 줄의 들여쓰기, 콜론, 따옴표를 확인하세요.',
  'yaml.duplicateKey': (p: { key: string }) =>
    `키 "${p.key}"가 같은 곳에 두 번 나옵니다: kubectl apply -f는 마지막 값만 조용히 남기고(-k는 거부합니다) 앞의 값은 버리므로 하나로 합치세요.`,
  'yaml.more': (p: { count: string }) => `같은 종류의 문제가 ${p.count}곳 더 있습니다: 위의 것부터 고치세요.`,
} satisfies MessageTable;
