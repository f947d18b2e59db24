// kubectl wait against kubectl v0.34.1 pkg/cmd/wait/wait.go, condition.go, delete.go and json.go. The lab
// settles at once, so a condition that does not hold now is the timeout kubectl would reach.
import { describe, expect, it } from 'vitest';
import { shell } from './fixtures';

function podNames(sh: ReturnType<typeof shell>): string[] {
  return sh
    .run('kubectl get pods -l name=webapp -o name')
    .text.split('\n')
    .map((line) => line.replace('pod/', ''));
}

describe('kubectl wait', () => {
  it('prints "condition met" through the name printer (NewPrintFlags("condition met"))', () => {
    const sh = shell();
    const [first, second] = podNames(sh);
    expect(sh.run(`kubectl wait --for=condition=Ready pod/${first}`)).toEqual({
      text: `pod/${first} condition met`,
      exitCode: 0,
    });
    expect(sh.run('kubectl wait --for=condition=Ready pods -l name=webapp').text).toBe(
      `pod/${first} condition met\npod/${second} condition met`,
    );
    // condition.go checkCondition compares type and status with strings.EqualFold.
    expect(sh.run('kubectl wait --for=condition=available deployment/webapp').text).toBe(
      'deployment.apps/webapp condition met',
    );
    expect(sh.run('kubectl wait --for=jsonpath={.spec.replicas}=2 deploy/webapp').text).toBe(
      'deployment.apps/webapp condition met',
    );
  });

  it('times out on a condition that does not hold (extendErrWaitTimeout: "%s on %s/%s", resource plural)', () => {
    const sh = shell();
    expect(sh.run('kubectl wait --for=condition=Complete deploy/webapp --timeout=5s')).toEqual({
      text: 'error: timed out waiting for the condition on deployments/webapp',
      exitCode: 1,
    });
    expect(sh.run('kubectl wait --for=delete deploy/webapp --timeout=10s').text).toBe(
      'error: timed out waiting for the condition on deployments/webapp',
    );
    // --timeout=0 checks once: "condition not met for %s" with info.ObjectName() (group included).
    expect(sh.run('kubectl wait --for=condition=Complete deploy/webapp --timeout=0').text).toBe(
      'error: condition not met for deployments.apps/webapp',
    );
  });

  it('is done at once for --for=delete of what is gone (NotFound ignored, nothing printed)', () => {
    expect(shell().run('kubectl wait --for=delete pod/gone')).toEqual({ text: '', exitCode: 0 });
  });

  it('refuses what wait.go refuses, in its words', () => {
    const sh = shell();
    expect(sh.run('kubectl wait --for=ready pod/x').text).toBe('error: unrecognized condition: "ready"');
    expect(sh.run('kubectl wait --for=condition=Ready pod -l name=nobody').text).toBe(
      'error: no matching resources found',
    );
    expect(sh.run('kubectl wait --for=condition=Ready pod/nosuch').text).toBe(
      'Error from server (NotFound): pods "nosuch" not found',
    );
    expect(sh.run("kubectl wait --for=jsonpath='{.status.phase}'= pod/x").text).toBe(
      "error: jsonpath wait has to have a value after equal sign, like --for=jsonpath='{.status.readyReplicas}'=3",
    );
  });
});
