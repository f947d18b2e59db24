// kubectl describe deployment|replicaset against kubectl's own describe_test.go (kubernetes
// staging/src/k8s.io/kubectl/pkg/describe/describe_test.go TestDescribeDeployment, 1.34). The upstream fixture is
// a Deployment without status or strategy; the lab's Deployment is the same one as the API server holds it,
// so only the expected lines that do not depend on status are compared, each as upstream wrote it.
import { describe, expect, it } from 'vitest';
import { Shell } from '../../../src/terminal/shell';

const CREATED = Date.parse('2021-01-01T00:00:00Z');

// TestDescribeDeployment "deployment with two mounted volumes", as a manifest (the container needs a name to
// pass validation; `strategy: Recreate` keeps the RollingUpdateStrategy line, which upstream's undefaulted
// fixture lacks, out of the first block so the column widths are upstream's).
const DEPLOYMENT = `apiVersion: v1
kind: Namespace
metadata: {name: foo}
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: bar
  namespace: foo
  labels: {k8s-app: bar}
spec:
  replicas: 1
  strategy: {type: Recreate}
  selector: {matchLabels: {k8s-app: bar}}
  template:
    metadata: {labels: {k8s-app: bar}}
    spec:
      containers:
      - name: app
        image: mytest-image:latest
        volumeMounts:
        - {name: vol-foo, mountPath: /tmp/vol-foo}
        - {name: vol-bar, mountPath: /tmp/vol-bar}
      volumes:
      - {name: vol-foo, emptyDir: {}}
      - {name: vol-bar, emptyDir: {}}
`;

function lab(): Shell {
  return new Shell({ cluster: DEPLOYMENT, now: () => CREATED });
}

describe('kubectl describe deployment (describe.go describeDeployment)', () => {
  it('prints the lines upstream expects for a Deployment with two mounted volumes', () => {
    const out = lab().run('kubectl describe deployment bar -n foo');
    expect(out.exitCode).toBe(0);
    for (const line of [
      'Name:               bar\nNamespace:          foo',
      'Labels:             k8s-app=bar',
      'Selector:           k8s-app=bar',
      'Image:        mytest-image:latest',
      'Mounts:\n      /tmp/vol-bar from vol-bar (rw)\n      /tmp/vol-foo from vol-foo (rw)',
      'Node-Selectors:  <none>',
      'Tolerations:     <none>',
    ])
      expect(out.text).toContain(line);
  });

  it('prints the creation time as RFC 1123 with a numeric zone', () => {
    // The lab's cluster was loaded at 2021-01-01T00:00:00Z; objects in it are ten minutes old.
    const sh = new Shell({ cluster: 'apiVersion: v1\nkind: Namespace\nmetadata: {name: foo}\n', now: () => CREATED });
    sh.run('kubectl create deployment bar --image=mytest-image:latest -n foo');
    expect(sh.run('kubectl describe deploy bar -n foo').text).toContain(
      'CreationTimestamp:      Fri, 01 Jan 2021 00:00:00 +0000',
    );
  });

  it('defaults the strategy as the API server does and reports the controller conditions of a finished rollout', () => {
    const sh = new Shell({ cluster: 'apiVersion: v1\nkind: Namespace\nmetadata: {name: foo}\n', now: () => CREATED });
    sh.run('kubectl create deployment web --image=nginx --replicas=3');
    const text = sh.run('kubectl describe deployment web').text;
    // apps/v1 SetDefaults_Deployment: RollingUpdate, 25% / 25% (the kubernetes.io Deployment page shows the same line).
    expect(text).toContain('StrategyType:           RollingUpdate\n');
    expect(text).toContain('RollingUpdateStrategy:  25% max unavailable, 25% max surge\n');
    expect(text).toContain('Replicas:               3 desired | 3 updated | 3 total | 3 available | 0 unavailable\n');
    // kubernetes.io docs/concepts/workloads/controllers/deployment.md, `kubectl describe deployments`.
    expect(text).toContain(
      'Conditions:\n  Type           Status  Reason\n  ----           ------  ------\n  Available      True    MinimumReplicasAvailable\n  Progressing    True    NewReplicaSetAvailable\n',
    );
    expect(text).toMatch(
      /\nOldReplicaSets: {2}<none>\nNewReplicaSet: {3}web-[a-z0-9]+ \(3\/3 replicas created\)\nEvents: {10}<none>$/,
    );
  });
});

describe('kubectl describe replicaset (describe.go describeReplicaSet)', () => {
  it('names its Deployment and counts its pods', () => {
    const sh = lab();
    const name = sh.run('kubectl get rs -n foo -o name').text.replace('replicaset.apps/', '');
    const text = sh.run(`kubectl describe rs ${name} -n foo`).text;
    expect(text).toContain('Controlled By:  Deployment/bar\n');
    expect(text).toContain('Replicas:       1 current / 1 desired\n');
    expect(text).toContain('Pods Status:    1 Running / 0 Waiting / 0 Succeeded / 0 Failed\n');
    expect(text).toContain('Mounts:\n      /tmp/vol-bar from vol-bar (rw)\n      /tmp/vol-foo from vol-foo (rw)');
  });
});
