// The parts of a pod spec that kubectl 1.34 describes the same way for a pod and for a pod template (kubernetes
// staging/src/k8s.io/kubectl/pkg/describe/describe.go DescribePodTemplate, describeContainers, describeVolumes,
// printPodTolerationsMultiline). `space` is '' for a pod and '  ' inside `Pod Template:`. Lines keep their tabs
// for the describe tabwriter; the indentation is the PrefixWriter's (LEVEL_1 two spaces, LEVEL_2 four, LEVEL_3 six).
import { annotationLines, labelLines, stringEntries } from './describe-generic';
import type { Json } from './store';
import { record } from './json-values';
import { containersOf } from './views';

const list = (value: unknown): Json[] => (Array.isArray(value) ? value.map((v) => record(v) ?? {}) : []);
const text = (value: unknown): string => (value === undefined || value === null ? '' : String(value));

export function podTemplateLines(template: Json): string[] {
  const metadata = record(template.metadata) ?? {};
  const spec = record(template.spec) ?? {};
  const lines = ['Pod Template:', ...labelLines(stringEntries(metadata.labels), '  Labels')];
  if (Object.keys(record(metadata.annotations) ?? {}).length > 0)
    lines.push(...annotationLines(stringEntries(metadata.annotations), '  Annotations'));
  if (text(spec.serviceAccountName)) lines.push(`  Service Account:\t${text(spec.serviceAccountName)}`);
  const initContainers = list(spec.initContainers);
  if (initContainers.length > 0) lines.push(...containerLines('Init Containers', initContainers, '  '));
  lines.push(...containerLines('Containers', containersOf(spec), '  '));
  lines.push(...volumeLines(list(spec.volumes), '  '));
  if (text(spec.priorityClassName)) lines.push(`  Priority Class Name:\t${text(spec.priorityClassName)}`);
  lines.push(...labelLines(stringEntries(spec.nodeSelector), '  Node-Selectors'));
  lines.push(...tolerationLines(list(spec.tolerations), '  '));
  return lines;
}

/** What a pod describer knows that a template's does not: its containers' states and its own field values. */
export interface PodView {
  /** State, Ready and Restart Count lines. */
  state(container: Json): string[];
  /** EnvValueRetriever: the value of a `fieldRef` path of the pod. */
  field(path: string): string;
}

/** A template has no status and no pod to read a fieldRef from. */
const TEMPLATE: PodView = { state: () => [], field: () => '' };

/** describeContainers: the name (one space further in a template), then its details. */
export function containerLines(label: string, containers: Json[], space: string, pod = TEMPLATE): string[] {
  const lines = [`${space}${label}:${containers.length === 0 ? ' <none>' : ''}`];
  for (const container of containers) {
    const ports = list(container.ports);
    const portText = portsText(ports, (p) => text(p.containerPort));
    const hostText = portsText(ports, (p) => text(p.hostPort ?? 0));
    lines.push(
      `  ${space ? ' ' : ''}${text(container.name)}:`,
      `    Image:\t${text(container.image)}`,
      portText.includes(',') ? `    Ports:\t${portText}` : `    Port:\t${portText || '<none>'}`,
      hostText.includes(',') ? `    Host Ports:\t${hostText}` : `    Host Port:\t${hostText || '<none>'}`,
    );
    for (const [title, values] of [
      ['Command', container.command],
      ['Args', container.args],
    ] as const) {
      const words = Array.isArray(values) ? values.map(text) : [];
      if (words.length > 0)
        lines.push(`    ${title}:`, ...words.flatMap((w) => w.split('\n')).map((w) => `      ${w}`));
    }
    lines.push(...pod.state(container));
    lines.push(...resourceLines(record(container.resources) ?? {}));
    for (const [title, key] of [
      ['Liveness', 'livenessProbe'],
      ['Readiness', 'readinessProbe'],
      ['Startup', 'startupProbe'],
    ] as const) {
      const probe = record(container[key]);
      if (probe) lines.push(`    ${title}:\t${describeProbe(probe)}`);
    }
    lines.push(...envFromLines(list(container.envFrom)), ...envLines(list(container.env), pod.field));
    lines.push(...mountLines(list(container.volumeMounts)));
  }
  return lines;
}

