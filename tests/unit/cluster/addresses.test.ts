// Node and pod addresses for large clusters (issue 20): a pod CIDR per node from the cluster CIDR as
// kube-controller-manager's range allocator hands them out, node IPs that never collide.
import { describe, expect, it } from 'vitest';
import { loadCluster, route } from '../../../src/engine/index';

const nodes = (count: number) =>
  Array.from({ length: count }, (_, i) => `apiVersion: v1\nkind: Node\nmetadata: {name: n${i}}`).join('\n---\n');
const podOn = (name: string, node: string) =>
  `apiVersion: v1\nkind: Pod\nmetadata: {name: ${name}, labels: {app: web}}\nspec:\n  nodeName: ${node}\n  containers: [{name: web, image: nginx}]`;

describe('pod CIDRs: pkg/controller/nodeipam/ipam range allocator, --cluster-cidr=10.244.0.0/16 --node-cidr-mask-size=24', () => {
  // A /16 split into /24s holds 2^(24-16) = 256 node CIDRs (cidrset.NewCIDRSet: maxCIDRs = 1 << (24-16)).
  it('gives the first 256 nodes 10.244.0.0/24 … 10.244.255.0/24 and the 257th none, without throwing', () => {
    const c = loadCluster(nodes(258));
    expect(c.nodes).toHaveLength(258);
    expect(c.nodes[0]!.podCIDR).toBe('10.244.0.0/24');
    expect(c.nodes[255]!.podCIDR).toBe('10.244.255.0/24');
    expect(c.nodes[256]!.podCIDR).toBe('');
    expect(c.nodes[257]!.podCIDR).toBe('');
    expect(new Set(c.nodes.slice(0, 256).map((n) => n.podCIDR)).size).toBe(256);
  });

  // range_allocator.go: AllocateOrOccupyCIDR fails with "CIDR allocation failed; there are no remaining CIDRs
  // left to allocate in the accepted range" and records the node event CIDRNotAvailable.
  it('says so for the node left without a CIDR, and its pods get no address (ContainerCreating)', () => {
    const c = loadCluster(`${nodes(257)}\n---\n${podOn('late', 'n256')}\n---\n${podOn('early', 'n0')}`);
    const note = c.assumptions.find((a) => a.object === 'Node n256' && a.field === 'spec.podCIDR');
    expect(note?.message).toContain('CIDRNotAvailable');
    expect(c.pods.some((p) => p.name === 'late')).toBe(false);
    expect(c.skipped.find((s) => s.name === 'late')?.reason).toContain('ContainerCreating');
    expect(c.pods.find((p) => p.name === 'early')?.ip).toBe('10.244.0.2');
  });

  // cidr_set.go Occupy marks a CIDR a node already has; AllocateNext skips it.
  it('never hands out a CIDR a Node already has', () => {
    const c = loadCluster(
      `apiVersion: v1\nkind: Node\nmetadata: {name: a}\nspec: {podCIDR: 10.244.1.0/24}\n---\n${nodes(2)}`,
    );
    expect(c.nodes.map((n) => n.podCIDR)).toEqual(['10.244.1.0/24', '10.244.0.0/24', '10.244.2.0/24']);
  });
});

describe('node IPs', () => {
  it('never gives a node the laptop address 192.168.1.10 (the notes’ client off the cluster)', () => {
    const c = loadCluster(nodes(12));
    const ips = c.nodes.map((n) => n.ip);
    expect(ips).not.toContain('192.168.1.10');
    expect(ips.slice(0, 8)).toEqual([2, 3, 4, 5, 6, 7, 8, 9].map((h) => `192.168.1.${h}`));
    expect(new Set(ips).size).toBe(12);
  });

  it('never gives two nodes one address, nor an invalid one, past 254 nodes', () => {
    const c = loadCluster(nodes(300));
    const ips = c.nodes.map((n) => n.ip);
    expect(new Set(ips).size).toBe(300);
    for (const ip of ips) expect(ip).toMatch(/^192\.168\.(25[0-4]|2[0-4]\d|1?\d?\d)\.(25[0-4]|2[0-4]\d|1?\d?\d)$/);
  });

  it('skips an address a Node already has', () => {
    const c = loadCluster(
      `apiVersion: v1\nkind: Node\nmetadata: {name: a}\n---\napiVersion: v1\nkind: Node\nmetadata: {name: b}\nstatus:\n  addresses: [{type: InternalIP, address: 192.168.1.2}]`,
    );
    expect(c.nodes.map((n) => n.ip)).toEqual(['192.168.1.3', '192.168.1.2']);
  });

  it('keeps the laptop a client off the cluster in a cluster of many nodes', () => {
    const c = loadCluster(nodes(10));
    const r = route(c, { from: 'ip:192.168.1.10', url: 'http://10.244.0.5/' });
    expect(r.outcome).toBe('unreachable');
    expect(r.steps[0]!.message).toContain('클러스터 밖');
  });
});
