// kube-proxy's rules: ports, endpoints and their conditions, traffic policies, affinity, external IPs.
import { describe, expect, it } from 'vitest';
import { loadCluster, route } from '../../../src/engine/index';
import { join, node, pod, service } from './fixtures';

const laptop = 'ip:192.168.1.10';
const web = (name: string, o: Parameters<typeof pod>[1] = {}) => pod(name, { labels: '{app: web}', ...o });
const svc = (spec: string, name = 'web') => service(name, `  selector: {app: web}\n${spec}`);
const pods = (r: { endpoints: { pod: string }[] }) => r.endpoints.map((e) => e.pod.replace('default/', ''));
const threeNodes = join(node('node01'), node('node02'), node('node03'));

describe('ports', () => {
  it('a multi-port Service sends each port to its own targetPort', () => {
    const c = loadCluster(
      join(
        web('w', { ports: '[{containerPort: 8080}, {containerPort: 9090}]' }),
        svc(
          '  type: NodePort\n  ports:\n  - {name: http, port: 80, targetPort: 8080, nodePort: 30080}\n  - {name: metrics, port: 9100, targetPort: 9090, nodePort: 30090}',
        ),
      ),
    );
    expect(route(c, { from: laptop, url: 'http://192.168.1.2:30080/' }).endpoints.map((e) => e.port)).toEqual([8080]);
    expect(route(c, { from: laptop, url: 'http://192.168.1.2:30090/' }).endpoints.map((e) => e.port)).toEqual([9090]);
  });

  it('without targetPort the pod gets the port itself', () => {
    const c = loadCluster(join(web('w'), svc('  type: NodePort\n  ports: [{port: 8000, nodePort: 30800}]')));
    expect(route(c, { from: laptop, url: 'http://192.168.1.2:30800/' }).endpoints.map((e) => e.port)).toEqual([8000]);
  });

  it('a named targetPort is resolved per pod', () => {
    const c = loadCluster(
      join(
        web('old', { ports: '[{name: http, containerPort: 8080}]' }),
        web('new', { ports: '[{name: http, containerPort: 9000}]' }),
        svc('  type: NodePort\n  ports: [{port: 80, targetPort: http, nodePort: 30008}]'),
      ),
    );
    expect(route(c, { from: laptop, url: 'http://192.168.1.2:30008/' }).endpoints.map((e) => [e.pod, e.port])).toEqual([
      ['default/old', 8080],
      ['default/new', 9000],
    ]);
  });

  it('a pod without the named port is not an endpoint', () => {
    const c = loadCluster(
      join(
        web('named', { ports: '[{name: http, containerPort: 8080}]' }),
        web('plain', { ports: '[{containerPort: 8080}]' }),
        svc('  ports: [{port: 80, targetPort: http}]'),
      ),
    );
    expect(pods(route(c, { from: 'pod:default/plain', url: 'http://web/' }))).toEqual(['named']);
  });

  it('a named port is looked up for the Service port protocol', () => {
    const c = loadCluster(
      join(
        web('udp', { ports: '[{name: http, containerPort: 8080, protocol: UDP}]' }),
        svc('  ports: [{port: 80, targetPort: http}]'),
      ),
    );
    const r = route(c, { from: 'pod:default/udp', url: 'http://web/' });
    expect(r.outcome).toBe('refused');
    expect(r.reason).toContain('targetPort');
  });

  it('curl speaks TCP, so a UDP-only Service port matches no rule', () => {
    const c = loadCluster(join(web('w'), svc('  ports: [{port: 53, protocol: UDP}]')));
    expect(route(c, { from: 'pod:default/w', url: 'http://web:53/' }).outcome).toBe('unreachable');
  });

  it('https without a port goes to 443', () => {
    const c = loadCluster(join(web('w'), svc('  ports: [{name: https, port: 443, targetPort: 8443}]')));
    expect(route(c, { from: 'pod:default/w', url: 'https://web' }).endpoints.map((e) => e.port)).toEqual([8443]);
  });
});

