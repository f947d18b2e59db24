// kubectl rollout history|undo|restart|pause|resume against kubectl v0.34.1 pkg/cmd/rollout/rollout_*.go and
// pkg/polymorphichelpers (history.go, rollback.go, objectrestarter.go, objectpauser.go, objectresumer.go),
// with the revision rules of kubernetes pkg/controller/deployment (sync.go getNewReplicaSet).
import { describe, expect, it } from 'vitest';
import { clocked, shell } from './fixtures';

// history.go: "REVISION\tCHANGE-CAUSE\n" and "%d\t%s\n" through tabwriter (0, 8, 2, ' '), printed by the
// name printer as `deployment.apps/webapp` + " " + operation ("\n" + table), so the first line ends in a space.
const history = (rows: [number, string][]) =>
  'deployment.apps/webapp \nREVISION  CHANGE-CAUSE\n' + rows.map(([r, c]) => `${String(r).padEnd(10)}${c}\n`).join('');

describe('kubectl rollout history', () => {
  it('lists one revision per pod template, with kubernetes.io/change-cause or <none>', () => {
    const sh = shell();
    expect(sh.run('kubectl rollout history deploy/webapp')).toEqual({ text: history([[1, '<none>']]), exitCode: 0 });
    sh.run('kubectl set image deployment/webapp web=nginx:1.27');
    sh.run('kubectl annotate deployment webapp kubernetes.io/change-cause="image updated to 1.27"');
    expect(sh.run('kubectl rollout history deployment webapp').text).toBe(
      history([
        [1, '<none>'],
        [2, 'image updated to 1.27'],
      ]),
    );
  });

  it('makes no revision for a change outside the pod template (scale)', () => {
    const sh = shell();
    sh.run('kubectl scale deploy webapp --replicas=4');
    expect(sh.run('kubectl rollout history deploy/webapp').text).toBe(history([[1, '<none>']]));
  });

  it('prints one revision\'s template with --revision (rollout_history.go "with revision #%d", history.go printTemplate)', () => {
    const sh = shell();
    sh.run('kubectl set image deployment/webapp web=nginx:1.27');
    sh.run('kubectl annotate deployment webapp kubernetes.io/change-cause=v2');
    const hash = sh.run(
      'kubectl get pods -l name=webapp -o jsonpath={.items[0].metadata.labels.pod-template-hash}',
    ).text;
    const out = sh.run('kubectl rollout history deploy/webapp --revision=2');
    expect(out.exitCode).toBe(0);
    // printTemplate writes through a bare PrefixWriter: the tabs stay, the name printer adds the last newline.
    expect(out.text.split('\n').slice(0, 7)).toEqual([
      'deployment.apps/webapp with revision #2',
      'Pod Template:',
      '  Labels:\tname=webapp',
      `\tpod-template-hash=${hash}`,
      '  Annotations:\tkubernetes.io/change-cause: v2',
      '  Containers:',
      '   web:',
    ]);
    expect(out.text.endsWith('\n')).toBe(true);
  });

  it('refuses what rollout_history.go and history.go refuse', () => {
    const sh = shell();
    expect(sh.run('kubectl rollout history').text).toBe('error: required resource not specified');
    expect(sh.run('kubectl rollout history deploy/webapp --revision=7').text).toBe(
      'error: unable to find the specified revision',
    );
  });
});

describe('kubectl rollout undo', () => {
  it('goes back to the previous template, which becomes the newest revision', () => {
    const sh = shell();
    sh.run('kubectl set image deployment/webapp web=nginx:1.27');
    expect(sh.run('kubectl rollout undo deployment/webapp')).toEqual({
      text: 'deployment.apps/webapp rolled back',
      exitCode: 0,
    });
    expect(sh.run('kubectl get deploy webapp -o jsonpath={.spec.template.spec.containers[0].image}').text).toBe(
      'hashicorp/http-echo',
    );
    expect(sh.run('kubectl rollout history deploy/webapp').text).toBe(
      history([
        [2, '<none>'],
        [3, '<none>'],
      ]),
    );
  });

  it('answers as rollback.go does for a missing, the current and a paused revision', () => {
    const sh = shell();
    expect(sh.run('kubectl rollout undo deploy/webapp').text).toBe(
      'error: no rollout history found for deployment "webapp"',
    );
    expect(sh.run('kubectl rollout undo deploy/webapp --to-revision=5').text).toBe(
      'error: unable to find specified revision 5 in history',
    );
    expect(sh.run('kubectl rollout undo deploy/webapp --to-revision=1').text).toBe(
      'deployment.apps/webapp skipped rollback (current template already matches revision 1)',
    );
    sh.run('kubectl set image deployment/webapp web=nginx:1.27');
    sh.run('kubectl rollout pause deploy/webapp');
    expect(sh.run('kubectl rollout undo deploy/webapp').text).toBe(
      "error: you cannot rollback a paused deployment; resume it first with 'kubectl rollout resume' and try again",
    );
  });
});

describe('kubectl rollout restart, pause, resume', () => {
  it('restarts by stamping the template (objectrestarter.go kubectl.kubernetes.io/restartedAt, RFC 3339)', () => {
    const { sh, tick } = clocked();
    expect(sh.run('kubectl rollout restart deployment/webapp').text).toBe('deployment.apps/webapp restarted');
    expect(sh.run('kubectl get deploy webapp -o yaml').text).toContain(
      '    metadata:\n      annotations:\n        kubectl.kubernetes.io/restartedAt: "2026-03-01T09:00:00Z"',
    );
    // client-go util/jsonpath parser.go parseField: a backslash escapes the dots of an annotation key.
    expect(
      sh.run(
        "kubectl get deploy webapp -o jsonpath='{.spec.template.metadata.annotations.kubectl\\.kubernetes\\.io/restartedAt}'",
      ).text,
    ).toBe('2026-03-01T09:00:00Z');
    // rollout_restart.go: the same second gives an empty patch, which it refuses.
    expect(sh.run('kubectl rollout restart deployment/webapp').text).toBe(
      'error: failed to create patch for webapp: if restart has already been triggered within the past second, please wait before attempting to trigger another',
    );
    tick(1000);
    expect(sh.run('kubectl rollout restart deployment/webapp').text).toBe('deployment.apps/webapp restarted');
    expect(sh.run('kubectl rollout history deploy/webapp').text).toBe(
      history([
        [1, '<none>'],
        [2, '<none>'],
        [3, '<none>'],
      ]),
    );
  });

  it('pauses and resumes, and a paused Deployment makes no revision until resumed', () => {
    const sh = shell();
    expect(sh.run('kubectl rollout pause deploy/webapp').text).toBe('deployment.apps/webapp paused');
    expect(sh.run('kubectl rollout pause deploy/webapp')).toEqual({
      text: 'error: deployments.apps "webapp" is already paused',
      exitCode: 1,
    });
    expect(sh.run('kubectl rollout restart deploy/webapp').text).toBe(
      `error: deployments.apps "webapp" can't restart paused deployment (run rollout resume first)`,
    );
    sh.run('kubectl set image deployment/webapp web=nginx:1.27');
    expect(sh.run('kubectl rollout history deploy/webapp').text).toBe(history([[1, '<none>']]));
    expect(sh.run('kubectl rollout resume deploy/webapp').text).toBe('deployment.apps/webapp resumed');
    expect(sh.run('kubectl rollout resume deploy/webapp').text).toBe('error: deployments.apps "webapp" is not paused');
    expect(sh.run('kubectl rollout history deploy/webapp').text).toBe(
      history([
        [1, '<none>'],
        [2, '<none>'],
      ]),
    );
  });
});
