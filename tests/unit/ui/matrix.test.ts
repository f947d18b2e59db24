// The policy matrix's view (src/ui/matrix.ts): above 60 pods, groups of pods with the same namespace and labels.
// Expected answers follow the NetworkPolicy semantics in kubernetes.io "Network Policies": a pod selected by an
// Ingress policy accepts only what a rule allows; a pod no policy selects accepts everything.
import { describe, expect, it } from 'vitest';
import { checkPolicy, loadCluster, reachability } from '../../../src/engine';
import { GROUP_ABOVE, matrixOf, type MatrixCell } from '../../../src/ui/matrix';
import { matrixTree } from '../../../src/ui/matrix-tree';
import { toMarkup } from '../../../src/ui/svg';

const pod = (name: string, labels: Record<string, string>) =>
  `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\n  labels:\n${Object.entries(labels)
    .map(([k, v]) => `    ${k}: ${v}`)
    .join('\n')}\nspec:\n  containers:\n    - name: c\n      image: mysql\n      ports:\n        - containerPort: 3306`;

const policy = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: db-policy
spec:
  podSelector:
    matchLabels:
      role: db
  policyTypes:
    - Ingress
  ingress:
    - from:
        - podSelector:
            matchLabels:
              name: api-pod
      ports:
        - protocol: TCP
          port: 3306`;

function cluster(db: number, api: number): string {
  const docs = [policy];
  for (let i = 0; i < db; i++) docs.push(pod(`db-${i}`, { role: 'db' }));
  for (let i = 0; i < api; i++) docs.push(pod(`api-${i}`, { name: 'api-pod' }));
  return docs.join('\n---\n');
}

const engine = { checkPolicy, reachability };

describe('matrixOf', () => {
  it('shows every pod up to the limit', () => {
    const view = matrixOf(engine, loadCluster(cluster(2, 1)), 3306, 'TCP');
    expect(view.groups).toBeUndefined();
    // Rows and columns in document order. A pod may always reach itself ("a pod cannot block access to
    // itself", kubernetes.io Network Policies).
    expect(view.labels).toEqual(['db-0', 'db-1', 'api-0']);
    expect(view.cells.map((row) => row.map((c) => c.allowed))).toEqual([
      [true, false, true],
      [false, true, true],
      [true, true, true],
    ]);
  });

  it('groups pods with the same labels above the limit, with counts', () => {
    const view = matrixOf(engine, loadCluster(cluster(40, GROUP_ABOVE)), 3306, 'TCP');
    expect(view.pods).toHaveLength(40 + GROUP_ABOVE);
    expect(view.labels).toEqual(['{role=db} (40)', `{name=api-pod} (${GROUP_ABOVE})`]);
    expect(view.groups!.map((g) => g.length)).toEqual([40, GROUP_ABOVE]);
    const [[dbDb, dbApi], [apiDb, apiApi]] = view.cells as [[MatrixCell, MatrixCell], [MatrixCell, MatrixCell]];
    expect(apiDb).toMatchObject({ allowed: true, pairs: { allowed: 40 * GROUP_ABOVE, total: 40 * GROUP_ABOVE } });
    expect(apiApi.allowed).toBe(true);
    expect(dbApi.allowed).toBe(true);
    // Between db pods only each pod's connection to itself is allowed: 40 of 40 × 40 pairs.
    expect(dbDb).toMatchObject({ allowed: false, pairs: { allowed: 40, total: 1600 } });
    expect(dbDb.explanation).toContain('db-policy');
    // Two rows, two columns: four cells, not ten thousand.
    const markup = matrixTree(view, 'pm', 3306, 'TCP', []).map(toMarkup).join('');
    expect(markup.match(/class="pm-cell"/g)).toHaveLength(4);
    expect(markup).toContain('<summary>{role=db} (40)</summary>');
  });
});
