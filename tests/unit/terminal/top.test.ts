import { describe, expect, it } from 'vitest';
import { shell } from './fixtures';

// kubectl v0.34.1 pkg/cmd/top/top_pod.go and top_node.go: without metrics.k8s.io in discovery.
describe('kubectl top without metrics-server', () => {
  it('answers "Metrics API not available" for pods and nodes', () => {
    const sh = shell();
    for (const line of ['kubectl top pod', 'kubectl top pods -A', 'kubectl top node', 'kubectl top no node01'])
      expect(sh.run(line)).toEqual({ text: 'error: Metrics API not available', exitCode: 1 });
  });
});
