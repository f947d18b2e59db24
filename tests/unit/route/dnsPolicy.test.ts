// Issue 14 §2: name resolution is traffic. The pod's resolver sends UDP 53 to kube-dns's ClusterIP, kube-proxy
// DNATs it to a CoreDNS pod (kube-system, k8s-app: kube-dns), and NetworkPolicy decides it like any packet
// (kubernetes.io/docs/concepts/services-networking/network-policies: egress isolation covers DNS; the usual
// "allow DNS" rule opens UDP and TCP 53 to those pods). Blocked, every name fails: curl exits 6
// (CURLE_COULDNT_RESOLVE_HOST, curl include/curl/curl.h), never a connect timeout (28).
import { describe, expect, it } from 'vitest';
import { dnsLookup, loadCluster, route } from '../../../src/engine/index';
import { join, pod, service } from './fixtures';

const policy = (name: string, spec: string) => `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: ${name}}
spec:
${spec}`;
const base = [
  pod('front', { labels: '{app: front}' }),
  pod('back', { labels: '{app: back}', ports: '[{containerPort: 8080}]' }),
  service('back', '  selector: {app: back}\n  ports: [{port: 8080}]'),
];
const egressOnlyToBack = policy(
  'front-egress',
  '  podSelector: {matchLabels: {app: front}}\n  policyTypes: [Egress]\n  egress:\n  - to: [{podSelector: {matchLabels: {app: back}}}]\n    ports: [{port: 8080}]',
);
const dnsRule = (ports: string) =>
  policy(
    'allow-dns',
    `  podSelector: {matchLabels: {app: front}}\n  policyTypes: [Egress]\n  egress:\n  - to: [{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: kube-system}}, podSelector: {matchLabels: {k8s-app: kube-dns}}}]\n    ports: ${ports}`,
  );
const from = 'pod:default/front';

const table: [what: string, docs: string[], url: string, outcome: string][] = [
  ['no policy: the name resolves', [], 'http://back:8080/', 'delivered'],
  ['egress only to back: the name does not resolve', [egressOnlyToBack], 'http://back:8080/', 'dns-failure'],
  ['… while the ClusterIP by number still works', [egressOnlyToBack], 'CLUSTER_IP', 'delivered'],
  [
    'with UDP and TCP 53 to kube-dns',
    [egressOnlyToBack, dnsRule('[{port: 53, protocol: UDP}, {port: 53, protocol: TCP}]')],
    'http://back:8080/',
    'delivered',
  ],
  // Resolvers ask over UDP first; TCP alone does not carry an ordinary query.
  ['with TCP 53 only', [egressOnlyToBack, dnsRule('[{port: 53, protocol: TCP}]')], 'http://back:8080/', 'dns-failure'],
  ['with UDP 53 only', [egressOnlyToBack, dnsRule('[{port: 53, protocol: UDP}]')], 'http://back:8080/', 'delivered'],
  // Ingress isolation of the CoreDNS pods blocks the answerer's side.
  [
    'CoreDNS isolated for ingress',
    [
      policy('dns-deny', '  podSelector: {matchLabels: {k8s-app: kube-dns}}\n  policyTypes: [Ingress]').replace(
        'metadata: {name: dns-deny}',
        'metadata: {name: dns-deny, namespace: kube-system}',
      ),
    ],
    'http://back:8080/',
    'dns-failure',
  ],
];

describe('DNS through NetworkPolicy', () => {
  it.each(table)('%s', (_what, docs, url, outcome) => {
    const c = loadCluster(join(...base, ...docs));
    const target = url === 'CLUSTER_IP' ? `http://${c.services.find((s) => s.name === 'back')!.clusterIP}:8080/` : url;
    expect(route(c, { from, url: target }).outcome).toBe(outcome);
  });

  it('names the policy that blocked the query, and says a DNS rule is needed', () => {
    const r = route(loadCluster(join(...base, egressOnlyToBack)), { from, url: 'http://back:8080/' });
    expect(r.reason).toContain('front-egress');
    expect(r.reason).toContain('53');
    expect(r.steps.some((s) => s.object === 'NetworkPolicy default/front-egress' && s.kind === 'policy')).toBe(true);
  });

  it('with UDP open and TCP closed, the trace says truncated answers will fail', () => {
    const r = route(loadCluster(join(...base, egressOnlyToBack, dnsRule('[{port: 53, protocol: UDP}]'))), {
      from,
      url: 'http://back:8080/',
    });
    expect(r.steps.some((s) => s.kind === 'dns' && s.message.includes('TCP 53은 막혀'))).toBe(true);
  });
});

describe('dnsLookup from a pod', () => {
  it('answers without a sender as before, and from a blocked pod says nothing answered', () => {
    const c = loadCluster(join(...base, egressOnlyToBack));
    expect(dnsLookup(c, 'back', 'default').addresses).toHaveLength(1);
    const blocked = dnsLookup(c, 'back', 'default', from);
    expect(blocked.addresses).toEqual([]);
    expect(blocked.unanswered).toContain('front-egress');
    expect(dnsLookup(c, 'back', 'default', 'pod:default/back').unanswered).toBeUndefined();
  });
});
