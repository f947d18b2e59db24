// The simulator's picture of a Gateway API cluster: a box per Gateway, per listener and per HTTPRoute, and a
// request through them lit in the order Gateway → listener → HTTPRoute → Service → pod. The trace steps name
// their objects as the engine's Gateway steps do (`Gateway NS/NAME`, `Gateway NS/NAME listener L`,
// `HTTPRoute NS/NAME …`).
import { describe, expect, it } from 'vitest';
import { loadCluster } from '../../../src/engine';
import type { RouteResult } from '../../../src/engine/types';
import { boxKeyOf, clusterPicture } from '../../../src/ui/cluster-layout';
import type { SvgElement } from '../../../src/ui/svg';

const CLUSTER = `apiVersion: gateway.networking.k8s.io/v1
kind: GatewayClass
metadata: {name: shop-class}
spec: {controllerName: example.net/gateway-controller}
---
apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata: {name: shop-gateway}
spec:
  gatewayClassName: shop-class
  listeners:
  - {name: http, protocol: HTTP, port: 80}
  - {name: https, protocol: HTTPS, port: 443, tls: {certificateRefs: [{name: shop-tls}]}}
---
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: {name: shop-route}
spec:
  parentRefs: [{name: shop-gateway}]
  hostnames: [my-online-store.com]
  rules:
  - backendRefs: [{name: video-service, port: 80}]
---
apiVersion: v1
kind: Pod
metadata: {name: video, labels: {app: video}}
spec:
  containers: [{name: video, image: nginx, ports: [{containerPort: 80}]}]
---
apiVersion: v1
kind: Service
metadata: {name: video-service}
spec:
  selector: {app: video}
  ports: [{port: 80}]
`;

function find(tree: SvgElement, key: string): SvgElement | undefined {
  if (tree.attrs['data-key'] === key) return tree;
  for (const child of tree.children ?? []) {
    const found = find(child, key);
    if (found) return found;
  }
  return undefined;
}

describe('clusterPicture with the Gateway API', () => {
  it('maps the Gateway steps to their boxes', () => {
    expect(boxKeyOf('Gateway default/shop-gateway')).toBe('gtw:default/shop-gateway');
    expect(boxKeyOf('Gateway default/shop-gateway listener https')).toBe('listener:default/shop-gateway/https');
    expect(boxKeyOf('HTTPRoute default/shop-route rule 0')).toBe('route:default/shop-route');
  });

  it('draws the Gateway, each listener and the HTTPRoute, and lights them in the order the request passed', () => {
    const cluster = loadCluster(CLUSTER);
    const pod = cluster.pods.find((p) => p.name === 'video')!;
    const route: RouteResult = {
      outcome: 'delivered',
      endpoints: [{ pod: 'default/video', ip: pod.ip, port: 80 }],
      steps: [
        { object: 'ip:192.168.1.10', kind: 'client', message: '' },
        { object: 'Gateway default/shop-gateway', kind: 'dns', message: '' },
        { object: 'Gateway default/shop-gateway listener http', kind: 'listener', message: '' },
        { object: 'HTTPRoute default/shop-route rule 0', kind: 'route', message: '' },
        { object: 'Service default/video-service', kind: 'service', message: '' },
        { object: 'Pod default/video', kind: 'pod', message: '' },
      ] as RouteResult['steps'],
    };
    const { svg } = clusterPicture({ cluster, client: 'ip:192.168.1.10', route, id: 't' });
    const keys = [
      'client',
      'gtw:default/shop-gateway',
      'listener:default/shop-gateway/http',
      'route:default/shop-route',
      'svc:default/video-service',
      'pod:default/video',
    ];
    const order = keys.map((k) => Number(find(svg, k)?.attrs['data-step']));
    expect(order.every((n) => Number.isInteger(n))).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    // The listener the request did not use is drawn, but not lit.
    expect(find(svg, 'listener:default/shop-gateway/https')).toBeDefined();
    expect(find(svg, 'listener:default/shop-gateway/https')?.attrs['data-step']).toBeUndefined();
  });
});
