// kubectl exec POD -- nslookup NAME, printed as busybox 1.28's nslookup (the image the course uses for DNS
// checks). Whether the name resolves is route()'s answer; the records are the engine's cluster DNS (dnsLookup).
import { dnsLookup, route, type PodModel } from '../engine';
import { fail, ok, type CommandOutput } from './output';
import type { Session } from './session';

export function nslookup(session: Session, tokens: string[], pod: PodModel): CommandOutput {
  const name = tokens.find((t) => !t.startsWith('-'));
  if (!name) return fail('BusyBox v1.28.4 multi-call binary.\n\nUsage: nslookup [HOST] [SERVER]');
  const cluster = session.store.cluster;
  const dns = dnsLookup(cluster, 'kube-dns.kube-system', pod.namespace);
  const dnsIp = dns.addresses[0] ?? '';
  const server = `Server:    ${dnsIp}\nAddress 1: ${dnsIp}${dns.name ? ` ${dns.name}` : ''}\n`;
  const result = route(cluster, { from: `pod:${pod.namespace}/${pod.name}`, url: `http://${name}/` });
  if (result.outcome === 'dns-failure') return fail(`${server}\nnslookup: can't resolve '${name}'`);
  const answer = dnsLookup(cluster, name, pod.namespace);
  // busybox prints each address with its reverse name; for a ClusterIP that is the Service's own name.
  const lines = answer.addresses.map(
    (ip, i) => `Address ${i + 1}: ${ip}${answer.kind === 'service' ? ` ${answer.name}` : ''}`,
  );
  return ok(`${server}\nName:      ${name}\n${lines.join('\n')}`);
}
