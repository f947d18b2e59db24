// Several Ingresses on one host: ingress-nginx merges them into one server, oldest first, and the oldest
// keeps a duplicated path; spec.defaultBackend serves only the hosts of its own Ingress.
import { describe, expect, it } from 'vitest';
import { routeIngress } from '../../../src/engine/index';
import { withServices } from './fixtures';

const host = 'shop.example';

describe('merging Ingresses on one host', () => {
  const scenario = withServices(
    {
      name: 'newer',
      created: '2024-05-02T00:00:00Z',
      rules: [
        {
          host,
          paths: [
            { path: '/cart', service: 'cart-v2' },
            { path: '/pay', service: 'pay' },
          ],
        },
      ],
    },
    {
      name: 'older',
      created: '2024-05-01T00:00:00Z',
      rules: [
        {
          host,
          paths: [
            { path: '/cart', service: 'cart' },
            { path: '/', service: 'home' },
          ],
        },
      ],
    },
  );

  // The admission webhook (controller.go checkOverlap) denies an Ingress whose host and path an older one
  // holds: the newer one is never created, its other paths included.
  it('the oldest Ingress keeps a duplicated path; the webhook denied the newer one whole', () => {
    expect(routeIngress(scenario, { host, path: '/cart' })).toMatchObject({
      service: 'default/cart',
      ingress: 'default/older',
    });
    expect(routeIngress(scenario, { host, path: '/pay/now' })).toMatchObject({
      service: 'default/home',
      ingress: 'default/older',
    });
  });

  it('paths of both Ingresses serve the same host', () => {
    const both = withServices(
      { name: 'a', rules: [{ host, paths: [{ path: '/pay', service: 'pay' }] }] },
      { name: 'b', rules: [{ host, paths: [{ path: '/', service: 'home' }] }] },
    );
    expect(routeIngress(both, { host, path: '/pay/now' })).toMatchObject({
      service: 'default/pay',
      ingress: 'default/a',
    });
    expect(routeIngress(both, { host, path: '/about' })).toMatchObject({
      service: 'default/home',
      ingress: 'default/b',
    });
  });

  it('the spec mode keeps the oldest too', () => {
    expect(routeIngress(scenario, { host, path: '/cart', controller: 'generic' }).service).toBe('default/cart');
  });

  it('without timestamps the first Ingress in the text is the oldest', () => {
    const inText = withServices(
      { name: 'b-first', rules: [{ host, paths: [{ path: '/x', service: 'first' }] }] },
      { name: 'a-second', rules: [{ host, paths: [{ path: '/x', service: 'second' }] }] },
    );
    expect(routeIngress(inText, { host, path: '/x' }).service).toBe('default/first');
  });

  it('equal timestamps: the name that sorts last is taken as the older (store.go sortIngressSlice)', () => {
    const same = '2024-05-01T00:00:00Z';
    const tie = withServices(
      { name: 'alpha', created: same, rules: [{ host, paths: [{ path: '/x', service: 'alpha' }] }] },
      { name: 'beta', created: same, rules: [{ host, paths: [{ path: '/x', service: 'beta' }] }] },
    );
    expect(routeIngress(tie, { host, path: '/x' }).service).toBe('default/beta');
  });

  it('the same path with another pathType is a separate location', () => {
    const mixed = withServices(
      {
        name: 'prefix',
        created: '2024-05-01T00:00:00Z',
        rules: [{ host, paths: [{ path: '/foo', type: 'Prefix', service: 'prefix' }] }],
      },
      {
        name: 'exact',
        created: '2024-05-02T00:00:00Z',
        rules: [{ host, paths: [{ path: '/foo', type: 'Exact', service: 'exact' }] }],
      },
    );
    expect(routeIngress(mixed, { host, path: '/foo' }).service).toBe('default/exact');
    expect(routeIngress(mixed, { host, path: '/foo/bar' }).service).toBe('default/prefix');
  });
});

