// State shows in the output: rows computed from status as kubernetes pkg/printers/internalversion/printers.go
// computes them (printPod, printNode, printEndpointSlice, printIngress), labels and selectors printed as
// apimachinery formats them, and the object formats of kubectl get (-o json|jsonpath|custom-columns).
import { describe, expect, it } from 'vitest';
import { Shell } from '../../../src/terminal/shell';
import { lines, START } from './fixtures';

function cluster(text: string, files: Record<string, string> = {}) {
  let now = START;
  const sh = new Shell({ cluster: text, files: () => files, now: () => now });
  return { sh, tick: (ms: number) => (now += ms) };
}

const pod = (name: string, status: string) => `apiVersion: v1
kind: Pod
metadata:
  name: ${name}
spec:
  containers:
  - name: app
    image: nginx
${status}`;

/** Column STATUS, READY, RESTARTS of one pod row. */
function row(sh: Shell, name: string): string[] {
  const out = lines(sh.run(`kubectl get pod ${name}`).text);
  return out[1]!.split(/\s{2,}/).slice(1, 4);
}

describe('pods: READY, STATUS, RESTARTS from status (printers.go printPod)', () => {
  it('prints the waiting reason, the terminated reason, and restarts with the last restart age', () => {
    const { sh } = cluster(
      [
        pod(
          'crash',
          `status:
  phase: Running
  containerStatuses:
  - name: app
    ready: false
    restartCount: 3
    state: {waiting: {reason: CrashLoopBackOff}}
    lastState: {terminated: {exitCode: 1, reason: Error, finishedAt: "2026-03-01T08:58:00Z"}}`,
        ),
        pod(
          'creating',
          `status:\n  phase: Pending\n  containerStatuses:\n  - name: app\n    ready: false\n    restartCount: 0\n    state: {waiting: {reason: ContainerCreating}}`,
        ),
        pod(
          'done',
          `status:\n  phase: Succeeded\n  containerStatuses:\n  - name: app\n    ready: false\n    restartCount: 0\n    state: {terminated: {exitCode: 0, reason: Completed}}`,
        ),
        pod('pending', `status:\n  phase: Pending`),
        pod(
          'notready',
          `status:\n  phase: Running\n  containerStatuses:\n  - name: app\n    ready: false\n    restartCount: 0\n    state: {running: {}}`,
        ),
      ].join('\n---\n'),
    );
    // START is 09:00; the last restart finished two minutes before.
    expect(row(sh, 'crash')).toEqual(['0/1', 'CrashLoopBackOff', '3 (2m ago)']);
    expect(row(sh, 'creating')).toEqual(['0/1', 'ContainerCreating', '0']);
    expect(row(sh, 'done')).toEqual(['0/1', 'Completed', '0']);
    expect(row(sh, 'pending')).toEqual(['0/1', 'Pending', '0']);
    expect(row(sh, 'notready')).toEqual(['0/1', 'Running', '0']);
    // An unscheduled pod has no IP and no node.
    expect(lines(sh.run('kubectl get pod pending -o wide').text)[1]).toMatch(
      /Pending\s+0\s+10m\s+<none>\s+<none>\s+<none>\s+<none>$/,
    );
  });
});

describe('nodes (printers.go printNode)', () => {
  it('prints NotReady and SchedulingDisabled, and -o wide from status.nodeInfo', () => {
    const { sh } = cluster(`apiVersion: v1
kind: Node
metadata:
  name: node01
  labels: {node-role.kubernetes.io/control-plane: ""}
spec:
  unschedulable: true
status:
  conditions: [{type: Ready, status: "True"}]
  addresses: [{type: InternalIP, address: 192.168.1.2}]
  nodeInfo: {kubeletVersion: v1.34.1, osImage: Debian GNU/Linux 12 (bookworm), kernelVersion: 6.1.0-31-amd64, containerRuntimeVersion: containerd://2.1.3}
---
apiVersion: v1
kind: Node
metadata:
  name: node02
status:
  conditions: [{type: Ready, status: "False"}]
  addresses: [{type: InternalIP, address: 192.168.1.3}]
  nodeInfo: {kubeletVersion: v1.34.1}`);
    expect(lines(sh.run('kubectl get nodes -o wide').text)).toEqual([
      'NAME     STATUS                     ROLES           AGE   VERSION   INTERNAL-IP   EXTERNAL-IP   OS-IMAGE                         KERNEL-VERSION   CONTAINER-RUNTIME',
      'node01   Ready,SchedulingDisabled   control-plane   10m   v1.34.1   192.168.1.2   <none>        Debian GNU/Linux 12 (bookworm)   6.1.0-31-amd64   containerd://2.1.3',
      'node02   NotReady                   <none>          10m   v1.34.1   192.168.1.3   <none>        <unknown>                        <unknown>        <unknown>',
    ]);
  });
});

