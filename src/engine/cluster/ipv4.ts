// IPv4 arithmetic for the loader and kube-proxy: addresses as unsigned 32-bit numbers.

/** The address as a number, or undefined when the text is not a dotted-quad IPv4 address. */
export function parseIPv4(text: string): number | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  let value = 0;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part)) return undefined;
    const octet = Number(part);
    if (octet > 255) return undefined;
    value = value * 256 + octet;
  }
  return value;
}

export function formatIPv4(value: number): string {
  return [value >>> 24, (value >>> 16) & 255, (value >>> 8) & 255, value & 255].join('.');
}

export interface Cidr {
  base: number;
  bits: number;
}

export function parseCidr(text: string): Cidr | undefined {
  const [address, prefix] = text.split('/');
  if (address === undefined || prefix === undefined || !/^\d{1,2}$/.test(prefix)) return undefined;
  const base = parseIPv4(address);
  const bits = Number(prefix);
  if (base === undefined || bits > 32) return undefined;
  return { base: networkOf(base, bits), bits };
}

function networkOf(address: number, bits: number): number {
  if (bits === 0) return 0;
  const mask = (0xffffffff << (32 - bits)) >>> 0;
  return (address & mask) >>> 0;
}

export function cidrSize(cidr: Cidr): number {
  return 2 ** (32 - cidr.bits);
}

export function cidrContains(cidr: Cidr, address: number): boolean {
  return networkOf(address, cidr.bits) === cidr.base;
}

/** Whether `address` (text) falls inside `cidr` (text); false when either does not parse. */
export function inCidr(address: string, cidr: string): boolean {
  const a = parseIPv4(address);
  const c = parseCidr(cidr);
  return a !== undefined && c !== undefined && cidrContains(c, a);
}
