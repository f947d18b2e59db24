import { describe, expect, it } from 'vitest';
import { loadCluster } from '../../../src/engine/index';
import type { Cluster } from '../../../src/engine/index';

const pod = (name: string, extra = '') => `apiVersion: v1
kind: Pod
metadata:
  name: ${name}
  labels: {app: myapp}
spec:
  containers: [{name: web, image: nginx, ports: [{containerPort: 8080, name: http}]}]
${extra}`;
const node = (name: string, extra = '') => `apiVersion: v1
kind: Node
metadata: {name: ${name}}
${extra}`;
const service = (spec: string, name = 'svc') => `apiVersion: v1
kind: Service
metadata: {name: ${name}}
spec:
${spec}`;
const join = (...docs: string[]) => docs.join('\n---\n');

const textPods = (c: Cluster) => c.pods.filter((p) => !p.implicit);
const svc = (c: Cluster, name: string, namespace = 'default') =>
  c.services.find((s) => s.name === name && s.namespace === namespace)!;

describe('nodes', () => {
  it('gives one node01 at 192.168.1.2 when the text has no Node, and says so', () => {
    const c = loadCluster(pod('myapp-pod'));
    expect(c.nodes.map((n) => [n.name, n.ip, n.podCIDR, n.implicit])).toEqual([
      ['node01', '192.168.1.2', '10.244.0.0/24', true],
    ]);
    expect(c.assumptions.some((a) => a.object === 'Node node01' && a.message.includes('192.168.1.2'))).toBe(true);
  });

  // kubernetes pkg/controller/nodeipam/ipam/cidrset/cidr_set.go AllocateNext: the first free /24 after the last
  // one handed out; b's own 10.244.9.0/24 is occupied, so c gets 10.244.1.0/24 (not one numbered by its order).
  it('takes the InternalIP and podCIDR the text gives, else numbers IPs by order and allocates CIDRs in turn', () => {
    const c = loadCluster(
      join(
        node('a', 'status:\n  addresses: [{type: Hostname, address: a}, {type: InternalIP, address: 10.0.0.7}]'),
        node('b', 'spec: {podCIDR: 10.244.9.0/24}'),
        node('c'),
      ),
    );
    expect(c.nodes.map((n) => [n.name, n.ip, n.podCIDR])).toEqual([
      ['a', '10.0.0.7', '10.244.0.0/24'],
      ['b', '192.168.1.3', '10.244.9.0/24'],
      ['c', '192.168.1.4', '10.244.1.0/24'],
    ]);
  });

  it('creates the nodes pods name when no Node is given', () => {
    const c = loadCluster(join(pod('p3', '  nodeName: node03'), pod('p1', '  nodeName: node01')));
    expect(c.nodes.map((n) => [n.name, n.ip])).toEqual([
      ['node01', '192.168.1.2'],
      ['node03', '192.168.1.3'],
    ]);
  });
});

