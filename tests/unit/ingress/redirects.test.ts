// Redirects ingress-nginx answers before any Service sees the request: app-root (302), ssl-redirect and
// force-ssl-redirect (308) with preserve-trailing-slash, and nginx's 301 for a location's missing "/".
import { describe, expect, it } from 'vitest';
import { routeIngress } from '../../../src/engine/index';
import { withServices } from './fixtures';

const A = 'nginx.ingress.kubernetes.io/';

describe('app-root', () => {
  const scenario = withServices({
    name: 'approot',
    annotations: { [`${A}app-root`]: '/app1' },
    rules: [{ host: 'approot.bar.com', paths: [{ path: '/', service: 'http-svc' }] }],
  });

  it('redirects exactly / with 302 to the application root', () => {
    const result = routeIngress(scenario, { host: 'approot.bar.com', path: '/' });
    expect(result).toMatchObject({
      outcome: 'redirect',
      status: 302,
      location: 'http://approot.bar.com/app1',
      ingress: 'default/approot',
      rule: 'app-root',
    });
  });

  it('keeps the port the client used in the Host header', () => {
    expect(routeIngress(scenario, { host: 'approot.bar.com:30080', path: '/?x=1' }).location).toBe(
      'http://approot.bar.com:30080/app1',
    );
  });

  it('leaves every other path to the location', () => {
    expect(routeIngress(scenario, { host: 'approot.bar.com', path: '/app1' })).toMatchObject({
      outcome: 'routed',
      service: 'default/http-svc',
      path: '/app1',
    });
  });

  it('is ignored when it is not a path', () => {
    const bad = withServices({
      name: 'bad',
      annotations: { [`${A}app-root`]: 'http://elsewhere/' },
      rules: [{ host: 'x.example', paths: [{ service: 'svc' }] }],
    });
    expect(routeIngress(bad, { host: 'x.example', path: '/' }).outcome).toBe('routed');
  });

  it('does not exist in the spec mode', () => {
    expect(routeIngress(scenario, { host: 'approot.bar.com', path: '/', controller: 'generic' }).outcome).toBe(
      'routed',
    );
  });
});

describe('ssl-redirect and force-ssl-redirect', () => {
  const tls = withServices({
    name: 'secure',
    tls: ['secure.example'],
    rules: [{ host: 'secure.example', paths: [{ path: '/', service: 'web' }] }],
  });

  it('a host with TLS redirects plain HTTP with 308 (ssl-redirect defaults to true)', () => {
    expect(routeIngress(tls, { host: 'secure.example', path: '/login?next=home' })).toMatchObject({
      outcome: 'redirect',
      status: 308,
      location: 'https://secure.example/login?next=home',
    });
  });

  // lua_ingress.lua trims the last character of $request_uri, query included.
  it('the trailing-slash trim looks at the whole request URI, query included', () => {
    expect(routeIngress(tls, { host: 'secure.example', path: '/login?next=/' }).location).toBe(
      'https://secure.example/login?next=',
    );
  });

  it('drops one trailing slash unless preserve-trailing-slash', () => {
    expect(routeIngress(tls, { host: 'secure.example', path: '/docs/' }).location).toBe('https://secure.example/docs');
    const keep = withServices({
      name: 'keep',
      tls: ['secure.example'],
      annotations: { [`${A}preserve-trailing-slash`]: 'true' },
      rules: [{ host: 'secure.example', paths: [{ service: 'web' }] }],
    });
    expect(routeIngress(keep, { host: 'secure.example', path: '/docs/' }).location).toBe(
      'https://secure.example/docs/',
    );
  });

  it('HTTPS requests go through', () => {
    expect(routeIngress(tls, { host: 'secure.example', path: '/', scheme: 'https' })).toMatchObject({
      outcome: 'routed',
      service: 'default/web',
    });
  });

  it('ssl-redirect: "false" turns it off', () => {
    const off = withServices({
      name: 'off',
      tls: ['secure.example'],
      annotations: { [`${A}ssl-redirect`]: 'false' },
      rules: [{ host: 'secure.example', paths: [{ service: 'web' }] }],
    });
    expect(routeIngress(off, { host: 'secure.example', path: '/' }).outcome).toBe('routed');
  });

  it('a host without TLS is not redirected', () => {
    const plain = withServices({ name: 'plain', rules: [{ host: 'plain.example', paths: [{ service: 'web' }] }] });
    expect(routeIngress(plain, { host: 'plain.example', path: '/' }).outcome).toBe('routed');
  });

  it('leaves ACME HTTP-01 challenges on plain HTTP (no-tls-redirect-locations)', () => {
    const acme = withServices({
      name: 'acme',
      tls: ['secure.example'],
      rules: [
        {
          host: 'secure.example',
          paths: [
            { path: '/.well-known/acme-challenge/', type: 'ImplementationSpecific', service: 'solver' },
            { path: '/', service: 'web' },
          ],
        },
      ],
    });
    expect(routeIngress(acme, { host: 'secure.example', path: '/.well-known/acme-challenge/token' })).toMatchObject({
      outcome: 'routed',
      service: 'default/solver',
    });
    expect(routeIngress(acme, { host: 'secure.example', path: '/index' }).status).toBe(308);
  });

  it('force-ssl-redirect redirects even without TLS on the host', () => {
    const forced = withServices({
      name: 'forced',
      annotations: { [`${A}force-ssl-redirect`]: 'true' },
      rules: [{ host: 'plain.example', paths: [{ path: '/api', service: 'api' }] }],
    });
    expect(routeIngress(forced, { host: 'plain.example', path: '/api/v1' })).toMatchObject({
      outcome: 'redirect',
      status: 308,
      location: 'https://plain.example/api/v1',
      ingress: 'default/forced',
    });
  });
});

describe('nginx’s 301 for a Prefix path written with a trailing slash', () => {
  const scenario = withServices({
    name: 'slash',
    rules: [{ host: 's.example', paths: [{ path: '/foo/', service: 'foo' }] }],
  });

  it('answers /foo with 301 to /foo/, where the spec would match', () => {
    const result = routeIngress(scenario, { host: 's.example', path: '/foo?x=1' });
    expect(result).toMatchObject({ outcome: 'redirect', status: 301, location: 'http://s.example/foo/?x=1' });
    expect(routeIngress(scenario, { host: 's.example', path: '/foo', controller: 'generic' }).service).toBe(
      'default/foo',
    );
  });

  it('routes /foo/ and below', () => {
    expect(routeIngress(scenario, { host: 's.example', path: '/foo/bar' }).service).toBe('default/foo');
  });
});
