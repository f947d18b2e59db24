// Bad requests give a verdict that says what is wrong; nothing throws.
import { describe, expect, it } from 'vitest';
import { checkPolicy, loadCluster, reachability } from '../../../src/engine';
import type { Cluster, PolicyRequest } from '../../../src/engine';
import { pod, scenario } from './scenario';

const cluster = scenario(pod('default', 'a'), pod('default', 'b'));

function problems(request: PolicyRequest, on: Cluster = cluster) {
  const verdict = checkPolicy(on, request);
  return {
    allowed: verdict.allowed,
    problems: verdict.decision?.problems.map((p) => [p.field, p.code]),
    explanation: verdict.explanation,
  };
}

describe('bad input', () => {
  it('an unknown pod is named in the explanation', () => {
    const result = problems({ from: 'pod:default/nope', to: 'pod:default/b', port: 80 });
    expect(result.allowed).toBe(false);
    expect(result.problems).toEqual([['from', 'unknown-pod']]);
    expect(result.explanation).toContain('pod:default/nope');
  });

  it('endpoints must be pod: or ip:', () => {
    expect(problems({ from: 'default/a', to: 'pod:default/b', port: 80 }).problems).toEqual([['from', 'syntax']]);
    expect(problems({ from: 'pod:default/a', to: 'ip:999.1.1.1', port: 80 }).problems).toEqual([['to', 'bad-address']]);
    expect(problems({ from: 'pod:default/a', to: 'ip:01.2.3.4', port: 80 }).problems).toEqual([['to', 'bad-address']]);
  });

  it('ports outside 1-65535 or not integers, and unknown protocols, are reported together', () => {
    for (const port of [0, 65536, 1.5, Number.NaN, -80]) {
      expect(problems({ from: 'pod:default/a', to: 'pod:default/b', port }).problems).toEqual([
        ['port', 'out-of-range'],
      ]);
    }
    expect(
      problems({ from: 'pod:default/x', to: 'pod:default/b', port: 0, protocol: 'ICMP' as 'TCP' }).problems,
    ).toEqual([
      ['from', 'unknown-pod'],
      ['port', 'out-of-range'],
      ['protocol', 'not-supported'],
    ]);
  });

  it('hostile values come back as text, not as a throw', () => {
    const weird = [undefined, null, 42, {}, '<script>alert(1)</script>'] as unknown as string[];
    for (const value of weird) {
      const verdict = checkPolicy(cluster, { from: value, to: value, port: value as unknown as number });
      expect(verdict.allowed).toBe(false);
      expect(verdict.explanation.length).toBeGreaterThan(0);
    }
    expect(() =>
      checkPolicy(undefined as unknown as Cluster, { from: 'pod:a/b', to: 'pod:a/b', port: 80 }),
    ).not.toThrow();
  });

  it('a broken manifest still gives a cluster the check can answer on', () => {
    const broken = loadCluster('kind: NetworkPolicy\nspec: [oops\n');
    expect(checkPolicy(broken, { from: 'ip:1.2.3.4', to: 'ip:5.6.7.8', port: 80 }).allowed).toBe(true);
    expect(reachability(broken, { port: 80 })).toEqual({ pods: [], allowed: [] });
  });
});
