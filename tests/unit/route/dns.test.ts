// Cluster DNS: headless Services, ExternalName, pod records, the API server's Service, failures.
import { describe, expect, it } from 'vitest';
import { dnsLookup, loadCluster, route } from '../../../src/engine/index';
import { join, pod, service } from './fixtures';

const client = pod('client', { labels: '{app: client}' });
const db = (name: string, o: { ready?: boolean; spec?: string } = {}) =>
  pod(name, {
    labels: '{app: db}',
    ports: '[{containerPort: 5432}]',
    ...(o.ready === false ? { status: '  conditions: [{type: Ready, status: "False"}]' } : {}),
    ...(o.spec ? { spec: o.spec } : {}),
  });
const headless = (extra = '') =>
  service('db', `  clusterIP: None\n  selector: {app: db}\n  ports: [{port: 5432}]\n${extra}`);
const from = 'pod:default/client';

describe('headless Services', () => {
  it('return the ready pods as A records; curl connects to a pod directly on the URL port', () => {
    const c = loadCluster(join(client, db('db-1'), db('db-2'), headless()));
    const r = route(c, { from, url: 'http://db:5432/' });
    expect(r.outcome).toBe('delivered');
    expect(r.dns).toEqual(['10.244.0.3', '10.244.0.4']);
    expect(r.endpoints.map((e) => [e.pod, e.port])).toEqual([
      ['default/db-1', 5432],
      ['default/db-2', 5432],
    ]);
  });

  it('do not translate to a targetPort: the URL port is what the pod gets', () => {
    const c = loadCluster(
      join(
        client,
        db('db-1'),
        service('db', '  clusterIP: None\n  selector: {app: db}\n  ports: [{port: 80, targetPort: 5432}]'),
      ),
    );
    const r = route(c, { from, url: 'http://db/' });
    expect(r.endpoints.map((e) => e.port)).toEqual([80]);
  });

  it('leave not-ready pods out of the answer', () => {
    const c = loadCluster(join(client, db('db-1'), db('db-2', { ready: false }), headless()));
    expect(route(c, { from, url: 'http://db:5432/' }).dns).toEqual(['10.244.0.3']);
  });

  it('with publishNotReadyAddresses answer with not-ready pods too', () => {
    const c = loadCluster(
      join(client, db('db-1'), db('db-2', { ready: false }), headless('  publishNotReadyAddresses: true')),
    );
    expect(route(c, { from, url: 'http://db:5432/' }).dns).toEqual(['10.244.0.3', '10.244.0.4']);
  });

  it('with no ready pod have no record at all', () => {
    const c = loadCluster(join(client, db('db-1', { ready: false }), headless()));
    expect(route(c, { from, url: 'http://db:5432/' }).outcome).toBe('dns-failure');
  });

  it('give a pod with hostname and subdomain its own name', () => {
    const c = loadCluster(
      join(client, db('db-1', { spec: '  hostname: primary\n  subdomain: db\n' }), db('db-2'), headless()),
    );
    const r = route(c, { from, url: 'http://primary.db.default.svc.cluster.local:5432/' });
    expect(r.endpoints.map((e) => e.pod)).toEqual(['default/db-1']);
  });
});

describe('ExternalName', () => {
  it('answers a CNAME and nothing is proxied', () => {
    const c = loadCluster(
      join(client, service('payments', '  type: ExternalName\n  externalName: api.payments.example.com')),
    );
    const r = route(c, { from, url: 'http://payments/' });
    expect(r.outcome).toBe('dns-only');
    expect(r.cname).toBe('api.payments.example.com');
    expect(r.endpoints).toEqual([]);
  });

  it('pointing at a cluster name is followed by CoreDNS to that Service', () => {
    const c = loadCluster(
      join(
        client,
        db('db-1'),
        service('db', '  selector: {app: db}\n  ports: [{port: 5432}]', 'default'),
        service('database', '  type: ExternalName\n  externalName: db.default.svc.cluster.local'),
      ),
    );
    const r = route(c, { from, url: 'http://database:5432/' });
    expect(r.outcome).toBe('delivered');
    expect(r.cname).toBe('db.default.svc.cluster.local');
    expect(r.endpoints.map((e) => e.pod)).toEqual(['default/db-1']);
  });
});

describe('other names', () => {
  const c = loadCluster(join(client, db('db-1')));

  it('A-B-C-D.NS.pod.cluster.local is the pod at that address', () => {
    const r = route(c, { from, url: 'http://10-244-0-3.default.pod.cluster.local:5432/' });
    expect(r.outcome).toBe('delivered');
    expect(r.endpoints).toEqual([{ pod: 'default/db-1', ip: '10.244.0.3', port: 5432 }]);
  });

  it('kubernetes.default is the API server on the first node, port 6443', () => {
    const r = route(c, { from, url: 'https://kubernetes.default/' });
    expect(r.outcome).toBe('delivered');
    expect(r.endpoints).toEqual([{ pod: '', ip: '192.168.1.2', port: 6443 }]);
  });

  it('a name nobody defines is NXDOMAIN', () => {
    const r = route(c, { from, url: 'http://nothing-here/' });
    expect(r.outcome).toBe('dns-failure');
    expect(r.steps.find((s) => s.kind === 'dns')!.message).toContain('nothing-here.default.svc.cluster.local');
  });

  it('a name with five dots is tried as is first', () => {
    const r = route(c, { from, url: 'http://a.b.c.d.e.f/' });
    const tried = r.steps.find((s) => s.kind === 'dns')!.message;
    expect(tried.indexOf('a.b.c.d.e.f,')).toBeLessThan(tried.indexOf('a.b.c.d.e.f.default.svc'));
  });

  it('an internet name goes upstream, which the simulator does not model', () => {
    expect(route(c, { from, url: 'http://www.example.com/' }).outcome).toBe('unreachable');
  });

  it('a node does not use cluster DNS', () => {
    expect(route(c, { from: 'ip:192.168.1.2', url: 'http://kubernetes.default.svc.cluster.local/' }).outcome).toBe(
      'dns-failure',
    );
  });

  // No ready CoreDNS pod: nothing answers the resolver, so the name is not resolved (curl exit 6,
  // CURLE_COULDNT_RESOLVE_HOST in curl include/curl/curl.h), not a TCP timeout of the request itself.
  it('when kube-dns selects no CoreDNS pod the name cannot be resolved', () => {
    const broken = loadCluster(
      join(
        client,
        service(
          'kube-dns',
          '  clusterIP: 10.96.0.10\n  selector: {k8s-app: core-dns}\n  ports: [{name: dns, port: 53, protocol: UDP}]',
          'kube-system',
        ),
      ),
    );
    const r = route(broken, { from, url: 'http://kubernetes/' });
    expect(r.outcome).toBe('dns-failure');
  });
});

