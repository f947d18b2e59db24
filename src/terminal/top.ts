// kubectl top pod|node (kubectl v0.34.1 pkg/cmd/top/top_pod.go, top_node.go): both ask the API server's
// discovery for metrics.k8s.io first. The course's cluster runs no metrics-server, so the answer is the
// one kubectl gives without it, whatever the pod or node asked for.
import { fail, type CommandOutput } from './output';
import type { Session } from './session';

const POD = ['pod', 'pods', 'po'];
const NODE = ['node', 'nodes', 'no'];

export function top(_session: Session, tokens: string[]): CommandOutput {
  const [sub] = tokens;
  if (sub !== undefined && (POD.includes(sub) || NODE.includes(sub))) return fail('error: Metrics API not available');
  return fail(
    '이 터미널의 kubectl top은 pod와 node만 압니다 (kubectl top pod, kubectl top node). 이 클러스터에는 metrics-server가 없어 둘 다 "error: Metrics API not available"로 끝납니다.',
  );
}
