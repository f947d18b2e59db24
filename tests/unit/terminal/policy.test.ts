import { describe, expect, it } from 'vitest';
import { Shell } from '../../../src/terminal/shell';
import { START } from './fixtures';

const CLUSTER = `apiVersion: v1
kind: Pod
metadata: {name: db, labels: {role: db}}
spec: {containers: [{name: db, image: mysql:8.4, ports: [{containerPort: 3306}]}]}
---
apiVersion: v1
kind: Pod
metadata: {name: api, labels: {role: api}}
spec: {containers: [{name: api, image: traefik/whoami, ports: [{containerPort: 80}]}]}
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: db-policy}
spec:
  podSelector: {matchLabels: {role: db}}
  policyTypes: [Ingress, Egress]
  ingress:
  - from:
    - podSelector: {matchLabels: {role: api}}
    - namespaceSelector: {matchLabels: {team: ops}}
      podSelector: {matchExpressions: [{key: tier, operator: In, values: [b, a]}]}
    ports:
    - {protocol: TCP, port: 3306}
  - from:
    - ipBlock: {cidr: 10.0.0.0/8, except: [10.1.0.0/16]}
`;

describe('kubectl get / describe networkpolicy', () => {
  const sh = new Shell({ cluster: CLUSTER, now: () => START });

  it('prints POD-SELECTOR as metav1.FormatLabelSelector does', () => {
    expect(sh.run('kubectl get netpol').text).toBe('NAME        POD-SELECTOR   AGE\ndb-policy   role=db        10m');
  });

  it('describes the rules as kubectl describe does', () => {
    expect(sh.run('kubectl describe networkpolicy db-policy').text.split('\n')).toEqual([
      'Name:         db-policy',
      'Namespace:    default',
      'Created on:   2026-03-01 08:50:00 +0000 UTC',
      'Labels:       <none>',
      'Annotations:  <none>',
      'Spec:',
      '  PodSelector:     role=db',
      '  Allowing ingress traffic:',
      '    To Port: 3306/TCP',
      '    From:',
      '      PodSelector: role=api',
      '    From:',
      '      NamespaceSelector: team=ops',
      '      PodSelector: tier in (a,b)',
      '    ----------',
      '    To Port: <any> (traffic allowed to all ports)',
      '    From:',
      '      IPBlock:',
      '        CIDR: 10.0.0.0/8',
      '        Except: 10.1.0.0/16',
      '  Allowing egress traffic:',
      '    <none> (Selected pods are isolated for egress connectivity)',
      '  Policy Types: Ingress, Egress',
    ]);
  });

  it('times out a connection the policy drops, as curl reports it', () => {
    const out = sh.run('kubectl exec db -- curl http://10.244.0.3');
    expect(out.exitCode).toBe(28);
    expect(out.text).toBe(
      'curl: (28) Failed to connect to 10.244.0.3 port 80 after 135000 ms: Could not connect to server\ncommand terminated with exit code 28',
    );
    expect(sh.run('kubectl exec db -- curl -m 5 http://10.244.0.3').text).toBe(
      'curl: (28) Connection timed out after 5001 milliseconds\ncommand terminated with exit code 28',
    );
  });
});

// What the API server stores, as -o yaml shows it: networking/v1 defaults.go SetDefaults_NetworkPolicy (no
// policyTypes is [Ingress], with Egress added when there are egress rules) and SetDefaults_NetworkPolicyPort
// (protocol TCP when none is given).
describe('kubectl get networkpolicy -o yaml', () => {
  const egressOnly = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: api-egress}
spec:
  podSelector: {matchLabels: {role: api}}
  egress:
  - to: [{podSelector: {matchLabels: {role: db}}}]
    ports: [{port: 3306}, {protocol: UDP, port: 53}]
`;
  const ingressOnly = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: db-ingress}
spec:
  podSelector: {matchLabels: {role: db}}
  ingress:
  - ports: [{port: 3306}]
`;
  const yamlOf = (manifest: string, name: string) => {
    const sh = new Shell({ cluster: `${CLUSTER}---\n${manifest}`, now: () => START });
    return sh.run(`kubectl get netpol ${name} -o yaml`).text;
  };

  it('shows the defaulted policyTypes: Ingress and Egress for a policy with egress rules', () => {
    expect(yamlOf(egressOnly, 'api-egress')).toMatch(/^ {2}policyTypes:\n {2}- Ingress\n {2}- Egress$/m);
  });

  it('shows the defaulted policyTypes: Ingress alone without egress rules', () => {
    expect(yamlOf(ingressOnly, 'db-ingress')).toMatch(/^ {2}policyTypes:\n {2}- Ingress$/m);
    expect(yamlOf(ingressOnly, 'db-ingress')).not.toContain('- Egress');
  });

  it('gives a port without a protocol TCP and keeps the one given', () => {
    const yaml = yamlOf(egressOnly, 'api-egress');
    expect(yaml).toContain('    - port: 3306\n      protocol: TCP\n');
    expect(yaml).toContain('    - port: 53\n      protocol: UDP\n');
  });
});