describe('pods', () => {
  it('gives the notes single pod 10.244.0.2 (.1 is the bridge)', () => {
    const c = loadCluster(pod('myapp-pod'));
    expect(textPods(c).map((p) => [p.name, p.ip, p.nodeName, p.ready])).toEqual([
      ['myapp-pod', '10.244.0.2', 'node01', true],
    ]);
  });

  it('spreads pods without nodeName over the nodes in order, each from its node CIDR', () => {
    const c = loadCluster(join(node('node01'), node('node02'), node('node03'), pod('a'), pod('b'), pod('c'), pod('d')));
    expect(textPods(c).map((p) => [p.name, p.nodeName, p.ip])).toEqual([
      ['a', 'node01', '10.244.0.2'],
      ['b', 'node02', '10.244.1.2'],
      ['c', 'node03', '10.244.2.2'],
      ['d', 'node01', '10.244.0.3'],
    ]);
  });

  it('keeps an explicit podIP and does not hand it out again', () => {
    const c = loadCluster(join(pod('a'), pod('b', 'status: {podIP: 10.244.0.3}'), pod('c')));
    expect(textPods(c).map((p) => p.ip)).toEqual(['10.244.0.2', '10.244.0.3', '10.244.0.4']);
  });

  it('reads readiness from the status: Ready False, a container not ready, a Pending phase', () => {
    const c = loadCluster(
      join(
        pod('cond', 'status:\n  conditions: [{type: Ready, status: "False"}]'),
        pod('cont', 'status:\n  containerStatuses: [{name: web, ready: false}]'),
        pod('pending', 'status: {phase: Pending}'),
        pod('fine', 'status:\n  phase: Running\n  conditions: [{type: Ready, status: "True"}]'),
      ),
    );
    expect(textPods(c).map((p) => p.ready)).toEqual([false, false, false, true]);
  });

  it('marks a pod with deletionTimestamp as terminating', () => {
    const c = loadCluster(`apiVersion: v1
kind: Pod
metadata: {name: old, deletionTimestamp: "2026-01-01T00:00:00Z"}
spec: {containers: [{name: w, image: nginx}]}`);
    expect(textPods(c)[0]!.terminating).toBe(true);
  });

  it('uses the node IP for hostNetwork pods and defaults container port protocol to TCP and hostPort to the port', () => {
    const c = loadCluster(pod('h', '  hostNetwork: true'));
    const p = textPods(c)[0]!;
    expect(p.ip).toBe('192.168.1.2');
    // SetDefaults_Pod: with hostNetwork the hostPort is the containerPort.
    expect(p.ports).toEqual([{ container: 'web', name: 'http', containerPort: 8080, protocol: 'TCP', hostPort: 8080 }]);
  });

  it('skips a pod bound to a node that does not exist', () => {
    const c = loadCluster(join(node('node01'), pod('lost', '  nodeName: node09')));
    expect(textPods(c)).toEqual([]);
    expect(c.skipped.some((s) => s.name === 'lost')).toBe(true);
  });
});

const deployment = (name: string, replicas: string, image = 'nginx') => `apiVersion: apps/v1
kind: Deployment
metadata: {name: ${name}}
spec:
${replicas}  selector: {matchLabels: {app: ${name}}}
  template:
    metadata: {labels: {app: ${name}}}
    spec: {containers: [{name: web, image: ${image}}]}`;

describe('workloads', () => {
  it('expands a Deployment into replicas pods named NAME-HASH-SUFFIX with pod-template-hash', () => {
    const c = loadCluster(deployment('web', '  replicas: 3\n'));
    const pods = textPods(c);
    expect(pods).toHaveLength(3);
    const hash = pods[0]!.labels['pod-template-hash']!;
    // kubernetes pkg/controller/controller_utils.go ComputeHash: rand.SafeEncodeString(fmt.Sprint(hasher.Sum32())),
    // the decimal digits of a uint32 each mapped to alphanums[digit % 27] (apimachinery pkg/util/rand): '0'…'9'
    // become "456789bcdf", so the hash is at most 10 of those and decodes to a number below 2^32.
    expect(hash).toMatch(/^[456789bcdf]{1,10}$/);
    const decimal = [...hash].map((c) => '456789bcdf'.indexOf(c)).join('');
    expect(Number(decimal)).toBeLessThan(2 ** 32);
    for (const p of pods) {
      expect(p.name).toMatch(new RegExp(`^web-${hash}-[bcdfghjklmnpqrstvwxz2456789]{5}$`));
      expect(p.labels).toEqual({ app: 'web', 'pod-template-hash': hash });
      expect(p.owner).toBe('Deployment default/web');
    }
    expect(new Set(pods.map((p) => p.name)).size).toBe(3);
  });

  it('gives the same names on every load and a new hash when the template changes', () => {
    const a = textPods(loadCluster(deployment('web', '  replicas: 2\n'))).map((p) => p.name);
    const b = textPods(loadCluster(deployment('web', '  replicas: 2\n'))).map((p) => p.name);
    const changed = textPods(loadCluster(deployment('web', '  replicas: 2\n', 'httpd'))).map((p) => p.name);
    expect(b).toEqual(a);
    expect(changed[0]!.split('-')[1]).not.toBe(a[0]!.split('-')[1]);
  });

  it('hashes the defaulted template: writing a default out does not change the names', () => {
    const plain = textPods(loadCluster(deployment('web', '  replicas: 1\n'))).map((p) => p.name);
    const spelled = textPods(
      loadCluster(
        deployment('web', '  replicas: 1\n').replace(
          'spec: {containers:',
          'spec: {dnsPolicy: ClusterFirst, restartPolicy: Always, containers:',
        ),
      ),
    ).map((p) => p.name);
    expect(spelled).toEqual(plain);
  });

  it('defaults replicas to 1 and records it', () => {
    const c = loadCluster(deployment('web', ''));
    expect(textPods(c)).toHaveLength(1);
    expect(c.assumptions.some((a) => a.object === 'Deployment default/web' && a.field === 'spec.replicas')).toBe(true);
  });

  it('names ReplicaSet pods NAME-SUFFIX, without a pod-template-hash of their own', () => {
    const c = loadCluster(deployment('rs', '  replicas: 2\n').replace('kind: Deployment', 'kind: ReplicaSet'));
    const pods = textPods(c);
    expect(pods.map((p) => p.name)).toEqual([
      expect.stringMatching(/^rs-[bcdfghjklmnpqrstvwxz2456789]{5}$/),
      expect.stringMatching(/^rs-[bcdfghjklmnpqrstvwxz2456789]{5}$/),
    ]);
    expect(pods[0]!.labels).toEqual({ app: 'rs' });
    expect(pods[0]!.owner).toBe('ReplicaSet default/rs');
  });
});

