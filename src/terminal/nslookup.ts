// kubectl exec POD -- nslookup NAME, printed as busybox 1.28's nslookup (the image the course uses for DNS
// checks). Whether the name resolves is route()'s answer; the address shown is the Service's ClusterIP.
import { route, type PodModel, type ServiceModel } from '../engine';
import { fail, ok, type CommandOutput } from './output';
import type { Session } from './session';

const CLUSTER_DOMAIN = 'cluster.local';

export function nslookup(session: Session, tokens: string[], pod: PodModel): CommandOutput {
  const name = tokens.find((t) => !t.startsWith('-'));
  if (!name) return fail('BusyBox v1.28.4 multi-call binary.\n\nUsage: nslookup [HOST] [SERVER]');
  const cluster = session.store.cluster;
  const dns = cluster.services.find((s) => s.namespace === 'kube-system' && s.name === 'kube-dns');
  const server = `Server:    ${dns?.clusterIP ?? ''}\nAddress 1: ${dns?.clusterIP ?? ''} kube-dns.kube-system.svc.${CLUSTER_DOMAIN}\n`;
  const result = route(cluster, { from: `pod:${pod.namespace}/${pod.name}`, url: `http://${name}/` });
  if (result.outcome === 'dns-failure') return fail(`${server}\nnslookup: can't resolve '${name}'`);
  const service = serviceFor(cluster.services, name, pod.namespace);
  const addresses = result.dns ?? (service && service.clusterIP !== 'None' && service.clusterIP ? [service.clusterIP] : []);
  const fqdn = service ? `${service.name}.${service.namespace}.svc.${CLUSTER_DOMAIN}` : name;
  const lines = addresses.map((ip, i) => `Address ${i + 1}: ${ip}${service && !result.dns ? ` ${fqdn}` : ''}`);
  return ok(`${server}\nName:      ${name}\n${lines.join('\n')}`);
}

/** The Service a name means from a pod in `namespace`: NAME, NAME.NS, NAME.NS.svc, or the full name. */
function serviceFor(services: ServiceModel[], name: string, namespace: string): ServiceModel | undefined {
  const labels = name.replace(/\.$/, '').replace(new RegExp(`\\.${CLUSTER_DOMAIN.replace('.', '\\.')}$`), '').split('.');
  if (labels.length === 1) return services.find((s) => s.namespace === namespace && s.name === labels[0]);
  if (labels.length === 2 || (labels.length === 3 && labels[2] === 'svc')) return services.find((s) => s.namespace === labels[1] && s.name === labels[0]);
  return undefined;
}
