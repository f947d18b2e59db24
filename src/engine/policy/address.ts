// IP addresses and CIDRs for ipBlock matching. IPv4 and IPv6 both appear in policies
// (`0.0.0.0/0` and `::/0` side by side is the usual "anywhere" egress), so both parse here.

export interface Address {
  v6: boolean;
  value: bigint;
}

export interface Cidr {
  v6: boolean;
  /** The network address with host bits cleared. */
  base: bigint;
  prefix: number;
}

const V4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

export function parseAddress(text: string): Address | undefined {
  const v4 = V4.exec(text);
  if (v4) {
    let value = 0n;
    for (const part of v4.slice(1)) {
      // net.ParseIP rejects leading zeros ("010") since Go 1.17.
      if (part.length > 1 && part.startsWith('0')) return undefined;
      const octet = Number(part);
      if (octet > 255) return undefined;
      value = (value << 8n) | BigInt(octet);
    }
    return { v6: false, value };
  }
  return parseV6(text);
}

function parseV6(text: string): Address | undefined {
  if (!text.includes(':') || text.length > 45) return undefined;
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const groups = (half: string): number[] | undefined => {
    if (half === '') return [];
    const out: number[] = [];
    const parts = half.split(':');
    for (const [i, part] of parts.entries()) {
      if (i === parts.length - 1 && part.includes('.')) {
        const v4 = parseAddress(part);
        if (!v4 || v4.v6) return undefined;
        out.push(Number(v4.value >> 16n), Number(v4.value & 0xffffn));
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

export function parseCidr(text: string): Cidr | undefined {
  const slash = text.indexOf('/');
  if (slash < 0) return undefined;
  const address = parseAddress(text.slice(0, slash));
  const prefixText = text.slice(slash + 1);
  if (!address || !/^\d{1,3}$/.test(prefixText)) return undefined;
  const prefix = Number(prefixText);
  const width = address.v6 ? 128 : 32;
  if (prefix > width) return undefined;
  const hostBits = BigInt(width - prefix);
  return { v6: address.v6, base: (address.value >> hostBits) << hostBits, prefix };
}

export function cidrContains(cidr: Cidr, address: Address): boolean {
  if (cidr.v6 !== address.v6) return false;
  const hostBits = BigInt((cidr.v6 ? 128 : 32) - cidr.prefix);
  return (address.value >> hostBits) << hostBits === cidr.base;
}
