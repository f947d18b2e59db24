// What ingress-nginx and its admission webhook do where a learner goes wrong: a host and path another Ingress
// holds (controller.go checkOverlap), a class nobody implements, https to a host without tls, and regex mode
// across the Ingresses of one host.
import { describe, expect, it } from 'vitest';
import { ingressAdmission, routeIngress, validate } from '../../../src/engine/index';
import { cluster, ingress, ingressClass, service, text } from './fixtures';
import type { IngressSpec } from './fixtures';

const WEBHOOK = 'admission webhook "validate.nginx.ingress.kubernetes.io" denied the request: ';
const shop = (name: string, extra: Partial<IngressSpec> = {}, host = 'shop.example', path = '/') =>
  ingress({ name, rules: [{ host, paths: [{ path, service: name }] }], ...extra });

describe('the admission webhook denies a host and path another Ingress holds (controller.go checkOverlap)', () => {
  const objects = [shop('first'), service('first'), shop('second'), service('second')];

  it('validate reports it on the second Ingress, in the webhook words', () => {
    const d = validate(text(...objects)).filter((x) => x.severity === 'error');
    expect(d).toEqual([
      expect.objectContaining({
        type: 'Forbidden',
        doc: 2,
        path: 'spec.rules[0].http.paths[0].path',
        message: `${WEBHOOK}host "shop.example" and path "/" is already defined in ingress default/first`,
      }),
    ]);
  });

  it('the Ingress is not created: the first one keeps the path', () => {
    expect(routeIngress(cluster(...objects), { host: 'shop.example', path: '/' }).service).toBe('default/first');
  });

  it('the terminal asks the same at apply time, against the cluster as it stands', () => {
    const before = cluster(shop('first'), service('first'));
    expect(ingressAdmission(before, shop('second'))).toMatchObject({
      message: `${WEBHOOK}host "shop.example" and path "/" is already defined in ingress default/first`,
      at: { rule: 0, path: 0 },
    });
    // The same Ingress applied again is an update, never in its own way.
    expect(ingressAdmission(before, shop('first'))).toBeUndefined();
    expect(ingressAdmission(before, shop('other', {}, 'other.example'))).toBeUndefined();
  });

  it('a rule without host is the server "_"', () => {
    const noHost = (name: string) => ingress({ name, rules: [{ paths: [{ path: '/', service: name }] }] });
    const d = validate(text(noHost('a'), noHost('b'))).filter((x) => x.type === 'Forbidden');
    expect(d.map((x) => x.message)).toEqual([
      `${WEBHOOK}host "_" and path "/" is already defined in ingress default/a`,
    ]);
  });

  // getBackendServers: "Same paths but different types are allowed": the new Ingress gets its own location.
  it('the same path with another pathType is no overlap', () => {
    const exact = ingress({
      name: 'b',
      rules: [{ host: 'shop.example', paths: [{ path: '/api', type: 'Exact', service: 'b' }] }],
    });
    expect(validate(text(shop('a', {}, 'shop.example', '/api'), exact)).filter((x) => x.type === 'Forbidden')).toEqual(
      [],
    );
  });

  it('lets a canary in beside the Ingress it splits traffic with', () => {
    const canary = shop('canary', { annotations: { 'nginx.ingress.kubernetes.io/canary': 'true' } });
    expect(validate(text(shop('first'), canary)).filter((x) => x.type === 'Forbidden')).toEqual([]);
  });

  it('does not check an Ingress of another controller (CheckIngress skips other classes)', () => {
    const other = shop('other', { className: 'traefik' });
    const d = validate(text(ingressClass('traefik', 'traefik.io/ingress-controller'), shop('first'), other));
    expect(d.filter((x) => x.type === 'Forbidden')).toEqual([]);
  });

  it('denies a path invalid for its pathType (strict-validate-path-type), pointing at the path', () => {
    const regex = shop('regex', {}, 'shop.example', '/wear(/|$)(.*)');
    expect(validate(text(regex)).filter((x) => x.type === 'Forbidden')).toEqual([
      expect.objectContaining({
        path: 'spec.rules[0].http.paths[0].path',
        message: `${WEBHOOK}ingress contains invalid paths: path /wear(/|$)(.*) cannot be used with pathType Prefix`,
      }),
    ]);
  });
});

describe("controller: 'generic' routes only Ingresses some IngressClass stands for", () => {
  it('does not route an Ingress whose ingressClassName names no IngressClass', () => {
    const c = cluster(shop('web', { className: 'missing' }), service('web'));
    const r = routeIngress(c, { host: 'shop.example', path: '/', controller: 'generic' });
    expect(r).toMatchObject({ outcome: 'not-found', status: 404 });
    expect(r.explanation).toContain("'missing'");
  });

  it('routes one whose class exists, whatever its controller', () => {
    const c = cluster(
      ingressClass('traefik', 'traefik.io/ingress-controller'),
      shop('web', { className: 'traefik' }),
      service('web'),
    );
    expect(routeIngress(c, { host: 'shop.example', path: '/', controller: 'generic' }).service).toBe('default/web');
  });
});

// ingress-nginx docs "Default SSL Certificate": a server without its own certificate answers TLS with the
// controller's self-signed "Kubernetes Ingress Controller Fake Certificate".
describe('https to ingress-nginx: the certificate it presents', () => {
  it('is the fake self-signed one for a host no Ingress lists under tls', () => {
    const r = routeIngress(cluster(shop('web'), service('web')), { host: 'shop.example', path: '/', scheme: 'https' });
    expect(r.certificate).toEqual({ selfSigned: true, subject: 'Kubernetes Ingress Controller Fake Certificate' });
  });

  it('is the host own certificate when an Ingress lists it under tls', () => {
    const c = cluster(shop('web', { tls: ['shop.example'] }), service('web'));
    expect(routeIngress(c, { host: 'shop.example', path: '/', scheme: 'https' }).certificate).toEqual({
      selfSigned: false,
      subject: 'shop.example',
    });
  });

  it('is not part of a plain http answer', () => {
    expect(
      routeIngress(cluster(shop('web'), service('web')), { host: 'shop.example', path: '/' }).certificate,
    ).toBeUndefined();
  });
});

// test/e2e/annotations/rewrite.go "should use correct longest path match": once one Ingress of the host uses
// rewrite-target, every location of the host's server is a regex location, ordered longest first across
// Ingresses, so the other Ingress's longer path still wins and is not rewritten. The dotted path is
// ImplementationSpecific: as Prefix, strict-validate-path-type (default since v1.12) would deny it.
describe('regex mode orders the locations of every Ingress of one host together', () => {
  const host = 'rewrite.bar.com';
  const c = cluster(
    ingress({
      name: 'kube-lego',
      rules: [
        { host, paths: [{ path: '/.well-known/acme/challenge', type: 'ImplementationSpecific', service: 'echo' }] },
      ],
    }),
    ingress({
      name: 'rewrite-index',
      annotations: { 'nginx.ingress.kubernetes.io/rewrite-target': '/new/backend' },
      rules: [{ host, paths: [{ path: '/', service: 'echo' }] }],
    }),
    service('echo'),
  );

  it('the longer path of the other Ingress wins, unrewritten', () => {
    expect(routeIngress(c, { host, path: '/.well-known/acme/challenge' })).toMatchObject({
      outcome: 'routed',
      ingress: 'default/kube-lego',
      path: '/.well-known/acme/challenge',
    });
  });

  it('the rest goes to the rewriting Ingress', () => {
    expect(routeIngress(c, { host, path: '/anything' })).toMatchObject({
      ingress: 'default/rewrite-index',
      path: '/new/backend',
    });
  });
});
