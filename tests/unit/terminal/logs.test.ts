// kubectl logs against kubectl v0.34.1 pkg/cmd/logs/logs.go, pkg/polymorphichelpers/logsforobject.go and
// helpers.go, and the kubelet's refusals (kubernetes pkg/kubelet/kubelet_pods.go validateContainerLogStatus).
import { describe, expect, it } from 'vitest';
import { clocked, FILES } from './fixtures';

const SIDECAR = `apiVersion: v1
kind: Pod
metadata: {name: two}
spec:
  containers:
  - {name: app, image: nginx}
  - {name: proxy, image: envoyproxy/envoy}
`;

const PENDING = `apiVersion: v1
kind: Pod
metadata: {name: slow}
spec:
  nodeName: node01
  containers:
  - {name: app, image: nginx}
status:
  phase: Pending
  containerStatuses:
  - name: app
    ready: false
    restartCount: 0
    image: nginx
    imageID: ""
    state: {waiting: {reason: ContainerCreating}}
`;

function lab() {
  const { sh } = clocked({ ...FILES, 'two.yaml': SIDECAR, 'slow.yaml': PENDING });
  sh.run('kubectl apply -f two.yaml');
  sh.run('kubectl apply -f slow.yaml');
  return sh;
}

describe('kubectl logs', () => {
  it('takes the first of a Deployment\'s pods and says so (logsforobject.go "Found %v pods, using pod/%v")', () => {
    const sh = lab();
    const pod = sh.run('kubectl get pods -l name=webapp -o name').text.split('\n')[0]!.replace('pod/', '');
    const out = sh.run('kubectl logs deploy/webapp');
    expect(out.exitCode).toBe(0);
    expect(out.text.split('\n')[0]).toBe(`Found 2 pods, using pod/${pod}`);
  });

  it('prints http-echo\'s start-up line: log.Printf("[INFO] server is listening on %s\\n", *listenFlag) (hashicorp/http-echo main.go)', () => {
    const sh = lab();
    const pod = sh.run('kubectl get pods -l name=webapp -o name').text.split('\n')[0]!.replace('pod/', '');
    // The fixture's pods exist from the lab's start (START, 2026-03-01T09:00:00Z) minus the 10 minutes
    // pre-existing objects are given; Go's log prefix is `2006/01/02 15:04:05 `.
    expect(sh.run(`kubectl logs ${pod}`).text).toBe('2026/03/01 08:50:00 [INFO] server is listening on :8080');
    expect(sh.run(`kubectl logs ${pod} --tail=0`).text).toBe('');
    expect(sh.run(`kubectl logs ${pod} --tail=1`).text).toBe('2026/03/01 08:50:00 [INFO] server is listening on :8080');
  });

  it('prints nothing it cannot know: an image whose output is not known logs nothing here', () => {
    expect(lab().run('kubectl logs two -c app')).toEqual({ text: '', exitCode: 0 });
  });

  it('defaults to the first container of several with a note (logsforobject.go "Defaulted container %q out of: %s")', () => {
    expect(lab().run('kubectl logs two').text).toBe('Defaulted container "app" out of: app, proxy');
  });

  it('refuses an unknown container (logsforobject.go "container %s is not valid for pod %s out of: %s")', () => {
    expect(lab().run('kubectl logs two -c nope')).toEqual({
      text: 'error: container nope is not valid for pod two out of: app, proxy',
      exitCode: 1,
    });
    expect(lab().run('kubectl logs two app -c app').text).toBe(
      'error: only one of -c or an inline [CONTAINER] arg is allowed',
    );
  });

  it('wraps NotFound with the namespace (logs.go Complete: "error from server (NotFound): %w in namespace %q")', () => {
    expect(lab().run('kubectl logs nosuch')).toEqual({
      text: 'error: error from server (NotFound): pods "nosuch" not found in namespace "default"',
      exitCode: 1,
    });
    expect(lab().run('kubectl logs deploy/nosuch -n kube-system').text).toBe(
      'error: error from server (NotFound): deployments.apps "nosuch" not found in namespace "kube-system"',
    );
  });

  it('passes on the kubelet\'s refusal for a waiting container ("container %q in pod %q is waiting to start: %v")', () => {
    expect(lab().run('kubectl logs slow')).toEqual({
      text: 'Error from server (BadRequest): container "app" in pod "slow" is waiting to start: ContainerCreating',
      exitCode: 1,
    });
  });

  it('has no previous instance for a container that never restarted ("previous terminated container %q in pod %q not found")', () => {
    expect(lab().run('kubectl logs two -c app --previous').text).toBe(
      'Error from server (BadRequest): previous terminated container "app" in pod "two" not found',
    );
  });

  it('needs a pod or TYPE/NAME (logs.go logsUsageErrStr through cmdutil.UsageErrorf)', () => {
    expect(lab().run('kubectl logs').text).toBe(
      "error: expected 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]'.\nPOD or TYPE/NAME is a required argument for the logs command\nSee 'kubectl logs -h' for help and examples",
    );
  });

  it('cannot take logs through a Service without a selector (helpers.go SelectorsForObject)', () => {
    expect(lab().run('kubectl logs svc/kubernetes').text).toBe(
      "error: cannot get the logs from *v1.Service: invalid service 'kubernetes': Service is defined without a selector",
    );
  });
});
