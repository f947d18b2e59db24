// Cases after pkg/apis/apps/validation TestValidateDeployment / TestValidateReplicaSet and
// pkg/apis/core/validation TestValidatePodSpec, TestValidateContainerPorts, TestValidateNode, EndpointSlice tests.
import { describe, expect, it } from 'vitest';
import { validate } from '../../../src/engine';
import { dns1123Label, dns1123Subdomain, err, expectErrors, labelValue, portRange, toYaml, tweaked } from './helpers';
import type { Expected, Obj, Tweak } from './helpers';

const deployment = (): Obj => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'web', namespace: 'default' },
  spec: {
    replicas: 3,
    selector: { matchLabels: { app: 'web' } },
    template: {
      metadata: { labels: { app: 'web' } },
      spec: { containers: [{ name: 'nginx', image: 'nginx:1.27', ports: [{ containerPort: 80, name: 'http' }] }] },
    },
  },
});

const tpl = 'spec.template.spec';

const deploymentCases: [string, Tweak, Expected[]][] = [
  ['valid as is', () => {}, []],
  [
    'negative replicas',
    (d) => (d.spec.replicas = -1),
    [err('Invalid', 'spec.replicas', 'Invalid value: -1: must be greater than or equal to 0')],
  ],
  ['zero replicas', (d) => (d.spec.replicas = 0), []],
  [
    'missing selector: Required, and the nil selector (labels.Nothing) matches no template',
    (d) => delete d.spec.selector,
    [
      err('Required', 'spec.selector', 'Required value'),
      err(
        'Invalid',
        'spec.template.metadata.labels',
        'Invalid value: {"app":"web"}: `selector` does not match template `labels`',
      ),
    ],
  ],
  [
    'empty selector',
    (d) => (d.spec.selector = {}),
    [err('Invalid', 'spec.selector', 'Invalid value: {}: empty selector is invalid for deployment')],
  ],
  [
    'selector not matching the template labels',
    (d) => (d.spec.selector.matchLabels = { app: 'api' }),
    [
      err(
        'Invalid',
        'spec.template.metadata.labels',
        'Invalid value: {"app":"web"}: `selector` does not match template `labels`',
      ),
    ],
  ],
  [
    'selector with a label the template lacks',
    (d) => (d.spec.selector.matchLabels.tier = 'front'),
    [
      err(
        'Invalid',
        'spec.template.metadata.labels',
        'Invalid value: {"app":"web"}: `selector` does not match template `labels`',
      ),
    ],
  ],
  [
    'a selector that does not parse is not held against the template labels',
    (d) => (d.spec.selector = { matchExpressions: [{ key: 'app', operator: 'Equals', values: ['api'] }] }),
    [
      err(
        'Invalid',
        'spec.selector.matchExpressions[0].operator',
        'Invalid value: "Equals": not a valid selector operator',
      ),
      err(
        'Invalid',
        'spec.selector',
        'Invalid value: {"matchExpressions":[{"key":"app","operator":"Equals","values":["api"]}]}: invalid label selector',
      ),
    ],
  ],
  ['template with extra labels still matches', (d) => (d.spec.template.metadata.labels.tier = 'front'), []],
  [
    'matchExpressions matching the template',
    (d) => (d.spec.selector = { matchExpressions: [{ key: 'app', operator: 'In', values: ['web', 'api'] }] }),
    [],
  ],
  [
    'invalid template label value',
    (d) => {
      d.spec.template.metadata.labels.v = 'a b';
    },
    [err('Invalid', 'spec.template.labels', `Invalid value: "a b": ${labelValue}`)],
  ],
  [
    'template restartPolicy Never',
    (d) => (d.spec.template.spec.restartPolicy = 'Never'),
    [err('NotSupported', `${tpl}.restartPolicy`, 'Unsupported value: "Never": supported values: "Always"')],
  ],
  [
    'Recreate with rollingUpdate',
    (d) => (d.spec.strategy = { type: 'Recreate', rollingUpdate: { maxSurge: 1 } }),
    [
      err(
        'Forbidden',
        'spec.strategy.rollingUpdate',
        "Forbidden: may not be specified when strategy `type` is 'Recreate'",
      ),
    ],
  ],
  // apps/validation ValidateDeploymentStrategy: field.NotSupported(fldPath, strategy, …) names spec.strategy and
  // the whole internal struct (Go field names, no json tags), rendered as JSON since 1.34.
  [
    'unsupported strategy',
    (d) => (d.spec.strategy = { type: 'BlueGreen' }),
    [
      err(
        'NotSupported',
        'spec.strategy',
        'Unsupported value: {"Type":"BlueGreen","RollingUpdate":null}: supported values: "Recreate", "RollingUpdate"',
      ),
    ],
  ],
  // apps/v1 SetDefaults_Deployment: an empty strategy type is RollingUpdate (25%/25%).
  ['empty strategy type, defaulted', (d) => (d.spec.strategy = { type: '' }), []],
  // ValidateRollingUpdateDeployment → ValidatePositiveIntOrPercent, IsNotMoreThan100Percent.
  [
    'maxSurge a string that is no percent',
    (d) => (d.spec.strategy = { rollingUpdate: { maxSurge: '1' } }),
    [
      err(
        'Invalid',
        'spec.strategy.rollingUpdate.maxSurge',
        "Invalid value: \"1\": a valid percent string must be a numeric string followed by an ending '%' (e.g. '1%',  or '93%', regex used for validation is '[0-9]+%')",
      ),
    ],
  ],
  [
    'negative maxUnavailable',
    (d) => (d.spec.strategy = { rollingUpdate: { maxUnavailable: -1 } }),
    [
      err(
        'Invalid',
        'spec.strategy.rollingUpdate.maxUnavailable',
        'Invalid value: -1: must be greater than or equal to 0',
      ),
    ],
  ],
  [
    'maxUnavailable over 100%',
    (d) => (d.spec.strategy = { rollingUpdate: { maxUnavailable: '101%' } }),
    [
      err(
        'Invalid',
        'spec.strategy.rollingUpdate.maxUnavailable',
        'Invalid value: "101%": must not be greater than 100%',
      ),
    ],
  ],
  [
    'maxUnavailable 0% and maxSurge 0',
    (d) => (d.spec.strategy = { rollingUpdate: { maxUnavailable: '0%', maxSurge: 0 } }),
    [
      err(
        'Invalid',
        'spec.strategy.rollingUpdate.maxUnavailable',
        'Invalid value: "0%": may not be 0 when `maxSurge` is 0',
      ),
    ],
  ],
  [
    'maxSurge and maxUnavailable both 0',
    (d) => (d.spec.strategy = { type: 'RollingUpdate', rollingUpdate: { maxSurge: 0, maxUnavailable: 0 } }),
    [
      err(
        'Invalid',
        'spec.strategy.rollingUpdate.maxUnavailable',
        'Invalid value: 0: may not be 0 when `maxSurge` is 0',
      ),
    ],
  ],
  [
    'progressDeadlineSeconds not above minReadySeconds',
    (d) => {
      d.spec.minReadySeconds = 30;
      d.spec.progressDeadlineSeconds = 30;
    },
    [err('Invalid', 'spec.progressDeadlineSeconds', 'Invalid value: 30: must be greater than minReadySeconds')],
  ],
  [
    'no template: the zero template neither matches nor has containers',
    (d) => delete d.spec.template,
    [
      err(
        'Invalid',
        'spec.template.metadata.labels',
        'Invalid value: null: `selector` does not match template `labels`',
      ),
      err('Required', `${tpl}.containers`, 'Required value'),
    ],
  ],
  [
    'no containers',
    (d) => (d.spec.template.spec.containers = []),
    [err('Required', `${tpl}.containers`, 'Required value')],
  ],
  [
    'container without image',
    (d) => delete d.spec.template.spec.containers[0].image,
    [err('Required', `${tpl}.containers[0].image`, 'Required value')],
  ],
  [
    'container without name',
    (d) => delete d.spec.template.spec.containers[0].name,
    [err('Required', `${tpl}.containers[0].name`, 'Required value')],
  ],
  [
    'container name with an uppercase letter',
    (d) => (d.spec.template.spec.containers[0].name = 'Nginx'),
    [err('Invalid', `${tpl}.containers[0].name`, `Invalid value: "Nginx": ${dns1123Label}`)],
  ],
  [
    'duplicate container names',
    (d) => d.spec.template.spec.containers.push({ name: 'nginx', image: 'busybox' }),
    [err('Duplicate', `${tpl}.containers[1].name`, 'Duplicate value: "nginx"')],
  ],
  [
    'unsupported imagePullPolicy',
    (d) => (d.spec.template.spec.containers[0].imagePullPolicy = 'Sometimes'),
    [
      err(
        'NotSupported',
        `${tpl}.containers[0].imagePullPolicy`,
        'Unsupported value: "Sometimes": supported values: "Always", "IfNotPresent", "Never"',
      ),
    ],
  ],
];

