// Every lab is solvable by its own solutions, in order; before that, each goal fails with a hint;
// typical wrong attempts get the hint that names their mistake.
import { describe, expect, it } from 'vitest';
import { LABS, checkAnswer, type Lab } from '../../../src/labs';
import { Shell } from '../../../src/terminal/shell';

function start(lab: Lab) {
  const files = { ...lab.files };
  const shell = new Shell({ cluster: lab.cluster, files: () => files, now: () => 0 });
  return { files, shell };
}

/** Runs a goal's solution: its files saved into the editors, its commands typed. */
function solve(lab: Lab, taskId: string, session: ReturnType<typeof start>): void {
  const task = lab.tasks.find((t) => t.id === taskId);
  if (task?.kind !== 'goal') throw new Error(`${taskId} is not a goal`);
  Object.assign(session.files, task.files ?? {});
  for (const command of task.commands) expect(session.shell.run(command).exitCode, command).toBe(0);
}

function hintOf(lab: Lab, taskId: string, session: ReturnType<typeof start>): string {
  const task = lab.tasks.find((t) => t.id === taskId);
  if (task?.kind !== 'goal') throw new Error(`${taskId} is not a goal`);
  const verdict = task.check(session.shell.store.cluster);
  return verdict.ok ? '' : verdict.hint;
}

