// A request through ingress-nginx: by a host an Ingress names, or at the controller's NodePort with a
// Host header; then the Ingress decision and the backend Service's pods with the rewritten path.
import { describe, expect, it } from 'vitest';
import { loadCluster, route, routeIngress } from '../../../src/engine/index';
import { join, pod, service } from './fixtures';

const controller = join(
  pod('ingress-nginx-controller', {
    namespace: 'ingress-nginx',
    labels: '{app.kubernetes.io/name: ingress-nginx, app.kubernetes.io/component: controller}',
    ports: '[{name: http, containerPort: 80}, {name: https, containerPort: 443}]',
  }),
  service(
    'ingress-nginx-controller',
    '  type: NodePort\n  selector: {app.kubernetes.io/name: ingress-nginx, app.kubernetes.io/component: controller}\n  ports:\n  - {name: http, port: 80, targetPort: http, nodePort: 30080}\n  - {name: https, port: 443, targetPort: https, nodePort: 30443}',
    'ingress-nginx',
  ),
  `apiVersion: networking.k8s.io/v1
kind: IngressClass
metadata:
  name: nginx
  annotations: {ingressclass.kubernetes.io/is-default-class: "true"}
spec:
  controller: k8s.io/ingress-nginx`,
);
const app = (name: string) =>
  join(
    pod(`${name}-1`, { labels: `{app: ${name}}`, ports: '[{containerPort: 8080}]' }),
    service(`${name}-service`, `  selector: {app: ${name}}\n  ports: [{port: 80, targetPort: 8080}]`),
  );
const shop = (annotations = '') => `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: shop
${annotations}
spec:
  ingressClassName: nginx
  rules:
  - host: shop.example.com
    http:
      paths:
      - {path: /wear, pathType: Prefix, backend: {service: {name: wear-service, port: {number: 80}}}}
      - {path: /watch, pathType: Prefix, backend: {service: {name: video-service, port: {number: 80}}}}`;
const cluster = loadCluster(join(controller, app('wear'), app('video'), shop()));
const laptop = 'ip:192.168.1.10';

