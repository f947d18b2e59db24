// route never throws: whatever the client and URL strings, it answers with an outcome and a reason.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadCluster, route } from '../../../src/engine/index';
import { frontBack } from './fixtures';

const cluster = loadCluster(frontBack);
const outcomes = [
  'delivered',
  'refused',
  'dropped',
  'timeout',
  'unreachable',
  'dns-failure',
  'not-found',
  'redirect',
  'dns-only',
];

describe('route on arbitrary input', () => {
  it('returns an outcome for any from and url', () => {
    const from = fc.oneof(fc.string(), fc.constantFrom('pod:default/front-end', 'ip:192.168.1.10', 'ip:192.168.1.2'));
    const url = fc.oneof(
      fc.string(),
      fc.webUrl(),
      fc.ipV4().map((ip) => `http://${ip}:${30000 + (ip.length % 100)}/`),
    );
    fc.assert(
      fc.property(from, url, (f, u) => {
        const r = route(cluster, { from: f, url: u });
        expect(outcomes).toContain(r.outcome);
        if (r.outcome !== 'delivered') expect(r.reason ?? '').not.toBe('');
      }),
      { numRuns: 300 },
    );
  });
});

describe('route without a cluster', () => {
  it.each([undefined, null, {}, { nodes: [], pods: [] }])('answers with a reason for %o', (value) => {
    const r = route(value as never, { from: 'ip:192.168.1.10', url: 'http://192.168.1.2:30008/' });
    expect(r.outcome).toBe('unreachable');
    expect(r.reason).toBeTruthy();
  });
});
