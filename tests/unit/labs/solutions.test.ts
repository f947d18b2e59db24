// Each goal accepts right solutions written differently and fails the classic wrong ones with the hint
// that names the mistake. What counts as right comes from what the cluster does (kubernetes.io concepts:
// Services, NetworkPolicies — "only" means only, selectors by meaning; Ingress paths as written).
import { describe, expect, it } from 'vitest';
import { LABS, type Lab } from '../../../src/labs';
import { Shell } from '../../../src/terminal/shell';

function attempt(lab: Lab, files: Record<string, string>, commands: string[]) {
  const all = { ...lab.files, ...files };
  const shell = new Shell({ cluster: lab.cluster, files: () => all, now: () => 0 });
  for (const command of commands) shell.run(command);
  return shell;
}

function verdict(lab: Lab, taskId: string, shell: Shell): string {
  const task = lab.tasks.find((t) => t.id === taskId);
  if (task?.kind !== 'goal') throw new Error(`${taskId} is not a goal`);
  const result = task.check(shell.store.cluster);
  return result.ok ? 'ok' : result.hint;
}

const policy = (name: string, body: string) =>
  `apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: ${name}\nspec:\n${body}`;

describe('services: the NodePort Service', () => {
  const lab = LABS.services!;
  const service = (spec: string) => `apiVersion: v1\nkind: Service\nmetadata:\n  name: webapp-service\nspec:\n${spec}`;

  it.each([
    [
      'the file as given',
      'type: NodePort\n  ports:\n  - {port: 8080, targetPort: 8080, nodePort: 30080}\n  selector: {name: simple-webapp}',
    ],
    [
      'flow style, protocol written out, targetPort left to default to port',
      'selector:\n    name: simple-webapp\n  type: NodePort\n  ports: [{protocol: TCP, port: 8080, nodePort: 30080}]',
    ],
  ])('accepts %s', (_, spec) => {
    const shell = attempt(lab, { 's.yaml': service(`  ${spec}`) }, ['kubectl apply -f s.yaml']);
    expect(verdict(lab, 'nodeport', shell)).toBe('ok');
  });

  it('accepts kubectl expose, then kubectl edit to pin the nodePort', () => {
    const shell = attempt(lab, {}, [
      'kubectl expose deployment simple-webapp-deployment --name=webapp-service --type=NodePort --port=8080',
    ]);
    const edit = shell.run('kubectl edit svc webapp-service').edit!;
    expect(edit.save(edit.text.replace(/nodePort: \d+/, 'nodePort: 30080')).text).toBe('service/webapp-service edited');
    expect(verdict(lab, 'nodeport', shell)).toBe('ok');
  });

  it.each([
    ['ClusterIP', 'ports:\n  - {port: 8080, targetPort: 8080}\n  selector: {name: simple-webapp}', /type이 ClusterIP/],
    [
      'a wrong targetPort (refused)',
      'type: NodePort\n  ports:\n  - {port: 8080, targetPort: 80, nodePort: 30080}\n  selector: {name: simple-webapp}',
      /targetPort.*80/,
    ],
    [
      'nodePort left out (random in the range)',
      'type: NodePort\n  ports:\n  - {port: 8080, targetPort: 8080}\n  selector: {name: simple-webapp}',
      /무작위/,
    ],
    [
      'the Deployment label as selector',
      'type: NodePort\n  ports:\n  - {port: 8080, targetPort: 8080, nodePort: 30080}\n  selector: {app: simple-webapp}',
      /selector/,
    ],
  ])('refuses %s with the hint that names it', (_, spec, hint) => {
    const shell = attempt(lab, { 's.yaml': service(`  ${spec}`) }, ['kubectl apply -f s.yaml']);
    expect(verdict(lab, 'nodeport', shell)).toMatch(hint);
  });
});

