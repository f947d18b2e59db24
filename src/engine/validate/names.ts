// apimachinery's pkg/util/validation: the string checks behind names, labels, ports and addresses.
// Each returns the messages the Go function returns (empty when valid); callers wrap them in field errors.
import { formatIPv4, parseCIDRSloppy, parseIPSloppy } from '../net/address';
import { append } from '../list';

const dns1123LabelFmt = '[a-z0-9]([-a-z0-9]*[a-z0-9])?';
const dns1123SubdomainFmt = `${dns1123LabelFmt}(\\.${dns1123LabelFmt})*`;
const dns1035LabelFmt = '[a-z]([-a-z0-9]*[a-z0-9])?';
const wildcardDNS1123SubdomainFmt = `\\*\\.${dns1123SubdomainFmt}`;
const labelKeyFmt = '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]';
const labelValueFmt = `(${labelKeyFmt})?`;

const dns1123Label = new RegExp(`^${dns1123LabelFmt}$`);
const dns1123Subdomain = new RegExp(`^${dns1123SubdomainFmt}$`);
const dns1035Label = new RegExp(`^${dns1035LabelFmt}$`);
const wildcardDNS1123Subdomain = new RegExp(`^${wildcardDNS1123SubdomainFmt}$`);
const labelKey = new RegExp(`^${labelKeyFmt}$`);
const labelValue = new RegExp(`^${labelValueFmt}$`);

/** Go's len(string) counts bytes. */
export function byteLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

export function maxLenError(length: number): string {
  return `must be no more than ${length} characters`;
}

/** Label keys and values moved to apimachinery's api/validate/content, whose MaxLenError counts bytes. */
function contentMaxLenError(length: number): string {
  return `must be no more than ${length} bytes`;
}

export function regexError(msg: string, fmt: string, ...examples: string[]): string {
  if (examples.length === 0) return `${msg} (regex used for validation is '${fmt}')`;
  return `${msg} (e.g. ${examples.map((e) => `'${e}', `).join(' or ')}regex used for validation is '${fmt}')`;
}

export function inclusiveRangeError(lo: number, hi: number): string {
  return `must be between ${lo} and ${hi}, inclusive`;
}

export function isDNS1123Label(value: string): string[] {
  const errs: string[] = [];
  if (byteLength(value) > 63) errs.push(maxLenError(63));
  if (!dns1123Label.test(value)) {
    if (dns1123Subdomain.test(value)) errs.push('must not contain dots');
    else
      errs.push(
        regexError(
          "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character",
          dns1123LabelFmt,
          'my-name',
          '123-abc',
        ),
      );
  }
  return errs;
}

export function isDNS1123Subdomain(value: string): string[] {
  const errs: string[] = [];
  if (byteLength(value) > 253) errs.push(maxLenError(253));
  if (!dns1123Subdomain.test(value)) {
    errs.push(
      regexError(
        "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character",
        dns1123SubdomainFmt,
        'example.com',
      ),
    );
  }
  return errs;
}

export function isDNS1035Label(value: string): string[] {
  const errs: string[] = [];
  if (byteLength(value) > 63) errs.push(maxLenError(63));
  if (!dns1035Label.test(value)) {
    errs.push(
      regexError(
        "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character",
        dns1035LabelFmt,
        'my-name',
        'abc-123',
      ),
    );
  }
  return errs;
}

export function isWildcardDNS1123Subdomain(value: string): string[] {
  const errs: string[] = [];
  if (byteLength(value) > 253) errs.push(maxLenError(253));
  if (!wildcardDNS1123Subdomain.test(value)) {
    errs.push(
      regexError(
        "a wildcard DNS-1123 subdomain must start with '*.', followed by a valid DNS subdomain, which must consist of lower case alphanumeric characters, '-' or '.' and end with an alphanumeric character",
        wildcardDNS1123SubdomainFmt,
        '*.example.com',
      ),
    );
  }
  return errs;
}

