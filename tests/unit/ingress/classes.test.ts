// Which Ingresses ingress-nginx serves: IngressClass with controller k8s.io/ingress-nginx,
// spec.ingressClassName, the legacy annotation, the default IngressClass, and no class at all.
import { describe, expect, it } from 'vitest';
import { routeIngress } from '../../../src/engine/index';
import { cluster, ingress, ingressClass, service } from './fixtures';
import type { IngressSpec } from './fixtures';

function one(spec: Partial<IngressSpec>, ...extra: object[]) {
  return cluster(
    ingress({ name: 'app', rules: [{ host: 'app.example', paths: [{ service: 'app' }] }], ...spec }),
    service('app'),
    ...extra,
  );
}

function nginx(scenario: ReturnType<typeof one>) {
  return routeIngress(scenario, { host: 'app.example', path: '/' });
}

describe('ingress-nginx class filtering', () => {
  it('serves ingressClassName naming a class whose controller is k8s.io/ingress-nginx', () => {
    expect(nginx(one({ className: 'public' }, ingressClass('public'))).service).toBe('default/app');
  });

  it('assumes the IngressClass nginx its install creates when the scenario declares none', () => {
    const result = nginx(one({ className: 'nginx' }));
    expect(result.service).toBe('default/app');
  });

  it('ignores a class that belongs to another controller', () => {
    const result = nginx(one({ className: 'traefik' }, ingressClass('traefik', 'traefik.io/ingress-controller')));
    expect(result).toMatchObject({ outcome: 'not-found', status: 404 });
    expect(result.explanation).toContain('traefik.io/ingress-controller');
  });

  it('ignores ingressClassName naming a class that does not exist', () => {
    const result = nginx(one({ className: 'missing' }));
    expect(result.outcome).toBe('not-found');
    expect(result.explanation).toContain('missing');
  });

  it('respects a scenario that redefines the class nginx for another controller', () => {
    expect(nginx(one({ className: 'nginx' }, ingressClass('nginx', 'example.com/other'))).outcome).toBe('not-found');
  });

  it('serves the legacy annotation kubernetes.io/ingress.class: nginx', () => {
    expect(nginx(one({ className: null, annotations: { 'kubernetes.io/ingress.class': 'nginx' } })).service).toBe(
      'default/app',
    );
  });

  it('ignores the legacy annotation with another value', () => {
    expect(nginx(one({ className: null, annotations: { 'kubernetes.io/ingress.class': 'gce' } })).outcome).toBe(
      'not-found',
    );
  });

  it('ignores an Ingress without any class (--watch-ingress-without-class is off)', () => {
    const result = nginx(one({ className: null }));
    expect(result).toMatchObject({ outcome: 'not-found', status: 404 });
    expect(result.explanation).toContain('--watch-ingress-without-class');
  });

  it('serves a class-less Ingress when the default IngressClass is ingress-nginx’s', () => {
    expect(nginx(one({ className: null }, ingressClass('nginx', 'k8s.io/ingress-nginx', true))).service).toBe(
      'default/app',
    );
  });

  it('ignores a class-less Ingress when the default IngressClass belongs to another controller', () => {
    expect(nginx(one({ className: null }, ingressClass('other', 'example.com/lb', true))).outcome).toBe('not-found');
  });

  it('takes the newest of several default classes', () => {
    const scenario = one(
      { className: null },
      ingressClass('old', 'example.com/lb', true),
      ingressClass('new', 'k8s.io/ingress-nginx', true),
    );
    expect(nginx(scenario).service).toBe('default/app');
  });

  it('an ignored Ingress does not shadow a served one on the same host', () => {
    const scenario = cluster(
      ingress({ name: 'first', className: null, rules: [{ host: 'app.example', paths: [{ service: 'ignored' }] }] }),
      ingress({ name: 'second', rules: [{ host: 'app.example', paths: [{ service: 'app' }] }] }),
      service('app'),
      service('ignored'),
    );
    expect(nginx(scenario)).toMatchObject({ service: 'default/app', ingress: 'default/second' });
  });

  it('generic mode reads every Ingress whatever its class', () => {
    const scenario = one({ className: null });
    expect(routeIngress(scenario, { host: 'app.example', path: '/', controller: 'generic' }).service).toBe(
      'default/app',
    );
  });
});
