// NetworkPolicyPort: numeric or named ports (named ones resolved on the destination pod, with the
// entry's protocol), protocol defaulting to TCP, and endPort ranges.
import { describe, expect, it } from 'vitest';
import { checkPolicy } from '../../../src/engine';
import { expected, pod, probeAll, scenario } from './scenario';
import type { Probe } from './scenario';

function ingressPorts(ports: string, selector = 'app: server'): string {
  return `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: server-ports
spec:
  podSelector:
    matchLabels:
      ${selector}
  ingress:
  - ports:
${ports}`;
}

const client = pod('default', 'client', { labels: { app: 'client' } });

describe('named ports', () => {
  const servers = [
    client,
    pod('default', 'mysql-a', { labels: { app: 'server' }, ports: ['mysql:3306'] }),
    pod('default', 'mysql-b', { labels: { app: 'server' }, ports: ['mysql:3307'] }),
    pod('default', 'dns', { labels: { app: 'server' }, ports: ['dns:53/UDP', 'dns-tcp:53/TCP'] }),
  ];

  it('resolve on each destination pod', () => {
    const probes: Probe[] = [
      ['pod:default/client', 'pod:default/mysql-a', 3306, undefined, true],
      ['pod:default/client', 'pod:default/mysql-a', 3307, undefined, false],
      ['pod:default/client', 'pod:default/mysql-b', 3307, undefined, true],
      ['pod:default/client', 'pod:default/mysql-b', 3306, undefined, false],
      // a pod without a port of that name admits nothing through this entry
      ['pod:default/client', 'pod:default/dns', 3306, undefined, false],
    ];
    expect(probeAll(scenario(...servers, ingressPorts('    - port: mysql')), probes)).toEqual(expected(probes));
  });

  it('match only the container port with the same protocol', () => {
    const udp = ingressPorts('    - port: dns\n      protocol: UDP');
    const tcpDefault = ingressPorts('    - port: dns');
    const probes: Probe[] = [
      ['pod:default/client', 'pod:default/dns', 53, 'UDP', true],
      ['pod:default/client', 'pod:default/dns', 53, 'TCP', false],
    ];
    expect(probeAll(scenario(...servers, udp), probes)).toEqual(expected(probes));
    // `dns` is a UDP port on the pod, and the entry defaults to TCP: nothing matches.
    const mismatched: Probe[] = [
      ['pod:default/client', 'pod:default/dns', 53, 'UDP', false],
      ['pod:default/client', 'pod:default/dns', 53, 'TCP', false],
    ];
    expect(probeAll(scenario(...servers, tcpDefault), mismatched)).toEqual(expected(mismatched));
  });

  it('in egress rules resolve on the destination, never on the source', () => {
    const egress = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: client-out
spec:
  podSelector:
    matchLabels:
      app: client
  policyTypes: [Egress]
  egress:
  - ports:
    - port: http`;
    const cluster = scenario(
      pod('default', 'client', { labels: { app: 'client' }, ports: ['http:9000'] }),
      pod('default', 'web', { ports: ['http:8080'] }),
      pod('default', 'plain', { ports: ['http:80'] }),
      egress,
    );
    const probes: Probe[] = [
      ['pod:default/client', 'pod:default/web', 8080, undefined, true],
      ['pod:default/client', 'pod:default/web', 80, undefined, false],
      ['pod:default/client', 'pod:default/plain', 80, undefined, true],
      ['pod:default/client', 'pod:default/web', 9000, undefined, false],
      // an address outside the cluster has no named ports
      ['pod:default/client', 'ip:203.0.113.8', 8080, undefined, false],
    ];
    expect(probeAll(cluster, probes)).toEqual(expected(probes));
    expect(
      checkPolicy(cluster, { from: 'pod:default/client', to: 'pod:default/web', port: 8080 }).explanation,
    ).toContain('TCP http(pod default/web의 8080)');
  });
});

describe('protocols and ranges', () => {
  const server = pod('default', 'server', { labels: { app: 'server' } });

  it('a port without protocol means TCP', () => {
    const probes: Probe[] = [
      ['pod:default/client', 'pod:default/server', 53, undefined, true],
      ['pod:default/client', 'pod:default/server', 53, 'TCP', true],
      ['pod:default/client', 'pod:default/server', 53, 'UDP', false],
      ['pod:default/client', 'pod:default/server', 53, 'SCTP', false],
    ];
    expect(probeAll(scenario(client, server, ingressPorts('    - port: 53')), probes)).toEqual(expected(probes));
  });

  it('a protocol without port means every port of that protocol', () => {
    const probes: Probe[] = [
      ['pod:default/client', 'pod:default/server', 1, 'UDP', true],
      ['pod:default/client', 'pod:default/server', 65535, 'UDP', true],
      ['pod:default/client', 'pod:default/server', 53, 'TCP', false],
    ];
    expect(probeAll(scenario(client, server, ingressPorts('    - protocol: UDP')), probes)).toEqual(expected(probes));
  });

  it('SCTP is matched like the others', () => {
    const probes: Probe[] = [
      ['pod:default/client', 'pod:default/server', 9999, 'SCTP', true],
      ['pod:default/client', 'pod:default/server', 9999, 'TCP', false],
    ];
    expect(probeAll(scenario(client, server, ingressPorts('    - protocol: SCTP\n      port: 9999')), probes)).toEqual(
      expected(probes),
    );
  });

  it('endPort is inclusive at both ends, and the entries of one rule are ORed', () => {
    const ports = ingressPorts('    - port: 8000\n      endPort: 8010\n    - port: 9090');
    const probes: Probe[] = [
      ['pod:default/client', 'pod:default/server', 7999, undefined, false],
      ['pod:default/client', 'pod:default/server', 8000, undefined, true],
      ['pod:default/client', 'pod:default/server', 8005, undefined, true],
      ['pod:default/client', 'pod:default/server', 8010, undefined, true],
      ['pod:default/client', 'pod:default/server', 8011, undefined, false],
      ['pod:default/client', 'pod:default/server', 9090, undefined, true],
    ];
    const cluster = scenario(client, server, ports);
    expect(probeAll(cluster, probes)).toEqual(expected(probes));
    expect(
      checkPolicy(cluster, { from: 'pod:default/client', to: 'pod:default/server', port: 8010 }).explanation,
    ).toContain('ports[0] TCP 8000-8010');
  });

  it('the protocol of the request is case-insensitive and defaults to TCP', () => {
    const cluster = scenario(client, server, ingressPorts('    - port: 53\n      protocol: UDP'));
    expect(
      checkPolicy(cluster, { from: 'pod:default/client', to: 'pod:default/server', port: 53, protocol: 'udp' as 'UDP' })
        .allowed,
    ).toBe(true);
    expect(checkPolicy(cluster, { from: 'pod:default/client', to: 'pod:default/server', port: 53 }).allowed).toBe(
      false,
    );
  });
});
