// The last hop: from the node that decided, across the flat pod network, into a pod (or the host
// behind a selector-less endpoint). NetworkPolicies are checked here (see policyHop).
import type { NodeModel, PodModel } from '../model';
import type { RouteEndpoint } from '../types';
import type { Outcome, RouteContext } from './context';
import { policyHop } from './policyHop';
import { toward } from './korean';

/** `sourceSeen`: the source address the destination sees (`pod:NS/NAME`, or `ip:` after SNAT). */
export function deliverToEndpoints(
  ctx: RouteContext,
  endpoints: RouteEndpoint[],
  sourceSeen: string,
  node: NodeModel | undefined,
  via: string,
): Outcome {
  const { trace, lookup } = ctx;
  const allowed: RouteEndpoint[] = [];
  const denied: { endpoint: RouteEndpoint; reason: string }[] = [];
  for (const endpoint of endpoints) {
    const pod = endpoint.pod ? lookup.podsByRef.get(endpoint.pod) : undefined;
    const verdict = policyHop(ctx, sourceSeen, pod ? `pod:${endpoint.pod}` : `ip:${endpoint.ip}`, endpoint.port);
    if (verdict && !verdict.allowed) denied.push({ endpoint, reason: verdict.message });
    else allowed.push(endpoint);
    describeEndpoint(ctx, endpoint, pod, node, verdict?.allowed === false);
    if (verdict && verdict.policies.length > 0) trace.step(verdict.policies[0]!, 'policy', verdict.message);
  }
  if (allowed.length === 0) {
    const reason = denied.map((d) => d.reason).join(' ');
    trace.step(
      via,
      'policy',
      `보낼 수 있는 곳이 모두 NetworkPolicy로 막혀 패킷이 버려집니다(curl은 응답을 기다리다 시간 초과).`,
    );
    return { outcome: 'dropped', endpoints: [], reason };
  }
  if (denied.length > 0) {
    trace.step(
      via,
      'policy',
      `엔드포인트 ${endpoints.length}개 중 ${denied.length}개는 NetworkPolicy가 막습니다. 그 pod로 가면 응답이 없고, 나머지 ${allowed.length}개로 가면 응답을 받습니다.`,
    );
  }
  return { outcome: 'delivered', endpoints: allowed, path: ctx.url.path };
}

function describeEndpoint(
  ctx: RouteContext,
  endpoint: RouteEndpoint,
  pod: PodModel | undefined,
  node: NodeModel | undefined,
  denied: boolean,
): void {
  const { trace } = ctx;
  const mark = denied ? ' (NetworkPolicy가 막음)' : '';
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
