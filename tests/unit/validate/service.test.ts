// Cases after pkg/apis/core/validation TestValidateServiceCreate and friends: one valid Service, one tweak each.
import { describe, expect, it } from 'vitest';
import { validate } from '../../../src/engine';
import {
  dns1035,
  dns1123Label,
  dns1123Subdomain,
  err,
  errorsOf,
  expectErrors,
  labelValue,
  portRange,
  toYaml,
  tweaked,
} from './helpers';
import type { Expected, Obj, Tweak } from './helpers';

const service = (): Obj => ({
  apiVersion: 'v1',
  kind: 'Service',
  metadata: { name: 'valid', namespace: 'default' },
  spec: {
    selector: { key: 'val' },
    ports: [{ name: 'p', protocol: 'TCP', port: 8675, targetPort: 8675 }],
  },
});

const nodePortService = (): Obj =>
  tweaked(service, (s) => {
    s.spec.type = 'NodePort';
    s.spec.ports[0].nodePort = 30008;
  });

const cases: [string, Tweak, Expected[]][] = [
  ['valid as is', () => {}, []],
  [
    'missing name',
    (s) => delete s.metadata.name,
    [err('Required', 'metadata.name', 'Required value: name or generateName is required')],
  ],
  [
    'invalid name (uppercase)',
    (s) => (s.metadata.name = 'Bad'),
    [err('Invalid', 'metadata.name', `Invalid value: "Bad": ${dns1035}`)],
  ],
  [
    'name starting with a digit is not a DNS-1035 label',
    (s) => (s.metadata.name = '1abc'),
    [err('Invalid', 'metadata.name', `Invalid value: "1abc": ${dns1035}`)],
  ],
  [
    'name too long',
    (s) => (s.metadata.name = 'a'.repeat(64)),
    [err('Invalid', 'metadata.name', `Invalid value: "${'a'.repeat(64)}": must be no more than 63 characters`)],
  ],
  [
    'invalid namespace',
    (s) => (s.metadata.namespace = 'no_underscores'),
    [err('Invalid', 'metadata.namespace', `Invalid value: "no_underscores": ${dns1123Label}`)],
  ],
  [
    'invalid label value',
    (s) => (s.metadata.labels = { app: '-bad' }),
    [err('Invalid', 'metadata.labels', `Invalid value: "-bad": ${labelValue}`)],
  ],
  ['missing ports', (s) => delete s.spec.ports, [err('Required', 'spec.ports', 'Required value')]],
  ['empty ports', (s) => (s.spec.ports = []), [err('Required', 'spec.ports', 'Required value')]],
  [
    'missing ports of a headless service is fine',
    (s) => {
      delete s.spec.ports;
      s.spec.clusterIP = 'None';
    },
    [],
  ],
  [
    'missing ports of an ExternalName service is fine',
    (s) => {
      delete s.spec.ports;
      delete s.spec.selector;
      s.spec.type = 'ExternalName';
      s.spec.externalName = 'db.example.com';
    },
    [],
  ],
  [
    'unsupported type',
    (s) => (s.spec.type = 'Nodeport'),
    [
      err(
        'NotSupported',
        'spec.type',
        'Unsupported value: "Nodeport": supported values: "ClusterIP", "ExternalName", "LoadBalancer", "NodePort"',
      ),
    ],
  ],
  [
    'unsupported sessionAffinity',
    (s) => (s.spec.sessionAffinity = 'Sticky'),
    [err('NotSupported', 'spec.sessionAffinity', 'Unsupported value: "Sticky": supported values: "ClientIP", "None"')],
  ],
  [
    'ClientIP affinity with a zero timeout',
    (s) => {
      s.spec.sessionAffinity = 'ClientIP';
      s.spec.sessionAffinityConfig = { clientIP: { timeoutSeconds: 0 } };
    },
    [
      err(
        'Invalid',
        'spec.sessionAffinityConfig.clientIP.timeoutSeconds',
        'Invalid value: 0: must be greater than 0 and less than 86400',
      ),
    ],
  ],
  [
    'ClientIP affinity config without a timeout gets the default',
    (s) => {
      s.spec.sessionAffinity = 'ClientIP';
      s.spec.sessionAffinityConfig = { clientIP: {} };
    },
    [],
  ],
  [
    'ClientIP affinity timeout too large',
    (s) => {
      s.spec.sessionAffinity = 'ClientIP';
      s.spec.sessionAffinityConfig = { clientIP: { timeoutSeconds: 86401 } };
    },
    [
      err(
        'Invalid',
        'spec.sessionAffinityConfig.clientIP.timeoutSeconds',
        'Invalid value: 86401: must be greater than 0 and less than 86400',
      ),
    ],
  ],
  ['ClientIP affinity with the default timeout', (s) => (s.spec.sessionAffinity = 'ClientIP'), []],
  // The server defaults before it validates: core/v1 SetDefaults_Service clears sessionAffinityConfig when the
  // affinity is None, so TestValidateService's Forbidden case never reaches a real request.
  [
    'sessionAffinityConfig with None affinity, cleared by defaulting',
    (s) => (s.spec.sessionAffinityConfig = { clientIP: { timeoutSeconds: 90 } }),
    [],
  ],
  [
    'sessionAffinityConfig with an out-of-range timeout and no affinity, cleared by defaulting',
    (s) => (s.spec.sessionAffinityConfig = { clientIP: { timeoutSeconds: 0 } }),
    [],
  ],
  [
    'port name required with two ports',
    (s) => s.spec.ports.push({ protocol: 'TCP', port: 12345, targetPort: 12345 }),
    [err('Required', 'spec.ports[1].name', 'Required value')],
  ],
  [
    'invalid port name (uppercase)',
    (s) => (s.spec.ports[0].name = 'HTTP'),
    [err('Invalid', 'spec.ports[0].name', `Invalid value: "HTTP": ${dns1123Label}`)],
  ],
  [
    'port name with dots',
    (s) => (s.spec.ports[0].name = 'a.b'),
    [err('Invalid', 'spec.ports[0].name', 'Invalid value: "a.b": must not contain dots')],
  ],
  [
    'duplicate port names',
    (s) => s.spec.ports.push({ name: 'p', protocol: 'TCP', port: 12345, targetPort: 12345 }),
    [err('Duplicate', 'spec.ports[1].name', 'Duplicate value: "p"')],
  ],
  [
    'missing port',
    (s) => delete s.spec.ports[0].port,
    [err('Invalid', 'spec.ports[0].port', `Invalid value: 0: ${portRange}`)],
  ],
  [
    'port too large',
    (s) => (s.spec.ports[0].port = 65536),
    [err('Invalid', 'spec.ports[0].port', `Invalid value: 65536: ${portRange}`)],
  ],
  [
    'negative port',
    (s) => (s.spec.ports[0].port = -1),
    [err('Invalid', 'spec.ports[0].port', `Invalid value: -1: ${portRange}`)],
  ],
  [
    'unsupported protocol',
    (s) => (s.spec.ports[0].protocol = 'INVALID'),
    [
      err(
        'NotSupported',
        'spec.ports[0].protocol',
        'Unsupported value: "INVALID": supported values: "SCTP", "TCP", "UDP"',
      ),
    ],
  ],
  [
    'lower-case protocol',
    (s) => (s.spec.ports[0].protocol = 'tcp'),
    [err('NotSupported', 'spec.ports[0].protocol', 'Unsupported value: "tcp": supported values: "SCTP", "TCP", "UDP"')],
  ],
  ['protocol defaults to TCP', (s) => delete s.spec.ports[0].protocol, []],
  ['UDP is fine', (s) => (s.spec.ports[0].protocol = 'UDP'), []],
  ['targetPort defaults to port', (s) => delete s.spec.ports[0].targetPort, []],
  [
    'targetPort out of range',
    (s) => (s.spec.ports[0].targetPort = 65536),
    [err('Invalid', 'spec.ports[0].targetPort', `Invalid value: 65536: ${portRange}`)],
  ],
  ['named targetPort', (s) => (s.spec.ports[0].targetPort = 'http'), []],
  [
    'targetPort name with an uppercase letter',
    (s) => (s.spec.ports[0].targetPort = 'Http'),
    [
      err(
        'Invalid',
        'spec.ports[0].targetPort',
        'Invalid value: "Http": must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)',
      ),
    ],
  ],
  [
    'targetPort name too long',
    (s) => (s.spec.ports[0].targetPort = 'abcdefghijklmnop'),
    [
      err(
        'Invalid',
        'spec.ports[0].targetPort',
        'Invalid value: "abcdefghijklmnop": must be no more than 15 characters',
      ),
    ],
  ],
  [
    'targetPort name without letters',
    (s) => (s.spec.ports[0].targetPort = '80-80'),
    [err('Invalid', 'spec.ports[0].targetPort', 'Invalid value: "80-80": must contain at least one letter (a-z)')],
  ],
  [
    'targetPort name with consecutive hyphens',
    (s) => (s.spec.ports[0].targetPort = 'a--b'),
    [err('Invalid', 'spec.ports[0].targetPort', 'Invalid value: "a--b": must not contain consecutive hyphens')],
  ],
  [
    'targetPort name ending with a hyphen',
    (s) => (s.spec.ports[0].targetPort = 'web-'),
    [err('Invalid', 'spec.ports[0].targetPort', 'Invalid value: "web-": must not begin or end with a hyphen')],
  ],
  [
    'duplicate port/protocol',
    (s) => s.spec.ports.push({ name: 'q', protocol: 'TCP', port: 8675, targetPort: 1 }),
    [
      err(
        'Duplicate',
        'spec.ports[1]',
        'Duplicate value: {"Name":"","Protocol":"TCP","AppProtocol":null,"Port":8675,"TargetPort":0,"NodePort":0}',
      ),
    ],
  ],
  [
    'same port on TCP and UDP',
    (s) => s.spec.ports.push({ name: 'q', protocol: 'UDP', port: 8675, targetPort: 8675 }),
    [],
  ],
  [
    'invalid selector value',
    (s) => (s.spec.selector = { key: 'a b' }),
    [err('Invalid', 'spec.selector', `Invalid value: "a b": ${labelValue}`)],
  ],
  [
    'invalid selector key',
    (s) => (s.spec.selector = { 'a/b/c': 'v' }),
    [
      err(
        'Invalid',
        'spec.selector',
        "Invalid value: \"a/b/c\": a valid label key must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]') with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')",
      ),
    ],
  ],
  ['no selector is fine', (s) => delete s.spec.selector, []],
  [
    'nodePort on a ClusterIP service',
    (s) => (s.spec.ports[0].nodePort = 30008),
    [err('Forbidden', 'spec.ports[0].nodePort', "Forbidden: may not be used when `type` is 'ClusterIP'")],
  ],
  [
    'externalTrafficPolicy on a ClusterIP service',
    (s) => (s.spec.externalTrafficPolicy = 'Local'),
    [
      err(
        'Invalid',
        'spec.externalTrafficPolicy',
        'Invalid value: "Local": may only be set for externally-accessible services',
      ),
    ],
  ],
  [
    'unsupported internalTrafficPolicy',
    (s) => (s.spec.internalTrafficPolicy = 'Nearby'),
    [
      err(
        'NotSupported',
        'spec.internalTrafficPolicy',
        'Unsupported value: "Nearby": supported values: "Cluster", "Local"',
      ),
    ],
  ],
  ['internalTrafficPolicy Local', (s) => (s.spec.internalTrafficPolicy = 'Local'), []],
  [
    'invalid clusterIP',
    (s) => (s.spec.clusterIP = 'invalid'),
    [
      err(
        'Invalid',
        'spec.clusterIPs[0]',
        'Invalid value: "invalid": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)',
      ),
    ],
  ],
  ['clusterIP inside the service range', (s) => (s.spec.clusterIP = '10.96.0.10'), []],
  [
    'clusterIP outside the service range',
    (s) => (s.spec.clusterIP = '192.168.1.10'),
    [
      // alloc.go: field.Invalid(field.NewPath("spec", "clusterIPs"), service.Spec.ClusterIPs, …): the []string,
      // which ErrorBody renders as JSON since 1.34 (kubernetes/kubernetes#132314).
      err(
        'Invalid',
        'spec.clusterIPs',
        'Invalid value: ["192.168.1.10"]: failed to allocate IP 192.168.1.10: the provided IP (192.168.1.10) is not in the valid range. The range of valid IPs is 10.96.0.0/12',
      ),
    ],
  ],
  [
    'invalid externalIP',
    (s) => (s.spec.externalIPs = ['1.2.3']),
    [
      err(
        'Invalid',
        'spec.externalIPs[0]',
        'Invalid value: "1.2.3": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)',
      ),
    ],
  ],
  [
    'loopback externalIP',
    (s) => (s.spec.externalIPs = ['127.0.0.1']),
    [
      err(
        'Invalid',
        'spec.externalIPs[0]',
        'Invalid value: "127.0.0.1": may not be in the loopback range (127.0.0.0/8, ::1/128)',
      ),
    ],
  ],
  [
    'unspecified externalIP',
    (s) => (s.spec.externalIPs = ['0.0.0.0']),
    [err('Invalid', 'spec.externalIPs[0]', 'Invalid value: "0.0.0.0": may not be unspecified (0.0.0.0)')],
  ],
  ['routable externalIP', (s) => (s.spec.externalIPs = ['192.168.1.100']), []],
  [
    'loadBalancerSourceRanges on a ClusterIP service',
    (s) => (s.spec.loadBalancerSourceRanges = ['10.0.0.0/8']),
    [err('Forbidden', 'spec.LoadBalancerSourceRanges', "Forbidden: may only be used when `type` is 'LoadBalancer'")],
  ],
  [
    'allocateLoadBalancerNodePorts on a ClusterIP service',
    (s) => (s.spec.allocateLoadBalancerNodePorts = true),
    [
      err(
        'Forbidden',
        'spec.allocateLoadBalancerNodePorts',
        "Forbidden: may only be used when `type` is 'LoadBalancer'",
      ),
    ],
  ],
  [
    'appProtocol must be a qualified name',
    (s) => (s.spec.ports[0].appProtocol = 'a b'),
    [
      err(
        'Invalid',
        'spec.ports[0].appProtocol',
        "Invalid value: \"a b\": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')",
      ),
    ],
  ],
  [
    'unsupported trafficDistribution',
    (s) => (s.spec.trafficDistribution = 'Anywhere'),
    [err('NotSupported', 'spec.trafficDistribution', 'Unsupported value: "Anywhere": supported values: "PreferClose"')],
  ],
];

