// reachability(): the pods × pods matrix agrees with checkPolicy cell by cell, lists the reader's
// pods only (not the loader's CoreDNS), and follows the requested port and protocol.
import { describe, expect, it } from 'vitest';
import { checkPolicy, reachability } from '../../../src/engine';
import type { Protocol } from '../../../src/engine';
import { namespace, pod, scenario } from './scenario';

const cluster = scenario(
  namespace('shop', { team: 'shop' }),
  pod('default', 'web', { labels: { app: 'web' }, ports: ['http:8080'] }),
  pod('default', 'api', { labels: { app: 'api' } }),
  pod('shop', 'cart', { labels: { app: 'cart' } }),
  pod('shop', 'db', { labels: { app: 'db' }, ports: ['pg:5432'] }),
  `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: db
  namespace: shop
spec:
  podSelector:
    matchLabels:
      app: db
  ingress:
  - from:
    - podSelector:
        matchLabels:
          app: cart
    ports:
    - port: pg
  - from:
    - namespaceSelector:
        matchLabels:
          kubernetes.io/metadata.name: default
      podSelector:
        matchLabels:
          app: api
    ports:
    - port: 5432
      protocol: UDP`,
  `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: web-out
spec:
  podSelector:
    matchLabels:
      app: web
  egress:
  - to:
    - namespaceSelector:
        matchLabels:
          team: shop
  policyTypes: [Egress]`,
);

describe('reachability', () => {
  it('lists the reader’s pods in order, without the implicit CoreDNS pods', () => {
    expect(reachability(cluster, { port: 80 }).pods).toEqual(['default/web', 'default/api', 'shop/cart', 'shop/db']);
  });

  it('agrees with checkPolicy in every cell, for several ports and protocols', () => {
    const cases: [number, Protocol | undefined][] = [
      [80, undefined],
      [5432, undefined],
      [5432, 'UDP'],
      [8080, 'TCP'],
    ];
    for (const [port, protocol] of cases) {
      const matrix = reachability(cluster, { port, ...(protocol ? { protocol } : {}) });
      const fromChecks = matrix.pods.map((from) =>
        matrix.pods.map(
          (to) =>
            checkPolicy(cluster, { from: `pod:${from}`, to: `pod:${to}`, port, ...(protocol ? { protocol } : {}) })
              .allowed,
        ),
      );
      expect(matrix.allowed).toEqual(fromChecks);
    }
  });

  it('has the expected shape for TCP 5432: only cart reaches db; web only reaches shop', () => {
    const { pods, allowed } = reachability(cluster, { port: 5432 });
    const cell = (from: string, to: string) => allowed[pods.indexOf(from)]?.[pods.indexOf(to)];
    expect(cell('shop/cart', 'shop/db')).toBe(true);
    expect(cell('default/api', 'shop/db')).toBe(false);
    expect(cell('default/web', 'shop/db')).toBe(false);
    expect(cell('default/web', 'shop/cart')).toBe(true);
    expect(cell('default/web', 'default/api')).toBe(false);
    expect(cell('default/api', 'default/web')).toBe(true);
    expect(pods.every((p) => cell(p, p))).toBe(true);
  });

  it('for UDP 5432 api gets in through the second rule and cart does not', () => {
    const { pods, allowed } = reachability(cluster, { port: 5432, protocol: 'UDP' });
    const db = pods.indexOf('shop/db');
    expect(pods.filter((p, i) => p !== 'shop/db' && allowed[i]?.[db])).toEqual(['default/api']);
  });
});
