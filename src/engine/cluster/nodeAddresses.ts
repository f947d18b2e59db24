// Addresses a node gets when the text does not give them: an InternalIP on the notes' node network and a
// pod CIDR from the cluster CIDR, handed out as kube-controller-manager's range allocator does.
import { invariant } from '../invariant';
import { formatIPv4, parseCIDRSloppy, parseIPSloppy } from '../net/address';

import { CLUSTER_CIDR, LAPTOP_IP } from '../constants';

const NODE_CIDR_MASK = 24;

/** The notes' node network: node01 is 192.168.1.2. Past 192.168.1.254 the stand-in goes on in 192.168.2.x... */
const FIRST_NODE_IP = invariant(parseIPSloppy('192.168.1.2'), 'the first node IP parses').value;
const LAST_NODE_IP = invariant(parseIPSloppy('192.168.255.254'), 'the last node IP parses').value;

/**
 * Node IPs come from the machines' network (DHCP, the cloud), not from Kubernetes; this deterministic
 * stand-in numbers nodes by order (the n-th node 192.168.1.(n+1), as the notes' node01 and node02), and
 * where that address is taken hands out the next free one from 192.168.1.2 — never one a Node already has,
 * never the laptop's, never one ending in .0 or .255.
 */
export class NodeIps {
  private next = FIRST_NODE_IP;
  private readonly taken: Set<string>;

  constructor(given: string[]) {
    this.taken = new Set([...given, LAPTOP_IP]);
  }

  /** `index`: the node's 0-based order. */
  allocate(index: number): string | undefined {
    const preferred = `192.168.1.${2 + index}`;
    if (index + 2 <= 254 && !this.taken.has(preferred)) {
      this.taken.add(preferred);
      return preferred;
    }
    for (; this.next <= LAST_NODE_IP; this.next++) {
      const last = this.next & 255n;
      const ip = formatIPv4(this.next);
      if (last === 0n || last === 255n || this.taken.has(ip)) continue;
      this.taken.add(ip);
      this.next++;
      return ip;
    }
    return undefined;
  }
}

/**
 * kubernetes pkg/controller/nodeipam/ipam/cidrset/cidr_set.go and range_allocator.go: a node that already has
 * spec.podCIDR occupies it; every other node gets AllocateNext — the first free /24 at or after the one after
 * the last handed out, wrapping round. When all 256 are used AllocateNext fails ("CIDR allocation failed;
 * there are no remaining CIDRs left to allocate in the accepted range"), the controller records the event
 * CIDRNotAvailable and the node stays without a pod CIDR.
 */
export class PodCidrs {
  private readonly cluster = invariant(parseCIDRSloppy(CLUSTER_CIDR), 'CLUSTER_CIDR parses');
  private readonly count = 2 ** (NODE_CIDR_MASK - this.cluster.prefix);
  private readonly used: boolean[] = new Array<boolean>(this.count).fill(false);
  private nextCandidate = 0;

  /** Marks a CIDR a Node already has, when it is one of the cluster CIDR's /24s. */
  occupy(text: string): void {
    const cidr = parseCIDRSloppy(text);
    if (!cidr || cidr.v6 || cidr.prefix !== NODE_CIDR_MASK) return;
    const offset = (cidr.base - this.cluster.base) >> BigInt(32 - NODE_CIDR_MASK);
    if (offset >= 0n && offset < BigInt(this.count)) this.used[Number(offset)] = true;
  }

  allocateNext(): string | undefined {
    for (let i = 0; i < this.count; i++) {
      const candidate = (i + this.nextCandidate) % this.count;
      if (this.used[candidate]) continue;
      this.used[candidate] = true;
      this.nextCandidate = (candidate + 1) % this.count;
      const base = this.cluster.base + (BigInt(candidate) << BigInt(32 - NODE_CIDR_MASK));
      return `${formatIPv4(base)}/${NODE_CIDR_MASK}`;
    }
    return undefined;
  }
}