const replicaSet = (): Obj => {
  const d = deployment();
  return { ...d, kind: 'ReplicaSet', spec: { replicas: 2, selector: d.spec.selector, template: d.spec.template } };
};

const replicaSetCases: [string, Tweak, Expected[]][] = [
  ['valid as is', () => {}, []],
  [
    'selector not matching',
    (r) => (r.spec.selector.matchLabels = { app: 'x' }),
    [
      err(
        'Invalid',
        'spec.template.metadata.labels',
        'Invalid value: {"app":"web"}: `selector` does not match template `labels`',
      ),
    ],
  ],
  [
    'empty selector (the message says deployment, as the source does)',
    (r) => (r.spec.selector = {}),
    [err('Invalid', 'spec.selector', 'Invalid value: {}: empty selector is invalid for deployment')],
  ],
  [
    'In without values: invalid label selector instead of a template mismatch',
    (r) => (r.spec.selector = { matchExpressions: [{ key: 'app', operator: 'In' }] }),
    [
      err(
        'Required',
        'spec.selector.matchExpressions[0].values',
        "Required value: must be specified when `operator` is 'In' or 'NotIn'",
      ),
      err(
        'Invalid',
        'spec.selector',
        'Invalid value: {"matchExpressions":[{"key":"app","operator":"In"}]}: invalid label selector',
      ),
    ],
  ],
  [
    'strategy is not a ReplicaSet field',
    (r) => (r.spec.strategy = { type: 'Recreate' }),
    [err('FieldValueUnknown', 'spec.strategy', 'unknown field "spec.strategy"')],
  ],
];

