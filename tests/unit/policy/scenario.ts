// Small builders for policy test scenarios: pods and namespaces as YAML, loaded through the public API.
import { checkPolicy, loadCluster } from '../../../src/engine';
import type { Cluster, Protocol } from '../../../src/engine';

export interface PodSpec {
  labels?: Record<string, string>;
  /** `name:number/PROTOCOL`, e.g. `mysql:3306`, `dns:53/UDP`. */
  ports?: string[];
  ip?: string;
  node?: string;
  hostNetwork?: boolean;
}

export function pod(namespace: string, name: string, spec: PodSpec = {}): string {
  const labels = Object.entries(spec.labels ?? {})
    .map(([k, v]) => `\n    ${k}: "${v}"`)
    .join('');
  const ports = (spec.ports ?? [])
    .map((p) => {
      const [, portName, number, protocol] = /^(?:([a-z0-9-]+):)?(\d+)(?:\/(\w+))?$/.exec(p) ?? [];
      return `\n    - containerPort: ${number}${portName ? `\n      name: ${portName}` : ''}${protocol ? `\n      protocol: ${protocol}` : ''}`;
    })
    .join('');
  return `apiVersion: v1
kind: Pod
metadata:
  name: ${name}
  namespace: ${namespace}${labels ? `\n  labels:${labels}` : ''}
spec:${spec.node ? `\n  nodeName: ${spec.node}` : ''}${spec.hostNetwork ? '\n  hostNetwork: true' : ''}
  containers:
  - name: app
    image: nginx${ports ? `\n    ports:${ports}` : ''}${spec.ip ? `\nstatus:\n  podIP: ${spec.ip}` : ''}`;
}

export function namespace(name: string, labels: Record<string, string> = {}): string {
  const text = Object.entries(labels)
    .map(([k, v]) => `\n    ${k}: "${v}"`)
    .join('');
  return `apiVersion: v1
kind: Namespace
metadata:
  name: ${name}${text ? `\n  labels:${text}` : ''}`;
}

export function scenario(...docs: string[]): Cluster {
  const cluster = loadCluster(docs.join('\n---\n'));
  const errors = cluster.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0)
    throw new Error(`scenario does not validate: ${errors.map((d) => `${d.path}: ${d.message}`).join('; ')}`);
  return cluster;
}

/** `[from, to, port, protocol?, allowed]` rows, as the e2e netpol tests write their truth tables. */
export type Probe = [from: string, to: string, port: number, protocol: Protocol | undefined, allowed: boolean];

export function probeAll(cluster: Cluster, probes: Probe[]): { probe: string; allowed: boolean }[] {
  return probes.map(([from, to, port, protocol]) => ({
    probe: `${from} -> ${to} ${protocol ?? 'TCP'}/${port}`,
    allowed: checkPolicy(cluster, { from, to, port, ...(protocol ? { protocol } : {}) }).allowed,
  }));
}

export function expected(probes: Probe[]): { probe: string; allowed: boolean }[] {
  return probes.map(([from, to, port, protocol, allowed]) => ({
    probe: `${from} -> ${to} ${protocol ?? 'TCP'}/${port}`,
    allowed,
  }));
}