describe('endpoint conditions', () => {
  const notReady = '  conditions: [{type: Ready, status: "False"}]';
  const terminating = '  deletionTimestamp: "2026-11-27T00:00:00Z"';
  const np = svc('  type: NodePort\n  ports: [{port: 80, nodePort: 30008}]');
  const go = (text: string) => route(loadCluster(text), { from: laptop, url: 'http://192.168.1.2:30008/' });

  it('only ready pods receive traffic', () => {
    expect(pods(go(join(web('a'), web('b', { status: notReady }), np)))).toEqual(['a']);
  });

  it('a Service whose pods are all not ready refuses the connection', () => {
    const r = go(join(web('a', { status: notReady }), np));
    expect(r.outcome).toBe('refused');
    expect(r.reason).toContain('Ready');
  });

  it('publishNotReadyAddresses makes not-ready pods endpoints', () => {
    const text = join(
      web('a'),
      web('b', { status: notReady }),
      svc('  type: NodePort\n  publishNotReadyAddresses: true\n  ports: [{port: 80, nodePort: 30008}]'),
    );
    expect(pods(go(text))).toEqual(['a', 'b']);
  });

  it('terminating pods are left out while others are ready', () => {
    expect(pods(go(join(web('a'), web('old', { metadata: terminating }), np)))).toEqual(['a']);
  });

  it('terminating pods still serving are used when nothing else is left', () => {
    const r = go(join(web('old', { metadata: terminating }), np));
    expect(pods(r)).toEqual(['old']);
    expect(r.steps.some((s) => s.message.includes('terminating'))).toBe(true);
  });

  it('terminating pods that no longer serve are not used', () => {
    expect(go(join(web('old', { metadata: terminating, status: notReady }), np)).outcome).toBe('refused');
  });

  it('a selector that matches no pod refuses, and says so', () => {
    const r = go(join(pod('other', { labels: '{app: other}' }), np));
    expect(r.outcome).toBe('refused');
    expect(r.reason).toContain('app=web');
  });
});

describe('selector-less Services', () => {
  const slice = (endpoints: string) => `apiVersion: discovery.k8s.io/v1
kind: EndpointSlice
metadata:
  name: legacy-db-1
  labels: {kubernetes.io/service-name: legacy-db}
addressType: IPv4
ports: [{name: pg, port: 5432, protocol: TCP}]
endpoints:
${endpoints}`;
  const legacy = service('legacy-db', '  ports: [{name: pg, port: 5432}]');

  it('use the addresses of their EndpointSlices', () => {
    const c = loadCluster(join(web('w'), legacy, slice('- addresses: [192.168.1.50]\n- addresses: [192.168.1.51]')));
    const r = route(c, { from: 'pod:default/w', url: 'http://legacy-db:5432/' });
    expect(r.endpoints).toEqual([
      { pod: '', ip: '192.168.1.50', port: 5432 },
      { pod: '', ip: '192.168.1.51', port: 5432 },
    ]);
  });

  it('skip the slice endpoints marked not ready', () => {
    const c = loadCluster(
      join(
        web('w'),
        legacy,
        slice('- addresses: [192.168.1.50]\n  conditions: {ready: false}\n- addresses: [192.168.1.51]'),
      ),
    );
    expect(route(c, { from: 'pod:default/w', url: 'http://legacy-db:5432/' }).endpoints.map((e) => e.ip)).toEqual([
      '192.168.1.51',
    ]);
  });

  it('without any slice refuse', () => {
    const r = route(loadCluster(join(web('w'), legacy)), { from: 'pod:default/w', url: 'http://legacy-db:5432/' });
    expect(r.outcome).toBe('refused');
    expect(r.reason).toContain('selector');
  });
});

describe('sessionAffinity', () => {
  it('ClientIP pins each client and is reported', () => {
    const c = loadCluster(join(web('a'), web('b'), svc('  sessionAffinity: ClientIP\n  ports: [{port: 80}]')));
    const r = route(c, { from: 'pod:default/a', url: 'http://web/' });
    expect(r.affinity).toBe('ClientIP');
    expect(r.endpoints).toHaveLength(2);
    expect(r.steps.some((s) => s.message.includes('10800'))).toBe(true);
  });

  it('a configured timeout is what the trace says', () => {
    const c = loadCluster(
      join(
        web('a'),
        svc(
          '  sessionAffinity: ClientIP\n  sessionAffinityConfig: {clientIP: {timeoutSeconds: 60}}\n  ports: [{port: 80}]',
        ),
      ),
    );
    expect(route(c, { from: 'pod:default/a', url: 'http://web/' }).steps.some((s) => s.message.includes('60초'))).toBe(
      true,
    );
  });
});

