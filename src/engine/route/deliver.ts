// The last hop: from the node that decided, across the flat pod network, into a pod (or the host
// behind a selector-less endpoint). NetworkPolicies are checked here (see policyHop), then whether
// anything in the pod listens on the port (cluster/listening.ts): a SYN to a closed port gets a RST.
import { accepts, listeningPorts } from '../cluster/listening';
import type { NodeModel, PodModel } from '../model';
import type { RouteEndpoint } from '../types';
import type { Outcome, RouteContext } from './context';
import { policyHop } from './policyHop';
import { subject, topic, toward } from './korean';

/**
 * `sourceSeen`: the source address the destination sees (`pod:NS/NAME`, or `ip:` after SNAT).
 * `portKind`: what the endpoint port is to the learner — the Service's `targetPort`, or the `port` asked.
 */
export function deliverToEndpoints(
  ctx: RouteContext,
  endpoints: RouteEndpoint[],
  sourceSeen: string,
  node: NodeModel | undefined,
  via: string,
  portKind: 'targetPort' | 'port' = 'port',
): Outcome {
  const { trace, lookup } = ctx;
  const open: RouteEndpoint[] = [];
  const closed: { endpoint: RouteEndpoint; reason: string }[] = [];
  const denied: { endpoint: RouteEndpoint; reason: string }[] = [];
  for (const endpoint of endpoints) {
    const pod = endpoint.pod ? lookup.podsByRef.get(endpoint.pod) : undefined;
    const verdict = policyHop(ctx, sourceSeen, pod ? `pod:${endpoint.pod}` : `ip:${endpoint.ip}`, endpoint.port);
    const blocked = verdict?.allowed === false;
    const listening = pod && !blocked ? listenCheck(ctx, pod, endpoint.port, via, portKind) : undefined;
    describeEndpoint(ctx, endpoint, pod, node, blocked ? ' (NetworkPolicy가 막음)' : listening ? ' (연결 거부)' : '');
    const [policy] = verdict?.policies ?? [];
    if (verdict && policy) trace.step(policy, 'policy', verdict.message);
    if (blocked) denied.push({ endpoint, reason: verdict.message });
    else if (listening) closed.push({ endpoint, reason: listening });
    else open.push(endpoint);
  }
  if (open.length === 0 && closed.length === 0) {
    const reason = denied.map((d) => d.reason).join(' ');
    trace.step(
      via,
      'policy',
      `보낼 수 있는 곳이 모두 NetworkPolicy로 막혀 패킷이 버려집니다(curl은 응답을 기다리다 시간 초과).`,
    );
    return { outcome: 'dropped', endpoints: [], reason };
  }
  if (open.length === 0) {
    const reason = closed.map((c) => c.reason).join(' ');
    return { outcome: 'refused', endpoints: closed.map((c) => c.endpoint), reason };
  }
  if (denied.length > 0) {
    trace.step(
      via,
      'policy',
      `엔드포인트 ${endpoints.length}개 중 ${denied.length}개는 NetworkPolicy가 막습니다. 그 pod로 가면 응답이 없고, 나머지 ${open.length + closed.length}개로 가면 응답을 받습니다.`,
    );
  }
  if (closed.length > 0) {
    trace.step(
      via,
      'endpoint',
      `엔드포인트 ${endpoints.length}개 중 ${closed.length}개는 그 포트에서 듣지 않아 연결을 거부합니다(curl (7)). 요청은 그때그때 고른 pod에 따라 성공하거나 거부됩니다.`,
    );
  }
  return { outcome: 'delivered', endpoints: open, path: ctx.url.path };
}

/** undefined when the pod accepts the connection; else why it refuses, naming the mismatch. */
function listenCheck(
  ctx: RouteContext,
  pod: PodModel,
  port: number,
  via: string,
  portKind: 'targetPort' | 'port',
): string | undefined {
  const ref = `Pod ${pod.namespace}/${pod.name}`;
  const verdict = accepts(pod, port);
  if (verdict === 'yes') return undefined;
  if (verdict === 'assumed') {
    const images = listeningPorts(pod)
      .unknown.map((u) => u.image || '이미지 미상')
      .join(', ');
    ctx.trace.step(
      ref,
      'assumption',
      `가정: pod ${pod.name}의 이미지(${images})가 어느 포트에서 듣는지 알 수 없고 containerPort도 없어, 요청한 포트 ${port}에서 듣는다고 보았습니다.`,
    );
    return undefined;
  }
  const known = listeningPorts(pod).known;
  const where = known.length > 0 ? `${known.join(', ')}에서만 수신합니다` : '어느 포트에서도 듣지 않습니다';
  const asked = via.startsWith('Service ') && portKind === 'targetPort' ? `${via} targetPort ${port}` : `포트 ${port}`;
  const reason = `${asked} → pod ${topic(pod.name)} ${where}. ${subject(String(port))} 열려 있지 않아 pod의 커널이 연결을 거부합니다(TCP RST → curl (7) Could not connect to server).`;
  ctx.trace.step(ref, 'pod', reason);
  return reason;
}

function describeEndpoint(
  ctx: RouteContext,
  endpoint: RouteEndpoint,
  pod: PodModel | undefined,
  node: NodeModel | undefined,
  mark: string,
): void {
  const { trace } = ctx;
  if (!pod) {
    trace.step(
      `Endpoint ${endpoint.ip}:${endpoint.port}`,
      'endpoint',
      `→ ${endpoint.ip}:${endpoint.port} (pod가 아닌 주소, EndpointSlice에 적힌 그대로)${mark}`,
    );
    return;
  }
  trace.touch(`Node ${pod.nodeName}`);
  if (pod.owner) trace.touch(pod.owner);
  const hop = node && node.name !== pod.nodeName ? `, ${node.name}에서 ${toward(pod.nodeName)} 노드 사이를 건너감` : '';
  const state = pod.terminating ? ', 종료 중' : pod.ready ? '' : ', Ready 아님';
  trace.step(
    `Pod ${pod.namespace}/${pod.name}`,
    'pod',
    `→ pod ${pod.namespace}/${pod.name} (${endpoint.ip}:${endpoint.port}, ${pod.nodeName}${state}${hop})${mark}`,
  );
}
