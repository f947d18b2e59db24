// DESIGN.md budget: a 200-pod × 100-policy reachability matrix in well under a second.
// The cluster is loaded once (loadCluster's cost is not the policy engine's); "compile + matrix" is the
// first query on a fresh cluster object, so it includes compiling the policies.
import { checkPolicy, loadCluster, reachability } from '../../src/engine';
import type { BenchRow } from '../bench';

const PODS = 200;
const POLICIES = 100;
const NAMESPACES = 10;

function scenario(): string {
  const docs: string[] = [];
  for (let n = 0; n < NAMESPACES; n++) {
    docs.push(`apiVersion: v1
kind: Namespace
metadata:
  name: ns${n}
  labels:
    team: t${n % 3}`);
  }
  for (let i = 0; i < PODS; i++) {
    docs.push(`apiVersion: v1
kind: Pod
metadata:
  name: p${i}
  namespace: ns${i % NAMESPACES}
  labels:
    app: a${i % 20}
    tier: ${['web', 'api', 'db'][i % 3]}
spec:
  containers:
  - name: c
    image: nginx
    ports:
    - name: http
      containerPort: 80`);
  }
  for (let p = 0; p < POLICIES; p++) {
    const ns = `ns${p % NAMESPACES}`;
    docs.push(`apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: np${p}
  namespace: ${ns}
spec:
  podSelector:
    matchLabels:
      tier: ${['web', 'api', 'db'][p % 3]}
  policyTypes: [Ingress, Egress]
  ingress:
  - from:
    - podSelector:
        matchLabels:
          app: a${p % 20}
    - namespaceSelector:
        matchLabels:
          team: t${p % 3}
      podSelector:
        matchExpressions:
        - {key: tier, operator: In, values: [web, api]}
    ports:
    - port: http
    - port: 8000
      endPort: 9000
  egress:
  - to:
    - namespaceSelector: {}
      podSelector:
        matchLabels:
          app: a${(p * 7) % 20}
    - ipBlock:
        cidr: 10.244.0.0/16
        except: [10.244.${p % 4}.0/24]
    ports:
    - protocol: TCP
      port: 80`);
  }
  return docs.join('\n---\n');
}

function time<T>(fn: () => T): [T, number] {
  const start = performance.now();
  const result = fn();
  return [result, performance.now() - start];
}

export default async function (): Promise<BenchRow[]> {
  const text = scenario();
  const [, loadMs] = time(() => loadCluster(text));
  const runs = 5;
  let compileAndQuery = Infinity;
  let queryOnly = Infinity;
  let pods = 0;
  let allowedCells = 0;
  for (let r = 0; r < runs; r++) {
    const cluster = loadCluster(text);
    const [matrix, first] = time(() => reachability(cluster, { port: 80 }));
    const [, second] = time(() => reachability(cluster, { port: 80 }));
    compileAndQuery = Math.min(compileAndQuery, first);
    queryOnly = Math.min(queryOnly, second);
    pods = matrix.pods.length;
    allowedCells = matrix.allowed.flat().filter(Boolean).length;
  }
  const cluster = loadCluster(text);
  reachability(cluster, { port: 80 });
  const checks = 1000;
  const [, checkMs] = time(() => {
    for (let i = 0; i < checks; i++) {
      checkPolicy(cluster, {
        from: `pod:ns${i % NAMESPACES}/p${i % PODS}`,
        to: `pod:ns${(i * 3) % NAMESPACES}/p${(i * 13) % PODS}`,
        port: 80,
      });
    }
  });
  return [
    { name: `policy: loadCluster (${pods} pods, ${POLICIES} policies)`, value: `${loadMs.toFixed(1)} ms` },
    { name: 'policy: compile + reachability matrix', value: `${compileAndQuery.toFixed(1)} ms`, target: '< 1000 ms' },
    { name: 'policy: reachability matrix (compiled)', value: `${queryOnly.toFixed(1)} ms` },
    { name: 'policy: checkPolicy with explanation', value: `${((checkMs / checks) * 1000).toFixed(1)} µs/query` },
    { name: 'policy: allowed cells', value: `${allowedCells} of ${pods * pods}` },
  ];
}
