// The Ingress spec mode against the kubernetes.io Ingress concept page: its Examples table of path
// matching, "Multiple matches", hostname wildcards and the default backend.
import { describe, expect, it } from 'vitest';
import { routeIngress } from '../../../src/engine/index';
import { withServices } from './fixtures';
import type { PathSpec } from './fixtures';

type Kind = 'Exact' | 'Prefix';

// Each path gets its own Service so the answer shows which path won.
function serviceFor(path: string, type: Kind): string {
  return `${type.toLowerCase()}${path.replace(/[^a-z]/g, '-')}`.replace(/-+$/, '') || 'root';
}

function spec(paths: [string, Kind][]) {
  const specs: PathSpec[] = paths.map(([path, type]) => ({ path, type, service: serviceFor(path, type) }));
  return withServices({ name: 'example', rules: [{ host: 'foo.bar.com', paths: specs }] });
}

function route(paths: [string, Kind][], request: string) {
  return routeIngress(spec(paths), { host: 'foo.bar.com', path: request, controller: 'generic' });
}

// kubernetes.io/docs/concepts/services-networking/ingress/#examples — [kind, paths, request, matched path or null]
const table: [string, [string, Kind][], string, [string, Kind] | null][] = [
  ['Prefix / matches all paths', [['/', 'Prefix']], '/anything/at/all', ['/', 'Prefix']],
  ['Exact /foo matches /foo', [['/foo', 'Exact']], '/foo', ['/foo', 'Exact']],
  ['Exact /foo does not match /bar', [['/foo', 'Exact']], '/bar', null],
  ['Exact /foo does not match /foo/', [['/foo', 'Exact']], '/foo/', null],
  ['Exact /foo/ does not match /foo', [['/foo/', 'Exact']], '/foo', null],
  ['Prefix /foo matches /foo', [['/foo', 'Prefix']], '/foo', ['/foo', 'Prefix']],
  ['Prefix /foo matches /foo/', [['/foo', 'Prefix']], '/foo/', ['/foo', 'Prefix']],
  ['Prefix /foo/ matches /foo', [['/foo/', 'Prefix']], '/foo', ['/foo/', 'Prefix']],
  ['Prefix /foo/ matches /foo/', [['/foo/', 'Prefix']], '/foo/', ['/foo/', 'Prefix']],
  ['Prefix /aaa/bb does not match /aaa/bbb', [['/aaa/bb', 'Prefix']], '/aaa/bbb', null],
  ['Prefix /aaa/bbb matches /aaa/bbb', [['/aaa/bbb', 'Prefix']], '/aaa/bbb', ['/aaa/bbb', 'Prefix']],
  [
    'Prefix /aaa/bbb/ matches /aaa/bbb, ignoring the trailing slash',
    [['/aaa/bbb/', 'Prefix']],
    '/aaa/bbb',
    ['/aaa/bbb/', 'Prefix'],
  ],
  [
    'Prefix /aaa/bbb matches /aaa/bbb/, matching the trailing slash',
    [['/aaa/bbb', 'Prefix']],
    '/aaa/bbb/',
    ['/aaa/bbb', 'Prefix'],
  ],
  [
    'Prefix /aaa/bbb matches the subpath /aaa/bbb/ccc',
    [['/aaa/bbb', 'Prefix']],
    '/aaa/bbb/ccc',
    ['/aaa/bbb', 'Prefix'],
  ],
  ['Prefix /aaa/bbb does not match the string prefix /aaa/bbbxyz', [['/aaa/bbb', 'Prefix']], '/aaa/bbbxyz', null],
  [
    'Prefix /, /aaa: /aaa/ccc matches /aaa',
    [
      ['/', 'Prefix'],
      ['/aaa', 'Prefix'],
    ],
    '/aaa/ccc',
    ['/aaa', 'Prefix'],
  ],
  [
    'Prefix /, /aaa, /aaa/bbb: /aaa/bbb matches /aaa/bbb',
    [
      ['/', 'Prefix'],
      ['/aaa', 'Prefix'],
      ['/aaa/bbb', 'Prefix'],
    ],
    '/aaa/bbb',
    ['/aaa/bbb', 'Prefix'],
  ],
  [
    'Prefix /, /aaa, /aaa/bbb: /ccc matches /',
    [
      ['/', 'Prefix'],
      ['/aaa', 'Prefix'],
      ['/aaa/bbb', 'Prefix'],
    ],
    '/ccc',
    ['/', 'Prefix'],
  ],
  ['Prefix /aaa: /ccc uses the default backend', [['/aaa', 'Prefix']], '/ccc', null],
  [
    'Mixed /foo (Prefix), /foo (Exact): /foo prefers Exact',
    [
      ['/foo', 'Prefix'],
      ['/foo', 'Exact'],
    ],
    '/foo',
    ['/foo', 'Exact'],
  ],
];