const headlessCases: [string, Tweak, Expected[]][] = [
  [
    'headless NodePort',
    (s) => {
      s.spec.type = 'NodePort';
      s.spec.clusterIP = 'None';
    },
    [err('Invalid', 'spec.clusterIPs[0]', 'Invalid value: "None": may not be set to \'None\' for NodePort services')],
  ],
  [
    'headless LoadBalancer',
    (s) => {
      s.spec.type = 'LoadBalancer';
      s.spec.clusterIP = 'None';
    },
    [
      err(
        'Invalid',
        'spec.clusterIPs[0]',
        'Invalid value: "None": may not be set to \'None\' for LoadBalancer services',
      ),
    ],
  ],
  [
    'ExternalName without externalName',
    (s) => {
      s.spec.type = 'ExternalName';
    },
    [err('Required', 'spec.externalName', 'Required value')],
  ],
  [
    'ExternalName with an invalid name',
    (s) => {
      s.spec.type = 'ExternalName';
      s.spec.externalName = '-123.com';
    },
    [err('Invalid', 'spec.externalName', `Invalid value: "-123.com": ${dns1123Subdomain}`)],
  ],
  [
    'ExternalName with a trailing dot',
    (s) => {
      s.spec.type = 'ExternalName';
      s.spec.externalName = 'foo.bar.example.com.';
    },
    [],
  ],
  [
    'ExternalName with a clusterIP',
    (s) => {
      s.spec.type = 'ExternalName';
      s.spec.externalName = 'db.example.com';
      s.spec.clusterIP = '10.96.0.20';
    },
    [err('Forbidden', 'spec.clusterIPs', 'Forbidden: may not be set for ExternalName services')],
  ],
];