describe('services', () => {
  const nodePort = service('  type: NodePort\n  selector: {app: myapp}\n  ports: [{port: 80}]', 'web');

  it('applies the API server defaults and records them', () => {
    const c = loadCluster(nodePort);
    const s = svc(c, 'web');
    expect(s.ports).toEqual([{ protocol: 'TCP', port: 80, targetPort: 80, nodePort: 30000 }]);
    expect([s.sessionAffinity, s.externalTrafficPolicy, s.internalTrafficPolicy, s.publishNotReadyAddresses]).toEqual([
      'None',
      'Cluster',
      'Cluster',
      false,
    ]);
    const fields = c.assumptions.filter((a) => a.object === 'Service default/web').map((a) => a.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        'spec.ports[0].protocol',
        'spec.ports[0].targetPort',
        'spec.clusterIP',
        'spec.ports[0].nodePort',
      ]),
    );
  });

  it('defaults type to ClusterIP and gives a stable ClusterIP inside 10.96.0.0/12, off the static band', () => {
    const text = service('  selector: {app: myapp}\n  ports: [{port: 80}]', 'backend');
    const ip = svc(loadCluster(text), 'backend').clusterIP;
    expect(svc(loadCluster(text), 'backend').type).toBe('ClusterIP');
    expect(svc(loadCluster(text), 'backend').clusterIP).toBe(ip);
    const [a, b, c3] = ip.split('.').map(Number) as [number, number, number];
    expect(a).toBe(10);
    expect(b).toBeGreaterThanOrEqual(96);
    expect(b).toBeLessThanOrEqual(111);
    expect(b > 96 || c3 > 0).toBe(true);
  });

  it('keeps explicit clusterIP, None for headless, and nodePorts; skips used ones when allocating', () => {
    const c = loadCluster(
      join(
        service('  type: NodePort\n  ports: [{name: a, port: 80, nodePort: 30000}, {name: b, port: 81}]', 'a'),
        service('  clusterIP: 10.96.5.5\n  ports: [{port: 80}]', 'b'),
        service('  clusterIP: None\n  ports: [{port: 80}]', 'c'),
        service('  type: LoadBalancer\n  ports: [{port: 80}]', 'd'),
        service('  type: LoadBalancer\n  allocateLoadBalancerNodePorts: false\n  ports: [{port: 80}]', 'e'),
      ),
    );
    expect(svc(c, 'a').ports.map((p) => p.nodePort)).toEqual([30000, 30001]);
    expect(svc(c, 'b').clusterIP).toBe('10.96.5.5');
    expect(svc(c, 'c').clusterIP).toBe('None');
    expect(svc(c, 'd').ports[0]!.nodePort).toBe(30002);
    expect(svc(c, 'd').externalTrafficPolicy).toBe('Cluster');
    expect(svc(c, 'e').ports[0]!.nodePort).toBeUndefined();
  });

  it('never hands out 10.96.0.1 or 10.96.0.10 and never twice the same IP', () => {
    const docs = Array.from({ length: 300 }, (_, i) => service('  ports: [{port: 80}]', `s${i}`));
    const c = loadCluster(join(...docs));
    const ips = c.services.map((s) => s.clusterIP);
    expect(new Set(ips).size).toBe(ips.length);
    expect(c.services.filter((s) => !s.implicit).map((s) => s.clusterIP)).not.toContain('10.96.0.10');
  });

  it('reads LoadBalancer ingress IPs, externalIPs, ClientIP affinity with its default timeout', () => {
    const c = loadCluster(
      service(
        '  type: LoadBalancer\n  sessionAffinity: ClientIP\n  externalIPs: [203.0.113.9]\n  ports: [{port: 80}]\nstatus:\n  loadBalancer:\n    ingress: [{ip: 198.51.100.7}]',
        'lb',
      ),
    );
    const s = svc(c, 'lb');
    expect([s.loadBalancerIPs, s.externalIPs, s.sessionAffinity, s.sessionAffinityTimeoutSeconds]).toEqual([
      ['198.51.100.7'],
      ['203.0.113.9'],
      'ClientIP',
      10800,
    ]);
  });

  it('treats an empty selector as no selector', () => {
    const c = loadCluster(join(pod('a'), service('  selector: {}\n  ports: [{port: 80}]', 'empty')));
    expect(svc(c, 'empty').selector).toBeUndefined();
    expect(c.endpointSlices.filter((s) => s.serviceName === 'empty')).toEqual([]);
  });
});

