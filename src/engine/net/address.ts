// IP addresses and CIDRs for the whole engine: validation, the loader's allocations, kube-proxy's routing
// and NetworkPolicy ipBlocks. IPv4 and IPv6 both parse (`0.0.0.0/0` and `::/0` side by side is the usual
// "anywhere" egress); an address is its bits as one number, IPv4 in the low 32.
//
// Two parsers as Kubernetes has two: the API server reads legacy fields with netutils.ParseIPSloppy
// (k8s.io/utils/net), which tolerates leading zeros in IPv4 octets ("010" is 10), while Go's net.ParseIP
// rejects them since Go 1.17, so a network plugin matching ipBlocks never sees such an address.

export interface Address {
  v6: boolean;
  value: bigint;
}

export interface Cidr {
  v6: boolean;
  /** The address as written, host bits included. */
  value: bigint;
  /** The network address: host bits cleared. */
  base: bigint;
  prefix: number;
}

/** net.ParseIP: IPv4 without leading zeros, or IPv6. */
export function parseIP(text: string): Address | undefined {
  return parse(text, false);
}

/** netutils.ParseIPSloppy: IPv4 with leading zeros tolerated, or IPv6. */
export function parseIPSloppy(text: string): Address | undefined {
  return parse(text, true);
}

/** net.ParseCIDR: `ADDRESS/PREFIX` with a strict address. */
export function parseCIDR(text: string): Cidr | undefined {
  return parseCidrWith(text, false);
}

/** netutils.ParseCIDRSloppy. */
export function parseCIDRSloppy(text: string): Cidr | undefined {
  return parseCidrWith(text, true);
}

export function cidrContains(cidr: Cidr, address: Address): boolean {
  if (cidr.v6 !== address.v6) return false;
  return networkOf(address.value, width(cidr.v6) - cidr.prefix) === cidr.base;
}

/** Whether `address` (text) falls inside `cidr` (text), both read sloppily; false when either does not parse. */
export function inCIDR(address: string, cidr: string): boolean {
  const a = parseIPSloppy(address);
  const c = parseCIDRSloppy(cidr);
  return a !== undefined && c !== undefined && cidrContains(c, a);
}

/** How many addresses the CIDR spans. */
export function cidrSize(cidr: Cidr): number {
  return 2 ** (width(cidr.v6) - cidr.prefix);
}

/** The IPv4 address `offset` places after the CIDR's network address, dotted. */
export function ipv4At(cidr: Cidr, offset: number): string {
  return formatIPv4(cidr.base + BigInt(offset));
}

/** Dotted-quad text of an IPv4 value. */
export function formatIPv4(value: bigint): string {
  return [24n, 16n, 8n, 0n].map((shift) => String((value >> shift) & 255n)).join('.');
}

function width(v6: boolean): number {
  return v6 ? 128 : 32;
}

function networkOf(value: bigint, hostBits: number): bigint {
  const bits = BigInt(hostBits);
  return (value >> bits) << bits;
}

function parseCidrWith(text: string, sloppy: boolean): Cidr | undefined {
  const slash = text.indexOf('/');
  if (slash < 0) return undefined;
  const address = parse(text.slice(0, slash), sloppy);
  const prefixText = text.slice(slash + 1);
  if (!address || !/^\d{1,3}$/.test(prefixText)) return undefined;
  const prefix = Number(prefixText);
  if (prefix > width(address.v6)) return undefined;
  return { v6: address.v6, value: address.value, base: networkOf(address.value, width(address.v6) - prefix), prefix };
}

function parse(text: string, sloppy: boolean): Address | undefined {
  const v4 = parseV4(text, sloppy);
  return v4 === undefined ? parseV6(text, sloppy) : { v6: false, value: v4 };
}

function parseV4(text: string, sloppy: boolean): bigint | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  let value = 0n;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part)) return undefined;
    if (!sloppy && part.length > 1 && part.startsWith('0')) return undefined;
    const octet = Number(part);
    if (octet > 255) return undefined;
    value = (value << 8n) | BigInt(octet);
  }
  return value;
}

function parseV6(text: string, sloppy: boolean): Address | undefined {
  if (!text.includes(':') || text.length > 45) return undefined;
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const groups = (half: string): number[] | undefined => {
    if (half === '') return [];
    const out: number[] = [];
    const parts = half.split(':');
    for (const [i, part] of parts.entries()) {
      if (i === parts.length - 1 && part.includes('.')) {
        const v4 = parseV4(part, sloppy);
        if (v4 === undefined) return undefined;
        out.push(Number(v4 >> 16n), Number(v4 & 0xffffn));
      } else if (/^[0-9a-fA-F]{1,4}$/.test(part)) {
        out.push(parseInt(part, 16));
      } else {
        return undefined;
      }
    }
    return out;
  };
  const head = groups(halves[0] ?? '');
  const tail = halves.length === 2 ? groups(halves[1] ?? '') : [];
  if (!head || !tail) return undefined;
  const missing = 8 - head.length - tail.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) return undefined;
  let value = 0n;
  for (const group of [...head, ...new Array<number>(missing).fill(0), ...tail]) {
    value = (value << 16n) | BigInt(group);
  }
  return { v6: true, value };
}