const nodePortCases: [string, Tweak, Expected[]][] = [
  ['valid NodePort service', () => {}, []],
  [
    'nodePort below the range',
    (s) => (s.spec.ports[0].nodePort = 80),
    [
      err(
        'Invalid',
        'spec.ports[0].nodePort',
        'Invalid value: 80: provided port is not in the valid range. The range of valid ports is 30000-32767',
      ),
    ],
  ],
  [
    'nodePort above the range',
    (s) => (s.spec.ports[0].nodePort = 32768),
    [
      err(
        'Invalid',
        'spec.ports[0].nodePort',
        'Invalid value: 32768: provided port is not in the valid range. The range of valid ports is 30000-32767',
      ),
    ],
  ],
  ['nodePort left to the allocator', (s) => delete s.spec.ports[0].nodePort, []],
  [
    'two ports asking for one nodePort',
    (s) => s.spec.ports.push({ name: 'q', protocol: 'TCP', port: 81, nodePort: 30008 }),
    [err('Duplicate', 'spec.ports[1].nodePort', 'Duplicate value: 30008')],
  ],
  [
    'one nodePort for TCP and UDP',
    (s) => s.spec.ports.push({ name: 'q', protocol: 'UDP', port: 8675, nodePort: 30008 }),
    [],
  ],
  ['externalTrafficPolicy Local', (s) => (s.spec.externalTrafficPolicy = 'Local'), []],
  [
    'unsupported externalTrafficPolicy',
    (s) => (s.spec.externalTrafficPolicy = 'local'),
    [
      err(
        'NotSupported',
        'spec.externalTrafficPolicy',
        'Unsupported value: "local": supported values: "Cluster", "Local"',
      ),
    ],
  ],
  [
    'healthCheckNodePort on a NodePort service',
    (s) => (s.spec.healthCheckNodePort = 31000),
    [
      err(
        'Invalid',
        'spec.healthCheckNodePort',
        "Invalid value: 31000: may only be set when `type` is 'LoadBalancer' and `externalTrafficPolicy` is 'Local'",
      ),
    ],
  ],
  [
    'LoadBalancer with source ranges',
    (s) => {
      s.spec.type = 'LoadBalancer';
      s.spec.loadBalancerSourceRanges = ['10.0.0.0/8', ' 192.168.0.0/16 '];
    },
    [],
  ],
  [
    'LoadBalancer with a bad source range',
    (s) => {
      s.spec.type = 'LoadBalancer';
      s.spec.loadBalancerSourceRanges = ['10.0.0.0/33'];
    },
    [
      err(
        'Invalid',
        'spec.LoadBalancerSourceRanges[0]',
        'Invalid value: "10.0.0.0/33": must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)',
      ),
    ],
  ],
];

