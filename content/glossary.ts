// The course's terms: the English word the notes write, the kubernetes.io/ko glossary's Korean term, and a short
// definition. One list feeds the 용어집 page (content/docs/glossary.mdx) and the terminology check
// (src/integrations/terminology.ts); the rule itself is written down in content/TERMINOLOGY.md.

export interface Term {
  /** Anchor on the 용어집 page, /glossary/#id: the slug of the page's heading `### en`. */
  id: string;
  /** How the chapters write it (the notes' habit: English, as kubectl and the API spell it). */
  en: string;
  /** The Korean term of kubernetes.io/ko, shown in parentheses at a chapter's first use. */
  ko: string;
  definition: string;
  /** Korean spellings that must not stand alone in a chapter's prose (the English term is used instead). */
  banned: string[];
  /** A chapter that uses the term glosses it at its first use in prose: [en](/glossary/#id)(ko). */
  glossAtFirstUse: boolean;
  /** The English forms that count as a use (plural, other case). Defaults to [en]. */
  forms?: string[];
}

export const TERMS: Term[] = [
  {
    id: 'cluster',
    en: 'cluster',
    ko: '클러스터',
    definition: '컨테이너화된 application을 실행하는 node들과 그것을 관리하는 control plane의 묶음',
    banned: ['클러스터'],
    glossAtFirstUse: true,
    forms: ['cluster', 'clusters'],
  },
  {
    id: 'node',
    en: 'node',
    ko: '노드',
    definition: 'pod가 실행되는 machine(VM 또는 물리 서버). 각 node에는 kubelet과 kube-proxy가 돎',
    banned: ['노드'],
    glossAtFirstUse: true,
    forms: ['node', 'nodes'],
  },
  {
    id: 'pod',
    en: 'pod',
    ko: '파드',
    definition:
      '하나 이상의 container를 묶은, Kubernetes가 배포하는 가장 작은 단위. pod마다 cluster 안의 IP 하나를 받음',
    banned: ['파드'],
    glossAtFirstUse: true,
    forms: ['pod', 'pods'],
  },
  {
    id: 'container',
    en: 'container',
    ko: '컨테이너',
    definition: 'image와 그 실행 환경을 묶어 격리해 실행하는 프로세스. pod 안에서 돎',
    banned: ['컨테이너'],
    glossAtFirstUse: false,
  },
  {
    id: 'namespace',
    en: 'namespace',
    ko: '네임스페이스',
    definition: '한 cluster 안에서 object의 이름을 나누는 범위. Service, pod, NetworkPolicy는 namespace에 속함',
    banned: ['네임스페이스'],
    glossAtFirstUse: true,
    forms: ['namespace', 'namespaces'],
  },
  {
    id: 'label',
    en: 'label',
    ko: '레이블',
    definition: 'object의 `metadata.labels`에 붙이는 key-value 쌍. selector가 이것으로 object를 고름',
    banned: ['레이블', '라벨'],
    glossAtFirstUse: true,
    forms: ['label', 'labels'],
  },
  {
    id: 'selector',
    en: 'selector',
    ko: '셀렉터',
    definition: 'label 조건으로 object 집합을 고르는 식. Service의 `selector`, NetworkPolicy의 `podSelector` 등',
    banned: ['셀렉터'],
    glossAtFirstUse: true,
    forms: ['selector', 'selectors'],
  },
  {
    id: 'port',
    en: 'port',
    ko: '포트',
    definition: '한 IP 안에서 연결을 구분하는 번호. Service에는 `port`, `targetPort`, `nodePort` 세 가지가 있음',
    banned: ['포트'],
    glossAtFirstUse: true,
    forms: ['port', 'ports'],
  },
  {
    id: 'service',
    en: 'Service',
    ko: '서비스',
    definition: 'selector로 고른 pod 집합 앞에 변하지 않는 이름과 가상 IP를 두는 object',
    banned: ['서비스'],
    glossAtFirstUse: true,
    forms: ['Service', 'Services'],
  },
  {
    id: 'endpoint',
    en: 'endpoint',
    ko: '엔드포인트',
    definition: 'Service가 실제로 요청을 보낼 수 있는 pod의 IP와 port 하나',
    banned: ['엔드포인트'],
    glossAtFirstUse: true,
    forms: ['endpoint', 'endpoints'],
  },
  {
    id: 'endpointslice',
    en: 'EndpointSlice',
    forms: ['EndpointSlice', 'EndpointSlices'],
    ko: '엔드포인트슬라이스',
    definition: 'Service의 endpoint 목록을 담는 object. endpoint마다 Ready 여부를 함께 기록함',
    banned: ['엔드포인트슬라이스'],
    glossAtFirstUse: true,
  },
  {
    id: 'clusterip',
    en: 'ClusterIP',
    ko: '클러스터IP',
    definition: 'cluster 안에서만 닿는 가상 IP를 받는 Service type. `type`의 기본값',
    banned: [],
    glossAtFirstUse: true,
  },
  {
    id: 'nodeport',
    en: 'NodePort',
    ko: '노드포트',
    definition: '모든 node의 같은 port(기본 30000~32767)를 열어 Service로 보내는 Service type',
    banned: [],
    glossAtFirstUse: true,
  },
  {
    id: 'loadbalancer',
    en: 'LoadBalancer',
    ko: '로드밸런서',
    definition: 'cloud provider 등의 외부 load balancer를 붙이는 Service type. 그 아래에 NodePort와 ClusterIP가 있음',
    banned: ['로드밸런서', '로드 밸런서'],
    glossAtFirstUse: true,
  },
  {
    id: 'headless-service',
    en: 'headless Service',
    ko: '헤드리스 서비스',
    definition: '`clusterIP: None`인 Service. cluster IP 없이 DNS가 Ready인 pod들의 IP를 직접 돌려줌',
    banned: ['헤드리스'],
    glossAtFirstUse: true,
    forms: ['headless Service', 'headless'],
  },
  {
    id: 'kube-proxy',
    en: 'kube-proxy',
    ko: 'kube-proxy',
    definition:
      '각 node에서 Service의 가상 IP와 nodePort로 가는 패킷을 endpoint로 보내는 규칙(iptables, nftables, IPVS)을 만드는 구성 요소',
    banned: [],
    glossAtFirstUse: false,
  },
  {
    id: 'ingress',
    en: 'Ingress',
    ko: '인그레스',
    definition: 'host와 URL 경로에 따라 HTTP 요청을 Service로 나누는 규칙을 담는 object',
    banned: ['인그레스'],
    glossAtFirstUse: true,
  },
  {
    id: 'ingress-controller',
    en: 'Ingress controller',
    ko: '인그레스 컨트롤러',
    definition: 'Ingress 규칙을 읽어 실제로 요청을 나눠 주는 reverse proxy. cluster에 따로 설치함 (예: ingress-nginx)',
    banned: [],
    glossAtFirstUse: false,
  },
  {
    id: 'ingressclass',
    en: 'IngressClass',
    ko: '인그레스클래스',
    definition: '어느 Ingress controller가 Ingress를 처리할지 정하는 cluster 범위 object',
    banned: [],
    glossAtFirstUse: false,
  },
  {
    id: 'networkpolicy',
    en: 'NetworkPolicy',
    ko: '네트워크 정책',
    definition: 'label로 고른 pod의 ingress/egress 트래픽 중 허용할 것을 적는 object. network plugin이 지킴',
    banned: ['네트워크 정책', '네트워크정책', '네트워크 폴리시'],
    glossAtFirstUse: true,
    forms: ['NetworkPolicy', 'NetworkPolicies'],
  },
  {
    id: 'ingress--egress',
    en: 'ingress / egress',
    ko: '인그레스 / 이그레스',
    definition: 'NetworkPolicy에서 pod 입장의 방향: 들어오는 연결(ingress)과 나가는 연결(egress)',
    banned: ['이그레스'],
    glossAtFirstUse: false,
  },
  {
    id: 'network-plugin-cni',
    en: 'network plugin (CNI)',
    ko: '네트워크 플러그인',
    definition: 'pod network를 만들고, 지원하면 NetworkPolicy를 지키는 cluster 구성 요소 (Calico, Cilium, Flannel 등)',
    banned: [],
    glossAtFirstUse: false,
  },
  {
    id: 'annotation',
    en: 'annotation',
    ko: '어노테이션',
    definition: 'object에 붙이는 key-value 메모. selector로 고르는 데는 쓰지 않고, controller 설정 등에 씀',
    banned: ['어노테이션'],
    glossAtFirstUse: false,
  },
  {
    id: 'readiness-probe',
    en: 'readiness probe',
    ko: '준비성 프로브',
    definition:
      'container가 요청을 받을 준비가 되었는지 kubelet이 확인하는 검사. 실패하면 endpoint가 Ready가 아니게 됨',
    banned: ['프로브'],
    glossAtFirstUse: false,
  },
  {
    id: 'control-plane',
    en: 'control plane',
    ko: '컨트롤 플레인',
    definition: 'API server, scheduler, controller manager 등 cluster를 관리하는 구성 요소의 묶음',
    banned: ['컨트롤 플레인'],
    glossAtFirstUse: false,
  },
  {
    id: 'load-balancing',
    en: 'load balancing',
    ko: '부하 분산',
    definition: '요청이나 연결을 여러 endpoint에 나눠 보내는 것. 이 노트에서는 Korean으로 "부하 분산"이라 씀',
    banned: ['load 분산', '로드밸런싱'],
    glossAtFirstUse: false,
  },
  {
    id: 'gateway-api',
    en: 'Gateway API',
    ko: '게이트웨이 API',
    definition: 'Ingress의 후속 API. Gateway, HTTPRoute 같은 object로 역할을 나눠 routing을 정의함',
    banned: [],
    glossAtFirstUse: false,
  },
];
