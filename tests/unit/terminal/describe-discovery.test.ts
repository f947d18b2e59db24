// kubectl describe ingressclass|endpointslice|endpoints against kubectl's describe_test.go (kubernetes
// staging/src/k8s.io/kubectl/pkg/describe/describe_test.go, 1.34) and describe.go's layout.
import { describe, expect, it } from 'vitest';
import { Shell } from '../../../src/terminal/shell';
import { shell } from './fixtures';

function lab(cluster: string): Shell {
  return new Shell({ cluster, now: () => Date.parse('2026-03-01T09:00:00Z') });
}

describe('kubectl describe ingressclass (describe.go describeIngressClassV1)', () => {
  it('prints the controller and the parameters reference', () => {
    const sh = lab(`apiVersion: networking.k8s.io/v1
kind: IngressClass
metadata: {name: example-class}
spec:
  controller: example.com/controller
  parameters: {apiGroup: v1, kind: ConfigMap, name: example-parameters}
`);
    // TestDescribeIngressClass expectedOut (described there without events; kubectl describe shows them).
    const expected = `Name:         example-class
Labels:       <none>
Annotations:  <none>
Controller:   example.com/controller
Parameters:
  APIGroup:  v1
  Kind:      ConfigMap
  Name:      example-parameters
`;
    const out = sh.run('kubectl describe ingressclass example-class');
    expect(out.exitCode).toBe(0);
    expect(`${out.text}\n`.startsWith(expected)).toBe(true);
  });
});

describe('kubectl describe endpointslice (describe.go describeEndpointSliceV1)', () => {
  it('prints a stored slice as TestDescribeEndpointSlice "EndpointSlices v1" expects', () => {
    // Upstream's slice has no labels; the engine keeps only slices that name their Service, so this one does,
    // and its Labels line is the one line that differs from upstream's.
    const sh = lab(`apiVersion: v1
kind: Namespace
metadata: {name: bar}
---
apiVersion: discovery.k8s.io/v1
kind: EndpointSlice
metadata: {name: foo.123, namespace: bar, labels: {kubernetes.io/service-name: foo}}
addressType: IPv4
endpoints:
- addresses: [1.2.3.4, 1.2.3.5]
  conditions: {ready: true}
  targetRef: {kind: Pod, name: test-123}
  zone: us-central1-a
  nodeName: node-1
- addresses: [1.2.3.6, 1.2.3.7]
  conditions: {ready: true}
  targetRef: {kind: Pod, name: test-124}
  nodeName: node-2
ports:
- {protocol: TCP, port: 80}
`);
    const expected = `Name:         foo.123
Namespace:    bar
Labels:       kubernetes.io/service-name=foo
Annotations:  <none>
AddressType:  IPv4
Ports:
  Name     Port  Protocol
  ----     ----  --------
  <unset>  80    TCP
Endpoints:
  - Addresses:  1.2.3.4, 1.2.3.5
    Conditions:
      Ready:    true
    Hostname:   <unset>
    TargetRef:  Pod/test-123
    NodeName:   node-1
    Zone:       us-central1-a
  - Addresses:  1.2.3.6, 1.2.3.7
    Conditions:
      Ready:    true
    Hostname:   <unset>
    TargetRef:  Pod/test-124
    NodeName:   node-2
    Zone:       <unset>
Events:         <none>
`;
    expect(`${sh.run('kubectl describe endpointslice foo.123 -n bar').text}\n`).toBe(expected);
  });

  it("describes the controller's slice of a Service with its pods", () => {
    const sh = shell();
    sh.run('kubectl apply -f service-definition.yaml');
    const all = sh.run('kubectl describe endpointslice').text;
    expect(all).toContain('Ports:\n  Name     Port  Protocol\n  ----     ----  --------\n  <unset>  8080  TCP\n');
    expect(all).toMatch(/ {2}- Addresses: {2}10\.244\.\d+\.\d+\n {4}Conditions:\n {6}Ready: {4}true\n/);
  });
});

describe('kubectl describe endpoints (describe.go describeEndpoints)', () => {
  it('prints one subset with ready addresses and ports, a blank line after it', () => {
    const sh = shell();
    sh.run('kubectl apply -f service-definition.yaml');
    const out = sh.run('kubectl describe endpoints webapp-service');
    expect(out.exitCode).toBe(0);
    expect(out.text).toMatch(
      /^Name: {9}webapp-service\nNamespace: {4}default\nLabels: {7}<none>\nAnnotations: {2}<none>\nSubsets:\n {2}Addresses: {10}10\.244\.\d+\.\d+,10\.244\.\d+\.\d+\n {2}NotReadyAddresses: {2}<none>\n {2}Ports:\n {4}Name {5}Port {2}Protocol\n {4}-{4} {5}-{4} {2}-{8}\n {4}<unset> {2}8080 {2}TCP\n\nEvents: {2}<none>$/,
    );
  });
});
