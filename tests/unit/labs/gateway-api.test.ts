// The Gateway API lab is graded by meaning: solutions written differently from the lab's own pass, and
// typical mistakes fail with the hint that names them. What counts as right follows the spec
// (kubernetes-sigs/gateway-api apis/v1/httproute_types.go: weights are proportions, RequestRedirect keeps
// what it does not replace; gateway_types.go: allowedRoutes defaults to namespaces from Same).
import { describe, expect, it } from 'vitest';
import { LABS, type GoalTask, type Lab } from '../../../src/labs';
import { Shell } from '../../../src/terminal/shell';

const lab = LABS['gateway-api'] as Lab;

function goal(id: string): GoalTask {
  const task = lab.tasks.find((t) => t.id === id);
  if (task?.kind !== 'goal') throw new Error(`${id} is not a goal`);
  return task;
}

function start() {
  const files: Record<string, string> = { ...lab.files };
  const shell = new Shell({ cluster: lab.cluster, files: () => files, now: () => 0 });
  return {
    files,
    shell,
    /** Writes a file and applies it; the apply must succeed. */
    apply(name: string, text: string) {
      files[name] = text;
      const out = shell.run(`kubectl apply -f ${name}`);
      expect(out.exitCode, out.text).toBe(0);
    },
    run(command: string) {
      const out = shell.run(command);
      expect(out.exitCode, out.text).toBe(0);
    },
    verdict(id: string) {
      return goal(id).check(shell.store.cluster);
    },
    solve(id: string) {
      Object.assign(files, goal(id).files ?? {});
      for (const command of goal(id).commands) expect(shell.run(command).exitCode, command).toBe(0);
    },
  };
}

/** Two routes instead of one: one per app, each with its own hostnames and a single rule. */
const PER_APP_ROUTES = ['coffee', 'tea']
  .map(
    (app) => `apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata:
  name: ${app}
spec:
  parentRefs: [{name: cafe-gateway}]
  hostnames: [cafe.example.com]
  rules:
  - matches: [{path: {type: PathPrefix, value: /${app}}}]
    backendRefs: [{name: ${app}-service, port: 80}]
`,
  )
  .join('---\n');

describe('lab gateway-api: other right solutions pass', () => {
  it('publish: one route per app, written in flow style', () => {
    const s = start();
    s.apply('cafe-route.yaml', PER_APP_ROUTES);
    expect(s.verdict('publish')).toEqual({ ok: true });
  });

  it('split: 9 and 1 are the same proportion as 90 and 10', () => {
    const s = start();
    s.solve('publish');
    s.apply(
      'cafe-route.yaml',
      goal('split').files!['cafe-route.yaml']!.replace('weight: 90', 'weight: 9').replace('weight: 10', 'weight: 1'),
    );
    expect(s.verdict('split')).toEqual({ ok: true });
  });

  it('redirect: the redirect route without hostnames, apps attached to the https listener by port', () => {
    const s = start();
    s.solve('publish');
    s.solve('split');
    s.apply(
      'cafe-route.yaml',
      goal('split').files!['cafe-route.yaml']!.replace(
        '    - name: cafe-gateway\n',
        '    - name: cafe-gateway\n      port: 443\n',
      ),
    );
    s.apply(
      'redirect-route.yaml',
      `apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata:
  name: to-https
spec:
  parentRefs: [{name: cafe-gateway, port: 80}]
  rules:
  - filters:
    - type: RequestRedirect
      requestRedirect: {scheme: https, statusCode: 301}
`,
    );
    expect(s.verdict('redirect')).toEqual({ ok: true });
  });

  it('juice: a Selector on the namespace name label, on the https listener only', () => {
    const s = start();
    s.apply(
      'gateway.yaml',
      lab.files['gateway.yaml']!.replace(
        '      port: 443\n',
        '      port: 443\n      allowedRoutes:\n        namespaces:\n          from: Selector\n          selector:\n            matchLabels:\n              kubernetes.io/metadata.name: juice\n',
      ),
    );
    expect(s.verdict('juice')).toEqual({ ok: true });
  });

  it('juice: a label of your own on the namespace and a Selector for it', () => {
    const s = start();
    s.run('kubectl label namespace juice gateway-access=cafe');
    s.apply(
      'gateway.yaml',
      lab.files['gateway.yaml']!.replace(
        /( {6}port: (80|443)\n)/g,
        '$1      allowedRoutes:\n        namespaces:\n          from: Selector\n          selector:\n            matchLabels:\n              gateway-access: cafe\n',
      ),
    );
    expect(s.verdict('juice')).toEqual({ ok: true });
  });
});

describe('lab gateway-api: wrong attempts get the hint that names the mistake', () => {
  it('publish without hostnames: another host reaches coffee', () => {
    const s = start();
    s.apply('cafe-route.yaml', goal('publish').files!['cafe-route.yaml']!.replace(/ {2}hostnames:\n.*\n/, ''));
    const verdict = s.verdict('publish');
    expect(verdict.ok).toBe(false);
    expect(!verdict.ok && verdict.hint).toMatch(/hostnames/);
  });

  it('publish attached to the http listener only: https finds nothing', () => {
    const s = start();
    s.apply(
      'cafe-route.yaml',
      goal('publish').files!['cafe-route.yaml']!.replace(
        '    - name: cafe-gateway\n',
        '    - name: cafe-gateway\n      sectionName: http\n',
      ),
    );
    const verdict = s.verdict('publish');
    expect(!verdict.ok && verdict.hint).toMatch(/sectionName/);
  });

  it('split 50/50 names the weights it found', () => {
    const s = start();
    s.solve('publish');
    s.apply('cafe-route.yaml', goal('split').files!['cafe-route.yaml']!.replace('weight: 90', 'weight: 10'));
    const verdict = s.verdict('split');
    expect(!verdict.ok && verdict.hint).toMatch(/tea-service 10 : tea-v2-service 10/);
  });

  it('redirect route added while the app route still takes http: the longer prefix wins over the redirect', () => {
    const s = start();
    s.solve('publish');
    s.solve('split');
    s.apply('redirect-route.yaml', goal('redirect').files!['redirect-route.yaml']!);
    const verdict = s.verdict('redirect');
    expect(!verdict.ok && verdict.hint).toMatch(/sectionName: https/);
  });

  it('redirect with the default status code (302)', () => {
    const s = start();
    s.solve('publish');
    s.solve('split');
    s.solve('redirect');
    s.apply(
      'redirect-route.yaml',
      goal('redirect').files!['redirect-route.yaml']!.replace('            statusCode: 301\n', ''),
    );
    const verdict = s.verdict('redirect');
    expect(!verdict.ok && verdict.hint).toMatch(/302/);
  });

  it('juice: a Selector that matches no namespace keeps NotAllowedByListeners', () => {
    const s = start();
    s.apply(
      'gateway.yaml',
      lab.files['gateway.yaml']!.replace(
        /( {6}port: (80|443)\n)/g,
        '$1      allowedRoutes:\n        namespaces:\n          from: Selector\n          selector:\n            matchLabels:\n              team: juice\n',
      ),
    );
    const verdict = s.verdict('juice');
    expect(!verdict.ok && verdict.hint).toMatch(/NotAllowedByListeners/);
  });
});
