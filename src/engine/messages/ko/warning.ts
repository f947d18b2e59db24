// Warnings for what the API server accepts but leaves without traffic (validate/warnings.ts).
import type { MessageTable } from '../table';

export const warning = {
  'warning.policySelectsNothing':
    '이 podSelector에 맞는 pod가 같은 namespace에 없어 정책이 아무 pod에도 적용되지 않습니다: pod의 labels와 namespace를 확인하세요.',
  'warning.serviceSelectsNothing': (p: { selector: string }) =>
    `이 selector(${p.selector})에 맞는 labels를 가진 pod가 이 텍스트에 없어 Service가 요청을 보낼 곳이 없습니다: pod의 labels와 selector를 글자까지 맞추세요.`,
  'warning.namedTargetPort': (p: { target: string }) =>
    `targetPort "${p.target}"라는 이름의 포트를 선택된 컨테이너가 선언하지 않아 트래픽이 갈 곳이 없습니다: 컨테이너 ports의 name과 맞추거나 번호를 쓰세요.`,
  'warning.numberedTargetPort': (p: { target: number; declared: string }) =>
    `targetPort ${p.target}는 선택된 컨테이너가 선언한 포트(${p.declared})와 다릅니다: 컨테이너가 실제로 듣는 포트로 맞추세요.`,
} satisfies MessageTable;
