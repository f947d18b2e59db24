// The concept page's "Default policies": deny / allow all, ingress and egress, per namespace.
import { describe, expect, it } from 'vitest';
import { checkPolicy } from '../../../src/engine';
import { expected, namespace, pod, probeAll, scenario } from './scenario';
import type { Probe } from './scenario';

const denyIngress = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: default-deny-ingress
spec:
  podSelector: {}
  policyTypes:
  - Ingress`;

const allowAllIngress = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: allow-all-ingress
spec:
  podSelector: {}
  ingress:
  - {}
  policyTypes:
  - Ingress`;

const denyEgress = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: default-deny-egress
spec:
  podSelector: {}
  policyTypes:
  - Egress`;

const allowAllEgress = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: allow-all-egress
spec:
  podSelector: {}
  egress:
  - {}
  policyTypes:
  - Egress`;

const denyAll = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: default-deny-all
spec:
  podSelector: {}
  policyTypes:
  - Ingress
  - Egress`;

const world = [
  namespace('other'),
  pod('default', 'a', { labels: { app: 'a' } }),
  pod('default', 'b', { labels: { app: 'b' } }),
  pod('other', 'c', { labels: { app: 'c' } }),
];

describe('default policies', () => {
  it('without any policy everything is allowed', () => {
    const probes: Probe[] = [
      ['pod:default/a', 'pod:default/b', 80, undefined, true],
      ['pod:other/c', 'pod:default/a', 5432, 'UDP', true],
      ['ip:203.0.113.5', 'pod:default/b', 443, undefined, true],
    ];
    expect(probeAll(scenario(...world), probes)).toEqual(expected(probes));
  });

  it('default-deny-ingress isolates every pod of its namespace for ingress only', () => {
    const probes: Probe[] = [
      ['pod:default/a', 'pod:default/b', 80, undefined, false],
      ['pod:other/c', 'pod:default/a', 80, undefined, false],
      ['ip:203.0.113.5', 'pod:default/a', 80, undefined, false],
      // egress is unchanged, and the other namespace is not isolated
      ['pod:default/a', 'pod:other/c', 80, undefined, true],
      ['pod:default/a', 'ip:203.0.113.5', 443, undefined, true],
    ];
    expect(probeAll(scenario(...world, denyIngress), probes)).toEqual(expected(probes));
  });

  it('allow-all-ingress wins over a deny: rules are a union', () => {
    const probes: Probe[] = [
      ['pod:default/a', 'pod:default/b', 80, undefined, true],
      ['pod:other/c', 'pod:default/a', 9999, 'UDP', true],
      ['ip:203.0.113.5', 'pod:default/a', 80, undefined, true],
    ];
    const cluster = scenario(...world, denyIngress, allowAllIngress);
    expect(probeAll(cluster, probes)).toEqual(expected(probes));
    const verdict = checkPolicy(cluster, { from: 'pod:other/c', to: 'pod:default/a', port: 80 });
    expect(verdict.ingress.policies.sort()).toEqual(['default/allow-all-ingress', 'default/default-deny-ingress']);
    expect(verdict.decision?.ingress.matches).toEqual([{ policy: 'default/allow-all-ingress', rule: 0 }]);
  });

  it('default-deny-egress isolates every pod of its namespace for egress only', () => {
    const probes: Probe[] = [
      ['pod:default/a', 'pod:default/b', 80, undefined, false],
      ['pod:default/a', 'pod:other/c', 80, undefined, false],
      ['pod:default/a', 'ip:203.0.113.5', 443, undefined, false],
      ['pod:other/c', 'pod:default/a', 80, undefined, true],
      ['ip:203.0.113.5', 'pod:default/b', 80, undefined, true],
    ];
    const cluster = scenario(...world, denyEgress);
    expect(probeAll(cluster, probes)).toEqual(expected(probes));
    const verdict = checkPolicy(cluster, { from: 'pod:default/a', to: 'pod:default/b', port: 80 });
    expect(verdict.egress).toEqual({ allowed: false, policies: ['default/default-deny-egress'] });
    expect(verdict.ingress).toEqual({ allowed: true, policies: [] });
  });

  it('allow-all-egress reopens egress under a deny', () => {
    const probes: Probe[] = [
      ['pod:default/a', 'pod:default/b', 80, undefined, true],
      ['pod:default/a', 'ip:203.0.113.5', 443, undefined, true],
    ];
    expect(probeAll(scenario(...world, denyEgress, allowAllEgress), probes)).toEqual(expected(probes));
  });

  it('default-deny-all blocks both directions, but never a pod to itself or its own node', () => {
    const probes: Probe[] = [
      ['pod:default/a', 'pod:default/b', 80, undefined, false],
      ['pod:other/c', 'pod:default/a', 80, undefined, false],
      ['pod:default/b', 'pod:other/c', 80, undefined, false],
      ['ip:203.0.113.5', 'pod:default/a', 80, undefined, false],
      ['pod:other/c', 'pod:other/c', 80, undefined, true],
      ['pod:default/a', 'pod:default/a', 80, undefined, true],
      // kubelet probes come from the node: network-policies.md, traffic to and from the node is always allowed
      ['ip:192.168.1.2', 'pod:default/a', 8080, undefined, true],
      ['pod:default/a', 'ip:192.168.1.2', 10250, undefined, true],
    ];
    expect(probeAll(scenario(...world, denyAll), probes)).toEqual(expected(probes));
  });
});
