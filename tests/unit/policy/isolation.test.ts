// Which pods a policy isolates and how rules combine: policyTypes defaulting, the union of
// policies, namespace scope, matchExpressions, and both sides of a connection.
import { describe, expect, it } from 'vitest';
import { checkPolicy } from '../../../src/engine';
import { expected, namespace, pod, probeAll, scenario } from './scenario';
import type { Probe } from './scenario';

const pods = [
  namespace('dev'),
  pod('default', 'prod', { labels: { app: 'svc', env: 'prod' } }),
  pod('default', 'staging', { labels: { app: 'svc', env: 'staging' } }),
  pod('default', 'dev', { labels: { app: 'svc', env: 'dev' } }),
  pod('default', 'bare', { labels: { app: 'svc' } }),
  pod('default', 'team', { labels: { app: 'svc', team: 'blue' } }),
  pod('dev', 'prod', { labels: { app: 'svc', env: 'prod' } }),
];

function denyFor(selector: string): string {
  return `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: deny-selected
spec:
  podSelector:
${selector}
  policyTypes: [Ingress]`;
}

const isolated = (cluster: ReturnType<typeof scenario>, name: string) =>
  checkPolicy(cluster, { from: 'ip:203.0.113.1', to: `pod:default/${name}`, port: 80 }).ingress.policies.length > 0;

describe('spec.podSelector with matchExpressions', () => {
  const names = ['prod', 'staging', 'dev', 'bare', 'team'];

  it('In needs the key with one of the values', () => {
    const cluster = scenario(
      ...pods,
      denyFor('    matchExpressions:\n    - {key: env, operator: In, values: [prod, staging]}'),
    );
    expect(names.filter((n) => isolated(cluster, n))).toEqual(['prod', 'staging']);
  });

  it('NotIn is also satisfied by a missing key', () => {
    const cluster = scenario(
      ...pods,
      denyFor('    matchExpressions:\n    - {key: env, operator: NotIn, values: [dev]}'),
    );
    expect(names.filter((n) => isolated(cluster, n))).toEqual(['prod', 'staging', 'bare', 'team']);
  });

  it('Exists and DoesNotExist look at the key only', () => {
    const exists = scenario(...pods, denyFor('    matchExpressions:\n    - {key: env, operator: Exists}'));
    expect(names.filter((n) => isolated(exists, n))).toEqual(['prod', 'staging', 'dev']);
    const absent = scenario(...pods, denyFor('    matchExpressions:\n    - {key: env, operator: DoesNotExist}'));
    expect(names.filter((n) => isolated(absent, n))).toEqual(['bare', 'team']);
  });

  it('matchLabels and matchExpressions are ANDed', () => {
    const cluster = scenario(
      ...pods,
      denyFor(
        '    matchLabels:\n      app: svc\n    matchExpressions:\n    - {key: env, operator: In, values: [prod, dev]}',
      ),
    );
    expect(names.filter((n) => isolated(cluster, n))).toEqual(['prod', 'dev']);
  });

  it('selects only in the policy namespace', () => {
    const cluster = scenario(...pods, denyFor('    matchLabels:\n      env: prod'));
    const probes: Probe[] = [
      ['ip:203.0.113.1', 'pod:default/prod', 80, undefined, false],
      ['ip:203.0.113.1', 'pod:dev/prod', 80, undefined, true],
    ];
    expect(probeAll(cluster, probes)).toEqual(expected(probes));
  });
});

describe('policyTypes', () => {
  const two = [pod('default', 'a', { labels: { app: 'a' } }), pod('default', 'b', { labels: { app: 'b' } })];
  const policy = (spec: string) => `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: p
spec:
  podSelector:
    matchLabels:
      app: a
${spec}`;

  it('left out, with `egress: []`: Ingress only (an empty list is not egress rules)', () => {
    const cluster = scenario(...two, policy('  egress: []'));
    const probes: Probe[] = [
      ['pod:default/a', 'pod:default/b', 80, undefined, true],
      ['pod:default/b', 'pod:default/a', 80, undefined, false],
    ];
    expect(probeAll(cluster, probes)).toEqual(expected(probes));
  });

  it('left out, with egress rules: Ingress and Egress', () => {
    const cluster = scenario(...two, policy('  egress:\n  - to:\n    - ipBlock:\n        cidr: 192.0.2.0/24'));
    const probes: Probe[] = [
      ['pod:default/a', 'pod:default/b', 80, undefined, false],
      ['pod:default/a', 'ip:192.0.2.1', 80, undefined, true],
      ['pod:default/b', 'pod:default/a', 80, undefined, false],
    ];
    expect(probeAll(cluster, probes)).toEqual(expected(probes));
  });

  it('Egress only: ingress rules are ignored and ingress stays open', () => {
    const cluster = scenario(
      ...two,
      policy(
        '  policyTypes: [Egress]\n  ingress:\n  - from:\n    - podSelector:\n        matchLabels:\n          app: nobody',
      ),
    );
    const probes: Probe[] = [
      ['pod:default/b', 'pod:default/a', 80, undefined, true],
      ['pod:default/a', 'pod:default/b', 80, undefined, false],
    ];
    expect(probeAll(cluster, probes)).toEqual(expected(probes));
  });
});

describe('combining policies and sides', () => {
  const three = [
    pod('default', 'server', { labels: { app: 'server' } }),
    pod('default', 'alpha', { labels: { app: 'alpha' } }),
    pod('default', 'beta', { labels: { app: 'beta' } }),
    pod('default', 'gamma', { labels: { app: 'gamma' } }),
  ];
  const allowFrom = (name: string, app: string) => `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: ${name}
spec:
  podSelector:
    matchLabels:
      app: server
  ingress:
  - from:
    - podSelector:
        matchLabels:
          app: ${app}`;

  it('the union of every policy selecting the pod, whatever their order', () => {
    const probes: Probe[] = [
      ['pod:default/alpha', 'pod:default/server', 80, undefined, true],
      ['pod:default/beta', 'pod:default/server', 80, undefined, true],
      ['pod:default/gamma', 'pod:default/server', 80, undefined, false],
    ];
    expect(
      probeAll(scenario(...three, allowFrom('from-alpha', 'alpha'), allowFrom('from-beta', 'beta')), probes),
    ).toEqual(expected(probes));
    expect(
      probeAll(scenario(...three, allowFrom('from-beta', 'beta'), allowFrom('from-alpha', 'alpha')), probes),
    ).toEqual(expected(probes));
  });

  it('ingress allowed but source egress denied is denied, and the verdict says which side', () => {
    const cluster = scenario(
      ...three,
      allowFrom('from-alpha', 'alpha'),
      `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: alpha-no-egress
spec:
  podSelector:
    matchLabels:
      app: alpha
  policyTypes: [Egress]`,
    );
    const verdict = checkPolicy(cluster, { from: 'pod:default/alpha', to: 'pod:default/server', port: 80 });
    expect(verdict).toMatchObject({
      allowed: false,
      egress: { allowed: false, policies: ['default/alpha-no-egress'] },
      ingress: { allowed: true, policies: ['default/from-alpha'] },
    });
    expect(verdict.explanation).toContain('egress 규칙이 하나도 없습니다');
  });
});
