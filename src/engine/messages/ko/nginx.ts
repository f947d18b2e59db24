// ingress-nginx request explanations (ingress/nginx/route.ts): each begins with how the server was
// chosen (`via`) and the location (`decided`). `nginx.class.*` say why the controller takes or ignores an
// Ingress (nginx/classes.ts, nginx/servers.ts), `nginx.admission.*` why its webhook denies one (nginx/admission.ts).
import type { MessageTable } from '../table';

type Via = { via: string };
type Decided = { decided: string };

export const nginx = {
  'nginx.appRoot': (p: Via & { location: string }) =>
    `${p.via} 요청 경로가 정확히 /라서 app-root annotation이 302로 ${p.location}에 보냅니다.`,
  'nginx.slashRedirect': (p: Via & { uri: string; directive: string; path: string; prefixPath: string | undefined }) =>
    `${p.via} ${p.uri}에 맞는 location은 없고 'location ${p.directive}'만 있어서, nginx가 끝에 /를 붙인 주소(${p.path})로 301 redirect합니다.${p.prefixPath === undefined ? '' : ` (Ingress 명세라면 Prefix path(${p.prefixPath})가 이 요청과 맞습니다.)`}`,
  'nginx.rewriteRedirect': (p: Decided & { location: string }) =>
    `${p.decided} rewrite-target이 http(s)://로 시작해 nginx가 302로 ${p.location}에 보냅니다.`,
  'nginx.sslRedirect.tls': '이 host에 TLS가 설정되어 있어서(ssl-redirect 기본값 true)',
  'nginx.sslRedirect': (p: Decided & { why: string }) => `${p.decided} ${p.why} HTTPS로 308 redirect합니다.`,
  'nginx.defaultBackend404': (p: Decided & { ignored: string }) =>
    `${p.decided} 어떤 Ingress path에도 맞지 않아 ingress-nginx의 기본 backend가 404를 돌려줍니다.${p.ignored}`,
  'nginx.unavailable': (p: { problem: string }) => ` 그런데 ${p.problem}. 그래서 ingress-nginx는 503을 돌려줍니다.`,
  'nginx.rewritten': (p: { target: string; path: string }) =>
    ` rewrite-target(${p.target})이 URI 전체를 바꾸므로 backend가 받는 경로는 ${p.path}입니다.`,
  'nginx.passedAsIs': (p: { path: string }) => ` backend는 경로를 그대로(${p.path}) 받습니다.`,
  'nginx.server.default': (p: { host: string }) =>
    `이름이 Host(${p.host || '없음'})와 같은 server가 없어 기본 server(_)가 받고,`,
  'nginx.server.wildcard': (p: { host: string; server: string }) =>
    `Host(${p.host})는 와일드카드 server ${p.server}에서 받고(ingress-nginx는 *.를 label 하나만 받는 정규식으로 바꿉니다),`,
  'nginx.server.exact': (p: { host: string; server: string }) => `Host(${p.host})는 server ${p.server}에서 받고,`,
  'nginx.location.regex':
    '이 host의 Ingress 중 하나에 rewrite-target이나 use-regex가 있어서 모든 path가 대소문자를 무시하는 정규식 location(~*)이 되었고, 긴 것부터 차례로 비교해 ',
  'nginx.location.path': (p: { ingress: string; path: string; pathType: string }) =>
    `${p.ingress}의 ${p.path} (${p.pathType}${p.pathType === 'ImplementationSpecific' ? '→Prefix' : ''})`,
  'nginx.location.defaultBackend': (p: { ingress: string }) => `${p.ingress}의 spec.defaultBackend`,
  'nginx.location.controllerDefault': '기본 backend',
  'nginx.location': (p: { regex: string; directive: string; from: string }) =>
    `${p.regex}'location ${p.directive}'(${p.from})에서 결정했습니다.`,
  'nginx.shadowed': (p: { ingresses: string }) =>
    ` 같은 path를 가진 Ingress(${p.ingresses})는 더 나중에 만들어져 무시됐습니다(가장 오래된 Ingress가 이김).`,
  'nginx.ignored': (p: { reasons: string }) => ` (이 host를 적은 ${p.reasons})`,
  'nginx.class.defaulted': ' (기본 IngressClass로 채워짐)',
  'nginx.class.missing': (p: { className: string; defaulted: string }) =>
    `ingressClassName '${p.className}'${p.defaulted}에 해당하는 IngressClass가 없어 무시합니다`,
  'nginx.class.otherController': (p: { name: string; controller: string }) =>
    `IngressClass ${p.name}의 controller(${p.controller})가 ingress-nginx의 것이 아니라서 무시합니다`,
  'nginx.class.installed': ', ingress-nginx 설치가 만드는 IngressClass로 가정',
  'nginx.class.annotation': (p: { annotation: string; value: string; expected: string }) =>
    `${p.annotation}: ${p.value} annotation이 '${p.expected}'가 아니라서 무시합니다`,
  'nginx.class.none':
    'class가 없고(ingressClassName도 annotation도 없음) 기본 IngressClass도 없어 무시합니다 (--watch-ingress-without-class는 기본값 false)',
  'nginx.class.canary':
    'canary Ingress는 자기 location을 만들지 않고 기존 backend에 가중치로 섞입니다 (시뮬레이터는 다루지 않음)',
  'nginx.admission.invalidPath': (p: { path: string | undefined; pathType: string }) =>
    `ingress-nginx의 admission webhook이 거부해 이 Ingress는 만들어지지 않았습니다: path ${p.path}는 pathType ${p.pathType}에 쓸 수 없으니, 정규식 path라면 pathType을 ImplementationSpecific으로 쓰세요(strict-validate-path-type, v1.12부터 기본값 true)`,
  'nginx.admission.overlap': (p: { owner: string }) =>
    `ingress-nginx의 admission webhook이 거부해 이 Ingress는 만들어지지 않았습니다: 같은 host와 path를 먼저 만든 Ingress(${p.owner})가 이미 가지고 있습니다. path를 바꾸거나 그 Ingress에 합치세요`,
} satisfies MessageTable;