describe('externalTrafficPolicy: Local', () => {
  const text = join(
    threeNodes,
    web('a', { nodeName: 'node01' }),
    web('b', { nodeName: 'node02' }),
    svc('  type: NodePort\n  externalTrafficPolicy: Local\n  ports: [{port: 80, nodePort: 30008}]'),
  );
  const c = loadCluster(text);

  it('a node with a local pod sends only to it, keeping the client IP', () => {
    const r = route(c, { from: laptop, url: 'http://192.168.1.3:30008/' });
    expect(pods(r)).toEqual(['b']);
    expect(r.steps.some((s) => s.kind === 'nat')).toBe(false);
  });

  it('a node without one drops the packet', () => {
    const r = route(c, { from: laptop, url: 'http://192.168.1.4:30008/' });
    expect(r.outcome).toBe('dropped');
    expect(r.reason).toContain('node03');
  });

  it('traffic from a pod is short-circuited to every endpoint', () => {
    expect(pods(route(c, { from: 'pod:default/a', url: 'http://192.168.1.4:30008/' }))).toEqual(['a', 'b']);
  });

  it('with policy Cluster the same node forwards to every pod and masquerades', () => {
    const cluster = loadCluster(text.replace('externalTrafficPolicy: Local', 'externalTrafficPolicy: Cluster'));
    const r = route(cluster, { from: laptop, url: 'http://192.168.1.4:30008/' });
    expect(pods(r)).toEqual(['a', 'b']);
    expect(r.steps.some((s) => s.kind === 'nat' && s.message.includes('192.168.1.4'))).toBe(true);
  });
});

describe('internalTrafficPolicy: Local', () => {
  const c = loadCluster(
    join(
      threeNodes,
      web('a', { nodeName: 'node01' }),
      web('b', { nodeName: 'node02' }),
      pod('client3', { labels: '{app: c}', nodeName: 'node03' }),
      svc('  internalTrafficPolicy: Local\n  ports: [{port: 80}]'),
    ),
  );

  it('a client on a node with an endpoint reaches only that one', () => {
    expect(pods(route(c, { from: 'pod:default/a', url: 'http://web/' }))).toEqual(['a']);
  });

  it('a client on a node without one is dropped', () => {
    expect(route(c, { from: 'pod:default/client3', url: 'http://web/' }).outcome).toBe('dropped');
  });
});

describe('LoadBalancer and externalIPs', () => {
  const lb = (extra: string) =>
    loadCluster(
      join(
        web('a', { ports: '[{containerPort: 8080}]' }),
        svc(
          `  type: LoadBalancer\n${extra}  ports: [{port: 80, targetPort: 8080}]\nstatus:\n  loadBalancer:\n    ingress: [{ip: 203.0.113.10}]`,
        ),
      ),
    );

  it('the EXTERNAL-IP reaches the pods', () => {
    const r = route(lb(''), { from: laptop, url: 'http://203.0.113.10/' });
    expect(r.outcome).toBe('delivered');
    expect(r.endpoints.map((e) => e.port)).toEqual([8080]);
  });

  it('the allocated nodePort works too', () => {
    const c = lb('');
    const nodePort = c.services.find((s) => s.name === 'web')!.ports[0]!.nodePort!;
    expect(route(c, { from: laptop, url: `http://192.168.1.2:${nodePort}/` }).outcome).toBe('delivered');
  });

  it('allocateLoadBalancerNodePorts: false gives no nodePort, so 30000 is refused', () => {
    const c = lb('  allocateLoadBalancerNodePorts: false\n');
    expect(c.services.find((s) => s.name === 'web')!.ports[0]!.nodePort).toBeUndefined();
    expect(route(c, { from: laptop, url: 'http://192.168.1.2:30000/' }).outcome).toBe('refused');
    expect(route(c, { from: laptop, url: 'http://203.0.113.10/' }).outcome).toBe('delivered');
  });

  it('a port the LoadBalancer does not serve matches no rule', () => {
    expect(route(lb(''), { from: laptop, url: 'http://203.0.113.10:8080/' }).outcome).toBe('unreachable');
  });

  it('a pending LoadBalancer is still reachable on its nodePort', () => {
    const c = loadCluster(join(web('a'), svc('  type: LoadBalancer\n  ports: [{port: 80, nodePort: 31000}]')));
    expect(route(c, { from: laptop, url: 'http://192.168.1.2:31000/' }).outcome).toBe('delivered');
    expect(c.assumptions.some((a) => a.field === 'status.loadBalancer')).toBe(true);
  });

  it('Local policy behind a LoadBalancer reaches the pods (the balancer health-checks nodes)', () => {
    expect(route(lb('  externalTrafficPolicy: Local\n'), { from: laptop, url: 'http://203.0.113.10/' }).outcome).toBe(
      'delivered',
    );
  });

  it('externalIPs take the Service port on that address', () => {
    const c = loadCluster(
      join(web('a'), svc('  externalIPs: [198.51.100.20]\n  ports: [{port: 8081, targetPort: 80}]')),
    );
    const r = route(c, { from: laptop, url: 'http://198.51.100.20:8081/' });
    expect(r.outcome).toBe('delivered');
    expect(r.endpoints.map((e) => e.port)).toEqual([80]);
  });
});

