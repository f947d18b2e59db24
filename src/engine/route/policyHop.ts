// NetworkPolicy on the hop into a destination pod and out of a source pod: both the source's egress and
// the destination's ingress must allow (network-policies.md). Policies see the packet after kube-proxy's
// DNAT (the pod, not the ClusterIP) and after its SNAT (the node, not the laptop, for policy Cluster).
import { matchesSelector } from '../labels';
import { checkPolicy } from '../policy';
import type { Protocol } from '../types';
import type { RouteContext } from './context';

interface HopVerdict {
  allowed: boolean;
  /** `NetworkPolicy NS/NAME` of the policies that isolate either end (empty: no policy had a say). */
  policies: string[];
  /** Korean sentence naming the policies and what they decided. */
  message: string;
}

/** Ingress policies that select the pod `NS/NAME`, whether or not they had a say on this hop. */
function ingressPoliciesOn(ctx: RouteContext, ref: string): string[] {
  const pod = ctx.lookup.podsByRef.get(ref);
  if (!pod) return [];
  return ctx.cluster.networkPolicies
    .filter(
      (p) =>
        p.namespace === pod.namespace &&
        p.policyTypes.includes('Ingress') &&
        matchesSelector(pod.labels, p.podSelector),
    )
    .map((p) => `NetworkPolicy ${p.namespace}/${p.name}`);
}

/**
 * `source` and `destination` as checkPolicy takes them (`pod:NS/NAME`, `ip:ADDRESS`).
 * undefined when the cluster has no NetworkPolicy at all (nothing to evaluate).
 */
export function policyHop(
  ctx: RouteContext,
  source: string,
  destination: string,
  port: number,
  protocol: Protocol = 'TCP',
): HopVerdict | undefined {
  if (ctx.cluster.networkPolicies.length === 0) return undefined;
  const verdict = checkPolicy(ctx.cluster, { from: source, to: destination, port, protocol });
  if (verdict.decision?.ingress.exempt === 'node-local' && destination.startsWith('pod:')) {
    // network-policies.md: traffic from the node a pod runs on is always allowed, whatever the policies say.
    const bypassed = ingressPoliciesOn(ctx, destination.slice(4));
    if (bypassed.length > 0) {
      const message = `출발지(${source.replace(/^(ip|pod):/, '')})가 pod ${destination.slice(4)}의 노드라서, 노드에서 오는 트래픽은 NetworkPolicy와 상관없이 항상 허용됩니다(${bypassed.join(', ')}도 막지 않음).`;
      return { allowed: true, policies: bypassed, message };
    }
  }
  const target = destination.startsWith('pod:') ? `pod ${destination.slice(4)}` : destination.slice(3);
  const policies = [...new Set([...verdict.egress.policies, ...verdict.ingress.policies])].map(
    (p) => `NetworkPolicy ${p}`,
  );
  const sides: string[] = [];
  if (!verdict.egress.allowed)
    sides.push(
      `보내는 쪽의 egress 거부(NetworkPolicy ${verdict.egress.policies.join(', ')}: 이 연결을 허용하는 규칙 없음)`,
    );
  if (!verdict.ingress.allowed)
    sides.push(
      `${target}의 ingress 거부(NetworkPolicy ${verdict.ingress.policies.join(', ')}: 이 연결을 허용하는 규칙 없음)`,
    );
  const snat =
    source.startsWith('ip:') && ctx.client.endpoint !== source
      ? ` 정책이 보는 출발지는 SNAT된 노드 주소 ${source.slice(3)}입니다.`
      : '';
  const head = verdict.allowed
    ? `${protocol} ${port} → ${target}: NetworkPolicy가 허용합니다.`
    : `${protocol} ${port} → ${target}: ${sides.join(', ')}.`;
  return { allowed: verdict.allowed, policies, message: `${head}${snat} ${verdict.explanation}` };
}