const pod = (): Obj => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name: 'web-1', labels: { app: 'web' } },
  spec: { containers: [{ name: 'nginx', image: 'nginx', ports: [{ containerPort: 80, name: 'http' }] }] },
});

const ports = 'spec.containers[0].ports[0]';

const podCases: [string, Tweak, Expected[]][] = [
  ['valid as is', () => {}, []],
  ['pod name with dots is fine (DNS subdomain)', (p) => (p.metadata.name = 'web.v1'), []],
  [
    'pod name with an underscore',
    (p) => (p.metadata.name = 'web_1'),
    [err('Invalid', 'metadata.name', `Invalid value: "web_1": ${dns1123Subdomain}`)],
  ],
  [
    'missing containerPort',
    (p) => delete p.spec.containers[0].ports[0].containerPort,
    [err('Required', `${ports}.containerPort`, 'Required value')],
  ],
  [
    'containerPort out of range',
    (p) => (p.spec.containers[0].ports[0].containerPort = 65536),
    [err('Invalid', `${ports}.containerPort`, `Invalid value: 65536: ${portRange}`)],
  ],
  [
    'port name too long',
    (p) => (p.spec.containers[0].ports[0].name = 'a-very-long-port-name'),
    [err('Invalid', `${ports}.name`, 'Invalid value: "a-very-long-port-name": must be no more than 15 characters')],
  ],
  [
    'duplicate port names',
    (p) => p.spec.containers[0].ports.push({ containerPort: 81, name: 'http' }),
    [err('Duplicate', 'spec.containers[0].ports[1].name', 'Duplicate value: "http"')],
  ],
  [
    'unsupported port protocol',
    (p) => (p.spec.containers[0].ports[0].protocol = 'HTTP'),
    [err('NotSupported', `${ports}.protocol`, 'Unsupported value: "HTTP": supported values: "SCTP", "TCP", "UDP"')],
  ],
  [
    'hostPort out of range',
    (p) => (p.spec.containers[0].ports[0].hostPort = 70000),
    [err('Invalid', `${ports}.hostPort`, `Invalid value: 70000: ${portRange}`)],
  ],
  [
    'hostNetwork with a different hostPort',
    (p) => {
      p.spec.hostNetwork = true;
      p.spec.containers[0].ports[0].hostPort = 8080;
    },
    [err('Invalid', `${ports}.hostPort`, 'Invalid value: 8080: must match `containerPort` when `hostNetwork` is true')],
  ],
  ['hostNetwork defaults hostPort', (p) => (p.spec.hostNetwork = true), []],
  [
    'unsupported restartPolicy',
    (p) => (p.spec.restartPolicy = 'Sometimes'),
    [
      err(
        'NotSupported',
        'spec.restartPolicy',
        'Unsupported value: "Sometimes": supported values: "Always", "OnFailure", "Never"',
      ),
    ],
  ],
  [
    'unsupported dnsPolicy',
    (p) => (p.spec.dnsPolicy = 'Cluster'),
    [
      err(
        'NotSupported',
        'spec.dnsPolicy',
        'Unsupported value: "Cluster": supported values: "ClusterFirstWithHostNet", "ClusterFirst", "Default", "None"',
      ),
    ],
  ],
  ['readinessProbe on a named port', (p) => (p.spec.containers[0].readinessProbe = { httpGet: { port: 'http' } }), []],
  [
    'probe without a handler',
    (p) => (p.spec.containers[0].readinessProbe = { periodSeconds: 5 }),
    [err('Required', 'spec.containers[0].readinessProbe', 'Required value: must specify a handler type')],
  ],
  [
    'probe with two handlers',
    (p) => (p.spec.containers[0].livenessProbe = { httpGet: { port: 80 }, tcpSocket: { port: 80 } }),
    [
      err(
        'Forbidden',
        'spec.containers[0].livenessProbe.tcpSocket',
        'Forbidden: may not specify more than 1 handler type',
      ),
    ],
  ],
  [
    'liveness successThreshold other than 1',
    (p) => (p.spec.containers[0].livenessProbe = { tcpSocket: { port: 80 }, successThreshold: 2 }),
    [err('Invalid', 'spec.containers[0].livenessProbe.successThreshold', 'Invalid value: 2: must be 1')],
  ],
  [
    'probe port name invalid',
    (p) => (p.spec.containers[0].readinessProbe = { tcpSocket: { port: 'web_port' } }),
    [
      err(
        'Invalid',
        'spec.containers[0].readinessProbe.tcpSocket.port',
        'Invalid value: "web_port": must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)',
      ),
    ],
  ],
  [
    'container-level restartPolicy on a regular container',
    (p) => (p.spec.containers[0].restartPolicy = 'Always'),
    [err('Forbidden', 'spec.containers[0].restartPolicy', 'Forbidden: may not be set for non-init containers')],
  ],
  [
    'two containers on one hostPort',
    (p) => {
      p.spec.containers[0].ports[0].hostPort = 8080;
      p.spec.containers.push({ name: 'b', image: 'busybox', ports: [{ containerPort: 81, hostPort: 8080 }] });
    },
    [err('Duplicate', 'spec.containers[1].ports[0].hostPort', 'Duplicate value: "TCP//8080"')],
  ],
  [
    'toleration with Exists and a value',
    (p) => (p.spec.tolerations = [{ key: 'k', operator: 'Exists', value: 'v' }]),
    [
      err(
        'Invalid',
        'spec.tolerations[0].operator',
        'Invalid value: "v": value must be empty when `operator` is \'Exists\'',
      ),
    ],
  ],
  [
    'toleration with an unsupported operator',
    (p) => (p.spec.tolerations = [{ key: 'k', operator: 'In' }]),
    [
      err(
        'NotSupported',
        'spec.tolerations[0].operator',
        'Unsupported value: "In": supported values: "Equal", "Exists"',
      ),
    ],
  ],
  [
    'env var without a name',
    (p) => (p.spec.containers[0].env = [{ value: 'x' }]),
    [err('Required', 'spec.containers[0].env[0].name', 'Required value')],
  ],
  [
    'env from a configMap key and a field',
    (p) =>
      (p.spec.containers[0].env = [
        { name: 'A', valueFrom: { configMapKeyRef: { name: 'cfg', key: 'a' } } },
        { name: 'POD_IP', valueFrom: { fieldRef: { fieldPath: 'status.podIP' } } },
      ]),
    [],
  ],
  [
    'misspelled securityContext field',
    (p) => (p.spec.containers[0].securityContext = { runAsUSer: 1000 }),
    [
      err(
        'FieldValueUnknown',
        'spec.containers[0].securityContext.runAsUSer',
        'unknown field "spec.containers[0].securityContext.runAsUSer"',
      ),
    ],
  ],
  [
    'configMap volume with a wrong item type',
    (p) => (p.spec.volumes = [{ name: 'v', configMap: { name: 'cfg', defaultMode: '0644' } }]),
    [
      err(
        'Invalid',
        'spec.volumes[0].configMap.defaultMode',
        'json: cannot unmarshal string into Go struct field ConfigMapVolumeSource.spec.volumes.configMap.defaultMode of type int32',
      ),
    ],
  ],
  ['status is accepted (the scenario reads podIP)', (p) => (p.status = { podIP: '10.244.0.5', phase: 'Running' }), []],
  [
    'containerPort on the pod spec level',
    (p) => (p.spec.containerPort = 80),
    [err('FieldValueUnknown', 'spec.containerPort', 'unknown field "spec.containerPort"')],
  ],
];

