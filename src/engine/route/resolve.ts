// A request by name: cluster DNS for pods, nothing of it for nodes and machines off the cluster.
import type { RouteEndpoint } from '../types';
import { routeToAddress } from './address';
import { usesClusterDns } from './client';
import type { Outcome, RouteContext } from './context';
import { deliverToEndpoints } from './deliver';
import { answer, resolveInCluster, type DnsRecord } from './dns';
import { CLUSTER_DOMAIN } from '../constants';
import { DNS_OBJECT, queryDns } from './dnsServer';
import { enterByIngress } from './ingressEntrance';
import { object, topic } from './korean';

/** Names under these are the internet's, which CoreDNS forwards upstream and the simulator does not model. */
const INTERNET_TLDS = new Set(['com', 'net', 'org', 'io', 'dev', 'app', 'kr', 'jp', 'co', 'info', 'cloud', 'ai']);

export function resolveName(ctx: RouteContext): Outcome {
  const { client, url, trace } = ctx;
  if (client.kind !== 'pod' || !usesClusterDns(client)) {
    const viaIngress = enterByIngress(ctx);
    if (viaIngress) return viaIngress;
    const why =
      client.kind === 'pod'
        ? `dnsPolicy ${client.pod.dnsPolicy}${client.pod.hostNetwork ? '(hostNetwork pod)' : ''}라서 노드의 resolv.conf를 쓰므로 클러스터 이름을 모릅니다(hostNetwork pod는 ClusterFirstWithHostNet이어야 합니다).`
        : `클러스터 밖에서는 노드 IP와 nodePort(예: http://${ctx.cluster.nodes[0]?.ip ?? '노드IP'}:30008)로 접속합니다.`;
    const reason = `${topic(client.label)} 클러스터 DNS(CoreDNS)를 쓰지 않아 ${url.host}의 주소를 찾지 못합니다. ${why}`;
    trace.step(
      client.kind === 'node'
        ? `Node ${client.node.name}`
        : client.kind === 'pod'
          ? `Pod ${client.pod.namespace}/${client.pod.name}`
          : client.endpoint,
      'dns',
      reason,
    );
    return { outcome: 'dns-failure', endpoints: [], reason };
  }
  const unanswered = queryDns(ctx);
  if (unanswered) return unanswered;
  const result = resolveInCluster(ctx.cluster, ctx.lookup, url.host, client.pod.namespace);
  const dots = url.host.split('.').length - 1;
  const how = url.host.endsWith('.')
    ? '끝에 점이 있어 완전한 이름으로만 찾습니다'
    : dots < 5
      ? `점이 ${dots}개로 ndots:5보다 적어, pod의 resolv.conf 검색 도메인(${client.pod.namespace}.svc.${CLUSTER_DOMAIN}, svc.${CLUSTER_DOMAIN}, ${CLUSTER_DOMAIN})을 차례로 붙여 봅니다`
      : '점이 ndots:5 이상이라 이름 그대로 먼저 찾습니다';
  if (!result.record) {
    trace.step(DNS_OBJECT, 'dns', `${url.host}: ${how}. 시도: ${result.tried.join(', ')} → 클러스터 안에는 없음`);
    return enterByIngress(ctx) ?? nameNotFound(ctx);
  }
  trace.step(DNS_OBJECT, 'dns', `${url.host}: ${how}. ${result.name} → ${describe(result.record)} (CoreDNS)`);
  return follow(ctx, result.record, url.host);
}

