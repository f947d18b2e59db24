// kubectl describe pod: the Conditions table and the Events section (kubernetes
// staging/src/k8s.io/kubectl/pkg/describe/describe.go describePod, DescribeEvents).
import { describe, expect, it } from 'vitest';
import { Shell } from '../../../src/terminal/shell';
import { clocked } from './fixtures';

// A published `kubectl describe pod` of a running pod on a 1.3x cluster (kubelet with
// PodReadyToStartContainers): the five conditions in the order kubelet and the scheduler write them, each status
// followed by the space of describe.go's "%v \t%v \n".
const RUNNING_CONDITIONS = `Conditions:
  Type                        Status
  PodReadyToStartContainers   True 
  Initialized                 True 
  Ready                       True 
  ContainersReady             True 
  PodScheduled                True 
`;

describe('kubectl describe pod: Conditions', () => {
  it('lists the five conditions of a running, ready pod', () => {
    const { sh } = clocked();
    const pod = sh.run('kubectl get pods -o name').text.split('\n')[0]!;
    expect(sh.run(`kubectl describe ${pod}`).text).toContain(RUNNING_CONDITIONS);
  });

  it('prints the conditions a pod document holds, in its order', () => {
    const sh = new Shell({
      cluster: `apiVersion: v1
kind: Pod
metadata: {name: probe}
spec:
  containers: [{name: app, image: nginx}]
status:
  phase: Running
  podIP: 10.244.0.9
  conditions:
  - {type: Initialized, status: "True"}
  - {type: Ready, status: "False"}
  - {type: ContainersReady, status: "False"}
  - {type: PodScheduled, status: "True"}
`,
    });
    const text = sh.run('kubectl describe pod probe').text;
    expect(text).toContain(
      'Conditions:\n  Type              Status\n  Initialized       True \n  Ready             False \n  ContainersReady   False \n  PodScheduled      True \n',
    );
    // Nothing is known of such a pod's history; `Events:` lines up with the volume block above it.
    expect(text).toMatch(/\nEvents: {22}<none>$/);
  });
});

// The same published sessions after the conditions: the token volume the ServiceAccount admission plugin adds
// (its five characters are random), BestEffort without resources, and DefaultTolerationSeconds' two tolerations.
const ADMITTED_TAIL =
  /\nVolumes:\n {2}kube-api-access-[a-z0-9]{5}:\n {4}Type: {20}Projected \(a volume that contains injected data from multiple sources\)\n {4}TokenExpirationSeconds: {2}3607\n {4}ConfigMapName: {11}kube-root-ca\.crt\n {4}Optional: {16}false\n {4}DownwardAPI: {13}true\nQoS Class: {19}BestEffort\nNode-Selectors: {14}<none>\nTolerations: {17}node\.kubernetes\.io\/not-ready:NoExecute op=Exists for 300s\n {29}node\.kubernetes\.io\/unreachable:NoExecute op=Exists for 300s\nEvents:/;

describe('kubectl describe pod: what admission added', () => {
  it('shows the token volume, its mount, the QoS class and the default tolerations', () => {
    const { sh } = clocked();
    sh.run('kubectl run web --image=nginx');
    const text = sh.run('kubectl describe pod web').text;
    expect(text).toMatch(ADMITTED_TAIL);
    expect(text).toMatch(
      /\n {4}Mounts:\n {6}\/var\/run\/secrets\/kubernetes\.io\/serviceaccount from kube-api-access-[a-z0-9]{5} \(ro\)\n/,
    );
  });
});

describe('kubectl describe pod: Events', () => {
  it("shows the scheduler's binding while the event lives, then nothing after the event TTL", () => {
    const { sh, tick } = clocked();
    sh.run('kubectl run web --image=nginx');
    tick(5000);
    const text = sh.run('kubectl describe pod web').text;
    // DescribeEvents' table; the message is the scheduler's (pkg/scheduler/schedule_one.go
    // "Successfully assigned %v/%v to %v"), as in the published session above:
    // "  Normal  Scheduled  2s    default-scheduler  Successfully assigned s10-lifecycle/lifecycle-running to saniya-k8s".
    expect(text).toMatch(
      /\nEvents:\n {2}Type {4}Reason {5}Age {3}From {15}Message\n {2}----  {3}------ {5}---- {2}---- {15}-------\n {2}Normal {2}Scheduled {2}5s {4}default-scheduler {2}Successfully assigned default\/web to node\d+$/,
    );
    // kube-apiserver --event-ttl defaults to one hour.
    tick(60 * 60 * 1000);
    expect(sh.run('kubectl describe pod web').text).toMatch(/\nEvents: +<none>$/);
  });
});

describe('kubectl describe pod: the pod spec', () => {
  it('writes tolerations as TestDescribePodTolerations expects (describe_test.go)', () => {
    const sh = new Shell({
      cluster: `apiVersion: v1
kind: Namespace
metadata: {name: foo}
---
apiVersion: v1
kind: Pod
metadata: {name: bar, namespace: foo}
spec:
  containers: [{name: app, image: nginx}]
  tolerations:
  - {operator: Exists}
  - {effect: NoSchedule, operator: Exists}
  - {key: key0, operator: Exists}
  - {key: key1, value: value1}
  - {key: key2, operator: Equal, value: value2, effect: NoSchedule}
  - {key: key3, value: value3, effect: NoExecute, tolerationSeconds: 300}
  - {key: key4, effect: NoExecute, tolerationSeconds: 60}
`,
    });
    const out = sh.run('kubectl describe pod bar -n foo').text;
    for (const part of [
      '  op=Exists\n',
      ':NoSchedule op=Exists\n',
      'key0 op=Exists\n',
      'key1=value1\n',
      'key2=value2:NoSchedule\n',
      'key3=value3:NoExecute for 300s\n',
      'key4:NoExecute for 60s\n',
      'Tolerations:',
    ])
      expect(out).toContain(part);
  });

  it('shows a finished init container, fieldRef values and requests defaulted from limits', () => {
    const sh = new Shell({
      cluster: `apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  initContainers: [{name: init, image: busybox, command: [sh, -c, "echo hi"]}]
  containers:
  - name: app
    image: nginx
    env: [{name: POD, valueFrom: {fieldRef: {fieldPath: metadata.name}}}]
    resources: {limits: {cpu: 500m, memory: 128Mi}}
`,
    });
    const out = sh.run('kubectl describe pod p').text;
    // describeStatus for a terminated container: Reason, Exit Code, Started, Finished (describe_test.go
    // TestDescribePod expects those words); "Completed" with exit code 0 is how kubelet ends an init container.
    expect(out).toMatch(
      /\n {4}State: {10}Terminated\n {6}Reason: {7}Completed\n {6}Exit Code: {4}0\n {6}Started: {6}.+\n {6}Finished: {5}.+\n {4}Ready: {10}True\n/,
    );
    // EnvValueRetriever resolves the fieldRef against the pod: "%s:\t%s (%s:%s)".
    expect(out).toContain('      POD:  p (v1:metadata.name)\n');
    // core/v1 SetDefaults_Pod requests the limits; with cpu and memory both so, GetPodQOS says Guaranteed.
    expect(out).toContain('    Requests:\n      cpu:     500m\n      memory:  128Mi\n');
    expect(out).toMatch(/\nQoS Class: +Guaranteed\n/);
  });
});
