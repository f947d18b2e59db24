// A request by name (route/resolve.ts): cluster DNS, search domains, headless and ExternalName Services.
import { object, topic } from '../../route/korean';
import type { MessageTable } from '../table';

type Service = { service: string };

export const resolve = {
  'resolve.nodeResolvConf': (p: { dnsPolicy: string; hostNetwork: boolean }) =>
    `dnsPolicy ${p.dnsPolicy}${p.hostNetwork ? '(hostNetwork pod)' : ''}라서 노드의 resolv.conf를 쓰므로 클러스터 이름을 모릅니다(hostNetwork pod는 ClusterFirstWithHostNet이어야 합니다).`,
  'resolve.fromOutside': (p: { nodeIP: string | undefined }) =>
    `클러스터 밖에서는 노드 IP와 nodePort(예: http://${p.nodeIP ?? '노드IP'}:30008)로 접속합니다.`,
  'resolve.noClusterDns': (p: { client: string; host: string; why: string }) =>
    `${topic(p.client)} 클러스터 DNS(CoreDNS)를 쓰지 않아 ${p.host}의 주소를 찾지 못합니다. ${p.why}`,
  'resolve.fullyQualified': '끝에 점이 있어 완전한 이름으로만 찾습니다',
  'resolve.searchDomains': (p: { dots: number; domains: string }) =>
    `점이 ${p.dots}개로 ndots:5보다 적어, pod의 resolv.conf 검색 도메인(${p.domains})을 차례로 붙여 봅니다`,
  'resolve.asIs': '점이 ndots:5 이상이라 이름 그대로 먼저 찾습니다',
  'resolve.notInCluster': (p: { host: string; how: string; tried: string }) =>
    `${p.host}: ${p.how}. 시도: ${p.tried} → 클러스터 안에는 없음`,
  'resolve.headless': (p: { count: number; ips: string; port: number }) =>
    `헤드리스 Service(clusterIP: None)라 가상 IP가 없습니다. DNS가 Ready pod의 A 레코드 ${p.count}개를 돌려주고, curl은 그중 하나(${p.ips})에 포트 ${p.port}로 바로 연결합니다. kube-proxy는 끼지 않으므로 targetPort 변환도 없습니다.`,
  'resolve.cnameInZone': (p: { asked: string; target: string; answer: string }) =>
    `ExternalName: ${topic(p.asked)} CNAME ${p.target}입니다. 클러스터 안의 이름이라 CoreDNS가 이어서 돌려줍니다: ${p.answer}.`,
  'resolve.cnameOutside': (p: { target: string; asked: string }) =>
    `ExternalName Service는 DNS CNAME(${p.target})만 돌려주고 kube-proxy는 아무것도 프록시하지 않습니다. ${p.target}의 주소는 클러스터 밖 DNS가 정하므로 시뮬레이션은 여기서 멈춥니다(HTTP Host 헤더는 여전히 ${p.asked}입니다).`,
  'resolve.record.service': (p: Service & { ip: string }) => `A ${p.ip} (Service ${p.service}의 ClusterIP)`,
  'resolve.record.headless': (p: Service & { ips: string }) => `A ${p.ips} (헤드리스 Service ${p.service}의 pod들)`,
  'resolve.otherNamespace': (p: { name: string; namespaces: string; example: string }) =>
    ` Service ${topic(p.name)} 네임스페이스 ${p.namespaces}에 있으니 ${p.name}.${p.example}처럼 네임스페이스를 붙이세요.`,
  'resolve.forwarded': (p: { host: string }) =>
    `${topic(p.host)} 클러스터의 이름이 아니라 CoreDNS가 상위 DNS로 넘깁니다(forward). 클러스터 밖 세상은 시뮬레이션하지 않습니다.`,
  'resolve.nxdomain': (p: { host: string; hint: string }) =>
    `이름 ${object(p.host)} 찾을 수 없습니다(NXDOMAIN).${p.hint}`,
} satisfies MessageTable;
