// What loadCluster had to assume or leave out (cluster/): the API server's defaults, the controllers' work
// and the objects it skipped, each said of the object it concerns.
import type { MessageTable } from '../table';

type Name = { name: string };
type What = { what: string };

export const cluster = {
  'cluster.notModelled': (p: { kind: string }) =>
    `kind ${p.kind}: 네트워킹 시뮬레이션에 쓰이지 않는 종류라서 넣지 않았습니다.`,
  'cluster.notAnObject': (p: { doc: number }) => `문서 ${p.doc}: Kubernetes 객체(키와 값의 맵)가 아닙니다.`,
  'cluster.refused': (p: { doc: number; error: string }) =>
    `문서 ${p.doc}에 오류가 있어 API 서버가 받아들이지 않으므로 클러스터에 넣지 않았습니다: ${p.error}`.trim(),
  'cluster.kindMissing': '`kind`가 없어 어떤 객체인지 알 수 없습니다.',
  'cluster.nameMissing': '`metadata.name`이 없는 객체는 만들 수 없습니다.',
  'cluster.namespace': (p: Name) =>
    `네임스페이스 ${p.name}: 이 네임스페이스에 속한 객체가 있어 네임스페이스도 있다고 보았습니다.`,
  'cluster.nodeNoAddress': (p: What) => `${p.what}: 노드 주소로 쓸 192.168.x.x가 남지 않아 이 노드는 넣지 않았습니다.`,
  'cluster.implicitNode.pods': 'pod의 spec.nodeName이 가리키는 노드',
  'cluster.implicitNode.single': '노트의 클러스터처럼 노드 하나',
  'cluster.implicitNode': (p: Name & { why: string; ip: string; podCIDR: string }) =>
    `Node 객체가 없어 ${p.why}(${p.name}, IP ${p.ip}${p.podCIDR ? `, pod CIDR ${p.podCIDR}` : ''})가 있다고 가정했습니다.`,
  'cluster.nodeIP': (p: Name & { ip: string }) =>
    `${p.name}에 InternalIP가 없어 노드 네트워크에서 다른 노드·노트의 노트북(192.168.1.10)과 겹치지 않는 주소를 가정했습니다: ${p.ip}.`,
  'cluster.podCIDR': (p: Name & { clusterCIDR: string; podCIDR: string }) =>
    `${p.name}에 spec.podCIDR가 없어 kube-controller-manager가 클러스터 CIDR ${p.clusterCIDR}에서 다음 /24를 주었다고 보았습니다: ${p.podCIDR}.`,
  'cluster.podCIDRExhausted': (p: Name & { clusterCIDR: string }) =>
    `클러스터 CIDR ${p.clusterCIDR}의 /24 256개가 모두 쓰여 ${p.name}에는 pod CIDR가 없습니다(kube-controller-manager 이벤트 CIDRNotAvailable). 이 노드의 pod는 CNI가 주소를 주지 못해 ContainerCreating에 머뭅니다.`,
  'cluster.podScheduled': (p: Name & { node: string }) =>
    `${p.name}에 spec.nodeName이 없어 스케줄러가 노드를 차례로 돌려 ${p.node}에 배치했다고 보았습니다.`,
  'cluster.podOnMissingNode': (p: What & { node: string }) =>
    `${p.what}: 클러스터에 없는 노드 ${p.node}에 배치되어 실행되지 않습니다(Pending).`,
  'cluster.hostNetwork': (p: Name & { node: string; ip: string }) =>
    `${p.name}: hostNetwork: true라서 노드 ${p.node}의 IP를 그대로 씁니다(${p.ip}).`,
  'cluster.podNoCIDR': (p: What & { node: string }) =>
    `${p.what}: 노드 ${p.node}에 pod CIDR가 없어(CIDRNotAvailable) CNI가 주소를 줄 수 없으므로 pod가 ContainerCreating에 머뭅니다.`,
  'cluster.podCIDRFull': (p: What & { node: string; podCIDR: string }) =>
    `${p.what}: 노드 ${p.node}의 pod CIDR ${p.podCIDR}에 남은 주소가 없습니다.`,
  'cluster.podIP': (p: Name & { node: string; podCIDR: string; ip: string }) =>
    `${p.name}에 status.podIP가 없어 ${p.node}의 pod CIDR ${p.podCIDR}에서 다음 주소를 주었습니다: ${p.ip}.`,
  'cluster.podReady': (p: Name) => `${p.name}에 status가 없어 컨테이너가 떠서 Ready 상태라고 보았습니다.`,
  'cluster.templateMissing': (p: What) => `${p.what}에 spec.template이 없어 pod를 만들 수 없습니다.`,
  'cluster.workloadPods': (p: What & { how: string; names: string[] }) =>
    `${p.what}${p.how} → pod ${p.names.length}개: ${p.names.join(', ')} (실제 클러스터에서는 이름 끝 5글자가 무작위입니다).`,
  'cluster.replicas': (p: What) => `${p.what}에 spec.replicas가 없어 API 서버의 기본값 1을 썼습니다.`,
  'cluster.serviceType': (p: Name) => `${p.name}에 type이 없어 기본값 ClusterIP로 보았습니다.`,
  'cluster.loadBalancerPending': (p: Name) =>
    `${p.name}에 붙일 클라우드 로드밸런서가 없어 EXTERNAL-IP는 <pending>으로 남고, nodePort로만 들어올 수 있다고 보았습니다.`,
  'cluster.portLabel': (p: { name: string | undefined; number: number }) =>
    p.name ? `포트 ${p.name}(${p.number})` : `포트 ${p.number}`,
  'cluster.portProtocol': (p: { label: string }) => `${p.label}에 protocol이 없어 기본값 TCP로 보았습니다.`,
  'cluster.targetPort': (p: { label: string; number: number }) =>
    `${p.label}에 targetPort가 없어 port와 같은 값(${p.number})으로 보았습니다.`,
  'cluster.clusterIP': (p: Name & { serviceCIDR: string; ip: string }) =>
    `${p.name}에 clusterIP가 없어 서비스 대역 ${p.serviceCIDR}에서 주소 하나를 받았다고 보았습니다: ${p.ip}.`,
  'cluster.nodePort': (p: Name & { port: number; min: number; max: number; nodePort: number }) =>
    `${p.name}의 포트 ${p.port}에 nodePort가 없어 ${p.min}-${p.max} 범위에서 비어 있는 첫 번호를 받았다고 보았습니다: ${p.nodePort}.`,
  'cluster.healthCheckNodePort': (p: Name & { min: number; max: number; nodePort: number }) =>
    `${p.name}는 externalTrafficPolicy: Local인 LoadBalancer라 로드 밸런서가 노드를 검사할 healthCheckNodePort가 필요합니다. ${p.min}-${p.max} 범위에서 비어 있는 첫 번호를 받았다고 보았습니다: ${p.nodePort}.`,
  'cluster.sliceWithoutService': (p: Name & { label: string }) =>
    `EndpointSlice ${p.name}에 ${p.label} 레이블이 없어 어느 Service의 것인지 알 수 없습니다(kube-proxy도 무시합니다).`,
  'cluster.pathType': (p: { field: string }) => `${p.field}에 pathType이 없어 ImplementationSpecific으로 보았습니다.`,
  'cluster.policyTypes': (p: Name & { policyTypes: string[] }) =>
    `${p.name}에 policyTypes가 없어 API 서버처럼 채웠습니다: [${p.policyTypes.join(', ')}].`,
  'cluster.kubernetesService': (p: { serviceIP: string; apiServerIP: string }) =>
    `모든 클러스터에 있는 Service default/kubernetes가 ${p.serviceIP}:443에서 API 서버(${p.apiServerIP}:6443)로 이어 준다고 보았습니다.`,
  'cluster.kubeDns': (p: { serviceIP: string }) =>
    `클러스터 DNS로 Service kube-system/kube-dns(${p.serviceIP})와 CoreDNS pod 2개가 있다고 보았습니다.`,
} satisfies MessageTable;