function follow(ctx: RouteContext, record: DnsRecord, asked: string): Outcome {
  const { trace, url } = ctx;
  switch (record.kind) {
    case 'service':
      trace.touch(`Service ${record.service.namespace}/${record.service.name}`);
      return routeToAddress(ctx, record.service.clusterIP, url.port);
    case 'pod': {
      // A name under a headless Service (HOSTNAME.SUBDOMAIN.NS.svc) is that pod's own A record.
      const outcome = routeToAddress(ctx, record.ip, url.port);
      return record.headless ? { ...outcome, dns: [record.ip] } : outcome;
    }
    case 'headless': {
      const ref = `Service ${record.service.namespace}/${record.service.name}`;
      trace.step(
        ref,
        'dns',
        `헤드리스 Service(clusterIP: None)라 가상 IP가 없습니다. DNS가 Ready pod의 A 레코드 ${record.ips.length}개를 돌려주고, curl은 그중 하나(${record.ips.join(', ')})에 포트 ${url.port}로 바로 연결합니다. kube-proxy는 끼지 않으므로 targetPort 변환도 없습니다.`,
      );
      const endpoints: RouteEndpoint[] = record.ips.map((ip) => {
        const pod = ctx.lookup.podsByIp.get(ip);
        return { pod: pod ? `${pod.namespace}/${pod.name}` : '', ip, port: url.port };
      });
      const client = ctx.client.kind === 'pod' ? ctx.client.node : undefined;
      const outcome = deliverToEndpoints(ctx, endpoints, ctx.client.endpoint, client, ref);
      return { ...outcome, dns: record.ips };
    }
    case 'externalName': {
      const ref = `Service ${record.service.namespace}/${record.service.name}`;
      const inZone = answer(ctx.cluster, ctx.lookup, record.target.replace(/\.$/, ''));
      if (inZone && inZone.kind !== 'externalName') {
        trace.step(
          ref,
          'dns',
          `ExternalName: ${topic(asked)} CNAME ${record.target}입니다. 클러스터 안의 이름이라 CoreDNS가 이어서 돌려줍니다: ${describe(inZone)}.`,
        );
        return { ...follow(ctx, inZone, record.target), cname: record.target };
      }
      const reason = `ExternalName Service는 DNS CNAME(${record.target})만 돌려주고 kube-proxy는 아무것도 프록시하지 않습니다. ${record.target}의 주소는 클러스터 밖 DNS가 정하므로 시뮬레이션은 여기서 멈춥니다(HTTP Host 헤더는 여전히 ${asked}입니다).`;
      trace.step(ref, 'dns', reason);
      return { outcome: 'dns-only', endpoints: [], cname: record.target, reason };
    }
  }
}

function describe(record: DnsRecord): string {
  switch (record.kind) {
    case 'service':
      return `A ${record.service.clusterIP} (Service ${record.service.namespace}/${record.service.name}의 ClusterIP)`;
    case 'headless':
      return `A ${record.ips.join(', ')} (헤드리스 Service ${record.service.namespace}/${record.service.name}의 pod들)`;
    case 'externalName':
      return `CNAME ${record.target}`;
    case 'pod':
      return `A ${record.ip}${record.pod ? ` (pod ${record.pod.namespace}/${record.pod.name})` : ''}`;
  }
}

function nameNotFound(ctx: RouteContext): Outcome {
  const host = ctx.url.host.replace(/\.$/, '');
  const [first, second] = host.split('.');
  const elsewhere = ctx.cluster.services.filter((s) => s.name === first && (second === undefined || second === 'svc'));
  const [example] = elsewhere;
  const hint =
    first !== undefined && example
      ? ` Service ${topic(first)} 네임스페이스 ${elsewhere.map((s) => s.namespace).join(', ')}에 있으니 ${first}.${example.namespace}처럼 네임스페이스를 붙이세요.`
      : '';
  const outside = INTERNET_TLDS.has(host.split('.').at(-1) ?? '') && !hint;
  if (outside) {
    const reason = `${topic(host)} 클러스터의 이름이 아니라 CoreDNS가 상위 DNS로 넘깁니다(forward). 클러스터 밖 세상은 시뮬레이션하지 않습니다.`;
    ctx.trace.step(DNS_OBJECT, 'dns', reason);
    return { outcome: 'unreachable', endpoints: [], reason };
  }
  const reason = `이름 ${object(ctx.url.host)} 찾을 수 없습니다(NXDOMAIN).${hint}`;
  return { outcome: 'dns-failure', endpoints: [], reason };
}
