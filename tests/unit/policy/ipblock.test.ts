// ipBlock: CIDR minus `except`, for addresses outside the pod network; against pod IPs the
// behaviour is implementation-defined, and the explanation must say so.
import { describe, expect, it } from 'vitest';
import { checkPolicy } from '../../../src/engine';
import { expected, pod, probeAll, scenario } from './scenario';
import type { Probe } from './scenario';

const egressTo = (to: string) => `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: client-out
spec:
  podSelector:
    matchLabels:
      app: client
  policyTypes: [Egress]
  egress:
  - to:
${to}`;

const pods = [
  pod('default', 'client', { labels: { app: 'client' }, ip: '10.244.0.10' }),
  pod('default', 'server', { labels: { app: 'server' }, ip: '10.244.0.20' }),
];

describe('ipBlock', () => {
  it('admits the CIDR except the listed ranges (the metadata-endpoint pattern)', () => {
    const anywhereButMetadata = egressTo(`    - ipBlock:
        cidr: 0.0.0.0/0
        except:
        - 169.254.169.254/32
        - 10.0.0.0/8`);
    const probes: Probe[] = [
      ['pod:default/client', 'ip:8.8.8.8', 443, undefined, true],
      ['pod:default/client', 'ip:169.254.169.254', 80, undefined, false],
      ['pod:default/client', 'ip:169.254.169.253', 80, undefined, true],
      ['pod:default/client', 'ip:10.1.2.3', 80, undefined, false],
      ['pod:default/client', 'ip:11.0.0.1', 80, undefined, true],
    ];
    expect(probeAll(scenario(...pods, anywhereButMetadata), probes)).toEqual(expected(probes));
  });

  it('keeps address families apart: ::/0 admits IPv6 only', () => {
    const v6 = egressTo(`    - ipBlock:
        cidr: "::/0"`);
    const probes: Probe[] = [
      ['pod:default/client', 'ip:2001:db8::1', 443, undefined, true],
      ['pod:default/client', 'ip:8.8.8.8', 443, undefined, false],
    ];
    expect(probeAll(scenario(...pods, v6), probes)).toEqual(expected(probes));
  });

  it('matches a host route exactly with /32', () => {
    const one = egressTo(`    - ipBlock:
        cidr: 203.0.113.7/32`);
    const probes: Probe[] = [
      ['pod:default/client', 'ip:203.0.113.7', 443, undefined, true],
      ['pod:default/client', 'ip:203.0.113.6', 443, undefined, false],
      ['pod:default/client', 'ip:203.0.113.8', 443, undefined, false],
    ];
    expect(probeAll(scenario(...pods, one), probes)).toEqual(expected(probes));
  });

  it('against a pod IP matches, as the upstream e2e tests expect, and calls it implementation-defined', () => {
    const podRange = egressTo(`    - ipBlock:
        cidr: 10.244.0.0/16
        except:
        - 10.244.0.20/32`);
    const cluster = scenario(...pods, pod('default', 'other', { ip: '10.244.0.30' }), podRange);
    const probes: Probe[] = [
      ['pod:default/client', 'pod:default/other', 80, undefined, true],
      ['pod:default/client', 'pod:default/server', 80, undefined, false],
    ];
    expect(probeAll(cluster, probes)).toEqual(expected(probes));
    const verdict = checkPolicy(cluster, { from: 'pod:default/client', to: 'pod:default/other', port: 80 });
    expect(verdict.decision?.egress.matches).toEqual([
      { policy: 'default/client-out', rule: 0, peer: 0, ipBlockOnPod: true },
    ]);
    expect(verdict.explanation).toContain('구현 정의');
  });

  it('an address given as ip: that belongs to a pod is checked as that pod', () => {
    const cluster = scenario(
      ...pods,
      egressTo(`    - podSelector:
        matchLabels:
          app: server`),
    );
    const verdict = checkPolicy(cluster, { from: 'pod:default/client', to: 'ip:10.244.0.20', port: 80 });
    expect(verdict.allowed).toBe(true);
    expect(verdict.decision?.to).toMatchObject({ kind: 'pod', name: 'default/server', byAddress: '10.244.0.20' });
    expect(verdict.explanation).toContain('pod default/server의 IP');
  });

  it('a Service clusterIP given as ip: is named, with the advice to check its pods', () => {
    const cluster = scenario(
      ...pods,
      `apiVersion: v1
kind: Service
metadata:
  name: server
spec:
  clusterIP: 10.96.0.15
  selector:
    app: server
  ports:
  - port: 80`,
    );
    const verdict = checkPolicy(cluster, { from: 'pod:default/client', to: 'ip:10.96.0.15', port: 80 });
    expect(verdict.decision?.to).toMatchObject({ kind: 'ip', service: 'default/server' });
    expect(verdict.explanation).toContain('Service default/server의 clusterIP');
  });

  it('label selectors never match addresses outside the pod network', () => {
    const everyPod = egressTo(`    - namespaceSelector: {}`);
    const probes: Probe[] = [
      ['pod:default/client', 'pod:default/server', 80, undefined, true],
      ['pod:default/client', 'ip:8.8.8.8', 53, 'UDP', false],
    ];
    expect(probeAll(scenario(...pods, everyPod), probes)).toEqual(expected(probes));
  });
});
