// ingress-nginx rewrite-target and use-regex: the rewrite example (docs/examples/rewrite), the path
// priority and warning examples (docs/user-guide/ingress-path-matching.md), and how the regex modifier
// spreads to every path of a host.
import { describe, expect, it } from 'vitest';
import { routeIngress } from '../../../src/engine/index';
import { withServices } from './fixtures';

const A = 'nginx.ingress.kubernetes.io/';

describe('the rewrite example: /something(/|$)(.*) → /$2', () => {
  const scenario = withServices({
    name: 'rewrite',
    annotations: { [`${A}use-regex`]: 'true', [`${A}rewrite-target`]: '/$2' },
    rules: [
      {
        host: 'rewrite.bar.com',
        paths: [{ path: '/something(/|$)(.*)', type: 'ImplementationSpecific', service: 'http-svc' }],
      },
    ],
  });
  const cases: [string, string][] = [
    ['/something', '/'],
    ['/something/', '/'],
    ['/something/new', '/new'],
    ['/something/new/deeper?x=1', '/new/deeper?x=1'],
    ['/SOMETHING/Case', '/Case'],
  ];
  it.each(cases)('%s reaches http-svc as %s', (path, received) => {
    const result = routeIngress(scenario, { host: 'rewrite.bar.com', path });
    expect(result).toMatchObject({
      outcome: 'routed',
      service: 'default/http-svc',
      port: 80,
      path: received,
      ingress: 'default/rewrite',
    });
    expect(result.rule).toBe('rewrite.bar.com/something(/|$)(.*) (ImplementationSpecific)');
  });

  it('does not match /somethingelse (the group demands / or the end)', () => {
    expect(routeIngress(scenario, { host: 'rewrite.bar.com', path: '/somethingelse' }).outcome).toBe('not-found');
  });

  it('in generic mode the regex is only a literal path and matches nothing', () => {
    expect(
      routeIngress(scenario, { host: 'rewrite.bar.com', path: '/something/new', controller: 'generic' }).outcome,
    ).toBe('not-found');
  });
});

describe('the same example written with pathType: Prefix (as older guides do)', () => {
  const scenario = withServices({
    name: 'rewrite-prefix',
    annotations: { [`${A}use-regex`]: 'true', [`${A}rewrite-target`]: '/$2' },
    rules: [{ host: 'rewrite.bar.com', paths: [{ path: '/something(/|$)(.*)', type: 'Prefix', service: 'http-svc' }] }],
  });
  it('is denied by the admission webhook (strict-validate-path-type), so nothing routes', () => {
    const result = routeIngress(scenario, { host: 'rewrite.bar.com', path: '/something/new' });
    expect(result).toMatchObject({ outcome: 'not-found', status: 404 });
    expect(result.explanation).toContain('strict-validate-path-type');
  });
  it('a Prefix path with a dot is denied too', () => {
    const dotted = withServices({
      name: 'dotted',
      rules: [{ host: 'd.example', paths: [{ path: '/index.html', service: 'web' }] }],
    });
    expect(routeIngress(dotted, { host: 'd.example', path: '/index.html' }).outcome).toBe('not-found');
    expect(routeIngress(dotted, { host: 'd.example', path: '/index.html', controller: 'generic' }).outcome).toBe(
      'routed',
    );
  });
});

describe('capture groups and query strings in rewrite-target', () => {
  function rewritten(target: string, path: string, request: string): string | undefined {
    const scenario = withServices({
      name: 'captures',
      annotations: { [`${A}rewrite-target`]: target },
      rules: [{ host: 'api.example.com', paths: [{ path, type: 'ImplementationSpecific', service: 'api' }] }],
    });
    return routeIngress(scenario, { host: 'api.example.com', path: request }).path;
  }

  it('substitutes several groups in order', () => {
    expect(rewritten('/v2/$2/$1', '/api/([a-z]+)/([0-9]+)', '/api/users/42')).toBe('/v2/42/users');
  });
  it('a group that did not take part becomes empty', () => {
    expect(rewritten('/x$2', '/app(/(.*))?', '/app')).toBe('/x');
  });
  it('appends the original query after the target’s own arguments', () => {
    expect(rewritten('/search?src=ingress', '/find', '/find?q=k8s')).toBe('/search?src=ingress&q=k8s');
  });
  it('a target ending in ? drops the original query', () => {
    expect(rewritten('/plain?', '/find', '/find?q=k8s')).toBe('/plain');
  });
  it('rewrites the whole URI, not only the matched part', () => {
    expect(rewritten('/', '/shop', '/shop/cart/items')).toBe('/');
  });
});

