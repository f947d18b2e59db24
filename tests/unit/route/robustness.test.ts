// route never throws: whatever the client and URL strings, it answers with an outcome and a reason.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dnsLookup, loadCluster, route } from '../../../src/engine/index';
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

// Every lookup keyed by what the learner types is a Map (or Object.hasOwn): a name that happens to be an
// Object.prototype member is just a name (issue 20).
describe('names that are Object.prototype members', () => {
  const text = `apiVersion: v1
kind: Pod
metadata: {name: client}
spec:
  containers: [{name: c, image: busybox, command: [sleep, "3600"]}]`;

  it.each(['constructor', '__proto__', 'hasownproperty.default', 'tostring.default.svc.cluster.local'])(
    'http://%s/ from a pod is a name CoreDNS does not know (NXDOMAIN)',
    (name) => {
      const r = route(loadCluster(text), { from: 'pod:default/client', url: `http://${name}/` });
      expect(r.outcome).toBe('dns-failure');
      expect(dnsLookup(loadCluster(text), name, 'default').addresses).toEqual([]);
    },
  );

  it('a Service named constructor resolves like any other', () => {
    const c = loadCluster(
      `${text}\n---\napiVersion: v1\nkind: Service\nmetadata: {name: constructor}\nspec:\n  ports: [{port: 80}]`,
    );
    expect(dnsLookup(c, 'constructor', 'default').kind).toBe('service');
  });

  it('a sender named constructor is a pod that does not exist', () => {
    const r = route(loadCluster(text), { from: 'pod:default/constructor', url: 'http://x/' });
    expect(r.outcome).toBe('unreachable');
    expect(r.reason).toContain('constructor');
  });
});
