// The course's online store: /wear and /watch on my-online-store.com, then one host per app, with and
// without nginx.ingress.kubernetes.io/rewrite-target: / — through ingress-nginx and through the spec.
import { describe, expect, it } from 'vitest';
import { routeIngress } from '../../../src/engine/index';
import { withServices } from './fixtures';
import type { IngressSpec } from './fixtures';

const REWRITE = { 'nginx.ingress.kubernetes.io/rewrite-target': '/' };

function byPath(annotations?: Record<string, string>): IngressSpec {
  return {
    name: 'ingress-wear-watch',
    annotations,
    rules: [
      {
        host: 'my-online-store.com',
        paths: [
          { path: '/wear', service: 'wear-service' },
          { path: '/watch', service: 'video-service' },
        ],
      },
    ],
  };
}

function byHost(annotations?: Record<string, string>): IngressSpec {
  return {
    name: 'ingress-wear-watch-hosts',
    annotations,
    rules: [
      { host: 'wear.my-online-store.com', paths: [{ path: '/', service: 'wear-service' }] },
      { host: 'watch.my-online-store.com', paths: [{ path: '/', service: 'video-service' }] },
    ],
  };
}

type Case = [host: string, path: string, service: string | null, received?: string];

function check(
  spec: IngressSpec,
  controller: 'ingress-nginx' | 'generic',
  [host, path, service, received]: Case,
): void {
  const result = routeIngress(withServices(spec), { host, path, controller });
  if (service === null) {
    expect(result).toMatchObject({ outcome: 'not-found', status: 404 });
    return;
  }
  expect(result.outcome).toBe('routed');
  expect(result.service).toBe(`default/${service}`);
  expect(result.port).toBe(80);
  expect(result.ingress).toBe(`default/${spec.name}`);
  expect(result.path).toBe(received);
}

const S = 'my-online-store.com';

describe('shop by path, ingress-nginx, no rewrite', () => {
  const cases: Case[] = [
    [S, '/wear', 'wear-service', '/wear'],
    [S, '/wear/', 'wear-service', '/wear/'],
    [S, '/watch', 'video-service', '/watch'],
    [S, '/watch/movies/1', 'video-service', '/watch/movies/1'],
    [S, '/watch?episode=2', 'video-service', '/watch?episode=2'],
    [S, '/wearable', null],
    [S, '/WEAR', null],
    [S, '/', null],
    ['shop.example', '/wear', null],
  ];
  it.each(cases)('%s%s', (...c) => check(byPath(), 'ingress-nginx', c));

  it('names the nginx location that decided', () => {
    const result = routeIngress(withServices(byPath()), { host: S, path: '/watch/x' });
    expect(result.rule).toBe('my-online-store.com/watch (Prefix)');
    expect(result.explanation).toContain("'location /watch/'");
  });
});

describe('shop by path, ingress-nginx, rewrite-target: /', () => {
  const cases: Case[] = [
    [S, '/wear', 'wear-service', '/'],
    [S, '/watch', 'video-service', '/'],
    [S, '/watch/movies/1', 'video-service', '/'],
    [S, '/watch/movies/1?t=30', 'video-service', '/?t=30'],
    // The regex location ~* "^/wear" has no element boundary and ignores case.
    [S, '/wearable', 'wear-service', '/'],
    [S, '/WATCH/Movies', 'video-service', '/'],
    [S, '/', null],
  ];
  it.each(cases)('%s%s', (...c) => check(byPath(REWRITE), 'ingress-nginx', c));

  it('says the rewrite replaced the whole URI', () => {
    const result = routeIngress(withServices(byPath(REWRITE)), { host: S, path: '/watch/movies/1' });
    expect(result.explanation).toMatch(/~\* "\^\/watch"/);
    expect(result.explanation).toContain('rewrite-target(/)');
  });
});

describe('shop by path, generic spec mode (annotations do not exist for the spec)', () => {
  const cases: Case[] = [
    [S, '/watch/movies/1', 'video-service', '/watch/movies/1'],
    [S, '/wear', 'wear-service', '/wear'],
    [S, '/wearable', null],
    [S, '/WATCH', null],
  ];
  it.each(cases)('%s%s', (...c) => check(byPath(REWRITE), 'generic', c));
});

describe('shop by host', () => {
  const plain: Case[] = [
    ['wear.my-online-store.com', '/', 'wear-service', '/'],
    ['wear.my-online-store.com', '/shirts/1', 'wear-service', '/shirts/1'],
    ['watch.my-online-store.com', '/', 'video-service', '/'],
    ['watch.my-online-store.com', '/movies/1?t=5', 'video-service', '/movies/1?t=5'],
    ['WATCH.my-online-store.com:80', '/', 'video-service', '/'],
    ['my-online-store.com', '/', null],
    ['shoes.my-online-store.com', '/', null],
  ];
  it.each(plain)('ingress-nginx: %s%s', (...c) => check(byHost(), 'ingress-nginx', c));
  it.each(plain)('generic: %s%s', (...c) => check(byHost(), 'generic', c));

  // rewrite-target equal to the location path is not a rewrite (template.go needsRewrite), so path "/"
  // with rewrite-target "/" passes /movies/1 through unchanged.
  it('rewrite-target / on path / leaves the URI alone', () => {
    const result = routeIngress(withServices(byHost(REWRITE)), {
      host: 'watch.my-online-store.com',
      path: '/movies/1',
    });
    expect(result).toMatchObject({ outcome: 'routed', service: 'default/video-service', path: '/movies/1' });
    expect(result.explanation).toContain("'location /'");
  });
});