describe('labels and selectors as apimachinery prints them', () => {
  const deployment = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  labels: {app: web, app.kubernetes.io/name: web}
spec:
  selector:
    matchLabels: {app: web}
    matchExpressions: [{key: app.kubernetes.io/name, operator: In, values: [web]}, {key: a, operator: Exists}]
  template:
    metadata:
      labels: {app: web, app.kubernetes.io/name: web, a: x}
    spec:
      containers: [{name: web, image: nginx}]`;

  it('--show-labels joins k=v strings sorted as strings (labels.Set.String)', () => {
    const { sh } = cluster(deployment);
    expect(sh.run('kubectl get deploy web --show-labels').text).toMatch(/app\.kubernetes\.io\/name=web,app=web$/m);
  });

  it('a Deployment SELECTOR sorts requirements by key (LabelSelectorAsSelector, labels.ByKey)', () => {
    const { sh } = cluster(deployment);
    expect(sh.run('kubectl get deploy web -o wide').text).toMatch(/\sa,app=web,app\.kubernetes\.io\/name in \(web\)$/m);
  });
});

describe('endpoints and endpointslices', () => {
  const text = `apiVersion: v1
kind: Service
metadata:
  name: empty
spec:
  selector: {app: none}
  ports: [{port: 80}]`;

  it('prints <none> for a Service without endpoints, and the controller placeholder slice as <unset>', () => {
    const { sh } = cluster(text);
    expect(lines(sh.run('kubectl get endpoints empty').text).at(-1)).toMatch(/^empty\s+<none>\s+10m$/);
    const slices = lines(sh.run('kubectl get endpointslices').text);
    expect(slices[0]).toMatch(/^NAME\s+ADDRESSTYPE\s+PORTS\s+ENDPOINTS\s+AGE$/);
    expect(slices.find((l) => l.startsWith('empty-'))).toMatch(/^empty-\w{5}\s+IPv4\s+<unset>\s+<unset>\s+10m$/);
    expect(slices.find((l) => l.startsWith('kubernetes'))).toMatch(/^kubernetes\s+IPv4\s+6443\s+192\.168\.1\.2\s+10m$/);
  });
});

describe('kubectl get -o json | jsonpath | custom-columns, --field-selector', () => {
  const two = [pod('a', 'status:\n  phase: Running\n  podIP: 10.244.0.5'), pod('b', 'status:\n  phase: Pending')].join(
    '\n---\n',
  );

  it('prints jsonpath templates with range and literals', () => {
    const { sh } = cluster(two);
    expect(sh.run(`kubectl get pods -o jsonpath='{.items[*].metadata.name}'`).text).toBe('a b');
    expect(
      sh.run(`kubectl get pods -o jsonpath='{range .items[*]}{.metadata.name}{"\\t"}{.status.phase}{"\\n"}{end}'`).text,
    ).toBe('a\tRunning\nb\tPending\n');
    expect(sh.run(`kubectl get pod a -o jsonpath={.status.podIP}`).text).toBe('10.244.0.5');
    expect(sh.run(`kubectl get pods -o jsonpath='{.items[?(@.status.phase=="Pending")].metadata.name}'`).text).toBe(
      'b',
    );
  });

  it('prints custom columns with <none> for a missing value', () => {
    const { sh } = cluster(two);
    expect(lines(sh.run('kubectl get pods -o custom-columns=NAME:.metadata.name,IP:.status.podIP').text)).toEqual([
      'NAME   IP',
      'a      10.244.0.5',
      'b      <none>',
    ]);
  });

  it('prints JSON with four-space indents (json.MarshalIndent)', () => {
    const { sh } = cluster(two);
    expect(sh.run('kubectl get pod a -o json').text).toMatch(/^\{\n {4}"apiVersion": "v1",\n {4}"kind": "Pod",/);
  });

  it('filters with --field-selector and refuses a field the kind does not offer', () => {
    const { sh } = cluster(two);
    expect(sh.run('kubectl get pods --field-selector status.phase=Pending -o name').text).toBe('pod/b');
    expect(sh.run('kubectl get pods --field-selector status.phase!=Pending -o name').text).toBe('pod/a');
    expect(sh.run('kubectl get svc --field-selector status.phase=Running').text).toBe(
      'Error from server (BadRequest): Unable to find "/v1, Resource=services" that match label selector "", field selector "status.phase=Running": field label not supported: status.phase',
    );
  });
});

describe('ingress: ADDRESS after ingress-nginx publishes it, PORTS with tls, the default class', () => {
  const controller = `apiVersion: v1
kind: Pod
metadata:
  name: ingress-nginx-controller
  namespace: ingress-nginx
  labels: {app.kubernetes.io/name: ingress-nginx, app.kubernetes.io/component: controller}
spec:
  containers: [{name: controller, image: registry.k8s.io/ingress-nginx/controller:v1.13.0}]
---
apiVersion: networking.k8s.io/v1
kind: IngressClass
metadata:
  name: nginx
  annotations: {ingressclass.kubernetes.io/is-default-class: "true"}
spec:
  controller: k8s.io/ingress-nginx`;
  const ingress = `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: web
spec:
  tls: [{hosts: [a.example.com], secretName: a-tls}]
  rules:
  - host: a.example.com
    http:
      paths: [{path: /, pathType: Prefix, backend: {service: {name: missing, port: {number: 80}}}}]`;

  it('fills the default class at create, shows ADDRESS from the next status sync, PORTS 80, 443', () => {
    const { sh, tick } = cluster(controller, { 'ing.yaml': ingress });
    expect(sh.run('kubectl apply -f ing.yaml').text).toBe('ingress.networking.k8s.io/web created');
    expect(lines(sh.run('kubectl get ing web').text)[1]).toMatch(/^web\s+nginx\s+a\.example\.com\s+80, 443\s+0s$/);
    tick(60_000);
    expect(lines(sh.run('kubectl get ing web').text)[1]).toMatch(
      /^web\s+nginx\s+a\.example\.com\s+192\.168\.1\.2\s+80, 443\s+60s$/,
    );
  });

  it('describes a backend whose Service is missing as describe.go does', () => {
    const { sh } = cluster(controller, { 'ing.yaml': ingress });
    sh.run('kubectl apply -f ing.yaml');
    expect(sh.run('kubectl describe ing web').text).toContain('missing:80 (<error: services "missing" not found>)');
  });
});
