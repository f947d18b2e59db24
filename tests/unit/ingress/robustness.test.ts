// Whatever the request or the manifest, routeIngress answers with a result and never throws.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadCluster, routeIngress } from '../../../src/engine/index';
import { withServices } from './fixtures';

const OUTCOMES = ['routed', 'default-backend', 'not-found', 'redirect'];

describe('robustness', () => {
  const scenario = withServices(
    {
      name: 'regex',
      annotations: {
        'nginx.ingress.kubernetes.io/use-regex': 'true',
        'nginx.ingress.kubernetes.io/rewrite-target': '/$1$9',
      },
      rules: [
        {
          host: 'r.example',
          paths: [
            { path: '/(broken', type: 'ImplementationSpecific', service: 'a' },
            { path: '/ok/(.*)', type: 'ImplementationSpecific', service: 'b' },
          ],
        },
      ],
    },
    { name: 'plain', defaultBackend: { service: 'c' }, rules: [{ paths: [{ path: '/x', service: 'd' }] }] },
  );

  it('answers arbitrary hosts and paths in both modes', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.string(),
        fc.constantFrom('ingress-nginx' as const, 'generic' as const),
        (host, path, controller) => {
          const result = routeIngress(scenario, { host, path, controller });
          expect(OUTCOMES).toContain(result.outcome);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a pattern that does not compile never matches, the others still do', () => {
    expect(routeIngress(scenario, { host: 'r.example', path: '/(broken' }).service).not.toBe('default/a');
    expect(routeIngress(scenario, { host: 'r.example', path: '/ok/deep' })).toMatchObject({
      service: 'default/b',
      path: '/deep',
    });
  });

  it('answers on an empty scenario and on nonsense requests', () => {
    const empty = loadCluster('');
    expect(routeIngress(empty, { host: 'x', path: '/' })).toMatchObject({ outcome: 'not-found', status: 404 });
    expect(routeIngress(empty, { host: undefined as unknown as string, path: 42 as unknown as string })).toMatchObject({
      outcome: 'not-found',
    });
    expect(routeIngress(undefined as unknown as ReturnType<typeof loadCluster>, { host: 'x', path: '/' }).outcome).toBe(
      'not-found',
    );
  });

  it('answers the same for repeated queries on one cluster object', () => {
    const first = routeIngress(scenario, { host: 'any', path: '/x/1' });
    expect(routeIngress(scenario, { host: 'any', path: '/x/1' })).toEqual(first);
    expect(first).toMatchObject({ service: 'default/d' });
  });
});
