// Issue 14 §3: externalTrafficPolicy Local never forwards to another node; a pod's own A record under a
// headless Service; hand-written EndpointSlices name the pod that owns each address.
import { describe, expect, it } from 'vitest';
import { loadCluster, route } from '../../../src/engine/index';
import { join, node, pod, service } from './fixtures';

const laptop = 'ip:192.168.1.10';
const web = (name: string, nodeName: string) => pod(name, { labels: '{app: web}', nodeName });
const podsOf = (r: { endpoints: { pod: string }[] }) => r.endpoints.map((e) => e.pod);

// kubernetes pkg/proxy/iptables/proxier.go: with externalTrafficPolicy Local the external chain jumps only to
// the node's own endpoints, and a node without one gets `-j DROP` ("has no local endpoints");
// kubernetes.io/docs/reference/networking/virtual-ips ("If there are no node-local endpoints, kube-proxy
// does not forward any traffic for the relevant Service"). A cloud load balancer health-checks
// healthCheckNodePort and so sends only to nodes with a local endpoint (kubernetes.io "Create an External
// Load Balancer", Preserving the client source IP).
describe('externalTrafficPolicy: Local', () => {
  const text = (type: string) =>
    join(
      node('node01'),
      node('node02'),
      node('node03'),
      web('web-1', 'node02'),
      service(
        'web',
        `  type: ${type}\n  externalTrafficPolicy: Local\n  selector: {app: web}\n  ports: [{port: 80, nodePort: 30008}]\n${
          type === 'LoadBalancer' ? 'status: {loadBalancer: {ingress: [{ip: 203.0.113.10}]}}' : ''
        }`,
      ),
    );

  const table: [type: string, url: string, outcome: string, pods: string[]][] = [
    ['NodePort', 'http://192.168.1.2:30008/', 'dropped', []],
    ['NodePort', 'http://192.168.1.3:30008/', 'delivered', ['default/web-1']],
    ['NodePort', 'http://192.168.1.4:30008/', 'dropped', []],
    ['LoadBalancer', 'http://192.168.1.2:30008/', 'dropped', []],
    ['LoadBalancer', 'http://192.168.1.3:30008/', 'delivered', ['default/web-1']],
    ['LoadBalancer', 'http://203.0.113.10/', 'delivered', ['default/web-1']],
  ];
  it.each(table)('%s %s → %s', (type, url, outcome, pods) => {
    const r = route(loadCluster(text(type)), { from: laptop, url });
    expect(r.outcome).toBe(outcome);
    expect(podsOf(r)).toEqual(pods);
  });

  it('the drop is on the node the packet reached and is never forwarded to another node', () => {
    const r = route(loadCluster(text('NodePort')), { from: laptop, url: 'http://192.168.1.2:30008/' });
    expect(r.steps.some((s) => s.object === 'kube-proxy@node01' && s.message.includes('DROP'))).toBe(true);
    expect(r.steps.some((s) => s.message.includes('건너감'))).toBe(false);
  });

  it('behind a load balancer the request enters at a node with a pod and does not cross nodes', () => {
    const r = route(loadCluster(text('LoadBalancer')), { from: laptop, url: 'http://203.0.113.10/' });
    expect(r.steps.some((s) => s.object === 'kube-proxy@node02')).toBe(true);
    expect(r.steps.some((s) => s.message.includes('건너감'))).toBe(false);
    expect(r.steps.some((s) => s.kind === 'nat')).toBe(false);
  });
});

// kubernetes.io/docs/concepts/services-networking/dns-pod-service ("A/AAAA records" for Pods, "Pod's hostname
// and subdomain fields"): a pod with hostname and subdomain naming a headless Service in its namespace gets
// HOSTNAME.SUBDOMAIN.NS.svc.cluster.local, e.g. busybox-1.busybox-subdomain.my-namespace.svc.cluster-domain.example.
describe('a pod under a headless Service answers to its own name', () => {
  const nginx = (name: string) =>
    pod(name, { namespace: 'ns', labels: '{app: nginx}', spec: `  hostname: ${name}\n  subdomain: nginx\n` });
  const c = loadCluster(
    join(
      pod('client', { namespace: 'ns', labels: '{app: client}' }),
      nginx('web-0'),
      nginx('web-1'),
      service('nginx', '  clusterIP: None\n  selector: {app: nginx}\n  ports: [{port: 80}]', 'ns'),
    ),
  );
  const ipOf = (name: string) => c.pods.find((p) => p.name === name)!.ip;

  it.each([['web-0.nginx.ns.svc.cluster.local'], ['web-0.nginx'], ['web-0.nginx.ns']])('%s → web-0 only', (host) => {
    const r = route(c, { from: 'pod:ns/client', url: `http://${host}/` });
    expect(r.outcome).toBe('delivered');
    expect(r.dns).toEqual([ipOf('web-0')]);
    expect(podsOf(r)).toEqual(['ns/web-0']);
  });

  it('the Service name itself still answers with every ready pod', () => {
    expect(route(c, { from: 'pod:ns/client', url: 'http://nginx/' }).dns).toEqual([ipOf('web-0'), ipOf('web-1')]);
  });

  it('a subdomain without a matching headless Service gives no record (NXDOMAIN)', () => {
    expect(route(c, { from: 'pod:ns/client', url: 'http://web-0.other/' }).outcome).toBe('dns-failure');
  });
});

// kubernetes.io/docs/concepts/services-networking/service ("Services without selectors", EndpointSlices);
// discovery/v1 Endpoint.targetRef is optional: the address is what kube-proxy uses, and the pod that owns
// that address is the one that receives the packet.
describe('hand-written EndpointSlices', () => {
  const slice = (endpoints: string) => `apiVersion: discovery.k8s.io/v1
kind: EndpointSlice
metadata:
  name: legacy-1
  labels: {kubernetes.io/service-name: legacy}
addressType: IPv4
ports: [{name: "", port: 80, protocol: TCP}]
endpoints:
${endpoints}`;
  const base = [
    pod('client', { labels: '{app: client}' }),
    pod('backend', { labels: '{app: backend}', ports: '[{containerPort: 80}]' }),
    service('legacy', '  ports: [{port: 80}]'),
  ];

  it('name the pod by its IP when the endpoint has no targetRef', () => {
    const c = loadCluster(join(...base, slice('- addresses: ["10.244.0.3"]')));
    const r = route(c, { from: 'pod:default/client', url: 'http://legacy/' });
    expect(r.outcome).toBe('delivered');
    expect(r.endpoints).toEqual([{ pod: 'default/backend', ip: '10.244.0.3', port: 80 }]);
  });

  it('name the pod the targetRef names', () => {
    const c = loadCluster(
      join(...base, slice('- addresses: ["10.244.0.3"]\n  targetRef: {kind: Pod, namespace: default, name: backend}')),
    );
    expect(route(c, { from: 'pod:default/client', url: 'http://legacy/' }).endpoints[0]!.pod).toBe('default/backend');
  });

  it('leave an address no pod owns without a pod', () => {
    const c = loadCluster(join(...base, slice('- addresses: ["192.168.1.50"]')));
    expect(route(c, { from: 'pod:default/client', url: 'http://legacy/' }).endpoints).toEqual([
      { pod: '', ip: '192.168.1.50', port: 80 },
    ]);
  });
});
