// kubectl exec POD -- nslookup NAME, printed as busybox's nslookup (the course checks DNS from busybox:1.28).
// The query is the engine's: dnsLookup sends it from the pod, through NetworkPolicy to CoreDNS, and answers
// with the records route() follows. busybox 1.28 resolves through libc (nslookup.c: "can't resolve '%s'");
// 1.29 and later, like bind's nslookup in dnsutils images, print ";; connection timed out; no servers could
// be reached" when no server answers.
import { dnsLookup, reverseLookup, type PodModel } from '../engine';
import { fail, ok, type CommandOutput } from './output';
import type { Session } from './session';

export function nslookup(session: Session, tokens: string[], pod: PodModel): CommandOutput {
  const name = tokens.find((t) => !t.startsWith('-'));
  if (!name) return fail('BusyBox v1.28.4 multi-call binary.\n\nUsage: nslookup [HOST] [SERVER]');
  const cluster = session.store.cluster;
  const from = `pod:${pod.namespace}/${pod.name}`;
  const dns = dnsLookup(cluster, 'kube-dns.kube-system', pod.namespace);
  const dnsIp = dns.addresses[0] ?? '';
  const asked = dnsLookup(cluster, name, pod.namespace, from);
  if (asked.unanswered !== undefined) {
    if (!oldBusybox(pod)) return fail(';; connection timed out; no servers could be reached\n');
    // The server line's reverse lookup of 10.96.0.10 times out too, so it prints without a name.
    return fail(`Server:    ${dnsIp}\nAddress 1: ${dnsIp}\n\nnslookup: can't resolve '${name}'`);
  }
  // nslookup.c print_host: each address with the name its PTR record gives, when it has one.
  const withName = (ip: string) => {
    const reverse = reverseLookup(cluster, ip);
    return reverse ? `${ip} ${reverse}` : ip;
  };
  const server = `Server:    ${dnsIp}\nAddress 1: ${withName(dnsIp)}\n`;
  // getaddrinfo fails when nothing answers with an address: an unknown name, or an ExternalName whose target is
  // outside the cluster.
  if (asked.addresses.length === 0) return fail(`${server}\nnslookup: can't resolve '${name}'`);
  const lines = asked.addresses.map((ip, i) => `Address ${i + 1}: ${withName(ip)}`);
  return ok(`${server}\nName:      ${name}\n${lines.join('\n')}`);
}

/** busybox before 1.29, whose nslookup goes through libc; any other image's nslookup is the newer kind. */
function oldBusybox(pod: PodModel): boolean {
  const image = pod.containers?.[0]?.image ?? '';
  const match = /^(?:(?:docker\.io\/)?(?:library\/)?)busybox(?::(\d+)\.(\d+)[^@]*)?(?:@.*)?$/i.exec(image.trim());
  if (!match || match[1] === undefined) return false;
  const [major, minor] = [Number(match[1]), Number(match[2])];
  return major < 1 || (major === 1 && minor < 29);
}
