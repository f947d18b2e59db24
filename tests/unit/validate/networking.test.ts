// Cases after pkg/apis/networking/validation validation_test.go: TestValidateIngressCreate, TestValidateIngressRules,
// TestValidateNetworkPolicy, TestValidateIngressClass.
import { describe, expect, it } from 'vitest';
import { validate } from '../../../src/engine';
import { dns1035, dns1123Subdomain, err, expectErrors, portRange, toYaml, tweaked } from './helpers';
import type { Expected, Obj, Tweak } from './helpers';

const ingress = (): Obj => ({
  apiVersion: 'networking.k8s.io/v1',
  kind: 'Ingress',
  metadata: { name: 'foo', namespace: 'default' },
  spec: {
    ingressClassName: 'nginx',
    rules: [
      {
        host: 'foo.bar.com',
        http: {
          paths: [{ path: '/foo', pathType: 'Prefix', backend: { service: { name: 'web', port: { number: 80 } } } }],
        },
      },
    ],
  },
});

const path0 = 'spec.rules[0].http.paths[0]';
const wildcard =
  "a wildcard DNS-1123 subdomain must start with '*.', followed by a valid DNS subdomain, which must consist of lower case alphanumeric characters, '-' or '.' and end with an alphanumeric character (e.g. '*.example.com', regex used for validation is '\\*\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";