describe('path priority (ingress-path-matching.md): longest regex location first', () => {
  const scenario = withServices(
    {
      name: 'test-ingress-1',
      created: '2024-01-01T00:00:00Z',
      rules: [
        {
          host: 'test.com',
          paths: [
            { path: '/foo/bar', service: 'service1' },
            { path: '/foo/bar/', service: 'service2' },
          ],
        },
      ],
    },
    {
      name: 'test-ingress-2',
      created: '2024-01-02T00:00:00Z',
      annotations: { [`${A}rewrite-target`]: '/$1' },
      rules: [
        { host: 'test.com', paths: [{ path: '/foo/bar/(.+)', type: 'ImplementationSpecific', service: 'service3' }] },
      ],
    },
  );
  const cases: [string, string][] = [
    ['/foo/bar/1', 'service3'],
    ['/foo/bar/', 'service2'],
    ['/foo/bar', 'service1'],
  ];
  it.each(cases)('%s → %s', (path, service) => {
    expect(routeIngress(scenario, { host: 'test.com', path }).service).toBe(`default/${service}`);
  });

  it('the other Ingress’s rewrite turns test-ingress-1’s paths into prefix regexes too', () => {
    const result = routeIngress(scenario, { host: 'test.com', path: '/foo/barbaz' });
    expect(result.service).toBe('default/service1');
    expect(result.path).toBe('/foo/barbaz');
    expect(result.explanation).toContain('~*');
  });

  it('the rewrite only applies to the location of the Ingress that carries it', () => {
    expect(routeIngress(scenario, { host: 'test.com', path: '/foo/bar/1' }).path).toBe('/1');
  });

  it('the spec would pick the longest literal Prefix instead', () => {
    expect(routeIngress(scenario, { host: 'test.com', path: '/foo/bar/1', controller: 'generic' }).service).toBe(
      'default/service1',
    );
  });
});

describe('the warning example: first regex match, not the most exact path', () => {
  const scenario = withServices({
    name: 'test-ingress-3',
    annotations: { [`${A}use-regex`]: 'true' },
    rules: [
      {
        host: 'test.com',
        paths: [
          { path: '/foo/bar/bar', type: 'ImplementationSpecific', service: 'bar' },
          { path: '/foo/bar/[A-Z0-9]{3}', type: 'ImplementationSpecific', service: 'three' },
        ],
      },
    ],
  });
  it('/foo/bar/bar goes to the [A-Z0-9]{3} location (longer pattern, case-insensitive)', () => {
    expect(routeIngress(scenario, { host: 'test.com', path: '/foo/bar/bar' }).service).toBe('default/three');
  });
  it('/foo/bar/ba goes to neither and gets 404', () => {
    expect(routeIngress(scenario, { host: 'test.com', path: '/foo/bar/ba' }).outcome).toBe('not-found');
  });
});

describe('the regex modifier across a host', () => {
  const scenario = withServices(
    {
      name: 'exact',
      created: '2024-01-01T00:00:00Z',
      rules: [{ host: 'r.example', paths: [{ path: '/exact', type: 'Exact', service: 'exact' }] }],
    },
    {
      name: 'regex',
      created: '2024-01-02T00:00:00Z',
      annotations: { [`${A}use-regex`]: 'true' },
      rules: [{ host: 'r.example', paths: [{ path: '/re.ex', type: 'ImplementationSpecific', service: 'regex' }] }],
    },
    {
      name: 'elsewhere',
      rules: [{ host: 'plain.example', paths: [{ path: '/exact', type: 'Exact', service: 'plain' }] }],
    },
  );
  it('an Exact path on a regex host matches as a prefix (template.go buildLocation)', () => {
    expect(routeIngress(scenario, { host: 'r.example', path: '/exactly' }).service).toBe('default/exact');
  });
  it('the same Exact path on another host stays exact', () => {
    expect(routeIngress(scenario, { host: 'plain.example', path: '/exactly' }).outcome).toBe('not-found');
  });
  it('a regex path matches what its pattern says', () => {
    expect(routeIngress(scenario, { host: 'r.example', path: '/reXex/1' }).service).toBe('default/regex');
  });
  it('use-regex without rewrite passes the URI unchanged', () => {
    expect(routeIngress(scenario, { host: 'r.example', path: '/re-ex?a=b' }).path).toBe('/re-ex?a=b');
  });
});

describe('URI normalisation before matching', () => {
  const scenario = withServices({
    name: 'norm',
    rules: [{ host: 'n.example', paths: [{ path: '/app', service: 'app' }] }],
  });
  it('merges slashes and resolves dot segments the way nginx builds $uri', () => {
    expect(routeIngress(scenario, { host: 'n.example', path: '//app///x' }).service).toBe('default/app');
    expect(routeIngress(scenario, { host: 'n.example', path: '/other/../app' }).service).toBe('default/app');
  });
  it('decodes percent escapes', () => {
    expect(routeIngress(scenario, { host: 'n.example', path: '/%61pp' }).service).toBe('default/app');
  });
});