describe('system objects', () => {
  it('adds default/kubernetes with a slice to the first node:6443 and kube-dns with two CoreDNS pods after the text pods', () => {
    const c = loadCluster(join(pod('a'), pod('b')));
    const k = svc(c, 'kubernetes');
    expect([k.clusterIP, k.ports, k.selector, k.implicit]).toEqual([
      '10.96.0.1',
      [{ name: 'https', protocol: 'TCP', port: 443, targetPort: 6443 }],
      undefined,
      true,
    ]);
    const kslice = c.endpointSlices.find((s) => s.serviceName === 'kubernetes')!;
    expect(kslice.endpoints[0]!.addresses).toEqual(['192.168.1.2']);
    const dns = svc(c, 'kube-dns', 'kube-system');
    expect(dns.clusterIP).toBe('10.96.0.10');
    expect(dns.ports.map((p) => `${p.name} ${p.port}/${p.protocol}`)).toEqual([
      'dns 53/UDP',
      'dns-tcp 53/TCP',
      'metrics 9153/TCP',
    ]);
    const coredns = c.pods.filter((p) => p.implicit);
    expect(coredns.map((p) => [p.namespace, p.labels['k8s-app'], p.ip])).toEqual([
      ['kube-system', 'kube-dns', '10.244.0.4'],
      ['kube-system', 'kube-dns', '10.244.0.5'],
    ]);
    expect(coredns[0]!.name).toMatch(/^coredns-/);
  });

  it('does not add what the text defines itself', () => {
    const c = loadCluster(
      join(
        service('  clusterIP: 10.96.0.1\n  ports: [{port: 443}]', 'kubernetes'),
        service(
          '  clusterIP: 10.96.0.10\n  selector: {k8s-app: kube-dns}\n  ports: [{port: 53, protocol: UDP}]',
          'kube-dns',
        ).replace('metadata: {name: kube-dns}', 'metadata: {name: kube-dns, namespace: kube-system}'),
        pod('dns', '').replace(
          'metadata:\n  name: dns\n  labels: {app: myapp}',
          'metadata:\n  name: dns\n  namespace: kube-system\n  labels: {k8s-app: kube-dns}',
        ),
      ),
    );
    expect(c.services.filter((s) => s.implicit)).toEqual([]);
    expect(c.pods.filter((p) => p.implicit)).toEqual([]);
    expect(c.endpointSlices.filter((s) => s.serviceName === 'kubernetes')).toEqual([]);
  });
});

describe('namespaces', () => {
  it('always has default and kube-system, and every namespace an object names, with the name label', () => {
    const c = loadCluster(
      join(
        pod('a').replace('name: a', 'name: a\n  namespace: shop'),
        'apiVersion: v1\nkind: Namespace\nmetadata: {name: prod, labels: {env: prod}}',
      ),
    );
    const byName = Object.fromEntries(c.namespaces.map((n) => [n.name, n.labels]));
    expect(byName).toEqual({
      prod: { env: 'prod', 'kubernetes.io/metadata.name': 'prod' },
      default: { 'kubernetes.io/metadata.name': 'default' },
      'kube-system': { 'kubernetes.io/metadata.name': 'kube-system' },
      shop: { 'kubernetes.io/metadata.name': 'shop' },
    });
  });
});