const ingressCases: [string, Tweak, Expected[]][] = [
  ['valid as is', () => {}, []],
  [
    'no rules and no default backend',
    (i) => delete i.spec.rules,
    [err('Invalid', 'spec', 'Invalid value: null: either `defaultBackend` or `rules` must be specified')],
  ],
  [
    'default backend only',
    (i) => {
      delete i.spec.rules;
      i.spec.defaultBackend = { service: { name: 'web', port: { number: 80 } } };
    },
    [],
  ],
  [
    'missing pathType',
    (i) => delete i.spec.rules[0].http.paths[0].pathType,
    [err('Required', `${path0}.pathType`, 'Required value: pathType must be specified')],
  ],
  [
    'unsupported pathType',
    (i) => (i.spec.rules[0].http.paths[0].pathType = 'prefix'),
    [
      err(
        'NotSupported',
        `${path0}.pathType`,
        'Unsupported value: "prefix": supported values: "Exact", "ImplementationSpecific", "Prefix"',
      ),
    ],
  ],
  [
    'Prefix path not absolute',
    (i) => (i.spec.rules[0].http.paths[0].path = 'foo'),
    [err('Invalid', `${path0}.path`, 'Invalid value: "foo": must be an absolute path')],
  ],
  [
    'Exact path with //',
    (i) => {
      i.spec.rules[0].http.paths[0].pathType = 'Exact';
      i.spec.rules[0].http.paths[0].path = '/foo//bar';
    },
    [err('Invalid', `${path0}.path`, 'Invalid value: "/foo//bar": must not contain \'//\'')],
  ],
  [
    'Prefix path with /../',
    (i) => (i.spec.rules[0].http.paths[0].path = '/foo/../bar'),
    [err('Invalid', `${path0}.path`, 'Invalid value: "/foo/../bar": must not contain \'/../\'')],
  ],
  [
    'Prefix path with %2f',
    (i) => (i.spec.rules[0].http.paths[0].path = '/foo%2fbar'),
    [err('Invalid', `${path0}.path`, 'Invalid value: "/foo%2fbar": must not contain \'%2f\'')],
  ],
  [
    'Prefix path ending with /..',
    (i) => (i.spec.rules[0].http.paths[0].path = '/foo/..'),
    [err('Invalid', `${path0}.path`, 'Invalid value: "/foo/..": cannot end with \'/..\'')],
  ],
  [
    'Prefix path ending with /.',
    (i) => (i.spec.rules[0].http.paths[0].path = '/foo/.'),
    [err('Invalid', `${path0}.path`, 'Invalid value: "/foo/.": cannot end with \'/.\'')],
  ],
  [
    'ImplementationSpecific regex path',
    (i) => {
      i.spec.rules[0].http.paths[0].pathType = 'ImplementationSpecific';
      i.spec.rules[0].http.paths[0].path = '/foo(/|$)(.*)';
    },
    [],
  ],
  [
    'ImplementationSpecific relative path',
    (i) => {
      i.spec.rules[0].http.paths[0].pathType = 'ImplementationSpecific';
      i.spec.rules[0].http.paths[0].path = 'foo';
    },
    [err('Invalid', `${path0}.path`, 'Invalid value: "foo": must be an absolute path')],
  ],
  [
    'host that is an IP address',
    (i) => (i.spec.rules[0].host = '1.2.3.4'),
    [err('Invalid', 'spec.rules[0].host', 'Invalid value: "1.2.3.4": must be a DNS name, not an IP address')],
  ],
  [
    'host with a port',
    (i) => (i.spec.rules[0].host = 'foo.com:80'),
    [err('Invalid', 'spec.rules[0].host', `Invalid value: "foo.com:80": ${dns1123Subdomain}`)],
  ],
  ['valid wildcard host', (i) => (i.spec.rules[0].host = '*.bar.com'), []],
  [
    'wildcard in the middle',
    (i) => (i.spec.rules[0].host = 'foo.*.bar.com'),
    [err('Invalid', 'spec.rules[0].host', `Invalid value: "foo.*.bar.com": ${wildcard}`)],
  ],
  ['no host', (i) => delete i.spec.rules[0].host, []],
  [
    'empty paths',
    (i) => (i.spec.rules[0].http.paths = []),
    [err('Required', 'spec.rules[0].http.paths', 'Required value')],
  ],
  [
    'backend without service',
    (i) => (i.spec.rules[0].http.paths[0].backend = {}),
    [err('Invalid', `${path0}.backend`, 'Invalid value: "": resource or service backend is required')],
  ],
  [
    'backend with service and resource',
    (i) => (i.spec.rules[0].http.paths[0].backend.resource = { apiGroup: 'example.com', kind: 'foo', name: 'bar' }),
    [err('Invalid', `${path0}.backend`, 'Invalid value: "": cannot set both resource and service backends')],
  ],
  [
    'backend service name not a DNS-1035 label',
    (i) => (i.spec.rules[0].http.paths[0].backend.service.name = '1web'),
    [err('Invalid', `${path0}.backend.service.name`, `Invalid value: "1web": ${dns1035}`)],
  ],
  [
    'backend service without name',
    (i) => delete i.spec.rules[0].http.paths[0].backend.service.name,
    [err('Required', `${path0}.backend.service.name`, 'Required value')],
  ],
  [
    'backend port name and number',
    (i) => (i.spec.rules[0].http.paths[0].backend.service.port.name = 'http'),
    [err('Invalid', `${path0}.backend`, 'Invalid value: "": cannot set both port name & port number')],
  ],
  [
    'backend without port',
    (i) => (i.spec.rules[0].http.paths[0].backend.service.port = {}),
    [err('Required', `${path0}.backend`, 'Required value: port name or number is required')],
  ],
  [
    'backend port number out of range',
    (i) => (i.spec.rules[0].http.paths[0].backend.service.port.number = 65536),
    [err('Invalid', `${path0}.backend.service.port.number`, `Invalid value: 65536: ${portRange}`)],
  ],
  [
    'backend port name invalid',
    (i) => (i.spec.rules[0].http.paths[0].backend.service.port = { name: 'HTTP' }),
    [
      err(
        'Invalid',
        `${path0}.backend.service.port.name`,
        'Invalid value: "HTTP": must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)',
      ),
      err(
        'Invalid',
        `${path0}.backend.service.port.name`,
        'Invalid value: "HTTP": must contain at least one letter (a-z)',
      ),
    ],
  ],
  [
    'servicePort from networking.k8s.io/v1beta1 is unknown in v1',
    (i) => (i.spec.rules[0].http.paths[0].backend = { serviceName: 'web', servicePort: 80 }),
    [
      err('FieldValueUnknown', `${path0}.backend.serviceName`, `unknown field "${path0}.backend.serviceName"`),
      err('FieldValueUnknown', `${path0}.backend.servicePort`, `unknown field "${path0}.backend.servicePort"`),
    ],
  ],
  [
    'invalid ingressClassName',
    (i) => (i.spec.ingressClassName = 'Nginx'),
    [err('Invalid', 'spec.ingressClassName', `Invalid value: "Nginx": ${dns1123Subdomain}`)],
  ],
  [
    'ingress.class annotation disagreeing with ingressClassName',
    (i) => (i.metadata.annotations = { 'kubernetes.io/ingress.class': 'traefik' }),
    [
      err(
        'Invalid',
        'annotations.kubernetes.io/ingress.class',
        'Invalid value: "traefik": must match `ingressClassName` when both are specified',
      ),
    ],
  ],
  ['tls host wildcard ok', (i) => (i.spec.tls = [{ hosts: ['*.bar.com'], secretName: 'tls-secret' }]), []],
  [
    'tls secret name invalid',
    (i) => (i.spec.tls = [{ hosts: ['foo.bar.com'], secretName: 'Bad_Secret' }]),
    [err('Invalid', 'spec.tls[0].secretName', `Invalid value: "Bad_Secret": ${dns1123Subdomain}`)],
  ],
  [
    'rewrite-target annotation is just an annotation',
    (i) => (i.metadata.annotations = { 'nginx.ingress.kubernetes.io/rewrite-target': '/$2' }),
    [],
  ],
];

