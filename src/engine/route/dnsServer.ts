// The resolver's query to cluster DNS is traffic like any other: from the pod to kube-dns's ClusterIP on
// UDP 53, DNATed by kube-proxy to a CoreDNS pod, through NetworkPolicy on both ends. When no CoreDNS pod
// answers, the stub resolver gives up after its timeouts (resolv.conf(5): timeout 5 s, attempts 2) and
// every name fails: curl (6) "Could not resolve host", wget "bad address", nslookup times out.
import type { Outcome, RouteContext } from './context';
import { serviceEndpoints } from './endpoints';
import { policyHop } from './policyHop';

export const DNS_OBJECT = 'Service kube-system/kube-dns';

/** undefined: at least one CoreDNS pod answers. Otherwise the failed lookup, with the trace steps written. */
export function queryDns(ctx: RouteContext): Outcome | undefined {
  const { trace } = ctx;
  const service = ctx.lookup.servicesByRef.get('kube-system/kube-dns');
  if (!service || service.clusterIP === 'None' || service.clusterIP === '') {
    return fail(
      ctx,
      DNS_OBJECT,
      'Service kube-system/kube-dns가 없어 pod의 DNS 질의(nameserver 10.96.0.10)가 응답을 받지 못하고, resolver가 시간 초과 뒤 이름 찾기에 실패합니다.',
    );
  }
  const udp = service.ports.find((p) => p.port === 53 && p.protocol === 'UDP');
  const ready = udp ? serviceEndpoints(ctx.lookup, service, udp).filter((e) => e.ready) : [];
  if (ready.length === 0) {
    return fail(
      ctx,
      DNS_OBJECT,
      `${DNS_OBJECT}에 Ready인 CoreDNS 엔드포인트(53/UDP)가 없어 DNS 질의에 답하는 곳이 없으므로 이름 찾기에 실패합니다.`,
    );
  }
  const to = (e: (typeof ready)[number]) => (e.pod ? `pod:${e.pod}` : `ip:${e.ip}`);
  const udpVerdicts = ready.map((e) => policyHop(ctx, ctx.client.endpoint, to(e), e.port, 'UDP'));
  const answering = udpVerdicts.filter((v) => !v || v.allowed).length;
  // With none answering, every ready endpoint has a denying verdict, so there is a first one.
  const first = udpVerdicts.find((v) => v && !v.allowed);
  if (answering === 0 && first) {
    trace.step(first.policies[0] ?? DNS_OBJECT, 'policy', first.message);
    return fail(
      ctx,
      DNS_OBJECT,
      `DNS 질의(UDP 53 → CoreDNS pod)가 ${first.policies.join(', ') || 'NetworkPolicy'}에 막혀, resolver가 시간 초과(5초씩 2번) 뒤 이름 찾기에 실패합니다. egress를 막는 정책에는 kube-system의 k8s-app: kube-dns pod로 가는 UDP·TCP 53을 허용하는 규칙이 따로 있어야 합니다.`,
    );
  }
  // Resolvers ask over UDP and retry over TCP only for a truncated answer, so a blocked TCP 53 shows only then.
  const tcp = service.ports.find((p) => p.port === 53 && p.protocol === 'TCP');
  const tcpReady = tcp ? serviceEndpoints(ctx.lookup, service, tcp).filter((e) => e.ready) : [];
  const tcpOpen = tcpReady.some((e) => {
    const verdict = policyHop(ctx, ctx.client.endpoint, to(e), e.port, 'TCP');
    return !verdict || verdict.allowed;
  });
  if (!tcpOpen && ctx.cluster.networkPolicies.length > 0) {
    trace.step(
      DNS_OBJECT,
      'dns',
      'UDP 53은 통하지만 TCP 53은 막혀 있습니다. 보통의 이름은 UDP로 찾지만, 응답이 커서 잘리면(TC) resolver가 TCP로 다시 묻다가 실패합니다.',
    );
  }
  return undefined;
}

function fail(ctx: RouteContext, object: string, reason: string): Outcome {
  ctx.trace.step(object, 'dns', reason);
  return { outcome: 'dns-failure', endpoints: [], reason };
}
