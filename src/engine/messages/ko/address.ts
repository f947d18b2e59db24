// Where an address leads (route/address.ts): a Service's virtual IP, a node, a pod, or nowhere.
import { object, subject, topic } from '../../route/korean';
import type { MessageTable } from '../table';

type At = { ip: string; ref: string };

export const address = {
  'address.clusterIPFromOutside': (p: At & { client: string }) =>
    `${topic(p.ip)} ${p.ref}의 ClusterIP입니다. ClusterIP는 클러스터 안(pod와 노드)에서만 닿는 가상 IP라서 ${p.client}에서는 갈 길이 없습니다.`,
  'address.noServicePort': (p: At & { port: number; ports: string }) =>
    `${p.ref}(ClusterIP ${p.ip})에는 TCP 포트 ${subject(String(p.port))} 없습니다(있는 포트: ${p.ports || '없음'}). kube-proxy 규칙이 없으니 이 가상 IP에서는 아무도 응답하지 않습니다.`,
  'address.loadBalancer': (p: At) =>
    `${topic(p.ip)} LoadBalancer ${p.ref}의 EXTERNAL-IP입니다. 로드밸런서가 요청을 노드로 넘기고, 노드의 kube-proxy가 이 주소의 규칙으로 받습니다.`,
  'address.externalIP': (p: At & { node: string }) =>
    `${topic(p.ip)} ${p.ref}의 externalIPs에 있습니다. 이 주소로 오는 패킷이 ${p.node}에 닿는다고 보고(라우팅은 클러스터 밖 네트워크가 정합니다), 그 노드의 kube-proxy가 받습니다.`,
  'address.noExternalPort': (p: { ip: string; port: number; services: string }) =>
    `${p.ip}의 TCP 포트 ${object(String(p.port))} 받는 Service 포트가 없습니다(${p.services}).`,
  'address.podFromOutside': (p: At & { client: string }) =>
    `${topic(p.ip)} ${p.ref}의 IP입니다. pod 네트워크(10.244.x.x)는 클러스터 안에서만 통하므로 ${p.client}에서는 닿지 않습니다. NodePort 같은 Service로 열어야 합니다.`,
  'address.pod': (p: At & { port: number }) =>
    `${topic(p.ip)} ${p.ref}의 IP입니다. pod 네트워크는 평평해서(NAT 없음) 어느 노드의 pod든 pod IP로 바로 닿습니다. 요청한 포트 ${p.port} 그대로 갑니다.`,
  'address.noPodAtIP': (p: { ip: string; node: string; podCIDR: string }) =>
    `${topic(p.ip)} ${p.node}의 pod 대역(${p.podCIDR})에 있지만 그 주소를 가진 pod가 없습니다.`,
  'address.noServiceAtIP': (p: { ip: string; serviceCIDR: string }) =>
    `${topic(p.ip)} 서비스 대역(${p.serviceCIDR})에 있지만 그 ClusterIP를 가진 Service가 없습니다.`,
  'address.outside': (p: { ip: string }) =>
    `${topic(p.ip)} 이 클러스터의 노드, pod, Service 어느 것의 주소도 아닙니다. 클러스터 밖의 주소는 시뮬레이션하지 않습니다.`,
  'address.node': (p: { ip: string; node: string }) => `${topic(p.ip)} 노드 ${p.node}의 IP입니다.`,
  'address.hostNetwork': (p: { ref: string; node: string; port: number }) =>
    `${topic(p.ref)} hostNetwork: true로 ${p.node}의 네트워크를 그대로 쓰며 포트 ${p.port}에서 듣습니다.`,
  'address.hostPort': (p: { node: string; port: number; ref: string; containerPort: number }) =>
    `${p.node}의 hostPort ${p.port} → ${p.ref}의 containerPort ${p.containerPort} (CNI portmap)`,
  'address.hostEndpoint': (p: { node: string; address: string; ref: string }) =>
    `${p.node}의 ${topic(p.address)} ${p.ref}의 엔드포인트(노드에서 도는 프로그램, 예: API 서버)입니다.`,
  'address.nodeRefuses': (p: { node: string; port: number }) =>
    `${p.node}의 포트 ${object(String(p.port))} 받는 NodePort Service도, 그 포트에서 듣는 프로그램도 없어 노드가 연결을 거부합니다(TCP RST).`,
} satisfies MessageTable;