/** describeContainerPorts / describeContainerHostPorts: `8080/TCP (http)`, joined with `, `. */
function portsText(ports: Json[], number: (port: Json) => string): string {
  return ports
    .map((p) => `${number(p)}/${text(p.protocol ?? 'TCP')}${text(p.name) ? ` (${text(p.name)})` : ''}`)
    .join(', ');
}

/** describeResources: Limits then Requests, resource names sorted. */
function resourceLines(resources: Json): string[] {
  const lines: string[] = [];
  for (const [title, key] of [
    ['Limits', 'limits'],
    ['Requests', 'requests'],
  ] as const) {
    const quantities = record(resources[key]) ?? {};
    const names = Object.keys(quantities).sort();
    if (names.length > 0) lines.push(`    ${title}:`, ...names.map((n) => `      ${n}:\t${text(quantities[n])}`));
  }
  return lines;
}

/** DescribeProbe, with the API server's probe defaults (timeout 1s, period 10s, success 1, failure 3). */
function describeProbe(probe: Json): string {
  const number = (key: string, fallback: number) =>
    typeof probe[key] === 'number' ? (probe[key] as number) : fallback;
  const attrs = `delay=${number('initialDelaySeconds', 0)}s timeout=${number('timeoutSeconds', 1)}s period=${number('periodSeconds', 10)}s #success=${number('successThreshold', 1)} #failure=${number('failureThreshold', 3)}`;
  const exec = record(probe.exec);
  const httpGet = record(probe.httpGet);
  const tcp = record(probe.tcpSocket);
  if (exec) return `exec [${(Array.isArray(exec.command) ? exec.command.map(text) : []).join(' ')}] ${attrs}`;
  if (httpGet) {
    const port = text(httpGet.port);
    const host = text(httpGet.host);
    // net.JoinHostPort brackets an IPv6 host; url.URL adds the path as it is.
    const joined = port ? `${host.includes(':') ? `[${host}]` : host}:${port}` : host;
    return `http-get ${text(httpGet.scheme || 'HTTP').toLowerCase()}://${joined}${text(httpGet.path)} ${attrs}`;
  }
  if (tcp) return `tcp-socket ${text(tcp.host)}:${text(tcp.port)} ${attrs}`;
  const grpc = record(probe.grpc);
  if (grpc) return `grpc <pod>:${text(grpc.port)} ${text(grpc.service)} ${attrs}`;
  return `unknown ${attrs}`;
}

/** describeContainerEnvFrom: only when the container has envFrom. */
function envFromLines(sources: Json[]): string[] {
  if (sources.length === 0) return [];
  return [
    '    Environment Variables from:',
    ...sources.map((source) => {
      const configMap = record(source.configMapRef);
      const ref = configMap ?? record(source.secretRef) ?? {};
      const from = configMap ? 'ConfigMap' : source.secretRef ? 'Secret' : '';
      const prefix = text(source.prefix);
      return `      ${text(ref.name)}\t${from}${prefix ? ` with prefix '${prefix}'` : ''}\tOptional: ${ref.optional === true}`;
    }),
  ];
}

/** describeContainerEnvVars: a fieldRef as `value (apiVersion:path)`, a key reference as where it comes from. */
function envLines(env: Json[], field: (path: string) => string): string[] {
  const lines = [`    Environment:${env.length === 0 ? '\t<none>' : ''}`];
  for (const variable of env) {
    const name = text(variable.name);
    const from = record(variable.valueFrom);
    if (!from) {
      text(variable.value)
        .split('\n')
        .forEach((line, i) => lines.push(i === 0 ? `      ${name}:\t${line}` : `      \t${line}`));
      continue;
    }
    const fieldRef = record(from.fieldRef);
    const resource = record(from.resourceFieldRef);
    const secret = record(from.secretKeyRef);
    const configMap = record(from.configMapKeyRef);
    if (fieldRef)
      lines.push(
        `      ${name}:\t${field(text(fieldRef.fieldPath))} (${text(fieldRef.apiVersion || 'v1')}:${text(fieldRef.fieldPath)})`,
      );
    else if (resource) lines.push(`      ${name}:\t (${text(resource.resource)})`);
    else if (secret)
      lines.push(
        `      ${name}:\t<set to the key '${text(secret.key)}' in secret '${text(secret.name)}'>\tOptional: ${secret.optional === true}`,
      );
    else if (configMap)
      lines.push(
        `      ${name}:\t<set to the key '${text(configMap.key)}' of config map '${text(configMap.name)}'>\tOptional: ${configMap.optional === true}`,
      );
  }
  return lines;
}