describe('network-policies: db-policy (only internal may reach mysql:3306)', () => {
  const lab = LABS['network-policies']!;
  const run = (body: string) => attempt(lab, { 'p.yaml': policy('db-policy', body) }, ['kubectl apply -f p.yaml']);

  it.each([
    [
      'matchLabels',
      '  podSelector: {matchLabels: {name: mysql}}\n  policyTypes: [Ingress]\n  ingress:\n  - from: [{podSelector: {matchLabels: {name: internal}}}]\n    ports: [{protocol: TCP, port: 3306}]',
    ],
    [
      'matchExpressions, policyTypes and protocol left to their defaults',
      '  podSelector:\n    matchExpressions: [{key: name, operator: In, values: [mysql]}]\n  ingress:\n  - from:\n    - podSelector:\n        matchExpressions: [{key: name, operator: In, values: [internal]}]\n    ports: [{port: 3306}]',
    ],
  ])('accepts %s', (_, body) => {
    expect(verdict(lab, 'db-policy', run(body))).toBe('ok');
  });

  it.each([
    [
      'a rule without from',
      '  podSelector: {matchLabels: {name: mysql}}\n  ingress:\n  - ports: [{port: 3306}]',
      /`from`이 없는/,
    ],
    [
      'from: podSelector {}',
      '  podSelector: {matchLabels: {name: mysql}}\n  ingress:\n  - from: [{podSelector: {}}]\n    ports: [{port: 3306}]',
      /"이 namespace의 모든 pod"/,
    ],
    [
      'namespaceSelector {}',
      '  podSelector: {matchLabels: {name: mysql}}\n  ingress:\n  - from: [{namespaceSelector: {}}]\n    ports: [{port: 3306}]',
      /namespaceSelector: \{\}/,
    ],
    [
      'podSelector {} for the policy itself',
      '  podSelector: {}\n  ingress:\n  - from: [{podSelector: {matchLabels: {name: internal}}}]\n    ports: [{port: 3306}]',
      /mysql만이 아니라/,
    ],
  ])('refuses %s with the hint that names it', (_, body, hint) => {
    expect(verdict(lab, 'db-policy', run(body))).toMatch(hint);
  });
});

describe('network-policies: internal-policy (egress only to payroll:8080, mysql:3306, and DNS)', () => {
  const lab = LABS['network-policies']!;
  const run = (body: string, name = 'internal-policy') =>
    attempt(lab, { 'p.yaml': policy(name, body) }, ['kubectl apply -f p.yaml']);
  const dns = '  - ports: [{protocol: UDP, port: 53}, {protocol: TCP, port: 53}]';

  it.each([
    [
      'one rule per destination, DNS by port',
      `  podSelector: {matchLabels: {name: internal}}\n  policyTypes: [Egress]\n  egress:\n  - to: [{podSelector: {matchLabels: {name: payroll}}}]\n    ports: [{port: 8080}]\n  - to: [{podSelector: {matchLabels: {name: mysql}}}]\n    ports: [{port: 3306}]\n${dns}`,
    ],
    [
      'DNS only to kube-system, rules in another order, matchExpressions',
      '  podSelector: {matchExpressions: [{key: name, operator: In, values: [internal]}]}\n  policyTypes: [Egress]\n  egress:\n  - to: [{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: kube-system}}}]\n    ports: [{protocol: UDP, port: 53}, {protocol: TCP, port: 53}]\n  - to: [{podSelector: {matchLabels: {name: mysql}}}]\n    ports: [{protocol: TCP, port: 3306}]\n  - to: [{podSelector: {matchLabels: {name: payroll}}}]\n    ports: [{protocol: TCP, port: 8080}]',
    ],
    [
      // A pod's resolver asks over UDP and falls back to TCP only for a truncated answer (resolv.conf(5), RFC 1035
      // 4.2.1): an A record for a Service name fits in UDP, so UDP 53 alone lets the names resolve.
      'DNS over UDP only',
      '  podSelector: {matchLabels: {name: internal}}\n  policyTypes: [Egress]\n  egress:\n  - to: [{podSelector: {matchLabels: {name: payroll}}}]\n    ports: [{port: 8080}]\n  - to: [{podSelector: {matchLabels: {name: mysql}}}]\n    ports: [{port: 3306}]\n  - ports: [{protocol: UDP, port: 53}]',
    ],
  ])('accepts %s, whether db-policy exists or not', (_, body) => {
    expect(verdict(lab, 'internal-policy', run(body))).toBe('ok');
  });

  it.each([
    [
      'no DNS rule',
      '  podSelector: {matchLabels: {name: internal}}\n  policyTypes: [Egress]\n  egress:\n  - to: [{podSelector: {matchLabels: {name: payroll}}}]\n    ports: [{port: 8080}]\n  - to: [{podSelector: {matchLabels: {name: mysql}}}]\n    ports: [{port: 3306}]',
      /DNS 질의가 막혀/,
    ],
    [
      'an extra rule to everything',
      `  podSelector: {matchLabels: {name: internal}}\n  policyTypes: [Egress]\n  egress:\n  - to: [{podSelector: {matchLabels: {name: payroll}}}]\n    ports: [{port: 8080}]\n  - to: [{podSelector: {matchLabels: {name: mysql}}}]\n    ports: [{port: 3306}]\n  - to: [{ipBlock: {cidr: 0.0.0.0/0}}]\n${dns}`,
      /external:8080도 열려/,
    ],
    [
      'podSelector {} where one pod was asked',
      `  podSelector: {}\n  policyTypes: [Egress]\n  egress:\n  - to: [{podSelector: {matchLabels: {name: payroll}}}]\n    ports: [{port: 8080}]\n  - to: [{podSelector: {matchLabels: {name: mysql}}}]\n    ports: [{port: 3306}]\n${dns}`,
      /internal만이 아니라/,
    ],
  ])('refuses %s with the hint that names it', (_, body, hint) => {
    expect(verdict(lab, 'internal-policy', run(body))).toMatch(hint);
  });

  it('refuses another name, since the task names the policy', () => {
    const body = `  podSelector: {matchLabels: {name: internal}}\n  policyTypes: [Egress]\n  egress:\n  - to: [{podSelector: {matchLabels: {name: payroll}}}]\n    ports: [{port: 8080}]\n${dns}`;
    expect(verdict(lab, 'internal-policy', run(body, 'egress-internal'))).toMatch(/metadata\.name: internal-policy/);
  });
});