const node = (): Obj => ({
  apiVersion: 'v1',
  kind: 'Node',
  metadata: { name: 'node01', labels: { 'kubernetes.io/hostname': 'node01' } },
  spec: { podCIDR: '10.244.0.0/24', podCIDRs: ['10.244.0.0/24'] },
  status: { addresses: [{ type: 'InternalIP', address: '192.168.1.2' }] },
});

const nodeCases: [string, Tweak, Expected[]][] = [
  ['valid as is', () => {}, []],
  [
    'bad podCIDR',
    (n) => (n.spec.podCIDRs = ['10.244.0.0']),
    [
      err(
        'Invalid',
        'spec.podCIDRs[0]',
        'Invalid value: "10.244.0.0": must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)',
      ),
    ],
  ],
  [
    'taint without effect',
    (n) => (n.spec.taints = [{ key: 'dedicated', value: 'db' }]),
    [err('Required', 'spec.taints[0].effect', 'Required value')],
  ],
  [
    'taint with an unsupported effect',
    (n) => (n.spec.taints = [{ key: 'dedicated', effect: 'NoWay' }]),
    [
      err(
        'NotSupported',
        'spec.taints[0].effect',
        'Unsupported value: "NoWay": supported values: "NoSchedule", "PreferNoSchedule", "NoExecute"',
      ),
    ],
  ],
];

