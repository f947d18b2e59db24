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
import { message } from '../messages';

/** Names under these are the internet's, which CoreDNS forwards upstream and the simulator does not model. */
const INTERNET_TLDS = new Set(['com', 'net', 'org', 'io', 'dev', 'app', 'kr', 'jp', 'co', 'info', 'cloud', 'ai']);

export function resolveName(ctx: RouteContext): Outcome {
  const { client, url, trace } = ctx;
  if (client.kind !== 'pod' || !usesClusterDns(client)) {
    const viaIngress = enterByIngress(ctx);
    if (viaIngress) return viaIngress;
    const why =
      client.kind === 'pod'
        ? message('resolve.nodeResolvConf', { dnsPolicy: client.pod.dnsPolicy, hostNetwork: client.pod.hostNetwork })
        : message('resolve.fromOutside', { nodeIP: ctx.cluster.nodes[0]?.ip });
    const reason = message('resolve.noClusterDns', { client: client.label, host: url.host, why });
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
  const domains = `${client.pod.namespace}.svc.${CLUSTER_DOMAIN}, svc.${CLUSTER_DOMAIN}, ${CLUSTER_DOMAIN}`;
  const how = url.host.endsWith('.')
    ? message('resolve.fullyQualified')
    : dots < 5
      ? message('resolve.searchDomains', { dots, domains })
      : message('resolve.asIs');
  if (!result.record) {
    trace.step(
      DNS_OBJECT,
      'dns',
      message('resolve.notInCluster', { host: url.host, how, tried: result.tried.join(', ') }),
    );
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
        message('resolve.headless', { count: record.ips.length, ips: record.ips.join(', '), port: url.port }),
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
          message('resolve.cnameInZone', { asked, target: record.target, answer: describe(inZone) }),
        );
        return { ...follow(ctx, inZone, record.target), cname: record.target };
      }
      const reason = message('resolve.cnameOutside', { target: record.target, asked });
      trace.step(ref, 'dns', reason);
      return { outcome: 'dns-only', endpoints: [], cname: record.target, reason };
    }
  }
}

function describe(record: DnsRecord): string {
  switch (record.kind) {
    case 'service':
      return message('resolve.record.service', {
        ip: record.service.clusterIP,
        service: `${record.service.namespace}/${record.service.name}`,
      });
    case 'headless':
      return message('resolve.record.headless', {
        ips: record.ips.join(', '),
        service: `${record.service.namespace}/${record.service.name}`,
      });
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
      ? message('resolve.otherNamespace', {
          name: first,
          namespaces: elsewhere.map((s) => s.namespace).join(', '),
          example: example.namespace,
        })
      : '';
  const outside = INTERNET_TLDS.has(host.split('.').at(-1) ?? '') && !hint;
  if (outside) {
    const reason = message('resolve.forwarded', { host });
    ctx.trace.step(DNS_OBJECT, 'dns', reason);
    return { outcome: 'unreachable', endpoints: [], reason };
  }
  const reason = message('resolve.nxdomain', { host: ctx.url.host, hint });
  return { outcome: 'dns-failure', endpoints: [], reason };
}