describe('dnsPolicy', () => {
  const text = (policy: string) =>
    join(
      db('db-1'),
      service('db', '  selector: {app: db}\n  ports: [{port: 5432}]'),
      pod('agent', { labels: '{app: agent}', spec: `  hostNetwork: true\n${policy}` }),
    );

  it('a hostNetwork pod with the default ClusterFirst uses the node resolv.conf: no cluster names', () => {
    const r = route(loadCluster(text('')), { from: 'pod:default/agent', url: 'http://db:5432/' });
    expect(r.outcome).toBe('dns-failure');
    expect(r.reason).toContain('ClusterFirstWithHostNet');
  });

  it('ClusterFirstWithHostNet gives it cluster DNS', () => {
    expect(
      route(loadCluster(text('  dnsPolicy: ClusterFirstWithHostNet\n')), {
        from: 'pod:default/agent',
        url: 'http://db:5432/',
      }).outcome,
    ).toBe('delivered');
  });

  it('dnsPolicy Default on an ordinary pod means no cluster names either', () => {
    const c = loadCluster(
      join(
        db('db-1'),
        service('db', '  selector: {app: db}\n  ports: [{port: 5432}]'),
        pod('plain', { labels: '{app: p}', spec: '  dnsPolicy: Default\n' }),
      ),
    );
    expect(route(c, { from: 'pod:default/plain', url: 'http://db:5432/' }).outcome).toBe('dns-failure');
  });
});

describe('endpoint names under a headless Service', () => {
  it('A-B-C-D.SVC.NS.svc.cluster.local is that ready endpoint', () => {
    const c = loadCluster(join(client, db('db-1'), db('db-2'), headless()));
    const r = route(c, { from, url: 'http://10-244-0-4.db.default.svc.cluster.local:5432/' });
    expect(r.endpoints.map((e) => e.pod)).toEqual(['default/db-2']);
  });

  it('a dashed address that is not an endpoint of that Service is NXDOMAIN', () => {
    const c = loadCluster(join(client, db('db-1'), headless()));
    expect(route(c, { from, url: 'http://10-244-0-2.db.default.svc.cluster.local:5432/' }).outcome).toBe('dns-failure');
  });
});

describe('dnsLookup: the answer route() follows, for tools such as nslookup', () => {
  const c = loadCluster(
    join(
      client,
      db('db-1'),
      db('db-2'),
      headless(),
      service('web', '  selector: {app: db}\n  ports: [{port: 80, targetPort: 5432}]'),
      service('ext', '  type: ExternalName\n  externalName: db.example.net'),
      service('other', '  selector: {app: db}\n  ports: [{port: 80}]', 'prod'),
    ),
  );

  it.each([
    'web',
    'web.default',
    'web.default.svc.cluster.local.',
    'db',
    'other',
    'other.prod',
    'ext',
    'nope',
    '10-244-0-3.default.pod',
    'db-1.db.default.svc',
  ])('%s resolves exactly when route() finds it', (name) => {
    const answer = dnsLookup(c, name, 'default');
    const r = route(c, { from, url: `http://${name}/` });
    expect(answer.name !== undefined, JSON.stringify(answer)).toBe(r.outcome !== 'dns-failure');
    if (r.dns) expect(answer.addresses).toEqual(r.dns);
  });

  it('answers a ClusterIP Service with its ClusterIP under its full name, tried by the pod’s search list', () => {
    const web = c.services.find((s) => s.name === 'web')!;
    expect(dnsLookup(c, 'web', 'default')).toEqual({
      tried: ['web.default.svc.cluster.local'],
      name: 'web.default.svc.cluster.local',
      kind: 'service',
      addresses: [web.clusterIP],
    });
    expect(dnsLookup(c, 'web', 'prod').tried).toEqual([
      'web.prod.svc.cluster.local',
      'web.svc.cluster.local',
      'web.cluster.local',
      'web',
    ]);
  });

  it('gives a pod name its address and an ExternalName its CNAME only', () => {
    expect(dnsLookup(c, '10-244-0-3.default.pod', 'default')).toMatchObject({ kind: 'pod', addresses: ['10.244.0.3'] });
    expect(dnsLookup(c, 'ext', 'default')).toMatchObject({
      kind: 'externalName',
      addresses: [],
      cname: 'db.example.net',
    });
  });
});
