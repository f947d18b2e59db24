// reachability() decides each side once per pair of pod classes (pods that every policy treats alike). These
// clusters are built to have many look-alike pods and the cases that split a class: hostNetwork pods on shared
// nodes (traffic from a pod's own node is allowed, network-policies.md), named ports that differ by pod, ipBlocks
// over node pod CIDRs with excepts. Every cell must equal the pair-by-pair checkPolicy verdict.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPolicy, reachability } from '../../../src/engine';
import type { Protocol } from '../../../src/engine';
import { namespace, pod, scenario } from './scenario';

const NAMESPACES = ['red', 'blue'];
const NODES = ['node01', 'node02', 'node03'];

const selector = fc.oneof(
  fc.constant('{}'),
  fc.constantFrom('web', 'db').map((app) => `{matchLabels: {app: ${app}}}`),
  fc.constantFrom('In', 'NotIn').map((op) => `{matchExpressions: [{key: tier, operator: ${op}, values: [a, b]}]}`),
);

const peer = fc.oneof(
  selector.map((s) => `{podSelector: ${s}}`),
  selector.map((s) => `{namespaceSelector: {matchLabels: {team: x}}, podSelector: ${s}}`),
  fc.constantFrom(
    '{ipBlock: {cidr: "10.244.0.0/16", except: ["10.244.1.0/24"]}}',
    '{ipBlock: {cidr: "10.244.2.0/24"}}',
    '{ipBlock: {cidr: "192.168.0.0/16"}}',
  ),
);

const port = fc.constantFrom('{port: 80}', '{port: http}', '{port: web}', '{protocol: UDP}', '{port: 70, endPort: 90}');

const rule = (side: 'from' | 'to') =>
  fc
    .tuple(fc.array(peer, { maxLength: 2 }), fc.array(port, { maxLength: 2 }))
    .map(([peers, ports]) => `{${side}: [${peers.join(', ')}], ports: [${ports.join(', ')}]}`);

const policy = fc
  .record({
    ns: fc.constantFrom(...NAMESPACES),
    podSelector: selector,
    types: fc.constantFrom('[Ingress]', '[Egress]', '[Ingress, Egress]'),
    ingress: fc.array(rule('from'), { maxLength: 2 }),
    egress: fc.array(rule('to'), { maxLength: 2 }),
  })
  .map(
    (p) => (name: string) => `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: ${name}, namespace: ${p.ns}}
spec:
  podSelector: ${p.podSelector}
  policyTypes: ${p.types}
  ingress: [${p.ingress.join(', ')}]
  egress: [${p.egress.join(', ')}]`,
  );

const world = fc.record({
  pods: fc.array(
    fc.record({
      ns: fc.constantFrom(...NAMESPACES),
      app: fc.constantFrom('web', 'db'),
      tier: fc.constantFrom('a', 'b', 'c'),
      node: fc.constantFrom(...NODES),
      hostNetwork: fc.integer({ min: 0, max: 7 }).map((n) => n === 0),
      portName: fc.constantFrom('http', 'web', undefined),
    }),
    { minLength: 4, maxLength: 24 },
  ),
  policies: fc.array(policy, { maxLength: 5 }),
  port: fc.constantFrom(80, 8080),
  protocol: fc.constantFrom<Protocol>('TCP', 'UDP'),
});

describe('reachability over pod classes', { timeout: 120_000 }, () => {
  it('every cell equals checkPolicy for the same pair', () => {
    fc.assert(
      fc.property(world, (w) => {
        const cluster = scenario(
          namespace('red', { team: 'x' }),
          namespace('blue', { team: 'y' }),
          ...w.pods.map((p, i) =>
            pod(p.ns, `p${i}`, {
              labels: { app: p.app, tier: p.tier },
              node: p.node,
              hostNetwork: p.hostNetwork,
              ports: [`${p.portName ? `${p.portName}:` : ''}${w.port}${w.protocol === 'UDP' ? '/UDP' : ''}`],
            }),
          ),
          ...w.policies.map((make, i) => make(`np${i}`)),
        );
        const { pods, allowed } = reachability(cluster, { port: w.port, protocol: w.protocol });
        pods.forEach((from, i) =>
          pods.forEach((to, j) => {
            const verdict = checkPolicy(cluster, { from: `pod:${from}`, to: `pod:${to}`, ...w });
            expect(allowed[i]?.[j], `${from} -> ${to}`).toBe(verdict.allowed);
          }),
        );
      }),
      { numRuns: 60, seed: 20 },
    );
  });
});
