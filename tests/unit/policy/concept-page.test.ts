// The examples of the kubernetes.io Network Policies concept page, probed as its text describes them.
import { describe, expect, it } from 'vitest';
import { checkPolicy } from '../../../src/engine';
import { expected, namespace, pod, probeAll, scenario } from './scenario';
import type { Probe } from './scenario';

const testNetworkPolicy = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: test-network-policy
  namespace: default
spec:
  podSelector:
    matchLabels:
      role: db
  policyTypes:
  - Ingress
  - Egress
  ingress:
  - from:
    - ipBlock:
        cidr: 172.17.0.0/16
        except:
        - 172.17.1.0/24
    - namespaceSelector:
        matchLabels:
          project: myproject
    - podSelector:
        matchLabels:
          role: frontend
    ports:
    - protocol: TCP
      port: 6379
  egress:
  - to:
    - ipBlock:
        cidr: 10.0.0.0/24
    ports:
    - protocol: TCP
      port: 5978`;

describe('the concept page example: test-network-policy', () => {
  const cluster = scenario(
    namespace('myproject', { project: 'myproject' }),
    namespace('elsewhere'),
    pod('default', 'db', { labels: { role: 'db' } }),
    pod('default', 'frontend', { labels: { role: 'frontend' } }),
    pod('default', 'backend', { labels: { role: 'backend' } }),
    pod('myproject', 'client', { labels: { role: 'anything' } }),
    pod('elsewhere', 'frontend', { labels: { role: 'frontend' } }),
    testNetworkPolicy,
  );

  const probes: Probe[] = [
    // Ingress: "any pod in the default namespace with the label role=frontend"
    ['pod:default/frontend', 'pod:default/db', 6379, undefined, true],
    ['pod:default/backend', 'pod:default/db', 6379, undefined, false],
    // "any pod in a namespace with the label project=myproject"
    ['pod:myproject/client', 'pod:default/db', 6379, undefined, true],
    // role=frontend in another namespace is not "in the default namespace"
    ['pod:elsewhere/frontend', 'pod:default/db', 6379, undefined, false],
    // "IP addresses in 172.17.0.0–172.17.0.255 and 172.17.2.0–172.17.255.255"
    ['ip:172.17.0.255', 'pod:default/db', 6379, undefined, true],
    ['ip:172.17.2.0', 'pod:default/db', 6379, undefined, true],
    ['ip:172.17.255.255', 'pod:default/db', 6379, undefined, true],
    ['ip:172.17.1.9', 'pod:default/db', 6379, undefined, false],
    ['ip:172.18.0.1', 'pod:default/db', 6379, undefined, false],
    // only TCP 6379
    ['pod:default/frontend', 'pod:default/db', 6380, undefined, false],
    ['pod:default/frontend', 'pod:default/db', 6379, 'UDP', false],
    // Egress: db → 10.0.0.0/24 on TCP 5978 only
    ['pod:default/db', 'ip:10.0.0.7', 5978, undefined, true],
    ['pod:default/db', 'ip:10.0.1.7', 5978, undefined, false],
    ['pod:default/db', 'ip:10.0.0.7', 5979, undefined, false],
    ['pod:default/db', 'pod:default/frontend', 5978, undefined, false],
    // pods the policy does not select stay non-isolated
    ['pod:default/frontend', 'pod:default/backend', 80, undefined, true],
    ['pod:elsewhere/frontend', 'pod:default/frontend', 80, undefined, true],
  ];

  it('allows exactly what the page lists', () => {
    expect(probeAll(cluster, probes)).toEqual(expected(probes));
  });

  it('names the isolating policy on the selected side only', () => {
    const verdict = checkPolicy(cluster, { from: 'pod:default/frontend', to: 'pod:default/db', port: 6379 });
    expect(verdict.ingress.policies).toEqual(['default/test-network-policy']);
    expect(verdict.egress.policies).toEqual([]);
    expect(verdict.explanation).toContain('default/test-network-policy');
    expect(verdict.explanation).toContain('from[2]');
  });

  it('says which peer admitted an address and which part of a rule missed', () => {
    const fromBlock = checkPolicy(cluster, { from: 'ip:172.17.0.1', to: 'pod:default/db', port: 6379 });
    expect(fromBlock.decision?.ingress.matches).toEqual([
      { policy: 'default/test-network-policy', rule: 0, peer: 0, port: 0 },
    ]);
    const wrongPort = checkPolicy(cluster, { from: 'pod:default/frontend', to: 'pod:default/db', port: 80 });
    expect(wrongPort.decision?.ingress.misses).toEqual([
      { policy: 'default/test-network-policy', rule: 0, peerMatched: true, portMatched: false },
    ]);
  });
});

describe('the concept page: targeting a range of ports (endPort)', () => {
  const cluster = scenario(
    pod('default', 'db', { labels: { role: 'db' } }),
    `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: multi-port-egress
  namespace: default
spec:
  podSelector:
    matchLabels:
      role: db
  policyTypes:
  - Egress
  egress:
  - to:
    - ipBlock:
        cidr: 10.0.0.0/24
    ports:
    - protocol: TCP
      port: 32000
      endPort: 32768`,
  );
  const probes: Probe[] = [
    ['pod:default/db', 'ip:10.0.0.1', 32000, undefined, true],
    ['pod:default/db', 'ip:10.0.0.1', 32500, undefined, true],
    ['pod:default/db', 'ip:10.0.0.1', 32768, undefined, true],
    ['pod:default/db', 'ip:10.0.0.1', 31999, undefined, false],
    ['pod:default/db', 'ip:10.0.0.1', 32769, undefined, false],
    ['pod:default/db', 'ip:10.0.0.1', 32000, 'UDP', false],
    ['pod:default/db', 'ip:10.0.1.1', 32000, undefined, false],
    // Egress only: ingress to db stays open
    ['ip:203.0.113.9', 'pod:default/db', 22, undefined, true],
  ];
  it('admits the inclusive range on TCP to the block only', () => {
    expect(probeAll(cluster, probes)).toEqual(expected(probes));
  });
});
