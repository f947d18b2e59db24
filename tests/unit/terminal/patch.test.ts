// kubectl patch against kubectl v0.34.1 pkg/cmd/patch/patch.go, the API server's patch handler
// (apiserver pkg/endpoints/handlers/patch.go) and the behaviour the Kubernetes task "Update API Objects in
// Place Using kubectl patch" (kubernetes.io/docs/tasks/manage-kubernetes-objects/update-api-object-kubectl-patch)
// shows for strategic merge, JSON merge and JSON patches.
import { describe, expect, it } from 'vitest';
import { shell } from './fixtures';

const SIDECAR = `'{"spec":{"template":{"spec":{"containers":[{"name":"patch-demo-ctr-2","image":"redis"}]}}}}'`;

function containerNames(sh: ReturnType<typeof shell>): string {
  return sh.run(`kubectl get deploy webapp -o jsonpath='{.spec.template.spec.containers[*].name}'`).text;
}

describe('kubectl patch', () => {
  it('prints "patched", and "patched (no change)" when the object is the same (patch.go patchOperation)', () => {
    const sh = shell();
    expect(sh.run(`kubectl patch deployment webapp -p '{"spec":{"replicas":3}}'`)).toEqual({
      text: 'deployment.apps/webapp patched',
      exitCode: 0,
    });
    expect(sh.run(`kubectl patch deploy/webapp -p '{"spec":{"replicas":3}}'`).text).toBe(
      'deployment.apps/webapp patched (no change)',
    );
    expect(sh.run('kubectl get deploy webapp -o jsonpath={.spec.replicas}').text).toBe('3');
  });

  it('merges a containers list by name under the default strategic merge patch (the task page: both containers remain)', () => {
    const sh = shell();
    sh.run(`kubectl patch deployment webapp --patch ${SIDECAR}`);
    expect(containerNames(sh)).toBe('web patch-demo-ctr-2');
  });

  it('replaces the list under a JSON merge patch (--type merge: "the containers list ... replaced")', () => {
    const sh = shell();
    sh.run(`kubectl patch deployment webapp --type merge --patch ${SIDECAR}`);
    expect(containerNames(sh)).toBe('patch-demo-ctr-2');
  });

  it('deletes a list item with the $patch: delete directive (strategicpatch)', () => {
    const sh = shell();
    sh.run(`kubectl patch deployment webapp --patch ${SIDECAR}`);
    sh.run(
      `kubectl patch deployment webapp -p '{"spec":{"template":{"spec":{"containers":[{"name":"web","$patch":"delete"}]}}}}'`,
    );
    expect(containerNames(sh)).toBe('patch-demo-ctr-2');
  });

  it('applies JSON patch operations, and fails the whole patch as the API server does when one cannot apply', () => {
    const sh = shell();
    expect(
      sh.run(`kubectl patch deploy webapp --type=json -p='[{"op":"replace","path":"/spec/replicas","value":1}]'`).text,
    ).toBe('deployment.apps/webapp patched');
    // handlers/patch.go: a 422 without details; cmdutil checkErr prints it as an invalid request.
    expect(sh.run(`kubectl patch deploy webapp --type=json -p='[{"op":"remove","path":"/spec/paused"}]'`)).toEqual({
      text: 'The request is invalid: the server rejected our request due to an error in our request',
      exitCode: 1,
    });
  });

  // kubernetes pkg/apis/apps/validation ValidateDeploymentSpec → ValidateNonnegativeField.
  it('validates the patched object as any update', () => {
    expect(shell().run(`kubectl patch deploy webapp --type merge -p '{"spec":{"replicas":-1}}'`).text).toBe(
      'The Deployment "webapp" is invalid: spec.replicas: Invalid value: -1: must be greater than or equal to 0',
    );
  });

  it('refuses what patch.go Validate refuses, in its words', () => {
    const sh = shell();
    expect(sh.run('kubectl patch deploy webapp').text).toBe(
      'error: must specify --patch or --patch-file containing the contents of the patch',
    );
    expect(sh.run(`kubectl patch deploy webapp --type=foo -p '{}'`).text).toBe(
      'error: --type must be one of [json merge strategic], not "foo"',
    );
    expect(sh.run(`kubectl patch deploy nosuch -p '{}'`).text).toBe(
      'Error from server (NotFound): deployments.apps "nosuch" not found',
    );
  });
});
