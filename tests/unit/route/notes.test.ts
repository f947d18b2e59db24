// The notes' own setups: the laptop at 192.168.1.10 and the node at 192.168.1.2.
import { describe, expect, it } from 'vitest';
import { loadCluster, route } from '../../../src/engine/index';
import { onePod, threeNodes, threePodsOneNode } from './fixtures';

const laptop = 'ip:192.168.1.10';
const messages = (r: { steps: { message: string }[] }) => r.steps.map((s) => s.message);

describe('one pod behind a NodePort (the notes first setup)', () => {
  const cluster = loadCluster(onePod);

  it('curl http://192.168.1.2:30008 from the laptop reaches the pod on its targetPort', () => {
    const r = route(cluster, { from: laptop, url: 'http://192.168.1.2:30008' });
    expect(r.outcome).toBe('delivered');
    expect(r.endpoints).toEqual([{ pod: 'default/myapp-pod', ip: '10.244.0.2', port: 80 }]);
    expect(r.path).toBe('/');
  });

  it('names kube-proxy on node01, the NodePort and the Service in the trace', () => {
    const r = route(cluster, { from: laptop, url: 'http://192.168.1.2:30008/' });
    expect(r.steps).toContainEqual({
      object: 'kube-proxy@node01',
      kind: 'service',
      message: 'node01의 kube-proxy: NodePort 30008 → Service default/myapp-service:80',
    });
  });

  it('lists what the loader assumed about the node and the pod', () => {
    const r = route(cluster, { from: laptop, url: 'http://192.168.1.2:30008/' });
    const assumed = r.steps.filter((s) => s.kind === 'assumption').map((s) => s.object);
    expect(assumed).toEqual(expect.arrayContaining(['Node node01', 'Pod default/myapp-pod']));
  });

  it('the laptop cannot reach the pod IP 10.244.0.2 directly', () => {
    const r = route(cluster, { from: laptop, url: 'http://10.244.0.2' });
    expect(r.outcome).toBe('unreachable');
    expect(r.reason).toContain('10.244.0.2');
  });

  it('from the node itself (after ssh), curl http://10.244.0.2 reaches the pod', () => {
    const r = route(cluster, { from: 'ip:192.168.1.2', url: '10.244.0.2' });
    expect(r.outcome).toBe('delivered');
    expect(r.endpoints).toEqual([{ pod: 'default/myapp-pod', ip: '10.244.0.2', port: 80 }]);
  });

  it('a nodePort no Service uses is refused by the node', () => {
    expect(route(cluster, { from: laptop, url: 'http://192.168.1.2:30009' }).outcome).toBe('refused');
  });

  it('the laptop does not resolve the Service name', () => {
    expect(route(cluster, { from: laptop, url: 'http://myapp-service' }).outcome).toBe('dns-failure');
  });

  it('the masquerade to the node IP is in the trace', () => {
    const r = route(cluster, { from: laptop, url: '192.168.1.2:30008' });
    expect(r.steps.some((s) => s.kind === 'nat' && s.message.includes('192.168.1.2'))).toBe(true);
  });
});

describe('three pods on one node', () => {
  const cluster = loadCluster(threePodsOneNode);

  it('the NodePort may reach any of the three pods, picked at random', () => {
    const r = route(cluster, { from: laptop, url: 'http://192.168.1.2:30008/' });
    expect(r.outcome).toBe('delivered');
    expect(r.endpoints.map((e) => e.pod)).toEqual(['default/myapp-1', 'default/myapp-2', 'default/myapp-3']);
    expect(messages(r)).toContain('엔드포인트 3개 중 하나를 무작위로 선택 (sessionAffinity: None)');
    expect(r.affinity).toBeUndefined();
  });

  it('the pods got consecutive addresses of node01', () => {
    const r = route(cluster, { from: laptop, url: 'http://192.168.1.2:30008/' });
    expect(r.endpoints.map((e) => e.ip)).toEqual(['10.244.0.2', '10.244.0.3', '10.244.0.4']);
  });
});

describe('pods on three nodes, the NodePort on every node', () => {
  const cluster = loadCluster(threeNodes);

  it.each(['192.168.1.2', '192.168.1.3', '192.168.1.4'])('curl http://%s:30008 reaches all three pods', (ip) => {
    const r = route(cluster, { from: laptop, url: `http://${ip}:30008/` });
    expect(r.outcome).toBe('delivered');
    expect(r.endpoints.map((e) => e.ip)).toEqual(['10.244.0.2', '10.244.1.2', '10.244.2.2']);
    const node = cluster.nodes.find((n) => n.ip === ip)!.name;
    expect(r.steps.some((s) => s.object === `kube-proxy@${node}`)).toBe(true);
  });

  it('says when the chosen pod is on another node', () => {
    const r = route(cluster, { from: laptop, url: 'http://192.168.1.3:30008/' });
    expect(messages(r).some((m) => m.includes('node02에서 node01로'))).toBe(true);
  });
});
