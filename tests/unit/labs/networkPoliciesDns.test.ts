// The network-policies lab's egress goal: a policy that opens payroll:8080 and mysql:3306 but not DNS makes
// `curl payroll-service:8080` fail with (6) (the resolver's UDP 53 query is egress too), so it does not pass.
import { describe, expect, it } from 'vitest';
import { LABS } from '../../../src/labs';
import { Shell } from '../../../src/terminal/shell';

const lab = LABS['network-policies']!;
const goal = (id: string) => {
  const task = lab.tasks.find((t) => t.id === id);
  if (task?.kind !== 'goal') throw new Error(`${id} is not a goal`);
  return task;
};

function afterApplying(internalPolicy: string): Shell {
  const files: Record<string, string> = { ...lab.files, ...goal('db-policy').files };
  const shell = new Shell({ cluster: lab.cluster, files: () => files, now: () => 0 });
  shell.run('kubectl apply -f db-policy.yaml');
  files['internal-policy.yaml'] = internalPolicy;
  shell.run('kubectl apply -f internal-policy.yaml');
  return shell;
}

describe('network-policies lab: the egress goal needs DNS', () => {
  const solution = goal('internal-policy').files!['internal-policy.yaml']!;
  const withoutDns = solution.slice(0, solution.lastIndexOf('    - ports:'));

  it('the solution passes and curl by name works', () => {
    const shell = afterApplying(solution);
    expect(goal('internal-policy').check(shell.store.cluster)).toEqual({ ok: true });
    expect(shell.run('kubectl exec internal -- curl -s payroll-service:8080').exitCode).toBe(0);
  });

  it('without the 53 rule it fails with a hint about DNS, as curl does', () => {
    const shell = afterApplying(withoutDns);
    const verdict = goal('internal-policy').check(shell.store.cluster);
    expect(verdict.ok).toBe(false);
    expect(verdict.ok ? '' : verdict.hint).toContain('53');
    // -sS: silent, but errors still shown (curl docs, --show-error); -s alone would print nothing.
    expect(shell.run('kubectl exec internal -- curl -sS payroll-service:8080')).toEqual({
      text: 'curl: (6) Could not resolve host: payroll-service\ncommand terminated with exit code 6',
      exitCode: 6,
    });
  });
});
