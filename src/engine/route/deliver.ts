// The last hop: from the node that decided, across the flat pod network, into a pod (or the host
// behind a selector-less endpoint). NetworkPolicies are checked here (see policyHop), then whether
// anything in the pod listens on the port (cluster/listening.ts): a SYN to a closed port gets a RST.
import { accepts, listeningPorts } from '../cluster/listening';
import type { NodeModel, PodModel } from '../model';
import type { RouteEndpoint } from '../types';
import type { Outcome, RouteContext } from './context';
import { policyHop } from './policyHop';
import { message } from '../messages';

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
    const mark = blocked ? message('deliver.mark.blocked') : listening ? message('deliver.mark.refused') : '';
    describeEndpoint(ctx, endpoint, pod, node, mark);
    const [policy] = verdict?.policies ?? [];
    if (verdict && policy) trace.step(policy, 'policy', verdict.message);
    if (blocked) denied.push({ endpoint, reason: verdict.message });
    else if (listening) closed.push({ endpoint, reason: listening });
    else open.push(endpoint);
  }
  if (open.length === 0 && closed.length === 0) {
    const reason = denied.map((d) => d.reason).join(' ');
    trace.step(via, 'policy', message('deliver.allBlocked'));
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
      message('deliver.someBlocked', {
        total: endpoints.length,
        count: denied.length,
        rest: open.length + closed.length,
      }),
    );
  }
  if (closed.length > 0) {
    trace.step(via, 'endpoint', message('deliver.someClosed', { total: endpoints.length, count: closed.length }));
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
      .unknown.map((u) => u.image || message('deliver.unknownImage'))
      .join(', ');
    ctx.trace.step(ref, 'assumption', message('deliver.assumedListening', { pod: pod.name, images, port }));
    return undefined;
  }
  const known = listeningPorts(pod).known;
  const where =
    known.length > 0 ? message('deliver.listensOn', { ports: known.join(', ') }) : message('deliver.listensNowhere');
  const asked =
    via.startsWith('Service ') && portKind === 'targetPort'
      ? `${via} targetPort ${port}`
      : message('deliver.port', { port });
  const reason = message('deliver.closed', { asked, pod: pod.name, where, port });
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
      message('deliver.notAPod', { address: `${endpoint.ip}:${endpoint.port}`, mark }),
    );
    return;
  }
  trace.touch(`Node ${pod.nodeName}`);
  if (pod.owner) trace.touch(pod.owner);
  const hop =
    node && node.name !== pod.nodeName ? message('deliver.crossNode', { from: node.name, to: pod.nodeName }) : '';
  const state = pod.terminating ? message('deliver.terminating') : pod.ready ? '' : message('deliver.notReady');
  trace.step(
    `Pod ${pod.namespace}/${pod.name}`,
    'pod',
    `→ pod ${pod.namespace}/${pod.name} (${endpoint.ip}:${endpoint.port}, ${pod.nodeName}${state}${hop})${mark}`,
  );
}
