// NetworkPolicies on the hops route takes: into the destination pod, out of the source pod, and DNS.
import { describe, expect, it } from 'vitest';
import { loadCluster, route } from '../../../src/engine/index';
import { join, node, pod, service } from './fixtures';

const policy = (name: string, spec: string) => `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: ${name}}
spec:
${spec}`;
const base = [
  pod('front', { labels: '{app: front}' }),
  pod('db-1', { labels: '{app: db}', ports: '[{containerPort: 5432}]' }),
  pod('db-2', { labels: '{app: db}', ports: '[{containerPort: 5432}]' }),
  pod('other', { labels: '{app: other}' }),
  service('db', '  selector: {app: db}\n  ports: [{port: 5432}]'),
];
const denyDb = policy('db-deny-all', '  podSelector: {matchLabels: {app: db}}\n  policyTypes: [Ingress]');
const allowFront = policy(
  'db-allow-front',
  '  podSelector: {matchLabels: {app: db}}\n  ingress:\n  - from: [{podSelector: {matchLabels: {app: front}}}]\n    ports: [{port: 5432}]',
);

describe('ingress policies on the destination pods', () => {
  it('a default deny drops the connection and names the policy', () => {
    const r = route(loadCluster(join(...base, denyDb)), { from: 'pod:default/front', url: 'http://db:5432/' });
    expect(r.outcome).toBe('dropped');
    expect(r.reason).toContain('db-deny-all');
    expect(r.steps.some((s) => s.object === 'NetworkPolicy default/db-deny-all' && s.kind === 'policy')).toBe(true);
  });

  it('an allow rule for the front-end lets it through to both pods', () => {
    const c = loadCluster(join(...base, denyDb, allowFront));
    const r = route(c, { from: 'pod:default/front', url: 'http://db:5432/' });
    expect(r.outcome).toBe('delivered');
    expect(r.endpoints.map((e) => e.pod)).toEqual(['default/db-1', 'default/db-2']);
  });

  it('the same rule keeps another pod out', () => {
    const c = loadCluster(join(...base, denyDb, allowFront));
    expect(route(c, { from: 'pod:default/other', url: 'http://db:5432/' }).outcome).toBe('dropped');
  });

  it('a policy selecting one endpoint leaves the others reachable, and the trace says some are blocked', () => {
    const c = loadCluster(
      join(
        ...base.slice(0, 2),
        pod('db-2', { labels: '{app: db, locked: "true"}', ports: '[{containerPort: 5432}]' }),
        base[4]!,
        policy('lock', '  podSelector: {matchLabels: {locked: "true"}}'),
      ),
    );
    const r = route(c, { from: 'pod:default/front', url: 'http://db:5432/' });
    expect(r.outcome).toBe('delivered');
    expect(r.endpoints.map((e) => e.pod)).toEqual(['default/db-1']);
    expect(r.steps.some((s) => s.message.includes('2개 중 1개'))).toBe(true);
  });

  it('pod to pod by IP is checked too', () => {
    const r = route(loadCluster(join(...base, denyDb)), { from: 'pod:default/front', url: 'http://10.244.0.3:5432/' });
    expect(r.outcome).toBe('dropped');
  });
});

describe('egress policies on the source pod', () => {
  const denyEgress = policy('front-no-egress', '  podSelector: {matchLabels: {app: front}}\n  policyTypes: [Egress]');
  const allowDns = policy(
    'front-dns-only',
    '  podSelector: {matchLabels: {app: front}}\n  policyTypes: [Egress]\n  egress:\n  - to: [{namespaceSelector: {}, podSelector: {matchLabels: {k8s-app: kube-dns}}}]\n    ports: [{port: 53, protocol: UDP}, {port: 53, protocol: TCP}]',
  );

  // The resolver's UDP 53 query is dropped, it times out, and curl reports (6) Could not resolve host
  // (CURLE_COULDNT_RESOLVE_HOST), not a connect timeout (28): the request never gets an address.
  it('denying all egress breaks DNS first: the name cannot be resolved', () => {
    const r = route(loadCluster(join(...base, denyEgress)), { from: 'pod:default/front', url: 'http://db:5432/' });
    expect(r.outcome).toBe('dns-failure');
    expect(r.reason).toContain('front-no-egress');
  });

  it('by ClusterIP, skipping DNS, the connection itself is dropped', () => {
    const c = loadCluster(join(...base, denyEgress));
    const ip = c.services.find((s) => s.name === 'db')!.clusterIP;
    const r = route(c, { from: 'pod:default/front', url: `http://${ip}:5432/` });
    expect(r.outcome).toBe('dropped');
    expect(r.reason).toContain('egress');
  });

  it('allowing DNS only: the name resolves, the database is still out of reach', () => {
    const r = route(loadCluster(join(...base, allowDns)), { from: 'pod:default/front', url: 'http://db:5432/' });
    expect(r.steps.some((s) => s.kind === 'dns' && s.message.includes('A '))).toBe(true);
    expect(r.outcome).toBe('dropped');
  });
});

describe('what a policy sees behind a NodePort', () => {
  const text = (trafficPolicy: string) =>
    join(
      node('node01'),
      node('node02'),
      pod('web-1', { labels: '{app: web}', nodeName: 'node01' }),
      pod('web-2', { labels: '{app: web}', nodeName: 'node02' }),
      service(
        'web',
        `  type: NodePort\n  externalTrafficPolicy: ${trafficPolicy}\n  selector: {app: web}\n  ports: [{port: 80, nodePort: 30008}]`,
      ),
      policy(
        'web-from-laptop',
        '  podSelector: {matchLabels: {app: web}}\n  ingress:\n  - from: [{ipBlock: {cidr: 192.168.1.10/32}}]',
      ),
    );

  it('with policy Cluster the laptop is SNATed to the node: only the pod on that node (node traffic is always allowed) answers', () => {
    const r = route(loadCluster(text('Cluster')), { from: 'ip:192.168.1.10', url: 'http://192.168.1.3:30008/' });
    expect(r.outcome).toBe('delivered');
    expect(r.endpoints.map((e) => e.pod)).toEqual(['default/web-2']);
    expect(r.steps.some((s) => s.kind === 'policy' && s.message.includes('SNAT'))).toBe(true);
    expect(r.steps.some((s) => s.kind === 'policy' && s.message.includes('노드에서 오는 트래픽'))).toBe(true);
  });

  it('with policy Local the client IP is kept and the ipBlock matches', () => {
    const r = route(loadCluster(text('Local')), { from: 'ip:192.168.1.10', url: 'http://192.168.1.2:30008/' });
    expect(r.outcome).toBe('delivered');
    expect(r.endpoints.map((e) => e.pod)).toEqual(['default/web-1']);
  });

  it('another machine is kept out when its address is preserved', () => {
    const r = route(loadCluster(text('Local')), { from: 'ip:192.168.1.20', url: 'http://192.168.1.2:30008/' });
    expect(r.outcome).toBe('dropped');
    expect(r.reason).toContain('web-from-laptop');
  });
});