describe.each(Object.values(LABS))('lab $id', (lab) => {
  it('has 6–10 tasks, and a clean starting cluster', () => {
    expect(lab.tasks.length).toBeGreaterThanOrEqual(6);
    expect(lab.tasks.length).toBeLessThanOrEqual(10);
    const { shell } = start(lab);
    expect(shell.store.cluster.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(shell.store.cluster.skipped).toEqual([]);
  });

  it('is solved by its own solutions, in order, and no goal is done before its solution', () => {
    const session = start(lab);
    for (const task of lab.tasks) {
      if (task.kind === 'question') {
        expect(checkAnswer(task, task.answer)).toEqual({ ok: true });
        expect(checkAnswer(task, 'definitely wrong')).toEqual({ ok: false, hint: task.hint });
        continue;
      }
      const before = task.check(session.shell.store.cluster);
      expect(before.ok, `${task.id} before its solution`).toBe(false);
      solve(lab, task.id, session);
      expect(task.check(session.shell.store.cluster), task.id).toEqual({ ok: true });
    }
  });

  it('gives every goal a revealable solution with commands', () => {
    for (const task of lab.tasks.filter((t) => t.kind === 'goal')) {
      expect(task.solution).not.toBe('');
      expect(task.commands.length).toBeGreaterThan(0);
    }
  });
});

describe('answers the terminal prints are the answers the questions take', () => {
  it('services: curl through the new NodePort prints the expected line', () => {
    const lab = LABS.services!;
    const session = start(lab);
    solve(lab, 'nodeport', session);
    const task = lab.tasks.find((t) => t.id === 'curl')!;
    expect(task.kind === 'question' && checkAnswer(task, session.shell.run('curl http://node01:30080').text).ok).toBe(
      true,
    );
  });

  it("ingress-2: the 404 before rewrite-target comes from the app's nginx", () => {
    const lab = LABS['ingress-2']!;
    const session = start(lab);
    solve(lab, 'create', session);
    const out = session.shell.run('curl http://node01:30080/wear').text;
    const server = /<hr><center>(.*)<\/center>/.exec(out)?.[1] ?? '';
    const task = lab.tasks.find((t) => t.id === 'who-404')!;
    expect(task.kind === 'question' && checkAnswer(task, server).ok).toBe(true);
  });

  it('network-policies: once solved, internal reaches payroll by name and nothing else', () => {
    const lab = LABS['network-policies']!;
    const session = start(lab);
    solve(lab, 'db-policy', session);
    solve(lab, 'internal-policy', session);
    expect(session.shell.run('kubectl exec internal -- curl -s payroll-service:8080').text).toBe(
      'Server Name: Payroll',
    );
    expect(session.shell.run('kubectl exec internal -- curl -s external-service:8080').exitCode).toBe(28);
  });

  it('network-policies: external → payroll ends in curl error 28', () => {
    const lab = LABS['network-policies']!;
    const out = start(lab).shell.run('kubectl exec external -- curl payroll-service:8080').text;
    expect(out).toMatch(/^curl: \(28\)/);
  });
});

describe('wrong attempts get the hint that names the mistake', () => {
  it("services: the notes' nodePort 30008 instead of 30080", () => {
    const lab = LABS.services!;
    const session = start(lab);
    session.files['service-definition-1.yaml'] = (
      lab.tasks.find((t) => t.id === 'nodeport') as { files: Record<string, string> }
    ).files['service-definition-1.yaml']!.replace('30080', '30008');
    session.shell.run('kubectl create -f service-definition-1.yaml');
    expect(hintOf(lab, 'nodeport', session)).toMatch(/nodePort.*30008/);
  });

  it('services: a selector that matches no pod', () => {
    const lab = LABS.services!;
    const session = start(lab);
    session.files['service-definition-1.yaml'] = (
      lab.tasks.find((t) => t.id === 'nodeport') as { files: Record<string, string> }
    ).files['service-definition-1.yaml']!.replace('name: simple-webapp', 'app: simple-webapp');
    session.shell.run('kubectl create -f service-definition-1.yaml');
    expect(hintOf(lab, 'nodeport', session)).toMatch(/selector/);
  });

  it('ingress-1: adding /stream but keeping /watch', () => {
    const lab = LABS['ingress-1']!;
    const session = start(lab);
    session.shell.run('kubectl create ingress extra -n app-space --class=nginx --rule=/stream*=video-service:8080');
    expect(hintOf(lab, 'stream', session)).toMatch(/\/watch.*video-service/);
  });

  it('ingress-2: an Ingress in the default namespace, then one without ingressClassName', () => {
    const lab = LABS['ingress-2']!;
    const session = start(lab);
    session.shell.run('kubectl create ingress ingress-wear-watch --class=nginx --rule=/wear*=wear-service:8080');
    expect(hintOf(lab, 'create', session)).toMatch(/default namespace/);
    session.shell.run(
      'kubectl create ingress ingress-wear-watch -n app-space --rule=/wear*=wear-service:8080 --rule=/watch*=video-service:8080',
    );
    expect(hintOf(lab, 'create', session)).toMatch(/ingressClassName/);
  });

  it('ingress-2: the Ingress works but the pods still get /wear', () => {
    const lab = LABS['ingress-2']!;
    const session = start(lab);
    solve(lab, 'create', session);
    expect(hintOf(lab, 'rewrite', session)).toMatch(/rewrite-target/);
  });

  it('network-policies: a db policy that lets every pod in', () => {
    const lab = LABS['network-policies']!;
    const session = start(lab);
    session.files['db-policy.yaml'] =
      'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: db-policy\nspec:\n  podSelector:\n    matchLabels:\n      name: mysql\n  ingress:\n  - from:\n    - podSelector: {}\n    ports:\n    - port: 3306\n';
    session.shell.run('kubectl apply -f db-policy.yaml');
    expect(hintOf(lab, 'db-policy', session)).toMatch(/external pod도/);
  });

  it('network-policies: one egress rule that mixes both pods and both ports', () => {
    const lab = LABS['network-policies']!;
    const session = start(lab);
    solve(lab, 'db-policy', session);
    session.files['internal-policy.yaml'] =
      'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: internal-policy\nspec:\n  podSelector:\n    matchLabels:\n      name: internal\n  policyTypes: [Egress]\n  egress:\n  - to:\n    - podSelector: {matchLabels: {name: payroll}}\n    - podSelector: {matchLabels: {name: mysql}}\n    ports:\n    - port: 8080\n    - port: 3306\n';
    session.shell.run('kubectl apply -f internal-policy.yaml');
    expect(hintOf(lab, 'internal-policy', session)).toMatch(/payroll:3306/);
  });
});
