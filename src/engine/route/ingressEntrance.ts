// A host no cluster DNS knows but an Ingress names: the learner's /etc/hosts (or DNS) points it at the
// cluster, so the request enters through the ingress controller (ingress/entry.ts decides how).
import { message } from '../messages';
import { invariant } from '../invariant';
import { enterByGateway } from '../gateway/entrance';
import { ingressEntry, refusedIngresses } from '../ingress';
import type { Outcome, RouteContext } from './context';
import { requestHost, throughIngress } from './ingress';
import { proxyService } from './proxy';

/** undefined when no Ingress names the host: the caller's DNS answer stands. */
export function enterByIngress(ctx: RouteContext): Outcome | undefined {
  // A host a Gateway serves enters through the Gateway's data plane instead (gateway/entrance.ts).
  const viaGateway = enterByGateway(ctx);
  if (viaGateway) return viaGateway;
  const { cluster, trace, url, lookup } = ctx;
  const entry = ingressEntry(cluster, requestHost(ctx), url.port);
  if (!entry) return refusedHost(ctx);
  const node = invariant(cluster.nodes[0], 'loadNodes gives every cluster a node (node01 when the text names none)');
  if (entry.via === 'node-ports') {
    trace.step('ingress-nginx', 'dns', entry.note);
    if (url.port !== 80 && url.port !== 443) {
      const reason = message('ingressEntry.wrongPort', { port: url.port, node: node.name });
      trace.step(`Node ${node.name}`, 'node', reason);
      return { outcome: 'refused', endpoints: [], reason };
    }
    return throughIngress(ctx, `ip:${node.ip}`);
  }
  trace.step(`Service ${entry.service}`, 'dns', entry.note);
  const service = lookup.servicesByRef.get(entry.service);
  const index = service?.ports.findIndex((p) => p.nodePort === entry.nodePort && p.protocol === 'TCP') ?? -1;
  if (!service || entry.nodePort === undefined || index < 0) {
    return { outcome: 'refused', endpoints: [], reason: entry.note };
  }
  trace.step(
    `Node ${node.name}`,
    'node',
    message('ingressEntry.viaNodePort', { node: node.name, ip: node.ip, nodePort: entry.nodePort }),
  );
  return proxyService(ctx, service, index, 'nodePort', node);
}

/**
 * The only Ingress naming the host was refused by ingress-nginx's admission webhook: it does not exist, so
 * nothing sends the name to the controller, and the learner should see why rather than a bare NXDOMAIN.
 */
function refusedHost(ctx: RouteContext): Outcome | undefined {
  const host = requestHost(ctx);
  const refused = refusedIngresses(ctx.cluster, host);
  const [first] = refused;
  if (!first) return undefined;
  for (const { ingress, reason, denied } of refused)
    ctx.trace.step(`Ingress ${ingress}`, 'ingress', `${reason}. kubectl: ${denied}`);
  const names = refused.map((r) => r.ingress).join(', ');
  const reason = message('ingressEntry.refused', { host, ingresses: names, denied: first.denied });
  return { outcome: 'dns-failure', endpoints: [], reason };
}
