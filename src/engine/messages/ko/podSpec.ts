// Pod and container validation hints (validate/core/pod.ts), shown beside the API server's English message.
import type { MessageTable } from '../table';

export const podSpec = {
  'podSpec.containersRequired':
    'pod에는 containers가 하나 이상 있어야 합니다: 이름과 이미지를 가진 컨테이너를 적으세요.',
  'podSpec.containerRestartPolicy': '컨테이너 단위 restartPolicy는 initContainers에서만 쓸 수 있으니 지우세요.',
  'podSpec.containerNameRequired': '컨테이너마다 name이 있어야 합니다: 영문 소문자, 숫자, 하이픈으로 이름을 지으세요.',
  'podSpec.containerNameFormat': '컨테이너 이름은 영문 소문자, 숫자, 하이픈으로 된 63자 이하의 DNS label이어야 합니다.',
  'podSpec.containerNameDuplicate': '한 pod 안의 컨테이너 이름은 서로 달라야 합니다.',
  'podSpec.imageRequired': '컨테이너에는 실행할 image가 있어야 합니다(예: nginx).',
  'podSpec.envNameRequired': '환경 변수마다 name이 있어야 합니다.',
  'podSpec.portNameDuplicate': '한 컨테이너 안의 포트 이름은 서로 달라야 합니다.',
  'podSpec.containerPortRequired': '포트 항목에는 containerPort(컨테이너가 듣는 포트 번호)가 있어야 합니다.',
  'podSpec.hostNetworkPorts': 'hostNetwork를 쓰면 hostPort와 containerPort가 같아야 합니다.',
  'podSpec.hostPortDuplicate': '같은 노드 포트(hostPort)를 두 컨테이너가 쓸 수 없습니다.',
  'podSpec.probeOneOf': 'probe에는 exec, httpGet, tcpSocket, grpc 중 하나만 쓰세요.',
  'podSpec.probeRequired': 'probe에는 httpGet, tcpSocket, exec, grpc 중 하나로 검사 방법을 적으세요.',
  'podSpec.successThreshold': 'livenessProbe와 startupProbe의 successThreshold는 1이어야 합니다.',
  'podSpec.portDuplicate': (p: { other: string }) =>
    `같은 containerPort와 protocol이 ${p.other}에 이미 있습니다: 두 컨테이너가 한 pod에서 같은 포트를 들으면 하나는 시작하지 못하니 포트를 바꾸세요.`,
  'podSpec.portOverlap': (p: { other: string }) =>
    `같은 containerPort가 ${p.other}에도 선언되어 있습니다: 중복된 선언을 정리하세요.`,
} satisfies MessageTable;
