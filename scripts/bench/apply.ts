// `kubectl apply -f` of many objects in the lab terminal: one validation and one cluster rebuild per batch,
// so 10× the objects should cost about 10× (issue budget: 1,000 objects ≤ 1 s).
import { Shell } from '../../src/terminal/shell';
import type { BenchRow } from '../bench';

function pods(count: number): string {
  return Array.from(
    { length: count },
    (_, i) =>
      `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p${i}\n  labels: {app: a${i % 10}}\nspec:\n  containers:\n  - name: c\n    image: nginx`,
  ).join('\n---\n');
}

function applyMs(count: number): number {
  const text = pods(count);
  const shell = new Shell({ cluster: '', files: () => ({ 'pods.yaml': text }), now: () => 0 });
  const start = performance.now();
  const out = shell.run('kubectl apply -f pods.yaml');
  const ms = performance.now() - start;
  if (out.exitCode !== 0) throw new Error(out.text.slice(0, 200));
  return ms;
}

export default async function (): Promise<BenchRow[]> {
  applyMs(100);
  const small = applyMs(100);
  const large = applyMs(1000);
  return [
    { name: 'kubectl apply, 100 pods', value: `${small.toFixed(0)} ms` },
    { name: 'kubectl apply, 1,000 pods', value: `${large.toFixed(0)} ms`, target: '≤ 1000 ms' },
    { name: 'growth for 10× the pods', value: `${(large / small).toFixed(1)}×`, target: '≈ 10×' },
  ];
}
