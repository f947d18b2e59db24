// Twenty queries a Korean learner types, each with the page that must come first. Shared by the search test
// and `npm run bench -- search`-style measurements.
export const SEARCH_QUERIES: { query: string; page: string }[] = [
  { query: '서비스', page: '/services/' },
  { query: '노드포트', page: '/services/' },
  { query: 'NodePort', page: '/services/' },
  { query: '세션 어피니티', page: '/services/' },
  { query: '외부 트래픽 정책', page: '/services/' },
  { query: '클러스터IP', page: '/services-clusterip/' },
  { query: 'ClusterIP', page: '/services-clusterip/' },
  { query: '엔드포인트', page: '/services-clusterip/' },
  { query: '헤드리스', page: '/services-clusterip/' },
  { query: '로드밸런서', page: '/services-loadbalancer/' },
  { query: '인그레스', page: '/ingress-networking/' },
  { query: '인그레스 컨트롤러', page: '/ingress-networking/' },
  { query: '경로 유형', page: '/article-ingress/' },
  { query: 'pathType', page: '/article-ingress/' },
  { query: '재작성', page: '/faq-rewrite-target/' },
  { query: 'rewrite-target', page: '/faq-rewrite-target/' },
  { query: '네트워크 정책', page: '/network-policies/' },
  { query: '네트워크정책', page: '/network-policies/' },
  { query: '기본 거부', page: '/developing-network-policies/' },
  { query: '네임스페이스 셀렉터', page: '/developing-network-policies/' },
];
