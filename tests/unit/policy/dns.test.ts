// Egress isolation and cluster DNS: a default-deny egress must let UDP (and TCP) 53 through to the
// kube-dns pods in kube-system, and the usual mistakes do not.
import { describe, expect, it } from 'vitest';
import { checkPolicy } from '../../../src/engine';
import type { Cluster } from '../../../src/engine';
import { expected, pod, probeAll, scenario } from './scenario';
import type { Probe } from './scenario';

const denyEgress = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: default-deny-egress
spec:
  podSelector: {}
  policyTypes: [Egress]`;

const allowDns = (to: string) => `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: allow-dns
spec:
  podSelector: {}
  policyTypes: [Egress]
  egress:
  - to:
${to}
    ports:
    - protocol: UDP
      port: 53
    - protocol: TCP
      port: 53`;

const kubeDnsPods = `    - namespaceSelector:
        matchLabels:
          kubernetes.io/metadata.name: kube-system
      podSelector:
        matchLabels:
          k8s-app: kube-dns`;

function coreDns(cluster: Cluster): string {
  const dns = cluster.pods.find((p) => p.namespace === 'kube-system' && p.labels['k8s-app'] === 'kube-dns');
  if (!dns) throw new Error('the loader adds CoreDNS pods');
  return `pod:kube-system/${dns.name}`;
}

const app = [pod('default', 'web', { labels: { app: 'web' } }), pod('default', 'api', { labels: { app: 'api' } })];

describe('egress to DNS', () => {
  it('allows UDP and TCP 53 to the kube-dns pods and nothing else', () => {
    const cluster = scenario(...app, denyEgress, allowDns(kubeDnsPods));
    const dns = coreDns(cluster);
    const probes: Probe[] = [
      ['pod:default/web', dns, 53, 'UDP', true],
      ['pod:default/web', dns, 53, 'TCP', true],
      ['pod:default/web', dns, 9153, 'TCP', false],
      ['pod:default/web', 'pod:default/api', 53, 'UDP', false],
      ['pod:default/web', 'pod:default/api', 80, undefined, false],
      ['pod:default/web', 'ip:8.8.8.8', 53, 'UDP', false],
    ];
    expect(probeAll(cluster, probes)).toEqual(expected(probes));
    const verdict = checkPolicy(cluster, { from: 'pod:default/web', to: dns, port: 53, protocol: 'UDP' });
    expect(verdict.egress.policies.sort()).toEqual(['default/allow-dns', 'default/default-deny-egress']);
    expect(verdict.decision?.egress.matches).toEqual([{ policy: 'default/allow-dns', rule: 0, peer: 0, port: 0 }]);
  });

  it('denied without the allow-dns policy', () => {
    const cluster = scenario(...app, denyEgress);
    expect(
      checkPolicy(cluster, { from: 'pod:default/web', to: coreDns(cluster), port: 53, protocol: 'UDP' }).allowed,
    ).toBe(false);
  });

  it('a podSelector alone looks in the policy namespace, so it misses kube-system', () => {
    const cluster = scenario(
      ...app,
      denyEgress,
      allowDns(`    - podSelector:
        matchLabels:
          k8s-app: kube-dns`),
    );
    const verdict = checkPolicy(cluster, { from: 'pod:default/web', to: coreDns(cluster), port: 53, protocol: 'UDP' });
    expect(verdict.allowed).toBe(false);
    expect(verdict.decision?.egress.misses).toContainEqual({
      policy: 'default/allow-dns',
      rule: 0,
      peerMatched: false,
      portMatched: true,
    });
  });

  it('a rule with ports and no `to` allows DNS to any destination', () => {
    const anyDestination = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: allow-dns
spec:
  podSelector: {}
  policyTypes: [Egress]
  egress:
  - ports:
    - protocol: UDP
      port: 53`;
    const cluster = scenario(...app, denyEgress, anyDestination);
    const probes: Probe[] = [
      ['pod:default/web', coreDns(cluster), 53, 'UDP', true],
      ['pod:default/web', 'ip:8.8.8.8', 53, 'UDP', true],
      ['pod:default/web', 'ip:8.8.8.8', 443, undefined, false],
    ];
    expect(probeAll(cluster, probes)).toEqual(expected(probes));
  });

  it('the kube-dns pods stay open for ingress from a namespace that has no ingress policy on them', () => {
    const cluster = scenario(...app, denyEgress, allowDns(kubeDnsPods));
    expect(
      checkPolicy(cluster, { from: 'pod:default/web', to: coreDns(cluster), port: 53, protocol: 'UDP' }).ingress,
    ).toEqual({
      allowed: true,
      policies: [],
    });
  });
});
