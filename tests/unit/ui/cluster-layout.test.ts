import { describe, expect, it } from 'vitest';
import { loadCluster, route } from '../../../src/engine';
import { boxKeyOf, clusterPicture, pathSteps } from '../../../src/ui/cluster-layout';
import { toMarkup, type SvgElement } from '../../../src/ui/svg';

const scenario = (name = 'myapp-pod') => `apiVersion: v1
kind: Pod
metadata:
  name: ${name}
  labels: {app: myapp, type: front-end}
spec:
  containers: [{name: nginx, image: nginx, ports: [{containerPort: 80}]}]
---
apiVersion: v1
kind: Service
metadata:
  name: myapp-service
spec:
  type: NodePort
  ports: [{targetPort: 80, port: 80, nodePort: 30008}]
  selector: {app: myapp, type: front-end}
`;

function find(tree: SvgElement, key: string): SvgElement | undefined {
  if (tree.attrs['data-key'] === key) return tree;
  for (const child of tree.children ?? []) {
    const found = find(child, key);
    if (found) return found;
  }
  return undefined;
}

function texts(tree: SvgElement): string[] {
  return [...(tree.text !== undefined ? [tree.text] : []), ...(tree.children ?? []).flatMap(texts)];
}

describe('clusterPicture', () => {
  it('draws nodes holding their pods, the Service and the client, and lights the delivered path in order', () => {
    const cluster = loadCluster(scenario());
    const result = route(cluster, { from: 'ip:192.168.1.10', url: 'http://192.168.1.2:30008' });
    const { svg, steps } = clusterPicture({ cluster, client: 'ip:192.168.1.10', route: result, id: 't' });
    expect(steps).toBe(pathSteps(result).length);
    const order = ['client', 'node:node01', 'svc:default/myapp-service', 'pod:default/myapp-pod'].map((k) =>
      Number(find(svg, k)?.attrs['data-step']),
    );
    expect(order.every((n) => Number.isInteger(n))).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(
      texts(svg).some((t) => t.startsWith('Pod default/myapp-pod') && t.includes('app=myapp, type=front-end')),
    ).toBe(true);
    expect(texts(svg)).toContain('node01 · 192.168.1.2');
  });

  it('lights no pod when the request is refused', () => {
    const cluster = loadCluster(scenario());
    const result = route(cluster, { from: 'ip:192.168.1.10', url: 'http://192.168.1.2:30009' });
    const { svg } = clusterPicture({ cluster, client: 'ip:192.168.1.10', route: result, id: 't' });
    expect(find(svg, 'pod:default/myapp-pod')?.attrs['data-step']).toBeUndefined();
    expect(find(svg, 'node:node01')?.attrs['data-step']).toBeDefined();
  });

  it('keeps hostile names as text in the markup', () => {
    const cluster = loadCluster(scenario('x<img src=x onerror=alert(1)>'));
    const markup = toMarkup(clusterPicture({ cluster, id: 't' }).svg);
    expect(markup).not.toContain('<img');
  });

  it('is the same picture for the same input', () => {
    const cluster = loadCluster(scenario());
    expect(toMarkup(clusterPicture({ cluster, id: 't' }).svg)).toBe(
      toMarkup(clusterPicture({ cluster: loadCluster(scenario()), id: 't' }).svg),
    );
  });
});

describe('boxKeyOf', () => {
  it('maps trace objects to picture boxes', () => {
    expect(boxKeyOf('Pod default/a')).toBe('pod:default/a');
    expect(boxKeyOf('Service x/y')).toBe('svc:x/y');
    expect(boxKeyOf('kube-proxy@node02')).toBe('node:node02');
    expect(boxKeyOf('curl')).toBeUndefined();
  });
});