const namespaceCases: [string, Tweak, Expected[]][] = [
  ['valid namespace', () => {}, []],
  [
    'namespace name with dots',
    (n) => (n.metadata.name = 'team.a'),
    [err('Invalid', 'metadata.name', 'Invalid value: "team.a": must not contain dots')],
  ],
];
const namespace = (): Obj => ({
  apiVersion: 'v1',
  kind: 'Namespace',
  metadata: { name: 'prod', labels: { team: 'a' } },
});

const slice = (): Obj => ({
  apiVersion: 'discovery.k8s.io/v1',
  kind: 'EndpointSlice',
  metadata: { name: 'db-1', labels: { 'kubernetes.io/service-name': 'db' } },
  addressType: 'IPv4',
  ports: [{ name: 'pg', port: 5432 }],
  endpoints: [{ addresses: ['10.1.2.3'], conditions: { ready: true } }],
});

const sliceCases: [string, Tweak, Expected[]][] = [
  ['valid as is', () => {}, []],
  ['missing addressType', (s) => delete s.addressType, [err('Required', 'addressType', 'Required value')]],
  [
    'unsupported addressType',
    (s) => (s.addressType = 'IP'),
    [err('NotSupported', 'addressType', 'Unsupported value: "IP": supported values: "FQDN", "IPv4", "IPv6"')],
  ],
  [
    'IPv6 address in an IPv4 slice',
    (s) => (s.endpoints[0].addresses = ['fd00::1']),
    [err('Invalid', 'endpoints[0].addresses[0]', 'Invalid value: "fd00::1": must be a valid IPv4 address')],
  ],
  [
    'link-local endpoint address',
    (s) => (s.endpoints[0].addresses = ['169.254.169.254']),
    [
      err(
        'Invalid',
        'endpoints[0].addresses[0]',
        'Invalid value: "169.254.169.254": may not be in the link-local range (169.254.0.0/16, fe80::/10)',
      ),
    ],
  ],
  [
    'endpoint without addresses',
    (s) => (s.endpoints[0].addresses = []),
    [err('Required', 'endpoints[0].addresses', 'Required value: must contain at least 1 address')],
  ],
  [
    'spec is not an EndpointSlice field',
    (s) => (s.spec = {}),
    [err('FieldValueUnknown', 'spec', 'unknown field "spec"')],
  ],
];

