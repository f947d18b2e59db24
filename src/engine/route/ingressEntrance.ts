// A host no cluster DNS knows but an Ingress names: the learner's /etc/hosts (or DNS) points it at the
// cluster, so the request enters through the ingress controller (ingress/entry.ts decides how).
import { invariant } from '../invariant';
import { enterByGateway } from '../gateway/entrance';
import { ingressEntry, refusedIngresses } from '../ingress';
import type { Outcome, RouteContext } from './context';
import { requestHost, throughIngress } from './ingress';
import { object, subject, toward } from './korean';
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
      const reason = `ingress controller는 노드의 80/443에서만 듣는데 요청은 포트 ${toward(String(url.port))} 갑니다. ${subject(node.name)} 연결을 거부합니다.`;
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
    `이름이 ${object(`노드 ${node.name}(${node.ip})`)} 가리킨다고 보고, 그 노드의 nodePort ${toward(String(entry.nodePort))} 들어갑니다.`,
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
  const reason = `host ${object(host)} 적은 Ingress(${names})는 admission webhook이 거부해 만들어지지 않았으므로, 이 이름을 ingress controller로 보내 주는 것이 없어 이름을 찾을 수 없습니다. 거부 이유: ${first.denied}`;
  return { outcome: 'dns-failure', endpoints: [], reason };
}
