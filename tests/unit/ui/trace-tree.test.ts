// The trace as the reader sees it (src/ui/trace-tree.ts): hops taken, candidate pods as one set, the outcome
// said once, no developer wording.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCluster, route } from '../../../src/engine';
import { pathSteps } from '../../../src/ui/cluster-layout';
import { parseCommand } from '../../../src/ui/command';
import { toMarkup } from '../../../src/ui/svg';
import { traceTree } from '../../../src/ui/trace-tree';

const example = (name: string) => readFileSync(new URL(`../../../content/examples/${name}`, import.meta.url), 'utf8');

function run(cluster: string, command: string) {
  const parsed = parseCommand(command);
  if (!parsed.ok) throw new Error(parsed.problem);
  const result = route(loadCluster(cluster), parsed.request);
  return { result, markup: traceTree({ command, result, broken: [] }).map(toMarkup).join('') };
}

describe('traceTree', () => {
  // The notes' three pods behind one NodePort Service: kube-proxy picks one of three endpoints.
  const threePods = `${example('services-three-nodes.yaml')}\n---\n${example('service-definition.yml')}`;

  it('shows the candidate pods as one set on the endpoint step, not as three visited pods', () => {
    const { result, markup } = run(threePods, 'curl http://192.168.1.2:30008');
    const steps = pathSteps(result);
    expect(steps.filter((s) => s.kind === 'pod')).toEqual([]);
    const endpoint = steps.find((s) => s.kind === 'endpoint')!;
    expect(endpoint.candidates).toHaveLength(3);
    expect(endpoint.candidates!.join('\n')).toMatch(/myapp-pod-1[\s\S]*myapp-pod-2[\s\S]*myapp-pod-3/);
    expect(markup).toContain('class="rs-candidates"');
  });

  it('names the request step 요청, never curl curl, and has no loader wording', () => {
    const { markup } = run(threePods, 'curl http://192.168.1.2:30008');
    expect(markup).toContain('<span class="rs-object">요청</span>');
    expect(markup).not.toMatch(/curl<\/span><span> <\/span><span class="rs-message">curl/);
    expect(markup).not.toContain('loader');
  });

  it('says why the request stopped once, on the outcome line', () => {
    const { result, markup } = run(example('services-three-nodes.yaml'), 'curl http://192.168.1.2:30009');
    expect(result.outcome).toBe('refused');
    expect(markup.split(result.reason!).length - 1).toBe(1);
    expect(markup).toContain('여기서 멈춥니다');
  });
});