describe('addresses without a Service', () => {
  const c = loadCluster(
    join(
      web('a', { ports: '[{containerPort: 80}]' }),
      web('b'),
      pod('agent', { labels: '{app: agent}', spec: '  hostNetwork: true\n', ports: '[{containerPort: 9100}]' }),
    ),
  );

  it('pod to pod by IP is delivered to the port asked', () => {
    const r = route(c, { from: 'pod:default/b', url: 'http://10.244.0.2:80/x' });
    expect(r.outcome).toBe('delivered');
    expect(r.endpoints).toEqual([{ pod: 'default/a', ip: '10.244.0.2', port: 80 }]);
    expect(r.path).toBe('/x');
  });

  // The packet reaches the pod whatever containerPort says; nginx (Dockerfile EXPOSE 80, `listen 80;`) has
  // nothing on 8080, so the pod's kernel answers RST and curl fails with (7). The old expectation (the port
  // is "still tried" and delivered) did not model listening.
  it('a port nothing in the pod listens on is refused, and the trace names the ports it listens on', () => {
    const r = route(c, { from: 'pod:default/b', url: 'http://10.244.0.2:8080/' });
    expect(r.outcome).toBe('refused');
    expect(r.steps.some((s) => s.object === 'Pod default/a' && s.message.includes('80에서만 수신'))).toBe(true);
  });

  it('a pod-network address without a pod is unreachable', () => {
    expect(route(c, { from: 'pod:default/a', url: 'http://10.244.0.99/' }).outcome).toBe('unreachable');
  });

  it('a service-range address without a Service is unreachable', () => {
    expect(route(c, { from: 'pod:default/a', url: 'http://10.96.0.99/' }).outcome).toBe('unreachable');
  });

  it('an address of nothing in the cluster is unreachable', () => {
    expect(route(c, { from: 'pod:default/a', url: 'http://172.16.5.5/' }).outcome).toBe('unreachable');
  });

  it('a hostNetwork pod answers on its node IP', () => {
    const r = route(c, { from: laptop, url: 'http://192.168.1.2:9100/metrics' });
    expect(r.outcome).toBe('delivered');
    expect(r.endpoints).toEqual([{ pod: 'default/agent', ip: '192.168.1.2', port: 9100 }]);
  });
});