describe('Service validation (TestValidateService*)', () => {
  for (const [name, tweak, expected] of cases) it(name, () => expectErrors(toYaml(tweaked(service, tweak)), expected));
  for (const [name, tweak, expected] of headlessCases)
    it(name, () => expectErrors(toYaml(tweaked(service, tweak)), expected));
});

describe('NodePort and LoadBalancer services', () => {
  for (const [name, tweak, expected] of nodePortCases)
    it(name, () => expectErrors(toYaml(tweaked(nodePortService, tweak)), expected));

  it('refuses a nodePort a previous Service of the text already holds', () => {
    const second = tweaked(nodePortService, (s) => (s.metadata.name = 'second'));
    expectErrors(toYaml(nodePortService(), second), [
      err('Invalid', 'spec.ports[0].nodePort', 'Invalid value: 30008: provided port is already allocated'),
    ]);
  });

  it('does not hold the nodePort of a Service the server refused', () => {
    const refused = tweaked(nodePortService, (s) => (s.spec.ports[0].port = 0));
    const second = tweaked(nodePortService, (s) => (s.metadata.name = 'second'));
    expect(errorsOf(toYaml(refused, second)).map((e) => e.path)).toEqual(['spec.ports[0].port']);
  });

  it('refuses a clusterIP a previous Service already holds', () => {
    const withIP = () => tweaked(service, (s) => (s.spec.clusterIP = '10.96.0.50'));
    const a = withIP();
    const b = tweaked(withIP, (s) => (s.metadata.name = 'other'));
    expectErrors(toYaml(a, b), [
      err(
        'Invalid',
        'spec.clusterIPs',
        'Invalid value: ["10.96.0.50"]: failed to allocate IP 10.96.0.50: provided IP is already allocated',
      ),
    ]);
  });

  // store.go create() runs the REST's BeginCreate (allocation) before BeforeCreate (validation), and
  // alloc.go returns errors.NewInvalid with the first refusal alone.
  it('reports a refused allocation alone: validation never runs', () => {
    const second = tweaked(nodePortService, (s) => {
      s.metadata.name = 'second';
      s.spec.ports[0].port = 0;
      s.spec.ports.push({ name: 'b', port: 81, nodePort: 80 });
      s.spec.ports[0].name = 'a';
    });
    expectErrors(toYaml(nodePortService(), second), [
      err('Invalid', 'spec.ports[0].nodePort', 'Invalid value: 30008: provided port is already allocated'),
    ]);
  });
});

describe('Service diagnostics point at the text', () => {
  it('puts the nodePort error on the nodePort line, in the second document', () => {
    const text = toYaml(
      service(),
      tweaked(nodePortService, (s) => (s.spec.ports[0].nodePort = 80)),
    );
    const lines = text.split('\n');
    const [d] = errorsOfFull(text);
    expect(d!.doc).toBe(1);
    expect(lines[d!.line - 1]).toContain('nodePort: 80');
    expect(d!.hint).toMatch(/30000-32767/);
  });

  it('points a missing field at its parent key', () => {
    const text = toYaml(tweaked(service, (s) => delete s.spec.ports));
    const [d] = errorsOfFull(text);
    expect(text.split('\n')[d!.line - 1]).toMatch(/^spec:/);
  });
});

function errorsOfFull(text: string) {
  return validate(text).filter((d) => d.severity === 'error');
}