describe('endpoint slices', () => {
  it('resolves a named targetPort per pod and protocol; pods without the name get no port', () => {
    const c = loadCluster(
      join(
        pod('named'),
        pod('other').replace('name: http', 'name: web'),
        service('  selector: {app: myapp}\n  ports: [{name: h, port: 80, targetPort: http}]', 'named-svc'),
      ),
    );
    const slices = c.endpointSlices.filter((s) => s.serviceName === 'named-svc');
    const portsOf = (ip: string) => slices.find((s) => s.endpoints.some((e) => e.addresses[0] === ip))!.ports;
    expect(portsOf('10.244.0.2')).toEqual([{ name: 'h', port: 8080, protocol: 'TCP' }]);
    expect(portsOf('10.244.0.3')).toEqual([]);
  });

  it('sets ready, serving and terminating as the EndpointSlice controller does', () => {
    const c = loadCluster(
      join(
        pod('up'),
        pod('down', 'status:\n  conditions: [{type: Ready, status: "False"}]'),
        pod('going').replace('name: going', 'name: going\n  deletionTimestamp: "2026-01-01T00:00:00Z"'),
        service('  selector: {app: myapp}\n  ports: [{port: 80}]', 's'),
        service('  selector: {app: myapp}\n  publishNotReadyAddresses: true\n  ports: [{port: 80}]', 'all'),
      ),
    );
    const conditions = (name: string) =>
      c.endpointSlices
        .filter((s) => s.serviceName === name)
        .flatMap((s) => s.endpoints)
        .map((e) => [e.targetRef?.name, e.ready, e.serving, e.terminating]);
    expect(conditions('s')).toEqual([
      ['up', true, true, false],
      ['down', false, false, false],
      ['going', false, true, true],
    ]);
    expect(conditions('all').map((e) => e[1])).toEqual([true, true, true]);
  });

  it('reads the EndpointSlices of a selector-less Service; a nil ready condition means ready', () => {
    const c = loadCluster(
      join(
        service('  ports: [{port: 80}]', 'ext'),
        `apiVersion: discovery.k8s.io/v1
kind: EndpointSlice
metadata:
  name: ext-1
  labels: {kubernetes.io/service-name: ext}
addressType: IPv4
ports: [{port: 8080}]
endpoints:
- addresses: [10.1.2.3]
- addresses: [10.1.2.4]
  conditions: {ready: false}`,
      ),
    );
    const ext = c.endpointSlices.find((s) => s.serviceName === 'ext')!;
    expect(ext.endpoints.map((e) => [e.addresses[0], e.ready, e.serving])).toEqual([
      ['10.1.2.3', true, true],
      ['10.1.2.4', false, false],
    ]);
    expect(ext.ports).toEqual([{ port: 8080, protocol: 'TCP' }]);
  });
});

describe('ingress and network policy models', () => {
  it('defaults policyTypes: Ingress always, Egress when egress rules are given', () => {
    const np = (name: string, spec: string) => `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: ${name}}
spec:
  podSelector: {}
${spec}`;
    const c = loadCluster(
      join(
        np('in', '  ingress: [{from: [{podSelector: {matchLabels: {app: a}}}], ports: [{port: 80}]}]'),
        np('out', '  egress: [{to: [{ipBlock: {cidr: 10.0.0.0/8, except: [10.1.0.0/16]}}]}]'),
        np('given', '  policyTypes: [Egress]'),
      ),
    );
    expect(c.networkPolicies.map((p) => p.policyTypes)).toEqual([['Ingress'], ['Ingress', 'Egress'], ['Egress']]);
    expect(c.networkPolicies[0]!.ingress[0]!.ports).toEqual([{ protocol: 'TCP', port: 80 }]);
    expect(c.networkPolicies[1]!.egress[0]!.peers).toEqual([
      { ipBlock: { cidr: '10.0.0.0/8', except: ['10.1.0.0/16'] } },
    ]);
  });

  it('keeps Ingress rules as given, in order', () => {
    const c = loadCluster(`apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: shop
  annotations: {nginx.ingress.kubernetes.io/rewrite-target: /$2}
spec:
  ingressClassName: nginx
  rules:
  - host: shop.example.com
    http:
      paths:
      - path: /watch(/|$)(.*)
        pathType: ImplementationSpecific
        backend: {service: {name: video, port: {number: 80}}}`);
    const ing = c.ingresses[0]!;
    expect([ing.ingressClassName, ing.annotations, ing.order]).toEqual([
      'nginx',
      { 'nginx.ingress.kubernetes.io/rewrite-target': '/$2' },
      0,
    ]);
    expect(ing.rules).toEqual([
      {
        host: 'shop.example.com',
        paths: [
          {
            path: '/watch(/|$)(.*)',
            pathType: 'ImplementationSpecific',
            backend: { service: { name: 'video', port: { number: 80 } } },
          },
        ],
      },
    ]);
  });
});