describe('Deployment validation', () => {
  for (const [name, tweak, expected] of deploymentCases)
    it(name, () => expectErrors(toYaml(tweaked(deployment, tweak)), expected));
});
describe('ReplicaSet validation', () => {
  for (const [name, tweak, expected] of replicaSetCases)
    it(name, () => expectErrors(toYaml(tweaked(replicaSet, tweak)), expected));
});
describe('Pod validation', () => {
  for (const [name, tweak, expected] of podCases) it(name, () => expectErrors(toYaml(tweaked(pod, tweak)), expected));
});
describe('Node and Namespace validation', () => {
  for (const [name, tweak, expected] of nodeCases) it(name, () => expectErrors(toYaml(tweaked(node, tweak)), expected));
  for (const [name, tweak, expected] of namespaceCases)
    it(name, () => expectErrors(toYaml(tweaked(namespace, tweak)), expected));
});
describe('EndpointSlice validation', () => {
  for (const [name, tweak, expected] of sliceCases)
    it(name, () => expectErrors(toYaml(tweaked(slice, tweak)), expected));
});

describe('label lengths (content.IsLabelValue counts bytes)', () => {
  it('refuses a 64-byte label value', () => {
    const long = 'a'.repeat(64);
    expectErrors(toYaml(tweaked(pod, (p) => (p.metadata.labels.app = long))), [
      err('Invalid', 'metadata.labels', `Invalid value: "${long}": must be no more than 63 bytes`),
    ]);
  });

  it('refuses a label key whose name part is too long', () => {
    const key = `example.com/${'k'.repeat(64)}`;
    expectErrors(toYaml(tweaked(pod, (p) => (p.metadata.labels = { [key]: 'v' }))), [
      err('Invalid', 'metadata.labels', `Invalid value: "${key}": name part must be no more than 63 bytes`),
    ]);
  });
});

describe('generateName', () => {
  it('accepts a prefix ending in a dash instead of a name', () => {
    expectErrors(
      toYaml(
        tweaked(pod, (p) => {
          delete p.metadata.name;
          p.metadata.generateName = 'web-';
        }),
      ),
      [],
    );
  });
  it('refuses an invalid prefix', () => {
    expectErrors(
      toYaml(
        tweaked(pod, (p) => {
          delete p.metadata.name;
          p.metadata.generateName = 'Web-';
        }),
      ),
      [err('Invalid', 'metadata.generateName', `Invalid value: "Web-": ${dns1123Subdomain}`)],
    );
  });
});

describe('pod warnings the API server returns', () => {
  it('warns about two containers declaring one port, and still accepts the pod', () => {
    const text = toYaml(
      tweaked(pod, (p) => p.spec.containers.push({ name: 'b', image: 'nginx', ports: [{ containerPort: 80 }] })),
    );
    expect(validate(text)).toEqual([
      expect.objectContaining({
        severity: 'warning',
        path: 'spec.containers[1].ports[0]',
        message: 'duplicate port definition with spec.containers[0].ports[0]',
      }),
    ]);
  });

  it('keeps a Service selecting a pod that carries a warning', () => {
    const withWarning = tweaked(pod, (p) =>
      p.spec.containers.push({ name: 'b', image: 'nginx', ports: [{ containerPort: 80 }] }),
    );
    const service = {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 's' },
      spec: { selector: { app: 'web' }, ports: [{ port: 80 }] },
    };
    expect(validate(toYaml(withWarning, service)).map((d) => d.path)).toEqual(['spec.containers[1].ports[0]']);
  });
});