describe('ingress-2: the Ingress for /wear and /watch', () => {
  const lab = LABS['ingress-2']!;
  const ingress = (meta: string, spec: string) =>
    `apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: ingress-wear-watch\n  namespace: app-space\n${meta}spec:\n${spec}  rules:\n  - ${'$HOST'}http:\n      paths:\n      - {path: /wear, pathType: Prefix, backend: {service: {name: wear-service, port: {number: 8080}}}}\n      - {path: /watch, pathType: Prefix, backend: {service: {name: video-service, port: {number: 8080}}}}\n`;
  const file = (meta: string, spec: string, host = '') => ingress(meta, spec).replace('$HOST', host);

  it.each([
    ['ingressClassName', file('', '  ingressClassName: nginx\n')],
    [
      'the legacy kubernetes.io/ingress.class annotation',
      file('  annotations: {kubernetes.io/ingress.class: nginx}\n', ''),
    ],
    ['host: node01, the name in the task URL', file('', '  ingressClassName: nginx\n', 'host: node01\n    ')],
  ])('accepts %s', (_, text) => {
    expect(verdict(lab, 'create', attempt(lab, { 'i.yaml': text }, ['kubectl apply -f i.yaml']))).toBe('ok');
  });

  it('accepts kubectl create ingress with Prefix rules', () => {
    const shell = attempt(lab, {}, [
      'kubectl create ingress ingress-wear-watch -n app-space --class=nginx --rule=/wear*=wear-service:8080 --rule=/watch*=video-service:8080',
    ]);
    expect(verdict(lab, 'create', shell)).toBe('ok');
  });

  it.each([
    ['no class at all', file('', ''), /class가 없습니다/],
    ['a class nobody serves', file('', '  ingressClassName: traefik\n'), /traefik/],
    [
      'a legacy annotation for another controller',
      file('  annotations: {kubernetes.io/ingress.class: traefik}\n', ''),
      /ingress-nginx의 class/,
    ],
    [
      'another host than the one the task uses',
      file('', '  ingressClassName: nginx\n', 'host: shop.example.com\n    '),
      /\/wear가 어느 Service로도/,
    ],
  ])('refuses %s with the hint that names it', (_, text, hint) => {
    expect(verdict(lab, 'create', attempt(lab, { 'i.yaml': text }, ['kubectl apply -f i.yaml']))).toMatch(hint);
  });
});

describe('ingress-1: /watch becomes /stream, exactly', () => {
  const lab = LABS['ingress-1']!;
  const task = lab.tasks.find((t) => t.id === 'stream')!;
  const solved = (task.kind === 'goal' ? task.files : {})!['ingress-wear-watch.yaml']!;

  it.each([
    ['Prefix /stream', solved],
    ['Exact /stream', solved.replace(/path: \/stream\n(\s+)pathType: Prefix/, 'path: /stream\n$1pathType: Exact')],
  ])('accepts %s', (_, text) => {
    const shell = attempt(lab, { 'ingress-wear-watch.yaml': text }, ['kubectl apply -f ingress-wear-watch.yaml']);
    expect(verdict(lab, 'stream', shell)).toBe('ok');
  });

  it.each([
    [
      '/st, which also catches /stream',
      solved.replace(/path: \/stream\n(\s+)pathType: Prefix/, 'path: /st\n$1pathType: ImplementationSpecific'),
      /글자 그대로/,
    ],
    // With rewrite-target ingress-nginx writes regex locations (~*, case-insensitive), so /stream still
    // reaches /Stream: the check reads the path as written.
    ['/Stream', solved.replace('path: /stream', 'path: /Stream'), /대소문자까지/],
    ['keeping /watch', solved.replace('path: /stream', 'path: /watch'), /`\/watch`가 아직/],
  ])('refuses %s with the hint that names it', (_, text, hint) => {
    const shell = attempt(lab, { 'ingress-wear-watch.yaml': text }, ['kubectl apply -f ingress-wear-watch.yaml']);
    expect(verdict(lab, 'stream', shell)).toMatch(hint);
  });
});
