// Properties every NetworkPolicy evaluation must have, over random small clusters: the order of
// policies does not matter (they are additive), a deny-all never opens anything, allow-all opens
// everything, and the matrix agrees with checkPolicy.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPolicy, reachability } from '../../../src/engine';
import type { Protocol } from '../../../src/engine';
import { namespace, pod, scenario } from './scenario';

const NAMESPACES = ['red', 'blue'];
const label = fc.constantFrom('web', 'api', 'db');

const selector = fc.oneof(
  fc.constant('{}'),
  label.map((app) => `{matchLabels: {app: ${app}}}`),
  fc
    .constantFrom('In', 'NotIn')
    .chain((op) =>
      fc
        .constantFrom('prod', 'dev')
        .map((env) => `{matchExpressions: [{key: env, operator: ${op}, values: [${env}]}]}`),
    ),
  fc.constantFrom('Exists', 'DoesNotExist').map((op) => `{matchExpressions: [{key: env, operator: ${op}}]}`),
);

const peer = fc.oneof(
  selector.map((s) => `{podSelector: ${s}}`),
  fc
    .constantFrom('{}', '{matchLabels: {team: alpha}}', '{matchLabels: {kubernetes.io/metadata.name: red}}')
    .map((s) => `{namespaceSelector: ${s}}`),
  fc
    .tuple(selector, fc.constantFrom('{}', '{matchLabels: {team: beta}}'))
    .map(([p, n]) => `{podSelector: ${p}, namespaceSelector: ${n}}`),
  fc.constantFrom(
    '{ipBlock: {cidr: "10.244.0.0/16", except: ["10.244.0.4/32"]}}',
    '{ipBlock: {cidr: "10.244.0.0/30"}}',
    '{ipBlock: {cidr: "0.0.0.0/0", except: ["10.244.0.0/31"]}}',
  ),
);

const port = fc.oneof(
  fc.constantFrom(80, 443, 8080).map((p) => `{port: ${p}}`),
  fc.constant('{port: http}'),
  fc.constant('{protocol: UDP}'),
  fc.constant('{port: 79, endPort: 81}'),
);

const rule = (peers: string) =>
  fc
    .tuple(fc.array(peer, { maxLength: 2 }), fc.array(port, { maxLength: 2 }))
    .map(([list, ports]) => `{${peers}: [${list.join(', ')}], ports: [${ports.join(', ')}]}`);

const policy = fc
  .record({
    ns: fc.constantFrom(...NAMESPACES),
    podSelector: selector,
    types: fc.constantFrom('', 'policyTypes: [Ingress]', 'policyTypes: [Egress]', 'policyTypes: [Ingress, Egress]'),
    ingress: fc.array(rule('from'), { maxLength: 2 }),
    egress: fc.array(rule('to'), { maxLength: 2 }),
  })
  .map(
    (p) => (name: string) => `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: ${name}, namespace: ${p.ns}}
spec:
  podSelector: ${p.podSelector}
  ${p.types}
  ingress: [${p.ingress.join(', ')}]
  egress: [${p.egress.join(', ')}]`,
  );

const podSpec = fc.record({
  ns: fc.constantFrom(...NAMESPACES),
  app: label,
  env: fc.constantFrom('prod', 'dev', undefined),
  http: fc.constantFrom(80, 8080),
});

const world = fc.record({
  teams: fc.tuple(fc.constantFrom('alpha', 'beta'), fc.constantFrom('alpha', 'beta')),
  pods: fc.array(podSpec, { minLength: 2, maxLength: 5 }),
  policies: fc.array(policy, { maxLength: 4 }),
  port: fc.constantFrom(80, 443, 8080),
  protocol: fc.constantFrom<Protocol>('TCP', 'UDP'),
});

type World = typeof world extends fc.Arbitrary<infer T> ? T : never;

function base(w: World): string[] {
  return [
    ...NAMESPACES.map((name, i) => namespace(name, { team: w.teams[i] ?? 'alpha' })),
    ...w.pods.map((p, i) =>
      pod(p.ns, `p${i}`, { labels: { app: p.app, ...(p.env ? { env: p.env } : {}) }, ports: [`http:${p.http}`] }),
    ),
  ];
}

const policies = (w: World) => w.policies.map((make, i) => make(`np${i}`));

const allowAll = NAMESPACES.map(
  (ns) => `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: allow-all, namespace: ${ns}}
spec:
  podSelector: {}
  policyTypes: [Ingress, Egress]
  ingress: [{}]
  egress: [{}]`,
);

const denyAll = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: deny-all, namespace: red}
spec:
  podSelector: {}
  policyTypes: [Ingress, Egress]`;

const matrixOf = (docs: string[], w: World) =>
  reachability(scenario(...docs), { port: w.port, protocol: w.protocol }).allowed;

// Each run loads a cluster (with validation); the generous timeout keeps a busy machine from failing them.
describe('NetworkPolicy properties', { timeout: 60_000 }, () => {
  it('policies are additive: their order does not change the matrix', () => {
    fc.assert(
      fc.property(world, (w) => {
        expect(matrixOf([...base(w), ...policies(w)], w)).toEqual(matrixOf([...base(w), ...policies(w).reverse()], w));
      }),
      { numRuns: 40 },
    );
  });

  it('a deny-all never allows a connection that was denied', () => {
    fc.assert(
      fc.property(world, (w) => {
        const before = matrixOf([...base(w), ...policies(w)], w);
        const after = matrixOf([...base(w), ...policies(w), denyAll], w);
        after.forEach((row, i) => row.forEach((cell, j) => cell && expect(before[i]?.[j]).toBe(true)));
      }),
      { numRuns: 40 },
    );
  });

  it('allow-all in every namespace allows every pair, whatever else is there', () => {
    fc.assert(
      fc.property(world, (w) => {
        const matrix = matrixOf([...base(w), ...policies(w), ...allowAll], w);
        expect(matrix.flat().every(Boolean)).toBe(true);
      }),
      { numRuns: 25 },
    );
  });

  it('every matrix cell is the checkPolicy verdict', () => {
    fc.assert(
      fc.property(world, (w) => {
        const cluster = scenario(...base(w), ...policies(w));
        const { pods, allowed } = reachability(cluster, { port: w.port, protocol: w.protocol });
        pods.forEach((from, i) =>
          pods.forEach((to, j) => {
            const verdict = checkPolicy(cluster, {
              from: `pod:${from}`,
              to: `pod:${to}`,
              port: w.port,
              protocol: w.protocol,
            });
            expect(verdict.allowed).toBe(allowed[i]?.[j]);
            expect(verdict.allowed).toBe(verdict.egress.allowed && verdict.ingress.allowed);
          }),
        );
      }),
      { numRuns: 40 },
    );
  });
});
