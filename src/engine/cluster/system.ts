// The objects every kubeadm cluster has before the reader writes anything: the `kubernetes` Service in
// front of the API server, and cluster DNS (the kube-dns Service and two CoreDNS pods).
import { message } from '../messages';
import { invariant } from '../invariant';
import type { EndpointSliceModel, NodeModel, ServiceModel } from '../model';
import { applyDefaults } from '../validate/defaults';
import type { ManifestObject } from './objects';
import type { Recorder } from './recorder';
import { KUBE_DNS_SERVICE_IP, KUBERNETES_SERVICE_IP } from '../constants';
import { expandWorkload } from './workloads';
import type { PodDraft } from './podDraft';

function systemService(
  partial: Pick<ServiceModel, 'namespace' | 'name' | 'clusterIP' | 'ports'> & Partial<ServiceModel>,
): ServiceModel {
  return {
    type: 'ClusterIP',
    externalIPs: [],
    loadBalancerIPs: [],
    sessionAffinity: 'None',
    externalTrafficPolicy: 'Cluster',
    internalTrafficPolicy: 'Cluster',
    publishNotReadyAddresses: false,
    allocateLoadBalancerNodePorts: true,
    labels: {},
    annotations: {},
    implicit: true,
    ...partial,
  };
}

/** default/kubernetes: selector-less; the API server itself keeps its endpoints (the control plane's IP:6443). */
export function kubernetesService(
  nodes: NodeModel[],
  recorder: Recorder,
): { service: ServiceModel; slice: EndpointSliceModel } {
  const apiServer = invariant(nodes[0], 'loadNodes gives every cluster a node (node01 when the text names none)');
  recorder.assume(
    'Service default/kubernetes',
    'spec.clusterIP',
    KUBERNETES_SERVICE_IP,
    message('cluster.kubernetesService', { serviceIP: KUBERNETES_SERVICE_IP, apiServerIP: apiServer.ip }),
  );
  return {
    service: systemService({
      namespace: 'default',
      name: 'kubernetes',
      clusterIP: KUBERNETES_SERVICE_IP,
      ports: [{ name: 'https', protocol: 'TCP', port: 443, targetPort: 6443 }],
      labels: { component: 'apiserver', provider: 'kubernetes' },
    }),
    slice: {
      namespace: 'default',
      name: 'kubernetes',
      serviceName: 'kubernetes',
      addressType: 'IPv4',
      ports: [{ name: 'https', port: 6443, protocol: 'TCP' }],
      endpoints: [{ addresses: [apiServer.ip], ready: true, serving: true, terminating: false }],
      implicit: true,
    },
  };
}

export function kubeDnsService(recorder: Recorder): ServiceModel {
  recorder.assume(
    'Service kube-system/kube-dns',
    'spec.clusterIP',
    KUBE_DNS_SERVICE_IP,
    message('cluster.kubeDns', { serviceIP: KUBE_DNS_SERVICE_IP }),
  );
  return systemService({
    namespace: 'kube-system',
    name: 'kube-dns',
    clusterIP: KUBE_DNS_SERVICE_IP,
    selector: { 'k8s-app': 'kube-dns' },
    ports: [
      { name: 'dns', protocol: 'UDP', port: 53, targetPort: 53 },
      { name: 'dns-tcp', protocol: 'TCP', port: 53, targetPort: 53 },
      { name: 'metrics', protocol: 'TCP', port: 9153, targetPort: 9153 },
    ],
    labels: { 'k8s-app': 'kube-dns', 'kubernetes.io/name': 'CoreDNS' },
  });
}

/** kubeadm's CoreDNS Deployment (two replicas), expanded like any Deployment. */
export function coreDnsPods(recorder: Recorder): PodDraft[] {
  const spec = {
    replicas: 2,
    selector: { matchLabels: { 'k8s-app': 'kube-dns' } },
    template: {
      metadata: { labels: { 'k8s-app': 'kube-dns' } },
      spec: {
        containers: [
          {
            name: 'coredns',
            image: 'registry.k8s.io/coredns/coredns:v1.11.3',
            ports: [
              { containerPort: 53, name: 'dns', protocol: 'UDP' },
              { containerPort: 53, name: 'dns-tcp', protocol: 'TCP' },
              { containerPort: 9153, name: 'metrics', protocol: 'TCP' },
            ],
          },
        ],
      },
    },
  };
  const metadata = { name: 'coredns', namespace: 'kube-system' };
  const raw = { apiVersion: 'apps/v1', kind: 'Deployment', metadata, spec };
  const deployment: ManifestObject = {
    kind: 'Deployment',
    apiVersion: 'apps/v1',
    name: 'coredns',
    namespace: 'kube-system',
    metadata,
    spec,
    defaulted: applyDefaults('Deployment', raw),
    raw,
    source: { doc: -1, line: 0 },
  };
  return expandWorkload(deployment, recorder).map(({ source: _source, ...draft }) => ({ ...draft, implicit: true }));
}