const policy = (): Obj => ({
  apiVersion: 'networking.k8s.io/v1',
  kind: 'NetworkPolicy',
  metadata: { name: 'allow-web', namespace: 'default' },
  spec: {
    podSelector: { matchLabels: { app: 'db' } },
    ingress: [{ from: [{ podSelector: { matchLabels: { app: 'web' } } }], ports: [{ protocol: 'TCP', port: 5432 }] }],
  },
});

const cidrMessage = 'must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)';

const policyCases: [string, Tweak, Expected[]][] = [
  ['valid as is', () => {}, []],
  ['empty podSelector selects all', (p) => (p.spec.podSelector = {}), []],
  [
    'default deny egress',
    (p) => {
      p.spec.policyTypes = ['Egress'];
      delete p.spec.ingress;
    },
    [],
  ],
  [
    'unsupported protocol',
    (p) => (p.spec.ingress[0].ports[0].protocol = 'ICMP'),
    [
      err(
        'NotSupported',
        'spec.ingress[0].ports[0].protocol',
        'Unsupported value: "ICMP": supported values: "TCP", "UDP", "SCTP"',
      ),
    ],
  ],
  [
    'port out of range',
    (p) => (p.spec.ingress[0].ports[0].port = 70000),
    [err('Invalid', 'spec.ingress[0].ports[0].port', `Invalid value: 70000: ${portRange}`)],
  ],
  ['named port', (p) => (p.spec.ingress[0].ports[0].port = 'postgres'), []],
  [
    'invalid named port',
    (p) => (p.spec.ingress[0].ports[0].port = 'Postgres'),
    [
      err(
        'Invalid',
        'spec.ingress[0].ports[0].port',
        'Invalid value: "Postgres": must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)',
      ),
    ],
  ],
  ['endPort range', (p) => (p.spec.ingress[0].ports[0].endPort = 5440), []],
  [
    'endPort below port',
    (p) => (p.spec.ingress[0].ports[0].endPort = 5000),
    [
      err(
        'Invalid',
        'spec.ingress[0].ports[0].endPort',
        'Invalid value: 5000: must be greater than or equal to `port`',
      ),
    ],
  ],
  [
    'endPort with a named port',
    (p) => {
      p.spec.ingress[0].ports[0].port = 'postgres';
      p.spec.ingress[0].ports[0].endPort = 5440;
    },
    [
      err(
        'Invalid',
        'spec.ingress[0].ports[0].endPort',
        'Invalid value: 5440: may not be specified when `port` is non-numeric',
      ),
    ],
  ],
  [
    'endPort without port',
    (p) => {
      delete p.spec.ingress[0].ports[0].port;
      p.spec.ingress[0].ports[0].endPort = 5440;
    },
    [
      err(
        'Invalid',
        'spec.ingress[0].ports[0].endPort',
        'Invalid value: 5440: may not be specified when `port` is not specified',
      ),
    ],
  ],
  [
    'empty peer',
    (p) => (p.spec.ingress[0].from = [{}]),
    [err('Required', 'spec.ingress[0].from[0]', 'Required value: must specify a peer')],
  ],
  [
    'ipBlock with another peer',
    (p) => (p.spec.ingress[0].from[0].ipBlock = { cidr: '10.0.0.0/16' }),
    [err('Forbidden', 'spec.ingress[0].from[0]', 'Forbidden: may not specify both ipBlock and another peer')],
  ],
  [
    'podSelector and namespaceSelector together (AND)',
    (p) => (p.spec.ingress[0].from[0].namespaceSelector = { matchLabels: { team: 'a' } }),
    [],
  ],
  [
    'ipBlock without cidr',
    (p) => (p.spec.ingress[0].from = [{ ipBlock: { except: ['10.0.1.0/24'] } }]),
    [err('Required', 'spec.ingress[0].from[0].ipBlock.cidr', 'Required value')],
  ],
  [
    'ipBlock with a bad cidr',
    (p) => (p.spec.ingress[0].from = [{ ipBlock: { cidr: '10.0.0.0/40' } }]),
    [err('Invalid', 'spec.ingress[0].from[0].ipBlock.cidr', `Invalid value: "10.0.0.0/40": ${cidrMessage}`)],
  ],
  [
    'except inside cidr',
    (p) => (p.spec.ingress[0].from = [{ ipBlock: { cidr: '10.0.0.0/16', except: ['10.0.1.0/24'] } }]),
    [],
  ],
  [
    'except outside cidr',
    (p) => (p.spec.ingress[0].from = [{ ipBlock: { cidr: '10.0.0.0/16', except: ['192.168.1.0/24'] } }]),
    [
      err(
        'Invalid',
        'spec.ingress[0].from[0].ipBlock.except[0]',
        'Invalid value: "192.168.1.0/24": must be a strict subset of `cidr`',
      ),
    ],
  ],
  [
    'except equal to cidr',
    (p) => (p.spec.ingress[0].from = [{ ipBlock: { cidr: '10.0.0.0/16', except: ['10.0.0.0/16'] } }]),
    [
      err(
        'Invalid',
        'spec.ingress[0].from[0].ipBlock.except[0]',
        'Invalid value: "10.0.0.0/16": must be a strict subset of `cidr`',
      ),
    ],
  ],
  [
    'unsupported policyType',
    (p) => (p.spec.policyTypes = ['ingress']),
    [err('NotSupported', 'spec.policyTypes[0]', 'Unsupported value: "ingress": supported values: "Ingress", "Egress"')],
  ],
  [
    'three policyTypes',
    (p) => (p.spec.policyTypes = ['Ingress', 'Egress', 'Ingress']),
    [
      err(
        'Invalid',
        'spec.policyTypes',
        'Invalid value: ["Ingress","Egress","Ingress"]: may not specify more than two policyTypes',
      ),
    ],
  ],
  [
    'matchExpressions In without values',
    (p) => (p.spec.podSelector = { matchExpressions: [{ key: 'app', operator: 'In' }] }),
    [
      err(
        'Required',
        'spec.podSelector.matchExpressions[0].values',
        "Required value: must be specified when `operator` is 'In' or 'NotIn'",
      ),
    ],
  ],
  [
    'matchExpressions Exists with values',
    (p) => (p.spec.podSelector = { matchExpressions: [{ key: 'app', operator: 'Exists', values: ['x'] }] }),
    [
      err(
        'Forbidden',
        'spec.podSelector.matchExpressions[0].values',
        "Forbidden: may not be specified when `operator` is 'Exists' or 'DoesNotExist'",
      ),
    ],
  ],
  [
    'matchExpressions bad operator',
    (p) => (p.spec.podSelector = { matchExpressions: [{ key: 'app', operator: 'Equals', values: ['x'] }] }),
    [
      err(
        'Invalid',
        'spec.podSelector.matchExpressions[0].operator',
        'Invalid value: "Equals": not a valid selector operator',
      ),
    ],
  ],
  [
    'egress to an ipBlock',
    (p) => (p.spec.egress = [{ to: [{ ipBlock: { cidr: '0.0.0.0/0', except: ['169.254.169.254/32'] } }] }]),
    [],
  ],
];