describe('clients', () => {
  const c = loadCluster(
    join(threeNodes, web('a', { nodeName: 'node01' }), svc('  type: NodePort\n  ports: [{port: 80, nodePort: 30008}]')),
  );

  it('pod:NAME means the default namespace', () => {
    expect(route(c, { from: 'pod:a', url: 'http://web/' }).outcome).toBe('delivered');
  });

  it('ip: of a pod is that pod', () => {
    expect(route(c, { from: 'ip:10.244.0.2', url: 'http://web/' }).outcome).toBe('delivered');
  });

  it('a pod may use another node NodePort; the packet is masqueraded there', () => {
    const r = route(c, { from: 'pod:default/a', url: 'http://192.168.1.3:30008/' });
    expect(r.outcome).toBe('delivered');
    expect(r.steps.some((s) => s.object === 'kube-proxy@node02')).toBe(true);
    expect(r.steps.some((s) => s.kind === 'nat')).toBe(true);
  });

  it.each([
    ['pod:default/ghost', 'http://web/'],
    ['laptop', 'http://web/'],
    ['ip:999.1.1.1', 'http://web/'],
  ])('an unknown client %s gives a reason, not a throw', (from, url) => {
    const r = route(c, { from, url });
    expect(r.outcome).toBe('unreachable');
    expect(r.reason).toBeTruthy();
  });

  it.each(['', 'ftp://192.168.1.2/', 'http://[::1]/', 'http://'])(
    'a URL curl would not fetch here (%s) gives a reason',
    (url) => {
      const r = route(c, { from: laptop, url });
      expect(r.outcome).toBe('unreachable');
      expect(r.reason).toBeTruthy();
    },
  );
});

describe('pods from a Deployment', () => {
  it('are the endpoints, named with their pod-template-hash', () => {
    const c = loadCluster(`apiVersion: apps/v1
kind: Deployment
metadata: {name: myapp}
spec:
  replicas: 2
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec: {containers: [{name: nginx, image: nginx}]}
---
${svc('  type: NodePort\n  ports: [{port: 80, nodePort: 30008}]')}`);
    const r = route(c, { from: laptop, url: 'http://192.168.1.2:30008/' });
    const hash = c.pods[0]!.labels['pod-template-hash']!;
    expect(r.endpoints.map((e) => e.pod)).toEqual([
      expect.stringMatching(new RegExp(`^default/myapp-${hash}-`)),
      expect.stringMatching(new RegExp(`^default/myapp-${hash}-`)),
    ]);
    expect(r.steps.some((s) => s.object === 'Deployment default/myapp' && s.kind === 'assumption')).toBe(true);
  });
});

describe('a hostNetwork client', () => {
  it('sends with its node address: it reaches a ClusterIP, and no address rewriting is needed', () => {
    const c = loadCluster(
      join(
        node('node01'),
        node('node02'),
        web('a', { nodeName: 'node02' }),
        pod('agent', { labels: '{app: agent}', nodeName: 'node01', spec: '  hostNetwork: true\n' }),
        svc('  ports: [{port: 80}]'),
      ),
    );
    const ip = c.services.find((s) => s.name === 'web')!.clusterIP;
    const r = route(c, { from: 'pod:default/agent', url: `http://${ip}/` });
    expect(r.outcome).toBe('delivered');
    expect(r.steps.some((s) => s.kind === 'nat')).toBe(false);
    expect(pods(r)).toEqual(['a']);
  });

  it('on a Local NodePort of its own node is short-circuited to every endpoint', () => {
    const c = loadCluster(
      join(
        node('node01'),
        node('node02'),
        web('a', { nodeName: 'node02' }),
        pod('agent', { labels: '{app: agent}', nodeName: 'node01', spec: '  hostNetwork: true\n' }),
        svc('  type: NodePort\n  externalTrafficPolicy: Local\n  ports: [{port: 80, nodePort: 30008}]'),
      ),
    );
    expect(pods(route(c, { from: 'pod:default/agent', url: 'http://192.168.1.2:30008/' }))).toEqual(['a']);
    expect(route(c, { from: 'ip:192.168.1.10', url: 'http://192.168.1.2:30008/' }).outcome).toBe('dropped');
  });
});

describe('hostPort', () => {
  it('nodeIP:hostPort reaches the pod on that node at its containerPort', () => {
    const c = loadCluster(
      join(
        node('node01'),
        node('node02'),
        web('a', { nodeName: 'node02', ports: '[{containerPort: 8080, hostPort: 8088}]' }),
      ),
    );
    expect(route(c, { from: laptop, url: 'http://192.168.1.3:8088/' }).endpoints).toEqual([
      { pod: 'default/a', ip: '10.244.1.2', port: 8080 },
    ]);
    expect(route(c, { from: laptop, url: 'http://192.168.1.2:8088/' }).outcome).toBe('refused');
  });
});
