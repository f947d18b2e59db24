// Precedence where the conformance suite has no table: the order HTTPRouteRule.Matches defines across routes
// (gateway-api apis/v1/httproute_types.go: Exact, longest PathPrefix, method, most header matches, most
// query param matches; then the oldest route by creationTimestamp, then "{namespace}/{name}" alphabetically;
// then the first rule in list order), the hostname rule of HTTPRouteSpec.Hostnames (most characters in a
// matching non-wildcard hostname, then in a matching hostname) and the listener order of Listener.Hostname.
import { describe, expect, it } from 'vitest';
import { loadCluster, routeGateway } from '../../../src/engine/index';

const GATEWAY = `apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata: {name: gw, namespace: infra}
spec:
  gatewayClassName: example
  listeners:
  - {name: http, protocol: HTTP, port: 80, allowedRoutes: {namespaces: {from: All}}}`;

const SERVICES = ['a', 'b', 'c']
  .map((n) => `apiVersion: v1\nkind: Service\nmetadata: {name: ${n}, namespace: infra}\nspec:\n  ports: [{port: 80}]`)
  .join('\n---\n');

interface RouteSpec {
  name: string;
  namespace?: string;
  created?: string;
  hostnames?: string[];
  rules: string;
}

function scenario(...routes: RouteSpec[]) {
  const text = routes.map(
    (r) => `apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata:
  name: ${r.name}
  namespace: ${r.namespace ?? 'infra'}${r.created ? `\n  creationTimestamp: "${r.created}"` : ''}
spec:
  parentRefs: [{name: gw, namespace: infra}]${r.hostnames ? `\n  hostnames: ${JSON.stringify(r.hostnames)}` : ''}
  rules:
${r.rules}`,
  );
  const cluster = loadCluster([GATEWAY, SERVICES, ...text].join('\n---\n'));
  expect(cluster.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return cluster;
}

const to = (service: string, match: string) =>
  `  - matches: [${match}]\n    backendRefs: [{name: ${service}, port: 80, namespace: infra}]`;

function backendOf(
  cluster: ReturnType<typeof scenario>,
  req: { path?: string; method?: string; headers?: Record<string, string>; host?: string },
) {
  const result = routeGateway(cluster, { host: req.host ?? 'example.com', path: req.path ?? '/', ...req });
  return result.backends.map((b) => b.service).join(',') || String(result.status);
}

// A same-namespace backendRef needs no ReferenceGrant; routes in other namespaces point at infra Services, so
// those rows add a grant.
const GRANT = `apiVersion: gateway.networking.k8s.io/v1beta1
kind: ReferenceGrant
metadata: {name: all, namespace: infra}
spec:
  from: [{group: gateway.networking.k8s.io, kind: HTTPRoute, namespace: apps}, {group: gateway.networking.k8s.io, kind: HTTPRoute, namespace: zoo}]
  to: [{group: "", kind: Service}]`;

describe('match precedence across routes (HTTPRouteRule.Matches)', () => {
  it('Exact beats any PathPrefix', () => {
    const c = scenario(
      { name: 'r1', rules: to('a', '{path: {type: PathPrefix, value: /a/b/c}}') },
      { name: 'r2', rules: to('b', '{path: {type: Exact, value: /a/b/c}}') },
    );
    expect(backendOf(c, { path: '/a/b/c' })).toBe('infra/b');
  });

  it('the PathPrefix with the most characters wins', () => {
    const c = scenario(
      { name: 'r1', rules: to('a', '{path: {type: PathPrefix, value: /a}}') },
      { name: 'r2', rules: to('b', '{path: {type: PathPrefix, value: /a/b}}') },
    );
    expect(backendOf(c, { path: '/a/b/c' })).toBe('infra/b');
    expect(backendOf(c, { path: '/a/bc' })).toBe('infra/a');
  });

  it('a method match beats more header matches', () => {
    const c = scenario(
      {
        name: 'r1',
        rules: to(
          'a',
          '{path: {type: PathPrefix, value: /}, headers: [{name: x, value: "1"}, {name: h2, value: "2"}]}',
        ),
      },
      { name: 'r2', rules: to('b', '{path: {type: PathPrefix, value: /}, method: GET}') },
    );
    expect(backendOf(c, { path: '/', headers: { x: '1', h2: '2' } })).toBe('infra/b');
  });

  it('more header matches beat more query param matches', () => {
    const c = scenario(
      { name: 'r1', rules: to('a', '{queryParams: [{name: p, value: "1"}, {name: q, value: "2"}]}') },
      { name: 'r2', rules: to('b', '{headers: [{name: x, value: "1"}]}') },
    );
    expect(backendOf(c, { path: '/?p=1&q=2', headers: { x: '1' } })).toBe('infra/b');
  });

  it('on a tie the oldest route (creationTimestamp) wins, whatever the text order', () => {
    const c = scenario(
      { name: 'newer', created: '2021-01-01T00:00:00Z', rules: to('a', '{path: {type: PathPrefix, value: /}}') },
      { name: 'older', created: '2020-09-08T01:02:03Z', rules: to('b', '{path: {type: PathPrefix, value: /}}') },
    );
    expect(backendOf(c, {})).toBe('infra/b');
  });

  it('then "{namespace}/{name}" alphabetically (foo/bar before foo/baz)', () => {
    const same = '2020-01-01T00:00:00Z';
    const c = scenario(
      { name: 'baz', created: same, rules: to('a', '{path: {type: PathPrefix, value: /}}') },
      { name: 'bar', created: same, rules: to('b', '{path: {type: PathPrefix, value: /}}') },
    );
    expect(backendOf(c, {})).toBe('infra/b');
  });

  it('namespace counts before name: apps/zzz before zoo/aaa', () => {
    const same = '2020-01-01T00:00:00Z';
    const c = loadCluster(
      [
        GATEWAY,
        SERVICES,
        GRANT,
        ...[
          ['zoo', 'aaa', 'a'],
          ['apps', 'zzz', 'b'],
        ].map(
          ([ns, name, svc]) =>
            `apiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata: {name: ${name}, namespace: ${ns}, creationTimestamp: "${same}"}\nspec:\n  parentRefs: [{name: gw, namespace: infra}]\n  rules:\n  - backendRefs: [{name: ${svc}, port: 80, namespace: infra}]`,
        ),
      ].join('\n---\n'),
    );
    expect(backendOf(c as ReturnType<typeof scenario>, {})).toBe('infra/b');
  });

  it('within one route the first rule in list order wins a tie', () => {
    const c = scenario({
      name: 'r',
      rules: [to('a', '{path: {type: PathPrefix, value: /x}}'), to('b', '{path: {type: PathPrefix, value: /x}}')].join(
        '\n',
      ),
    });
    expect(backendOf(c, { path: '/x' })).toBe('infra/a');
  });

  it('RegularExpression (implementation-specific): matches the whole path and ranks between Exact and PathPrefix here', () => {
    const c = scenario(
      { name: 'r1', rules: to('a', '{path: {type: PathPrefix, value: /v1/users}}') },
      { name: 'r2', rules: to('b', '{path: {type: RegularExpression, value: "/v[0-9]+/users/[0-9]+"}}') },
    );
    expect(backendOf(c, { path: '/v1/users/42' })).toBe('infra/b');
    expect(backendOf(c, { path: '/v1/users/42/x' })).toBe('infra/a');
    const trace = routeGateway(c, { host: 'example.com', path: '/v1/users/42' })
      .steps.map((s) => s.message)
      .join(' ');
    expect(trace).toContain('구현마다 다른');
  });
});

describe('hostname precedence (HTTPRouteSpec.Hostnames, Listener.Hostname)', () => {
  it('a route with the matching exact hostname beats a wildcard route for the same path', () => {
    const c = scenario(
      { name: 'wild', hostnames: ['*.example.com'], rules: to('a', '{path: {type: Exact, value: /x}}') },
      { name: 'exact', hostnames: ['foo.example.com'], rules: to('b', '{path: {type: PathPrefix, value: /}}') },
    );
    expect(backendOf(c, { host: 'foo.example.com', path: '/x' })).toBe('infra/b');
    expect(backendOf(c, { host: 'bar.example.com', path: '/x' })).toBe('infra/a');
  });

  it('the longer wildcard beats the shorter one', () => {
    const c = scenario(
      { name: 'short', hostnames: ['*.example.com'], rules: to('a', '{path: {type: PathPrefix, value: /}}') },
      { name: 'long', hostnames: ['*.foo.example.com'], rules: to('b', '{path: {type: PathPrefix, value: /}}') },
    );
    expect(backendOf(c, { host: 'a.foo.example.com' })).toBe('infra/b');
    expect(backendOf(c, { host: 'a.bar.example.com' })).toBe('infra/a');
  });

  it('a wildcard needs at least one label: *.example.com does not match example.com', () => {
    const c = scenario({
      name: 'wild',
      hostnames: ['*.example.com'],
      rules: to('a', '{path: {type: PathPrefix, value: /}}'),
    });
    expect(backendOf(c, { host: 'example.com' })).toBe('404');
  });

  it('the default match is PathPrefix / (a rule without matches takes every path)', () => {
    const c = scenario({ name: 'r', rules: '  - backendRefs: [{name: a, port: 80}]' });
    expect(backendOf(c, { path: '/any/thing?x=1', method: 'DELETE' })).toBe('infra/a');
  });
});
