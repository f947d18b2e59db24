// Traffic that policies do not decide: a pod to itself, a pod and its own node, and hostNetwork pods
// (network-policies.md: "NetworkPolicy and hostNetwork pods"; node traffic is always allowed).
import { describe, expect, it } from 'vitest';
import { checkPolicy } from '../../../src/engine';
import { expected, pod, probeAll, scenario } from './scenario';
import type { Probe } from './scenario';

const denyAll = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: deny-all
spec:
  podSelector: {}
  policyTypes: [Ingress, Egress]`;

const allowFrom = (peer: string) => `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: allow-in
spec:
  podSelector:
    matchLabels:
      app: web
  ingress:
  - from:
${peer}`;

const twoNodes = [
  pod('default', 'web', { labels: { app: 'web' }, node: 'node01' }),
  pod('default', 'peer', { labels: { app: 'peer' }, node: 'node02' }),
  pod('default', 'agent-1', { labels: { app: 'agent' }, node: 'node01', hostNetwork: true }),
  pod('default', 'agent-2', { labels: { app: 'agent' }, node: 'node02', hostNetwork: true }),
];

describe('node-local and hostNetwork traffic', () => {
  it('hostNetwork pods are not isolated by a policy that selects every pod', () => {
    const cluster = scenario(...twoNodes, denyAll);
    const probes: Probe[] = [
      ['pod:default/agent-2', 'pod:default/agent-1', 9100, undefined, true],
      ['ip:203.0.113.3', 'pod:default/agent-1', 9100, undefined, true],
      // its own node's hostNetwork pod reaches a pod; another node's does not
      ['pod:default/agent-1', 'pod:default/web', 80, undefined, true],
      ['pod:default/agent-2', 'pod:default/web', 80, undefined, false],
      ['pod:default/web', 'pod:default/peer', 80, undefined, false],
      // and going out to one: its own node's is node traffic, another node's is not
      ['pod:default/web', 'pod:default/agent-1', 9100, undefined, true],
      ['pod:default/web', 'pod:default/agent-2', 9100, undefined, false],
    ];
    expect(probeAll(cluster, probes)).toEqual(expected(probes));
    const verdict = checkPolicy(cluster, { from: 'pod:default/agent-2', to: 'pod:default/agent-1', port: 9100 });
    expect(verdict.decision?.egress.exempt).toBe('host-network');
    expect(verdict.decision?.ingress.exempt).toBe('host-network');
    expect(verdict.explanation).toContain('hostNetwork');
  });

  it('label selectors do not see hostNetwork pods; their node address does', () => {
    const bySelector = scenario(
      ...twoNodes,
      allowFrom('    - podSelector:\n        matchLabels:\n          app: agent'),
    );
    const byAddress = scenario(...twoNodes, allowFrom('    - ipBlock:\n        cidr: 192.168.1.0/24'));
    const probes = (agent2: boolean): Probe[] => [['pod:default/agent-2', 'pod:default/web', 80, undefined, agent2]];
    expect(probeAll(bySelector, probes(false))).toEqual(expected(probes(false)));
    expect(probeAll(byAddress, probes(true))).toEqual(expected(probes(true)));
  });

  it('a pod always reaches itself and is reached from its own node', () => {
    const cluster = scenario(...twoNodes, denyAll);
    const probes: Probe[] = [
      ['pod:default/web', 'pod:default/web', 80, undefined, true],
      ['ip:192.168.1.2', 'pod:default/web', 80, undefined, true],
      ['ip:192.168.1.3', 'pod:default/web', 80, undefined, false],
      ['pod:default/peer', 'ip:192.168.1.3', 10250, undefined, true],
      ['pod:default/peer', 'ip:192.168.1.2', 10250, undefined, false],
    ];
    expect(probeAll(cluster, probes)).toEqual(expected(probes));
    const self = checkPolicy(cluster, { from: 'pod:default/web', to: 'pod:default/web', port: 80 });
    expect(self.decision?.ingress.exempt).toBe('loopback');
    const node = checkPolicy(cluster, { from: 'ip:192.168.1.2', to: 'pod:default/web', port: 80 });
    expect(node.decision?.ingress.exempt).toBe('node-local');
    expect(node.explanation).toContain('node01');
  });
});
