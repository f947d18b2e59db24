// ingressEntry: how a request from outside reaches ingress-nginx, for route().
import { describe, expect, it } from 'vitest';
import { isIngressController, loadCluster } from '../../../src/engine';
import { ingressEntry } from '../../../src/engine/ingress/index';
import { cluster, ingress, service } from './fixtures';

const shop = ingress({
  name: 'shop',
  rules: [{ host: 'my-online-store.com', paths: [{ path: '/watch', service: 'video-service' }] }],
});

function controllerService(type: 'NodePort' | 'LoadBalancer' | 'ClusterIP'): object {
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: {
      name: 'ingress-nginx-controller',
      namespace: 'ingress-nginx',
      labels: { 'app.kubernetes.io/name': 'ingress-nginx', 'app.kubernetes.io/component': 'controller' },
    },
    spec: {
      type,
      selector: { 'app.kubernetes.io/name': 'ingress-nginx' },
      ports: [
        { name: 'http', port: 80, targetPort: 80, ...(type === 'ClusterIP' ? {} : { nodePort: 30080 }) },
        { name: 'https', port: 443, targetPort: 443, ...(type === 'ClusterIP' ? {} : { nodePort: 30443 }) },
      ],
    },
  };
}

describe('ingressEntry', () => {
  it('is undefined for a host no served Ingress names', () => {
    expect(ingressEntry(cluster(shop, service('video-service')), 'unknown.example', 80)).toBeUndefined();
  });

  it('goes through the controller’s NodePort Service', () => {
    const entry = ingressEntry(
      cluster(shop, service('video-service'), controllerService('NodePort')),
      'my-online-store.com',
      30080,
    );
    expect(entry).toMatchObject({ via: 'service', service: 'ingress-nginx/ingress-nginx-controller', nodePort: 30080 });
    expect(entry?.note).toContain('NodePort(30080)');
  });

  it('recognises a controller Service by its selector when it carries no labels', () => {
    const unlabelled = controllerService('NodePort') as { metadata: { labels?: object } };
    delete unlabelled.metadata.labels;
    expect(
      ingressEntry(cluster(shop, service('video-service'), unlabelled), 'my-online-store.com', 30080),
    ).toMatchObject({ via: 'service', nodePort: 30080 });
  });

  it('maps a Service port to its node port', () => {
    const entry = ingressEntry(
      cluster(shop, service('video-service'), controllerService('LoadBalancer')),
      'my-online-store.com',
      443,
    );
    expect(entry).toMatchObject({ via: 'service', nodePort: 30443 });
  });

  it('has no nodePort when the port reaches no node port of the Service', () => {
    const entry = ingressEntry(
      cluster(shop, service('video-service'), controllerService('NodePort')),
      'my-online-store.com',
      8080,
    );
    expect(entry).toMatchObject({ via: 'service', service: 'ingress-nginx/ingress-nginx-controller' });
    expect(entry && 'nodePort' in entry ? entry.nodePort : undefined).toBeUndefined();
  });

  it('falls back to the node IPs on 80/443 without a NodePort/LoadBalancer controller Service', () => {
    expect(
      ingressEntry(cluster(shop, service('video-service'), controllerService('ClusterIP')), 'my-online-store.com', 80),
    ).toMatchObject({ via: 'node-ports' });
  });

  it('a host-less rule catches every host', () => {
    const anyHost = ingress({ name: 'any', rules: [{ paths: [{ service: 'web' }] }] });
    expect(ingressEntry(cluster(anyHost, service('web')), 'whatever.example', 80)).toMatchObject({ via: 'node-ports' });
  });

  it('ignores Ingresses ingress-nginx does not serve', () => {
    const classless = ingress({
      name: 'shop',
      className: null,
      rules: [{ host: 'my-online-store.com', paths: [{ service: 'web' }] }],
    });
    expect(ingressEntry(cluster(classless, service('web')), 'my-online-store.com', 80)).toBeUndefined();
  });
});

describe('isIngressController (one rule for the controller pods and their Service)', () => {
  const controller = (namespace: string, labels: Record<string, string>) => `apiVersion: v1
kind: Pod
metadata:
  name: controller
  namespace: ${namespace}
  labels: ${JSON.stringify(labels)}
spec:
  containers: [{name: controller, image: registry.k8s.io/ingress-nginx/controller:v1.12.1}]
`;

  it.each([
    [
      'the chart’s pod labels in ingress-nginx',
      'ingress-nginx',
      { 'app.kubernetes.io/name': 'ingress-nginx', 'app.kubernetes.io/component': 'controller' },
      true,
    ],
    [
      'app.kubernetes.io/name alone, as the Service selector above picks pods',
      'ingress-nginx',
      { 'app.kubernetes.io/name': 'ingress-nginx' },
      true,
    ],
    [
      'the same labels outside namespace ingress-nginx',
      'default',
      { 'app.kubernetes.io/name': 'ingress-nginx', 'app.kubernetes.io/component': 'controller' },
      false,
    ],
    ['an ordinary pod in ingress-nginx', 'ingress-nginx', { app: 'web' }, false],
  ])('%s', (_, namespace, labels, expected) => {
    const pod = loadCluster(controller(namespace, labels)).pods.find((p) => p.name === 'controller')!;
    expect(isIngressController(pod)).toBe(expected);
  });

  it('recognises the controller Service by the selector that picks those pods', () => {
    const loaded = cluster(controllerService('NodePort'));
    expect(isIngressController(loaded.services.find((s) => s.name === 'ingress-nginx-controller')!)).toBe(true);
  });
});
