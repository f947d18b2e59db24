// The concept page's warning: one `-` turns "pods labelled role=client in namespaces labelled user=alice"
// (one peer with both selectors: AND) into "role=client here, or anything in alice's namespaces" (OR).
import { describe, expect, it } from 'vitest';
import { checkPolicy } from '../../../src/engine';
import { expected, namespace, pod, probeAll, scenario } from './scenario';
import type { Probe } from './scenario';

const pods = [
  namespace('alice', { user: 'alice' }),
  namespace('bob', { user: 'bob' }),
  pod('default', 'target', { labels: { app: 'target' } }),
  pod('default', 'client', { labels: { role: 'client' } }),
  pod('default', 'web', { labels: { role: 'web' } }),
  pod('alice', 'client', { labels: { role: 'client' } }),
  pod('alice', 'other', { labels: { role: 'other' } }),
  pod('bob', 'client', { labels: { role: 'client' } }),
];

function policy(from: string): string {
  return `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: target-from
spec:
  podSelector:
    matchLabels:
      app: target
  ingress:
  - from:
${from}`;
}

const and = policy(`    - namespaceSelector:
        matchLabels:
          user: alice
      podSelector:
        matchLabels:
          role: client`);

const or = policy(`    - namespaceSelector:
        matchLabels:
          user: alice
    - podSelector:
        matchLabels:
          role: client`);

describe('namespaceSelector and podSelector: AND in one element, OR in two', () => {
  it('one element: only role=client pods inside user=alice namespaces', () => {
    const probes: Probe[] = [
      ['pod:alice/client', 'pod:default/target', 80, undefined, true],
      ['pod:alice/other', 'pod:default/target', 80, undefined, false],
      ['pod:bob/client', 'pod:default/target', 80, undefined, false],
      ['pod:default/client', 'pod:default/target', 80, undefined, false],
    ];
    expect(probeAll(scenario(...pods, and), probes)).toEqual(expected(probes));
  });

  it('two elements: role=client in the policy namespace, or any pod of a user=alice namespace', () => {
    const probes: Probe[] = [
      ['pod:alice/client', 'pod:default/target', 80, undefined, true],
      ['pod:alice/other', 'pod:default/target', 80, undefined, true],
      ['pod:bob/client', 'pod:default/target', 80, undefined, false],
      ['pod:default/client', 'pod:default/target', 80, undefined, true],
      ['pod:default/web', 'pod:default/target', 80, undefined, false],
    ];
    expect(probeAll(scenario(...pods, or), probes)).toEqual(expected(probes));
  });

  it('the explanation says which element let the pod in', () => {
    const cluster = scenario(...pods, or);
    const viaNamespace = checkPolicy(cluster, { from: 'pod:alice/other', to: 'pod:default/target', port: 80 });
    expect(viaNamespace.decision?.ingress.matches.map((m) => m.peer)).toEqual([0]);
    expect(viaNamespace.explanation).toContain('from[0] namespaceSelector user=alice');
    const viaPod = checkPolicy(cluster, { from: 'pod:default/client', to: 'pod:default/target', port: 80 });
    expect(viaPod.decision?.ingress.matches.map((m) => m.peer)).toEqual([1]);
    expect(viaPod.explanation).toContain('from[1] podSelector role=client');
    const combined = checkPolicy(scenario(...pods, and), {
      from: 'pod:alice/client',
      to: 'pod:default/target',
      port: 80,
    });
    expect(combined.explanation).toContain('namespaceSelector user=alice 그리고 podSelector role=client');
  });

  it('an empty namespaceSelector with a podSelector reaches every namespace', () => {
    const anyNamespace = policy(`    - namespaceSelector: {}
      podSelector:
        matchLabels:
          role: client`);
    const probes: Probe[] = [
      ['pod:alice/client', 'pod:default/target', 80, undefined, true],
      ['pod:bob/client', 'pod:default/target', 80, undefined, true],
      ['pod:default/client', 'pod:default/target', 80, undefined, true],
      ['pod:alice/other', 'pod:default/target', 80, undefined, false],
      ['ip:203.0.113.1', 'pod:default/target', 80, undefined, false],
    ];
    expect(probeAll(scenario(...pods, anyNamespace), probes)).toEqual(expected(probes));
  });

  it('an empty podSelector alone means every pod of the policy namespace, not of the cluster', () => {
    const sameNamespace = policy(`    - podSelector: {}`);
    const probes: Probe[] = [
      ['pod:default/web', 'pod:default/target', 80, undefined, true],
      ['pod:alice/client', 'pod:default/target', 80, undefined, false],
    ];
    expect(probeAll(scenario(...pods, sameNamespace), probes)).toEqual(expected(probes));
  });

  it('namespaces can be picked by the kubernetes.io/metadata.name label the API server sets', () => {
    const byName = policy(`    - namespaceSelector:
        matchLabels:
          kubernetes.io/metadata.name: bob`);
    const probes: Probe[] = [
      ['pod:bob/client', 'pod:default/target', 80, undefined, true],
      ['pod:alice/client', 'pod:default/target', 80, undefined, false],
    ];
    expect(probeAll(scenario(...pods, byName), probes)).toEqual(expected(probes));
  });
});