describe('default backends', () => {
  const scenario = withServices(
    {
      name: 'shop',
      created: '2024-05-01T00:00:00Z',
      defaultBackend: { service: 'shop-fallback' },
      rules: [{ host, paths: [{ path: '/cart', service: 'cart' }] }],
    },
    {
      name: 'blog',
      created: '2024-05-02T00:00:00Z',
      rules: [{ host: 'blog.example', paths: [{ path: '/posts', service: 'posts' }] }],
    },
  );

  it('serves spec.defaultBackend for an unmatched path on its own host', () => {
    const result = routeIngress(scenario, { host, path: '/unknown' });
    expect(result).toMatchObject({
      outcome: 'default-backend',
      service: 'default/shop-fallback',
      port: 80,
      ingress: 'default/shop',
      rule: 'spec.defaultBackend',
      path: '/unknown',
    });
  });

  it('does not serve it for another Ingress’s host in ingress-nginx', () => {
    expect(routeIngress(scenario, { host: 'blog.example', path: '/unknown' })).toMatchObject({
      outcome: 'not-found',
      status: 404,
    });
  });

  it('does not serve it for an unknown host in ingress-nginx', () => {
    expect(routeIngress(scenario, { host: 'nobody.example', path: '/' }).outcome).toBe('not-found');
  });

  it('the spec mode sends every unmatched request to it', () => {
    expect(routeIngress(scenario, { host: 'blog.example', path: '/unknown', controller: 'generic' })).toMatchObject({
      outcome: 'default-backend',
      service: 'default/shop-fallback',
    });
  });

  it('an Ingress with only a defaultBackend catches every host', () => {
    const catchAll = withServices({ name: 'single', defaultBackend: { service: 'everything', port: 8080 } });
    for (const request of [
      { host: 'a.example', path: '/' },
      { host: '', path: '/x?y=1' },
    ]) {
      expect(routeIngress(catchAll, request)).toMatchObject({
        outcome: 'default-backend',
        service: 'default/everything',
        port: 8080,
        path: request.path,
      });
    }
  });

  it('a younger Ingress on the same host does not bring its defaultBackend', () => {
    const younger = withServices(
      { name: 'first', created: '2024-05-01T00:00:00Z', rules: [{ host, paths: [{ path: '/a', service: 'a' }] }] },
      {
        name: 'second',
        created: '2024-05-02T00:00:00Z',
        defaultBackend: { service: 'late-fallback' },
        rules: [{ host, paths: [{ path: '/b', service: 'b' }] }],
      },
    );
    expect(routeIngress(younger, { host, path: '/zzz' }).outcome).toBe('not-found');
  });

  it('a path / replaces the host’s root default location', () => {
    const withRoot = withServices({
      name: 'root',
      defaultBackend: { service: 'fallback' },
      rules: [{ host, paths: [{ path: '/', service: 'home' }] }],
    });
    expect(routeIngress(withRoot, { host, path: '/anything' })).toMatchObject({
      outcome: 'routed',
      service: 'default/home',
    });
  });
});

describe('host-less rules and wildcards in ingress-nginx', () => {
  const scenario = withServices(
    {
      name: 'named',
      rules: [
        { host, paths: [{ path: '/a', service: 'named' }] },
        { host: '*.example', paths: [{ path: '/', service: 'wild' }] },
      ],
    },
    { name: 'any', rules: [{ paths: [{ path: '/', service: 'any' }] }] },
  );
  it('a named host only uses its own locations', () => {
    expect(routeIngress(scenario, { host, path: '/b' }).outcome).toBe('not-found');
  });
  it('a wildcard takes exactly one label in ingress-nginx (its server_name regex is ^[\\w-]+\\.suffix$)', () => {
    expect(routeIngress(scenario, { host: 'blog.example', path: '/' }).service).toBe('default/wild');
    expect(routeIngress(scenario, { host: 'a.b.example', path: '/' }).service).toBe('default/any');
  });
  it('and exactly one label in the spec', () => {
    expect(routeIngress(scenario, { host: 'blog.example', path: '/', controller: 'generic' }).service).toBe(
      'default/wild',
    );
    expect(routeIngress(scenario, { host: 'a.b.example', path: '/', controller: 'generic' }).service).toBe(
      'default/any',
    );
  });
  it('an unknown host falls to the rules without host', () => {
    expect(routeIngress(scenario, { host: 'elsewhere.org', path: '/z' }).service).toBe('default/any');
  });
});
