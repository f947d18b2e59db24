import { describe, expect, it } from 'vitest';
import { loadCluster } from '../../../src/engine';
import { joinWorkspace } from '../../../src/ui/workspace';

const pod = `apiVersion: v1
kind: Pod
metadata:
  name: web
  labels: {app: web}
spec:
  containers: [{name: c, image: nginx}]
`;
const service = `---
apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector: {app: web}
  ports: [{port: 80}]
---
`;

describe('joinWorkspace', () => {
  it('joins the scenario and the playgrounds into one stream without empty documents', () => {
    const joined = joinWorkspace(pod, [{ title: 'svc.yml', text: service, errors: 0, edited: true }]);
    const cluster = loadCluster(joined.text);
    expect(cluster.pods.filter((p) => !p.implicit).map((p) => p.name)).toEqual(['web']);
    expect(cluster.services.filter((s) => !s.implicit).map((s) => s.name)).toEqual(['web']);
    expect(cluster.skipped).toEqual([]);
    expect(joined.edited.map((s) => s.title)).toEqual(['svc.yml']);
  });

  it('leaves out a playground with errors and names it', () => {
    const broken = { title: 'svc.yml', text: 'kind: [', errors: 1, edited: true };
    const joined = joinWorkspace(pod, [broken]);
    expect(joined.broken).toEqual([broken]);
    expect(joined.text).not.toContain('kind: [');
    expect(joined.edited).toEqual([]);
  });

  it('works without a scenario', () => {
    expect(joinWorkspace(undefined, [{ title: 'a', text: pod, errors: 0, edited: false }]).text).toBe(pod.trimEnd());
  });
});
