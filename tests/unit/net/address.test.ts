// net/address.ts copies two Go parsers. The rows are upstream's own test tables:
// - Go net.ParseIP and net.ParseCIDR: src/net/ip_test.go (parseIPTests, parseCIDRTests); since Go 1.17 an IPv4
//   octet with a leading zero is rejected ("127.001.002.003").
// - netutils.ParseIPSloppy / ParseCIDRSloppy (k8s.io/utils/net/ipnet.go, parse.go): the same, except that leading
//   zeros are read as decimal, as Go before 1.17 did (what the API server accepts in legacy fields).
import { describe, expect, it } from 'vitest';
import {
  cidrContains,
  cidrSize,
  formatIPv4,
  inCIDR,
  parseCIDR,
  parseCIDRSloppy,
  parseIP,
  parseIPSloppy,
} from '../../../src/engine/net/address';

const v4 = (text: string) => {
  const [a, b, c, d] = text.split('.').map(BigInt) as [bigint, bigint, bigint, bigint];
  return (a << 24n) | (b << 16n) | (c << 8n) | d;
};

describe('parseIP (Go net.ParseIP, src/net/ip_test.go parseIPTests)', () => {
  it.each([
    '127.0.1.2',
    '127.0.0.1',
    '::ffff:127.1.2.3',
    '2001:4860:0:2001::68',
    '2001:4860:0000:2001:0000:0000:0000:0068',
  ])('accepts %s', (text) => {
    expect(parseIP(text)).toBeDefined();
  });

  it.each([
    '127.001.002.003',
    '::ffff:127.001.002.003',
    '123.000.000.000',
    '1.2..4',
    '0123.0.0.1',
    '-0.0.0.0',
    '0.-1.0.0',
    '0.0.-2.0',
    '0.0.0.-3',
    '127.0.0.256',
    'abc',
    '123:',
    'fe80::1%lo0',
    'fe80::1%911',
    '',
    'a1:a2:a3:a4::b1:b2:b3:b4',
    '127.0.0.1:80',
  ])('rejects %j', (text) => {
    expect(parseIP(text)).toBeUndefined();
  });

  it('reads the address as its bits', () => {
    expect(parseIP('10.244.1.7')).toEqual({ v6: false, value: v4('10.244.1.7') });
    expect(parseIP('::1')).toEqual({ v6: true, value: 1n });
    expect(parseIP('2001:4860:0:2001::68')?.value).toBe(0x20014860000020010000000000000068n);
  });
});

describe('parseIPSloppy (k8s.io/utils/net ParseIPSloppy: leading zeros are decimal)', () => {
  it.each([
    ['010.000.000.001', '10.0.0.1'],
    ['1.2.3.004', '1.2.3.4'],
    ['127.001.002.003', '127.1.2.3'],
  ])('reads %s as %s', (text, plain) => {
    expect(parseIPSloppy(text)).toEqual(parseIP(plain));
  });

  it('still rejects what is not an address', () => {
    expect(parseIPSloppy('127.0.0.256')).toBeUndefined();
    expect(parseIPSloppy('1.2.3')).toBeUndefined();
  });
});

describe('parseCIDR (Go net.ParseCIDR, src/net/ip_test.go parseCIDRTests)', () => {
  it.each([
    ['135.104.0.0/32', '135.104.0.0', 32],
    ['0.0.0.0/24', '0.0.0.0', 24],
    ['135.104.0.0/24', '135.104.0.0', 24],
    ['135.104.0.1/32', '135.104.0.1', 32],
    // The address keeps its host bits; the network is the masked address.
    ['135.104.0.1/24', '135.104.0.0', 24],
  ])('%s is the network %s/%i', (text, base, prefix) => {
    const cidr = parseCIDR(text);
    expect(cidr?.base).toBe(v4(base));
    expect(cidr?.prefix).toBe(prefix);
    expect(cidr?.value).toBe(v4(text.split('/')[0]!));
  });

  it.each([
    ['::1/128', 1n, 128],
    ['abcd:2345::/127', 0xabcd2345000000000000000000000000n, 127],
    ['abcd:2345::/65', 0xabcd2345000000000000000000000000n, 65],
    ['abcd:2345::/64', 0xabcd2345000000000000000000000000n, 64],
    ['abcd:2345::/31', 0xabcd2344000000000000000000000000n, 31],
    ['abcd:2345::/24', 0xabcd2300000000000000000000000000n, 24],
  ])('%s is an IPv6 network', (text, base, prefix) => {
    expect(parseCIDR(text)).toMatchObject({ v6: true, base, prefix });
  });

  it.each([
    '192.168.1.1/255.255.255.0',
    '192.168.1.1/35',
    '2001:db8::1/-1',
    '2001:db8::1/-0',
    '-0.0.0.0/32',
    '0.-1.0.0/32',
    '0.0.-2.0/32',
    '0.0.0.-3/32',
    '0.0.0.0/-0',
    '127.000.000.001/32',
    '',
  ])('rejects %j', (text) => {
    expect(parseCIDR(text)).toBeUndefined();
  });

  it('ParseCIDRSloppy takes the leading zeros net.ParseCIDR rejects', () => {
    expect(parseCIDRSloppy('127.000.000.001/32')?.base).toBe(v4('127.0.0.1'));
  });
});

describe('containment (net.IPNet.Contains)', () => {
  const cidr = parseCIDR('10.244.1.0/24')!;
  it.each([
    ['10.244.1.0', true],
    ['10.244.1.255', true],
    ['10.244.2.0', false],
    ['10.244.0.255', false],
  ])('10.244.1.0/24 contains %s: %s', (address, inside) => {
    expect(cidrContains(cidr, parseIP(address)!)).toBe(inside);
  });

  it('0.0.0.0/0 holds every IPv4 address and no IPv6 one; ::/0 the reverse', () => {
    expect(cidrContains(parseCIDR('0.0.0.0/0')!, parseIP('203.0.113.9')!)).toBe(true);
    expect(cidrContains(parseCIDR('0.0.0.0/0')!, parseIP('2001:db8::1')!)).toBe(false);
    expect(cidrContains(parseCIDR('::/0')!, parseIP('2001:db8::1')!)).toBe(true);
  });

  it('inCIDR reads both sides sloppily and is false when either does not parse', () => {
    expect(inCIDR('010.244.001.005', '10.244.1.0/24')).toBe(true);
    expect(inCIDR('10.244.1.5', 'nonsense')).toBe(false);
  });

  it('sizes and formats as the dotted quad', () => {
    expect(cidrSize(parseCIDR('10.96.0.0/12')!)).toBe(2 ** 20);
    expect(formatIPv4(v4('192.168.1.10'))).toBe('192.168.1.10');
  });
});
