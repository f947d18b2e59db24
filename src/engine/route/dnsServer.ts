// The resolver's query to cluster DNS is traffic like any other: from the pod to kube-dns's ClusterIP on
// UDP 53, DNATed by kube-proxy to a CoreDNS pod, through NetworkPolicy on both ends. When no CoreDNS pod
// answers, the stub resolver gives up after its timeouts (resolv.conf(5): timeout 5 s, attempts 2) and
// every name fails: curl (6) "Could not resolve host", wget "bad address", nslookup times out.
import { message } from '../messages';
import type { Outcome, RouteContext } from './context';
import { serviceEndpoints } from './endpoints';
import { policyHop } from './policyHop';

export const DNS_OBJECT = 'Service kube-system/kube-dns';

/** undefined: at least one CoreDNS pod answers. Otherwise the failed lookup, with the trace steps written. */
export function queryDns(ctx: RouteContext): Outcome | undefined {
  const { trace } = ctx;
  const service = ctx.lookup.servicesByRef.get('kube-system/kube-dns');
  if (!service || service.clusterIP === 'None' || service.clusterIP === '') {
    return fail(ctx, DNS_OBJECT, message('dnsQuery.noService'));
  }
  const udp = service.ports.find((p) => p.port === 53 && p.protocol === 'UDP');
  const ready = udp ? serviceEndpoints(ctx.lookup, service, udp).filter((e) => e.ready) : [];
  if (ready.length === 0) {
    return fail(ctx, DNS_OBJECT, message('dnsQuery.noEndpoints', { service: DNS_OBJECT }));
  }
  const to = (e: (typeof ready)[number]) => (e.pod ? `pod:${e.pod}` : `ip:${e.ip}`);
  const udpVerdicts = ready.map((e) => policyHop(ctx, ctx.client.endpoint, to(e), e.port, 'UDP'));
  const answering = udpVerdicts.filter((v) => !v || v.allowed).length;
  // With none answering, every ready endpoint has a denying verdict, so there is a first one.
  const first = udpVerdicts.find((v) => v && !v.allowed);
  if (answering === 0 && first) {
    trace.step(first.policies[0] ?? DNS_OBJECT, 'policy', first.message);
    return fail(ctx, DNS_OBJECT, message('dnsQuery.blocked', { policies: first.policies.join(', ') }));
  }
  // Resolvers ask over UDP and retry over TCP only for a truncated answer, so a blocked TCP 53 shows only then.
  const tcp = service.ports.find((p) => p.port === 53 && p.protocol === 'TCP');
  const tcpReady = tcp ? serviceEndpoints(ctx.lookup, service, tcp).filter((e) => e.ready) : [];
  const tcpOpen = tcpReady.some((e) => {
    const verdict = policyHop(ctx, ctx.client.endpoint, to(e), e.port, 'TCP');
    return !verdict || verdict.allowed;
  });
  if (!tcpOpen && ctx.cluster.networkPolicies.length > 0) {
    trace.step(DNS_OBJECT, 'dns', message('dnsQuery.tcpBlocked'));
  }
  return undefined;
}

function fail(ctx: RouteContext, object: string, reason: string): Outcome {
  ctx.trace.step(object, 'dns', reason);
  return { outcome: 'dns-failure', endpoints: [], reason };
}