/** describeContainerVolumes: mounts sorted by path, `(ro)` or `(rw)`, and the subPath. */
function mountLines(mounts: Json[]): string[] {
  const sorted = [...mounts].sort((a, b) => (text(a.mountPath) < text(b.mountPath) ? -1 : 1));
  return [
    `    Mounts:${mounts.length === 0 ? '\t<none>' : ''}`,
    ...sorted.map((m) => {
      const flags = [
        m.readOnly === true ? 'ro' : 'rw',
        ...(text(m.subPath) ? [`path=${JSON.stringify(m.subPath)}`] : []),
      ];
      return `      ${text(m.mountPath)} from ${text(m.name)} (${flags.join(',')})`;
    }),
  ];
}

/** describeVolumes for the volume types a lab uses; kubectl's own fallback line for the rest. */
export function volumeLines(volumes: Json[], space: string): string[] {
  if (volumes.length === 0) return [`${space}Volumes:\t<none>`];
  const lines = [`${space}Volumes:`];
  for (const volume of volumes) {
    lines.push(`  ${space ? ' ' : ''}${text(volume.name)}:`);
    const emptyDir = record(volume.emptyDir);
    const hostPath = record(volume.hostPath);
    const configMap = record(volume.configMap);
    const secret = record(volume.secret);
    const projected = record(volume.projected);
    if (hostPath)
      lines.push(
        '    Type:\tHostPath (bare host directory volume)',
        `    Path:\t${text(hostPath.path)}`,
        `    HostPathType:\t${text(hostPath.type) || '<none>'}`,
      );
    else if (emptyDir)
      lines.push(
        "    Type:\tEmptyDir (a temporary directory that shares a pod's lifetime)",
        `    Medium:\t${text(emptyDir.medium)}`,
        `    SizeLimit:\t${text(emptyDir.sizeLimit) || '<unset>'}`,
      );
    else if (secret)
      lines.push(
        '    Type:\tSecret (a volume populated by a Secret)',
        `    SecretName:\t${text(secret.secretName)}`,
        `    Optional:\t${secret.optional === true}`,
      );
    else if (configMap)
      lines.push(
        '    Type:\tConfigMap (a volume populated by a ConfigMap)',
        `    Name:\t${text(configMap.name)}`,
        `    Optional:\t${configMap.optional === true}`,
      );
    else if (projected) lines.push(...projectedLines(list(projected.sources)));
    else lines.push('  <unknown>');
  }
  return lines;
}

/** printProjectedVolumeSource: one entry per source, in order. */
function projectedLines(sources: Json[]): string[] {
  const lines = ['    Type:\tProjected (a volume that contains injected data from multiple sources)'];
  for (const source of sources) {
    const secret = record(source.secret);
    const configMap = record(source.configMap);
    const token = record(source.serviceAccountToken);
    if (secret) lines.push(`    SecretName:\t${text(secret.name)}`, `    Optional:\t${secret.optional === true}`);
    else if (source.downwardAPI) lines.push('    DownwardAPI:\ttrue');
    else if (configMap)
      lines.push(`    ConfigMapName:\t${text(configMap.name)}`, `    Optional:\t${configMap.optional === true}`);
    else if (token) lines.push(`    TokenExpirationSeconds:\t${text(token.expirationSeconds ?? 3607)}`);
  }
  return lines;
}

/** printTolerationsMultilineWithIndent: sorted by key, `key=value:Effect`, `op=Exists`, ` for Ns`. */
export function tolerationLines(tolerations: Json[], space: string): string[] {
  if (tolerations.length === 0) return [`${space}Tolerations:\t<none>`];
  return [...tolerations]
    .sort((a, b) => (text(a.key) < text(b.key) ? -1 : text(a.key) > text(b.key) ? 1 : 0))
    .map((t, i) => {
      const key = text(t.key);
      const value = text(t.value);
      const effect = text(t.effect);
      let line = key + (value ? `=${value}` : '') + (effect ? `:${effect}` : '');
      if (t.operator === 'Exists' && !value) line += key || effect ? ' op=Exists' : 'op=Exists';
      if (typeof t.tolerationSeconds === 'number') line += ` for ${t.tolerationSeconds}s`;
      return `${i === 0 ? `${space}Tolerations:` : ''}\t${line}`;
    });
}
