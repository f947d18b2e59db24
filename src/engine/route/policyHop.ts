// NetworkPolicy on the hop into a destination pod and out of a source pod: both the source's egress and
// the destination's ingress must allow (network-policies.md). Policies see the packet after kube-proxy's
// DNAT (the pod, not the ClusterIP) and after its SNAT (the node, not the laptop, for policy Cluster).
import { message } from '../messages';
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
      return {
        allowed: true,
        policies: bypassed,
        message: message('policyHop.fromOwnNode', {
          source: source.replace(/^(ip|pod):/, ''),
          pod: destination.slice(4),
          policies: bypassed.join(', '),
        }),
      };
    }
  }
  const target = destination.startsWith('pod:') ? `pod ${destination.slice(4)}` : destination.slice(3);
  const policies = [...new Set([...verdict.egress.policies, ...verdict.ingress.policies])].map(
    (p) => `NetworkPolicy ${p}`,
  );
  const sides: string[] = [];
  if (!verdict.egress.allowed)
    sides.push(message('policyHop.egressDenied', { policies: verdict.egress.policies.join(', ') }));
  if (!verdict.ingress.allowed)
    sides.push(message('policyHop.ingressDenied', { target, policies: verdict.ingress.policies.join(', ') }));
  const snat =
    source.startsWith('ip:') && ctx.client.endpoint !== source
      ? message('policyHop.snat', { address: source.slice(3) })
      : '';
  const head = verdict.allowed
    ? message('policyHop.allowed', { protocol, port, target })
    : `${protocol} ${port} → ${target}: ${sides.join(', ')}.`;
  return { allowed: verdict.allowed, policies, message: `${head}${snat} ${verdict.explanation}` };
}