/** IsQualifiedName, now content.IsLabelKey: an optional DNS subdomain prefix and '/', then a name of at most 63 bytes. */
export function isQualifiedName(value: string): string[] {
  const errs: string[] = [];
  const parts = value.split('/');
  let name: string;
  const nameMsg =
    "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";
  const [first = '', second = ''] = parts;
  if (parts.length === 1) {
    name = first;
  } else if (parts.length === 2) {
    const prefix = first;
    name = second;
    if (prefix.length === 0) errs.push('prefix part must be non-empty');
    else
      append(
        errs,
        isDNS1123Subdomain(prefix).map((m) => `prefix part ${m.replace(maxLenError(253), contentMaxLenError(253))}`),
      );
  } else {
    return [
      `a valid label key ${regexError(nameMsg, labelKeyFmt, 'MyName', 'my.name', '123-abc')} with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')`,
    ];
  }
  if (name.length === 0) errs.push('name part must be non-empty');
  else if (byteLength(name) > 63) errs.push(`name part ${contentMaxLenError(63)}`);
  if (!labelKey.test(name)) {
    errs.push(`name part ${regexError(nameMsg, labelKeyFmt, 'MyName', 'my.name', '123-abc')}`);
  }
  return errs;
}

/** IsValidLabelValue, now content.IsLabelValue. */
export function isValidLabelValue(value: string): string[] {
  const errs: string[] = [];
  if (byteLength(value) > 63) errs.push(contentMaxLenError(63));
  if (!labelValue.test(value)) {
    errs.push(
      regexError(
        "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character",
        labelValueFmt,
        'MyValue',
        'my_value',
        '12345',
      ),
    );
  }
  return errs;
}

export function isValidPortNum(port: number): string[] {
  return port >= 1 && port <= 65535 ? [] : [inclusiveRangeError(1, 65535)];
}

export function isInRange(value: number, min: number, max: number): string[] {
  return value >= min && value <= max ? [] : [inclusiveRangeError(min, max)];
}

/** IsValidPortName: an IANA_SVC_NAME (RFC 6335), lower case only. */
export function isValidPortName(port: string): string[] {
  const errs: string[] = [];
  if (byteLength(port) > 15) errs.push(maxLenError(15));
  if (!/^[-a-z0-9]+$/.test(port)) errs.push('must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)');
  if (!/[a-z]/.test(port)) errs.push('must contain at least one letter (a-z)');
  if (port.includes('--')) errs.push('must not contain consecutive hyphens');
  if (port.length > 0 && (port.startsWith('-') || port.endsWith('-'))) errs.push('must not begin or end with a hyphen');
  return errs;
}

export const validIPMessage = 'must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)';
export const validCIDRMessage = 'must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)';

/**
 * GetWarningsForCIDR's first warning (apimachinery validation/ip.go), for IPv4: a CIDR with host bits set
 * is accepted by legacy fields, and the API server answers with this warning.
 */
export function cidrAmbiguity(value: string): string | undefined {
  const cidr = parseCIDRSloppy(value);
  if (!cidr || cidr.v6 || cidr.value === cidr.base) return undefined;
  return `CIDR value ${JSON.stringify(value)} is ambiguous in this context (should be "${formatIPv4(cidr.base)}/${cidr.prefix}" or "${formatIPv4(cidr.value)}/32"?)`;
}

/**
 * ValidateNonSpecialIP (pkg/apis/core/validation): external IPs and endpoint addresses may not be
 * unspecified, loopback or link-local; returns the messages for an address that parses.
 * An IPv4-mapped IPv6 address (::ffff:a.b.c.d) is judged as its IPv4 address, as Go's To4 does.
 */
export function nonSpecialIPErrors(value: string): string[] {
  const ip = parseIPSloppy(value);
  if (!ip) return ['must be a valid IP address'];
  const v4 = !ip.v6 ? ip.value : ip.value >> 32n === 0xffffn ? ip.value & 0xffffffffn : undefined;
  const errs: string[] = [];
  const unspecified = (v4 ?? ip.value) === 0n;
  const loopback = v4 !== undefined ? v4 >> 24n === 127n : ip.value === 1n;
  const linkLocal = v4 !== undefined ? v4 >> 16n === 0xa9fen : ip.value >> 118n === 0x3fan;
  const linkLocalMulticast =
    v4 !== undefined ? v4 >> 8n === 0xe00000n : ip.value >> 120n === 0xffn && ((ip.value >> 112n) & 0x0fn) === 2n;
  if (unspecified) errs.push(`may not be unspecified (${value})`);
  if (loopback) errs.push('may not be in the loopback range (127.0.0.0/8, ::1/128)');
  if (linkLocal) errs.push('may not be in the link-local range (169.254.0.0/16, fe80::/10)');
  if (linkLocalMulticast) errs.push('may not be in the link-local multicast range (224.0.0.0/24, ff02::/10)');
  return errs;
}