const ingressClass = (): Obj => ({
  apiVersion: 'networking.k8s.io/v1',
  kind: 'IngressClass',
  metadata: { name: 'nginx' },
  spec: { controller: 'k8s.io/ingress-nginx' },
});

const ingressClassCases: [string, Tweak, Expected[]][] = [
  ['valid as is', () => {}, []],
  ['missing controller', (c) => delete c.spec.controller, [err('Required', 'spec.controller', 'Required value')]],
  [
    'controller without a path',
    (c) => (c.spec.controller = 'ingress-nginx'),
    [
      err(
        'Invalid',
        'spec.controller',
        'Invalid value: "ingress-nginx": must be a domain-prefixed path (such as "acme.io/foo")',
      ),
    ],
  ],
  // networking/v1 SetDefaults_IngressClass gives parameters without a scope the scope Cluster before validation.
  [
    'parameters without scope, defaulted to Cluster',
    (c) => (c.spec.parameters = { kind: 'IngressParameters', name: 'p' }),
    [],
  ],
  [
    'parameters without scope but with a namespace: Cluster by default, so the namespace is forbidden',
    (c) => (c.spec.parameters = { kind: 'IngressParameters', name: 'p', namespace: 'x' }),
    [err('Forbidden', 'spec.parameters.namespace', "Forbidden: `parameters.scope` is set to 'Cluster'")],
  ],
  [
    'parameters with Cluster scope and a namespace',
    (c) => (c.spec.parameters = { kind: 'IngressParameters', name: 'p', scope: 'Cluster', namespace: 'x' }),
    [err('Forbidden', 'spec.parameters.namespace', "Forbidden: `parameters.scope` is set to 'Cluster'")],
  ],
  [
    'parameters with Namespace scope and no namespace',
    (c) => (c.spec.parameters = { kind: 'IngressParameters', name: 'p', scope: 'Namespace' }),
    [err('Required', 'spec.parameters.namespace', "Required value: `parameters.scope` is set to 'Namespace'")],
  ],
];

describe('Ingress validation', () => {
  for (const [name, tweak, expected] of ingressCases)
    it(name, () => expectErrors(toYaml(tweaked(ingress, tweak)), expected));
});

describe('NetworkPolicy validation', () => {
  for (const [name, tweak, expected] of policyCases)
    it(name, () => expectErrors(toYaml(tweaked(policy, tweak)), expected));
});

describe('IngressClass validation', () => {
  for (const [name, tweak, expected] of ingressClassCases)
    it(name, () => expectErrors(toYaml(tweaked(ingressClass, tweak)), expected));
});

describe('NetworkPolicy warnings the API server returns', () => {
  it('warns about a CIDR with host bits set, as GetWarningsForCIDR does', () => {
    const text = toYaml(tweaked(policy, (p) => (p.spec.ingress[0].from = [{ ipBlock: { cidr: '10.0.0.1/16' } }])));
    expect(validate(text)).toEqual([
      expect.objectContaining({
        severity: 'warning',
        path: 'spec.ingress[0].from[0].ipBlock.cidr',
        message: 'CIDR value "10.0.0.1/16" is ambiguous in this context (should be "10.0.0.0/16" or "10.0.0.1/32"?)',
      }),
    ]);
  });
});