describe('through ingress-nginx', () => {
  it('a host an Ingress names resolves to the controller, then to the Service pods', () => {
    const r = route(cluster, { from: laptop, url: 'http://shop.example.com:30080/watch/movie' });
    expect(r.outcome).toBe('delivered');
    expect(r.endpoints).toEqual([{ pod: 'default/video-1', ip: expect.any(String), port: 8080 }]);
    expect(r.path).toBe('/watch/movie');
    expect(r.steps.some((s) => s.kind === 'dns' && s.message.includes('ingress controller'))).toBe(true);
    expect(r.steps.some((s) => s.object === 'Ingress default/shop' && s.kind === 'ingress')).toBe(true);
  });

  it('finds the controller by the host as nginx reads it: any case, a trailing dot', () => {
    const r = route(cluster, { from: laptop, url: 'http://Shop.Example.COM.:30080/watch/movie' });
    expect(r.outcome).toBe('delivered');
    expect(r.endpoints.map((e) => e.pod)).toEqual(['default/video-1']);
  });

  it('the NodePort by IP with a Host header is the same request', () => {
    const r = route(cluster, {
      from: laptop,
      url: 'http://192.168.1.2:30080/wear',
      headers: { Host: 'shop.example.com' },
    });
    expect(r.endpoints.map((e) => e.pod)).toEqual(['default/wear-1']);
  });

  it('without a Host header the node IP matches no rule: the default backend answers 404', () => {
    const r = route(cluster, { from: laptop, url: 'http://192.168.1.2:30080/wear' });
    expect(r.outcome).toBe('not-found');
    expect(r.status).toBe(404);
  });

  it('a path no rule matches is a 404', () => {
    const r = route(cluster, { from: laptop, url: 'http://shop.example.com:30080/cart' });
    expect(r.outcome).toBe('not-found');
  });

  it('rewrite-target changes the path the pod receives', () => {
    const c = loadCluster(
      join(
        controller,
        app('wear'),
        app('video'),
        shop('  annotations: {nginx.ingress.kubernetes.io/rewrite-target: /}'),
      ),
    );
    const r = route(c, { from: laptop, url: 'http://shop.example.com:30080/watch/movie' });
    expect(r.outcome).toBe('delivered');
    expect(r.path).toBe('/');
  });

  it('a pod reaches the host through the controller too', () => {
    const r = route(cluster, { from: 'pod:default/wear-1', url: 'http://shop.example.com/watch' });
    expect(r.endpoints.map((e) => e.pod)).toEqual(['default/video-1']);
  });

  it('a backend Service without ready pods makes nginx answer 503', () => {
    const c = loadCluster(
      join(
        controller,
        app('wear'),
        service('video-service', '  selector: {app: video}\n  ports: [{port: 80, targetPort: 8080}]'),
        shop(),
      ),
    );
    const r = route(c, { from: laptop, url: 'http://shop.example.com:30080/watch' });
    expect(r.outcome).toBe('refused');
    expect(r.status).toBe(503);
  });

  it('a host no Ingress names is still unknown to the laptop', () => {
    expect(route(cluster, { from: laptop, url: 'http://other.example.com:30080/' }).outcome).toBe('dns-failure');
  });

  it('without a controller Service the controller is taken to listen on the nodes 80/443', () => {
    const c = loadCluster(join(app('wear'), app('video'), shop()));
    expect(route(c, { from: laptop, url: 'http://shop.example.com/wear' }).endpoints.map((e) => e.pod)).toEqual([
      'default/wear-1',
    ]);
    expect(route(c, { from: laptop, url: 'http://shop.example.com:8080/wear' }).outcome).toBe('refused');
  });

  it('a NetworkPolicy on the backend sees the controller pod as the source', () => {
    const policy = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: video-from-ingress}
spec:
  podSelector: {matchLabels: {app: video}}
  ingress:
  - from: [{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: ingress-nginx}}}]`;
    const c = loadCluster(join(controller, app('wear'), app('video'), shop(), policy));
    expect(route(c, { from: laptop, url: 'http://shop.example.com:30080/watch' }).outcome).toBe('delivered');
    expect(route(c, { from: 'pod:default/wear-1', url: 'http://video-service/' }).outcome).toBe('dropped');
  });
});

describe('an Ingress the admission webhook refused (strict-validate-path-type)', () => {
  const regexShop = shop().replace('{path: /wear, pathType: Prefix', '{path: "/wear(/|$)(.*)", pathType: Prefix');
  const refused = loadCluster(join(controller, app('wear'), app('video'), regexShop));
  const kubectl =
    'admission webhook "validate.nginx.ingress.kubernetes.io" denied the request: ingress contains invalid paths: path /wear(/|$)(.*) cannot be used with pathType Prefix';

  it('route() says the Ingress was never created, with kubectl’s message, instead of a bare NXDOMAIN', () => {
    for (const from of [laptop, 'pod:default/wear-1']) {
      const r = route(refused, { from, url: 'http://shop.example.com:30080/watch/movie' });
      expect(r.outcome).toBe('dns-failure');
      expect(r.reason).toContain('admission webhook');
      expect(r.reason).toContain(kubectl);
      const step = r.steps.find((s) => s.object === 'Ingress default/shop');
      expect(step?.kind).toBe('ingress');
      expect(step?.message).toContain(`Error from server (BadRequest): ${kubectl}`);
    }
  });

  it('routeIngress explains the 404 the same way', () => {
    const result = routeIngress(refused, { host: 'shop.example.com', path: '/watch/movie' });
    expect(result).toMatchObject({ outcome: 'not-found', status: 404 });
    expect(result.explanation).toContain('만들어지지 않았습니다');
    expect(result.explanation).toContain(kubectl);
  });

  it('the same Ingress with pathType ImplementationSpecific is admitted and routes', () => {
    const admitted = loadCluster(
      join(
        controller,
        app('wear'),
        app('video'),
        regexShop.replace(
          'pathType: Prefix, backend: {service: {name: wear',
          'pathType: ImplementationSpecific, backend: {service: {name: wear',
        ),
      ),
    );
    expect(route(admitted, { from: laptop, url: 'http://shop.example.com:30080/watch/movie' }).outcome).toBe(
      'delivered',
    );
  });
});
