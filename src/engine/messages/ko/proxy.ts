// kube-proxy trace sentences (route/proxy.ts).
import { subject, topic } from '../../route/korean';
import type { MessageTable } from '../table';

type Node = { node: string };
type Ref = { ref: string };

export const proxy = {
  'proxy.rule': (p: Node & { where: string; service: string }) => `${p.node}의 kube-proxy: ${p.where} → ${p.service}`,
  'proxy.reject': (p: { reason: string }) =>
    `${p.reason} kube-proxy는 이 Service로 오는 연결을 REJECT합니다("has no endpoints") → 연결 거부.`,
  'proxy.localLoadBalancer': (p: { nodes: string }) =>
    `externalTrafficPolicy: Local — 로드밸런서는 healthCheckNodePort로 노드를 확인해 이 Service의 pod가 있는 노드(${p.nodes || '없음'})로만 보내고, 각 노드는 자기 노드의 pod로만 보냅니다(노드 사이를 건너가지 않음). 클라이언트 IP는 그대로 남습니다.`,
  'proxy.localExternal': (p: Node) =>
    `externalTrafficPolicy: Local — ${p.node}에 있는 엔드포인트로만 보내고, 클라이언트 IP는 그대로 남습니다.`,
  'proxy.localInternal': (p: Node) =>
    `internalTrafficPolicy: Local — 보낸 쪽 노드 ${p.node}에 있는 엔드포인트로만 보냅니다.`,
  'proxy.shortCircuit': (p: { asNode: boolean }) =>
    `externalTrafficPolicy: Local이지만 클러스터 안(${p.asNode ? '노드 자신' : 'pod'})에서 온 요청이라 kube-proxy가 클러스터 전체의 엔드포인트로 보냅니다.`,
  'proxy.noHealthyNode': (p: Ref) =>
    `Service ${p.ref}의 엔드포인트가 있는 노드가 없어 로드밸런서의 health check(healthCheckNodePort)를 통과하는 노드가 없습니다. 로드밸런서가 보낼 곳이 없어 요청이 버려집니다.`,
  'proxy.noLocalEndpoints': (p: Node & Ref) =>
    `${p.node}에 Service ${p.ref}의 엔드포인트가 없습니다("has no local endpoints"). kube-proxy가 패킷을 DROP합니다.`,
  'proxy.terminating':
    'Ready인 엔드포인트가 하나도 없어, 종료 중(terminating)이지만 아직 요청을 처리할 수 있는(serving) 엔드포인트로 보냅니다.',
  'proxy.masquerade': (p: Node & { nodeIP: string; clientIP: string }) =>
    `출발지 주소를 ${p.node}의 IP(${p.nodeIP})로 바꿉니다(SNAT, masquerade). 받는 pod에게는 ${subject(p.clientIP)} 아니라 ${p.nodeIP}에서 온 요청으로 보입니다.`,
  'proxy.affinity': (p: { seconds: number; count: number }) =>
    `sessionAffinity: ClientIP — 클라이언트 IP마다 처음 고른 엔드포인트로 ${p.seconds}초 동안 계속 보냅니다. 첫 요청은 엔드포인트 ${p.count}개 중 하나를 무작위로 고릅니다.`,
  'proxy.onlyEndpoint': '엔드포인트가 하나뿐이라 그리로 보냅니다 (sessionAffinity: None)',
  'proxy.random': (p: { count: number }) => `엔드포인트 ${p.count}개 중 하나를 무작위로 선택 (sessionAffinity: None)`,
  'proxy.notReady': (p: { service: string; count: number }) =>
    `${p.service}의 엔드포인트 ${p.count}개가 모두 Ready가 아닙니다.`,
  'proxy.noSelector': (p: { service: string }) =>
    `${topic(p.service)} selector가 없고, 이 포트를 가진 EndpointSlice(또는 Endpoints)도 없습니다.`,
  'proxy.noPods': (p: { service: string; selector: string; namespace: string }) =>
    `${p.service}의 selector(${p.selector})에 맞는 pod가 네임스페이스 ${p.namespace}에 없습니다.`,
  'proxy.noTargetPort': (p: { selector: string; count: number }) =>
    `selector(${p.selector})에 맞는 pod ${p.count}개 중 이 포트의 targetPort를 가진 pod가 없습니다(이름 있는 targetPort는 pod의 containerPort 이름과 protocol이 맞아야 합니다).`,
} satisfies MessageTable;
