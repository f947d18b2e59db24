// The course's three-tier setup: web → API → DB. The DB accepts only the API pod on 3306;
// the API accepts only web on 8080 and may call out only to the DB and to DNS.
import { describe, expect, it } from 'vitest';
import { checkPolicy, reachability } from '../../../src/engine';
import { expected, pod, probeAll, scenario } from './scenario';
import type { Probe } from './scenario';

const tiers = [
  pod('default', 'web', { labels: { app: 'web' }, ports: ['http:80'] }),
  pod('default', 'api', { labels: { app: 'api' }, ports: ['http:8080'] }),
  pod('default', 'db', { labels: { app: 'db' }, ports: ['mysql:3306'] }),
];

const dbPolicy = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: db-policy
spec:
  podSelector:
    matchLabels:
      app: db
  policyTypes:
  - Ingress
  ingress:
  - from:
    - podSelector:
        matchLabels:
          app: api
    ports:
    - protocol: TCP
      port: 3306`;

const apiPolicy = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: api-policy
spec:
  podSelector:
    matchLabels:
      app: api
  policyTypes:
  - Ingress
  - Egress
  ingress:
  - from:
    - podSelector:
        matchLabels:
          app: web
    ports:
    - port: http
  egress:
  - to:
    - podSelector:
        matchLabels:
          app: db
    ports:
    - port: 3306
  - to:
    - namespaceSelector: {}
      podSelector:
        matchLabels:
          k8s-app: kube-dns
    ports:
    - port: 53
      protocol: UDP`;

describe('web → API → DB', () => {
  const cluster = scenario(...tiers, dbPolicy, apiPolicy);

  it('DB accepts only the API pod on 3306', () => {
    const probes: Probe[] = [
      ['pod:default/api', 'pod:default/db', 3306, undefined, true],
      ['pod:default/web', 'pod:default/db', 3306, undefined, false],
      ['pod:default/api', 'pod:default/db', 3307, undefined, false],
      ['pod:default/api', 'pod:default/db', 3306, 'UDP', false],
      ['ip:203.0.113.10', 'pod:default/db', 3306, undefined, false],
    ];
    expect(probeAll(cluster, probes)).toEqual(expected(probes));
  });

  it('API accepts web on its named http port and calls out only to DB and DNS', () => {
    const dns = cluster.pods.find((p) => p.labels['k8s-app'] === 'kube-dns');
    const probes: Probe[] = [
      ['pod:default/web', 'pod:default/api', 8080, undefined, true],
      ['pod:default/web', 'pod:default/api', 80, undefined, false],
      ['pod:default/db', 'pod:default/api', 8080, undefined, false],
      ['pod:default/api', 'pod:default/web', 80, undefined, false],
      ['pod:default/api', `pod:kube-system/${dns?.name}`, 53, 'UDP', true],
      ['pod:default/api', 'ip:93.184.216.34', 443, undefined, false],
      // web is not selected by any policy: its own egress and ingress are open
      ['pod:default/web', 'ip:93.184.216.34', 443, undefined, true],
      ['pod:default/db', 'pod:default/web', 80, undefined, true],
    ];
    expect(probeAll(cluster, probes)).toEqual(expected(probes));
  });

  it('a denied call names the side and the policy that refused it', () => {
    const verdict = checkPolicy(cluster, { from: 'pod:default/web', to: 'pod:default/db', port: 3306 });
    expect(verdict).toMatchObject({
      allowed: false,
      egress: { allowed: true, policies: [] },
      ingress: { allowed: false, policies: ['default/db-policy'] },
    });
    expect(verdict.explanation).toContain('거부');
    expect(verdict.explanation).toContain('default/db-policy');
    expect(verdict.explanation).toContain('출발지가 맞지 않습니다');
  });

  it('both sides must allow: the API egress rule and the DB ingress rule together', () => {
    const verdict = checkPolicy(cluster, { from: 'pod:default/api', to: 'pod:default/db', port: 3306 });
    expect(verdict.decision?.egress.matches).toEqual([{ policy: 'default/api-policy', rule: 0, peer: 0, port: 0 }]);
    expect(verdict.decision?.ingress.matches).toEqual([{ policy: 'default/db-policy', rule: 0, peer: 0, port: 0 }]);
  });

  it('the 3306 matrix has one allowed cell into DB besides itself', () => {
    const matrix = reachability(cluster, { port: 3306 });
    expect(matrix.pods).toEqual(['default/web', 'default/api', 'default/db']);
    const db = matrix.pods.indexOf('default/db');
    const into = matrix.pods.filter((_, i) => matrix.allowed[i]?.[db]);
    expect(into).toEqual(['default/api', 'default/db']);
  });
});