describe('bad input', () => {
  it('skips a document with a syntax error and an unknown kind, each with a reason', () => {
    const c = loadCluster(
      join(pod('good'), 'kind: Pod\nmetadata: {name: bad\n', 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: cfg}'),
    );
    expect(textPods(c).map((p) => p.name)).toEqual(['good']);
    expect(c.skipped.map((s) => s.doc)).toEqual([1, 2]);
    expect(c.skipped.every((s) => s.reason.length > 0)).toBe(true);
    expect(c.diagnostics.length).toBeGreaterThan(0);
  });

  it('keeps an object whose only diagnostics are warnings: the API server stores it and warns', () => {
    const duplicatePort = pod('dup-port').replace(
      'ports: [{containerPort: 8080, name: http}]',
      'ports: [{containerPort: 8080, name: http}, {containerPort: 8080}]',
    );
    const hostBits = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: host-bits}
spec:
  podSelector: {}
  ingress: [{from: [{ipBlock: {cidr: 10.0.0.1/8}}]}]`;
    const labelsTwice = `apiVersion: v1
kind: Pod
metadata:
  name: labels-twice
  labels: {app: a}
  labels: {app: b}
spec:
  containers: [{name: web, image: nginx}]`;
    const c = loadCluster(join(duplicatePort, hostBits, labelsTwice));
    expect(c.diagnostics.map((d) => [d.doc, d.severity])).toEqual([
      [0, 'warning'],
      [1, 'warning'],
      [2, 'warning'],
    ]);
    expect(textPods(c).map((p) => p.name)).toEqual(['dup-port', 'labels-twice']);
    expect(c.networkPolicies.map((p) => p.name)).toEqual(['host-bits']);
    expect(c.skipped).toEqual([]);
  });

  it('loads the items of a kind: List, leaving out only the items the API server refuses', () => {
    const list = `apiVersion: v1
kind: List
items:
- apiVersion: v1
  kind: Pod
  metadata: {name: listed, labels: {app: myapp}}
  spec:
    containers: [{name: web, image: nginx}]
- apiVersion: v1
  kind: Service
  metadata: {name: refused}
  spec: {type: NodePort, selector: {app: myapp}, ports: [{port: 80, nodePort: 80}]}
- apiVersion: v1
  kind: Service
  metadata: {name: listed-svc}
  spec: {selector: {app: myapp}, ports: [{port: 80}]}`;
    const c = loadCluster(list);
    expect(textPods(c).map((p) => p.name)).toEqual(['listed']);
    expect(c.services.filter((s) => s.namespace === 'default' && s.name !== 'kubernetes').map((s) => s.name)).toEqual([
      'listed-svc',
    ]);
    expect(c.skipped.map((s) => [s.doc, s.kind, s.name])).toEqual([[0, 'Service', 'refused']]);
    expect(c.skipped[0]!.reason).toContain('provided port is not in the valid range');
  });

  it('never throws, whatever the text', () => {
    for (const text of [
      '',
      '---',
      ':',
      '- a\n- b',
      'kind: Service\nmetadata: {name: x}\nspec: 5',
      'kind: Pod\nmetadata: {name: p}\nspec: {containers: 7}',
      '\u0000\uffff',
      'a: &a [*a]',
    ]) {
      expect(() => loadCluster(text)).not.toThrow();
    }
  });
});
