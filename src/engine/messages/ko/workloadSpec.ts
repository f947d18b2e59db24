// Deployment and ReplicaSet validation hints (validate/apps/workloads.ts), shown beside the API server's English message.
import type { MessageTable } from '../table';

export const workloadSpec = {
  'workloadSpec.replicasNegative': 'replicas는 0 이상이어야 합니다.',
  'workloadSpec.selectorMismatch':
    'selector가 template의 labels와 맞지 않습니다: selector.matchLabels의 키와 값이 template.metadata.labels에도 똑같이 있어야 합니다.',
  'workloadSpec.selectorEmpty':
    'selector가 비어 있으면 모든 pod를 고르게 되므로 허용되지 않습니다: matchLabels를 적으세요.',
  'workloadSpec.selectorUnreadable':
    'selector를 읽을 수 없어 template의 labels와 비교하지 못합니다: 위의 selector 오류부터 고치세요.',
  'workloadSpec.restartPolicy':
    'Deployment와 ReplicaSet의 pod는 항상 다시 시작되어야 하니 restartPolicy는 Always만 쓸 수 있습니다.',
  'workloadSpec.recreateRollingUpdate': 'Recreate 전략에는 rollingUpdate 설정이 쓰이지 않으니 지우세요.',
  'workloadSpec.bothZero':
    'maxUnavailable과 maxSurge가 둘 다 0이면 롤링 업데이트가 진행될 수 없으니 하나는 0보다 크게 하세요.',
  'workloadSpec.selectorRequired': (p: { kind: string }) =>
    `apps/v1 ${p.kind}에는 selector가 꼭 있어야 합니다: template의 labels와 같은 matchLabels를 적으세요.`,
  'workloadSpec.strategyType': (p: { type: string }) =>
    `strategy.type은 RollingUpdate나 Recreate만 쓸 수 있습니다: ${p.type}은 지원되지 않습니다.`,
  'workloadSpec.intOrPercent': (p: { path: string }) => `${p.path}는 1 같은 정수나 25% 같은 백분율이어야 합니다.`,
} satisfies MessageTable;
