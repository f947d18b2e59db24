// networking.k8s.io/v1 (Ingress, IngressClass, NetworkPolicy) and discovery.k8s.io/v1 (EndpointSlice).
import { labelSelector, objectMeta } from './meta';
import { any, bool, int32, intOrString, list, object, str, stringMap, strings } from './types';

const top = { apiVersion: str, kind: str, metadata: objectMeta };

const ingressBackend = object('v1.IngressBackend', {
  service: object('v1.IngressServiceBackend', {
    name: str,
    port: object('v1.ServiceBackendPort', { name: str, number: int32 }),
  }),
  resource: object('v1.TypedLocalObjectReference', { apiGroup: str, kind: str, name: str }),
});

export const ingress = object('v1.Ingress', {
  ...top,
  spec: object('v1.IngressSpec', {
    ingressClassName: str,
    defaultBackend: ingressBackend,
    tls: list(object('v1.IngressTLS', { hosts: strings, secretName: str })),
    rules: list(
      object('v1.IngressRule', {
        host: str,
        http: object('v1.HTTPIngressRuleValue', {
          paths: list(object('v1.HTTPIngressPath', { path: str, pathType: str, backend: ingressBackend })),
        }),
      }),
    ),
  }),
  status: object('v1.IngressStatus', {
    loadBalancer: object('v1.IngressLoadBalancerStatus', {
      ingress: list(object('v1.IngressLoadBalancerIngress', { ip: str, hostname: str, ports: list(any) })),
    }),
  }),
});

export const ingressClass = object('v1.IngressClass', {
  ...top,
  spec: object('v1.IngressClassSpec', {
    controller: str,
    parameters: object('v1.IngressClassParametersReference', {
      apiGroup: str,
      kind: str,
      name: str,
      scope: str,
      namespace: str,
    }),
  }),
});

const networkPolicyPort = object('v1.NetworkPolicyPort', { protocol: str, port: intOrString, endPort: int32 });
const networkPolicyPeer = object('v1.NetworkPolicyPeer', {
  podSelector: labelSelector,
  namespaceSelector: labelSelector,
  ipBlock: object('v1.IPBlock', { cidr: str, except: strings }),
});

export const networkPolicy = object('v1.NetworkPolicy', {
  ...top,
  spec: object('v1.NetworkPolicySpec', {
    podSelector: labelSelector,
    ingress: list(
      object('v1.NetworkPolicyIngressRule', { ports: list(networkPolicyPort), from: list(networkPolicyPeer) }),
    ),
    egress: list(object('v1.NetworkPolicyEgressRule', { ports: list(networkPolicyPort), to: list(networkPolicyPeer) })),
    policyTypes: strings,
  }),
});

export const endpointSlice = object('v1.EndpointSlice', {
  ...top,
  addressType: str,
  endpoints: list(
    object('v1.Endpoint', {
      addresses: strings,
      conditions: object('v1.EndpointConditions', { ready: bool, serving: bool, terminating: bool }),
      hostname: str,
      targetRef: object('v1.ObjectReference', {
        kind: str,
        namespace: str,
        name: str,
        uid: str,
        apiVersion: str,
        resourceVersion: str,
        fieldPath: str,
      }),
      deprecatedTopology: stringMap,
      nodeName: str,
      zone: str,
      hints: object('v1.EndpointHints', {
        forZones: list(object('v1.ForZone', { name: str })),
        forNodes: list(object('v1.ForNode', { name: str })),
      }),
    }),
  ),
  ports: list(object('v1.EndpointPort', { name: str, protocol: str, port: int32, appProtocol: str })),
});