describe('generic mode: the concept page Examples table', () => {
  it.each(table)('%s', (_, paths, request, expected) => {
    const result = route(paths, request);
    if (expected === null) {
      expect(result.outcome).toBe('not-found');
      expect(result.status).toBe(404);
      expect(result.service).toBeUndefined();
    } else {
      expect(result.outcome).toBe('routed');
      expect(result.service).toBe(`default/${serviceFor(...expected)}`);
      expect(result.rule).toBe(`foo.bar.com${expected[0]} (${expected[1]})`);
      expect(result.ingress).toBe('default/example');
      expect(result.path).toBe(request);
    }
  });

  it('matching is case sensitive', () => {
    expect(route([['/foo', 'Prefix']], '/FOO').outcome).toBe('not-found');
    expect(route([['/foo', 'Exact']], '/Foo').outcome).toBe('not-found');
  });

  it('the longest path wins whatever the order the paths are written in', () => {
    const result = route(
      [
        ['/aaa/bbb', 'Prefix'],
        ['/aaa', 'Prefix'],
        ['/', 'Prefix'],
      ],
      '/aaa/bbb/ccc',
    );
    expect(result.service).toBe(`default/${serviceFor('/aaa/bbb', 'Prefix')}`);
  });

  it('a longer Prefix beats a shorter Exact that does not match', () => {
    const result = route(
      [
        ['/aaa', 'Exact'],
        ['/aaa/bbb', 'Prefix'],
      ],
      '/aaa/bbb',
    );
    expect(result.rule).toBe('foo.bar.com/aaa/bbb (Prefix)');
  });

  it('keeps the query string untouched', () => {
    const result = route([['/foo', 'Prefix']], '/foo/bar?q=1&x=%20y');
    expect(result.path).toBe('/foo/bar?q=1&x=%20y');
    expect(result.rule).toBe('foo.bar.com/foo (Prefix)');
  });

  it('matches Exact paths on the path alone, not the query', () => {
    expect(route([['/foo', 'Exact']], '/foo?page=2').outcome).toBe('routed');
  });

  it('explains in Korean which rule decided', () => {
    expect(route([['/aaa', 'Prefix']], '/aaa/x').explanation).toMatch(/Ingress 명세대로.*default\/example/);
  });
});

describe('generic mode: hosts', () => {
  const scenario = withServices(
    {
      name: 'hosts',
      rules: [
        { host: 'foo.bar.com', paths: [{ service: 'exact-host' }] },
        { host: '*.foo.com', paths: [{ service: 'wildcard' }] },
      ],
    },
    { name: 'any', rules: [{ paths: [{ service: 'any-host' }] }] },
  );
  const cases: [string, string][] = [
    ['foo.bar.com', 'default/exact-host'],
    ['FOO.bar.com', 'default/exact-host'],
    ['foo.bar.com:8080', 'default/exact-host'],
    ['bar.foo.com', 'default/wildcard'],
    ['baz.foo.com', 'default/wildcard'],
    ['baz.bar.foo.com', 'default/any-host'],
    ['foo.com', 'default/any-host'],
    ['other.example', 'default/any-host'],
    ['', 'default/any-host'],
  ];
  it.each(cases)('Host %s → %s', (host, expected) => {
    expect(routeIngress(scenario, { host, path: '/', controller: 'generic' }).service).toBe(expected);
  });

  it('a host without any rule and no catch-all gets 404', () => {
    const only = withServices({ name: 'one', rules: [{ host: 'foo.bar.com', paths: [{ service: 'a' }] }] });
    const result = routeIngress(only, { host: 'other.com', path: '/', controller: 'generic' });
    expect(result).toMatchObject({ outcome: 'not-found', status: 404 });
  });
});

describe('generic mode: backends', () => {
  it('sends unmatched requests to spec.defaultBackend', () => {
    const scenario = withServices({
      name: 'with-default',
      defaultBackend: { service: 'fallback', port: 8080 },
      rules: [{ host: 'foo.bar.com', paths: [{ path: '/aaa', service: 'aaa' }] }],
    });
    const result = routeIngress(scenario, { host: 'foo.bar.com', path: '/ccc', controller: 'generic' });
    expect(result).toMatchObject({
      outcome: 'default-backend',
      service: 'default/fallback',
      port: 8080,
      rule: 'spec.defaultBackend',
      path: '/ccc',
    });
  });

  it('resolves a named Service port to its number', () => {
    const scenario = withServices({ name: 'named', rules: [{ paths: [{ path: '/', service: 'web', port: 'http' }] }] });
    const withNamed = routeIngress(
      {
        ...scenario,
        services: scenario.services.map((s) =>
          s.name === 'web' ? { ...s, ports: [{ ...s.ports[0]!, name: 'http', port: 8443 }] } : s,
        ),
      },
      { host: 'x', path: '/', controller: 'generic' },
    );
    expect(withNamed).toMatchObject({ outcome: 'routed', service: 'default/web', port: 8443 });
  });

  it('reports 503 when the Service does not exist', () => {
    const scenario = withServices({ name: 'missing', rules: [{ paths: [{ path: '/', service: 'ghost' }] }] });
    const result = routeIngress(
      { ...scenario, services: scenario.services.filter((s) => s.name !== 'ghost') },
      { host: 'x', path: '/', controller: 'generic' },
    );
    expect(result).toMatchObject({ outcome: 'routed', service: 'default/ghost', status: 503 });
  });
});
