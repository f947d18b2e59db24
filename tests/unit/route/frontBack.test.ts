// Front-end → back-end through a ClusterIP Service, by every name a pod may use.
import { describe, expect, it } from 'vitest';
import { loadCluster, route } from '../../../src/engine/index';
import { frontBack } from './fixtures';

const cluster = loadCluster(frontBack);
const backEnd = cluster.services.find((s) => s.name === 'back-end')!;
const front = 'pod:default/front-end';
const backends = [
  { pod: 'default/back-end-1', ip: '10.244.0.3', port: 8080 },
  { pod: 'default/back-end-2', ip: '10.244.0.4', port: 8080 },
];

describe('front-end → back-end (ClusterIP)', () => {
  it.each([
    'http://back-end',
    'http://back-end.default',
    'http://back-end.default.svc',
    'http://back-end.default.svc.cluster.local',
    'http://back-end.default.svc.cluster.local.',
    'http://BACK-END.Default',
    'back-end:80',
  ])('%s reaches both back-end pods on targetPort 8080', (url) => {
    const r = route(cluster, { from: front, url });
    expect(r.outcome).toBe('delivered');
    expect(r.endpoints).toEqual(backends);
  });

  it('the ClusterIP itself works from a pod', () => {
    const r = route(cluster, { from: front, url: `http://${backEnd.clusterIP}/` });
    expect(r.endpoints).toEqual(backends);
  });

  it('the ClusterIP works from a node too', () => {
    expect(route(cluster, { from: 'ip:192.168.1.2', url: `http://${backEnd.clusterIP}/` }).outcome).toBe('delivered');
  });

  it('the ClusterIP is not reachable from the laptop', () => {
    const r = route(cluster, { from: 'ip:192.168.1.10', url: `http://${backEnd.clusterIP}/` });
    expect(r.outcome).toBe('unreachable');
    expect(r.reason).toContain('ClusterIP');
  });

  it('a port the Service does not have matches no rule', () => {
    const r = route(cluster, { from: front, url: 'http://back-end:8080/' });
    expect(r.outcome).toBe('unreachable');
    expect(r.reason).toContain('8080');
  });

  it('keeps the path and the query as the pod receives them', () => {
    expect(route(cluster, { from: front, url: 'http://back-end/api/v1/items?page=2' }).path).toBe(
      '/api/v1/items?page=2',
    );
  });

  it('resolves through the search path of the pod namespace (ndots:5)', () => {
    const r = route(cluster, { from: front, url: 'http://back-end/' });
    const dns = r.steps.find((s) => s.kind === 'dns')!;
    expect(dns.object).toBe('Service kube-system/kube-dns');
    expect(dns.message).toContain('back-end.default.svc.cluster.local');
    expect(dns.message).toContain(backEnd.clusterIP);
  });

  it('a pod in another namespace does not find the short name, and is told where the Service is', () => {
    const r = route(cluster, { from: 'pod:ops/tool', url: 'http://back-end/' });
    expect(r.outcome).toBe('dns-failure');
    expect(r.reason).toContain('back-end.default');
  });

  it('a pod in another namespace reaches it as back-end.default', () => {
    expect(route(cluster, { from: 'pod:ops/tool', url: 'http://back-end.default/' }).endpoints).toEqual(backends);
  });

  it('the targetPort default assumption appears only for the port the request used', () => {
    const c = loadCluster(
      frontBack.replace(
        'ports: [{port: 80, targetPort: 8080}]',
        'ports: [{name: a, port: 80, targetPort: 8080}, {name: b, port: 9090}]',
      ),
    );
    const r = route(c, { from: front, url: 'http://back-end/' });
    expect(r.steps.some((s) => s.kind === 'assumption' && s.message.includes('targetPort'))).toBe(false);
    const r2 = route(c, { from: front, url: 'http://back-end:9090/' });
    expect(r2.steps.some((s) => s.kind === 'assumption' && s.message.includes('targetPort'))).toBe(true);
  });
});
