// 실습 Gateway API: cafe.example.com의 app 둘을 host와 path로 내보내고, tea를 90/10으로 나누고, http를 https로
// 돌려보내고, Accepted가 아닌 juice 팀의 route를 고친다. 검사는 모두 엔진의 routeGateway(요청이 어디로 가는가)와
// gatewayStatus(구현체가 status에 쓰는 것)에 묻는다: 파일을 어떻게 썼는지가 아니라 결과가 맞는지만 본다.
import cluster from '../../content/examples/lab-gateway-api.yaml?raw';
import { gatewayStatus, routeGateway, type Cluster } from '../engine';
import type { Lab, Verdict } from './types';

const HOST = 'cafe.example.com';
const GATEWAY_FILE = `apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata:
  name: cafe-gateway
spec:
  gatewayClassName: cafe-class
  listeners:
    - name: http
      protocol: HTTP
      port: 80
    - name: https
      protocol: HTTPS
      port: 443
      tls:
        mode: Terminate
        certificateRefs:
          - name: cafe-tls
`;

function cafeRoute(options: { split?: boolean; sectionName?: string }): string {
  const parent = options.sectionName
    ? `    - name: cafe-gateway\n      sectionName: ${options.sectionName}`
    : '    - name: cafe-gateway';
  const tea = options.split
    ? `        - name: tea-service
          port: 80
          weight: 90
        - name: tea-v2-service
          port: 80
          weight: 10`
    : `        - name: tea-service
          port: 80`;
  return `apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata:
  name: cafe-route
spec:
  parentRefs:
${parent}
  hostnames:
    - ${HOST}
  rules:
    - matches:
        - path:
            type: PathPrefix
            value: /coffee
      backendRefs:
        - name: coffee-service
          port: 80
    - matches:
        - path:
            type: PathPrefix
            value: /tea
      backendRefs:
${tea}
`;
}

const REDIRECT_ROUTE = `apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata:
  name: http-redirect
spec:
  parentRefs:
    - name: cafe-gateway
      sectionName: http
  hostnames:
    - ${HOST}
  rules:
    - filters:
        - type: RequestRedirect
          requestRedirect:
            scheme: https
            statusCode: 301
`;

type Scheme = 'http' | 'https';

function request(c: Cluster, scheme: Scheme, host: string, path: string) {
  return routeGateway(c, { scheme, host, path });
}

/** The Services a request may reach (weight > 0), as `NS/NAME`. */
function servicesOf(c: Cluster, scheme: Scheme, host: string, path: string): string[] {
  const result = request(c, scheme, host, path);
  return result.outcome === 'routed' ? result.backends.filter((b) => b.weight > 0).map((b) => b.service) : [];
}

/** Why the routes in a namespace are not (all) attached, from the status the implementation writes. */
function notAccepted(c: Cluster, namespace: string): string | undefined {
  for (const [route, parents] of Object.entries(gatewayStatus(c).routes)) {
    if (!route.startsWith(`${namespace}/`)) continue;
    for (const parent of parents) {
      const accepted = parent.conditions.find((cond) => cond.type === 'Accepted');
      if (accepted && accepted.status === 'False') return `${route}: Accepted False (${accepted.reason})`;
      const resolved = parent.conditions.find((cond) => cond.type === 'ResolvedRefs');
      if (resolved && resolved.status === 'False') return `${route}: ResolvedRefs False (${resolved.reason})`;
    }
  }
  return undefined;
}

/** A path of cafe.example.com goes (over https) to the given Services and to nothing else. */
function serves(c: Cluster, path: string, allowed: string[], required: string): Verdict {
  const https = servicesOf(c, 'https', HOST, path);
  if (https.includes(required) && https.every((s) => allowed.includes(s))) return { ok: true };
  const problem = notAccepted(c, 'default');
  if (problem)
    return {
      ok: false,
      hint: `${problem}. \`kubectl describe httproute\`의 Status에서 이유를 보고 parentRefs(\`cafe-gateway\`)와 hostnames를 확인하세요.`,
    };
  if (https.length > 0)
    return {
      ok: false,
      hint: `https://${HOST}${path} 요청이 ${https.join(', ')}로 갑니다. \`PathPrefix ${path}\` → \`${required.split('/')[1]}\`(port 80)로 쓰세요.`,
    };
  if (servicesOf(c, 'http', HOST, path).includes(required))
    return {
      ok: false,
      hint: `http로는 ${path}가 가지만 https로는 가지 않습니다. route가 https listener에도 붙어야 합니다: parentRefs의 \`sectionName\`을 확인하세요.`,
    };
  return {
    ok: false,
    hint: `https://${HOST}${path}에 맞는 route가 없습니다(404). \`cafe-route.yaml\`에 hostnames \`${HOST}\`와 \`PathPrefix ${path}\` rule을 쓰고 \`kubectl apply -f cafe-route.yaml\`.`,
  };
}

function published(c: Cluster): Verdict {
  const coffee = serves(c, '/coffee', ['default/coffee-service'], 'default/coffee-service');
  if (!coffee.ok) return coffee;
  const tea = serves(c, '/tea', ['default/tea-service', 'default/tea-v2-service'], 'default/tea-service');
  if (!tea.ok) return tea;
  // Host matters: another name on the same Gateway must not reach the cafe's apps.
  if (servicesOf(c, 'https', 'www.example.com', '/coffee').includes('default/coffee-service'))
    return {
      ok: false,
      hint: `www.example.com/coffee도 coffee-service로 갑니다. route의 \`hostnames\`에 \`${HOST}\`만 적어 이 host의 요청만 받게 하세요.`,
    };
  return { ok: true };
}

function split(c: Cluster): Verdict {
  const result = request(c, 'https', HOST, '/tea');
  const weight = (name: string) =>
    result.outcome === 'routed'
      ? result.backends.filter((b) => b.service === `default/${name}`).reduce((sum, b) => sum + b.weight, 0)
      : 0;
  const v1 = weight('tea-service');
  const v2 = weight('tea-v2-service');
  if (v1 + v2 > 0 && v1 * 10 === (v1 + v2) * 9) return published(c);
  return {
    ok: false,
    hint:
      v1 + v2 === 0
        ? `https://${HOST}/tea가 tea-service나 tea-v2-service로 가지 않습니다. 앞 과제의 route가 그대로 있는지 보세요.`
        : `지금 /tea는 tea-service ${v1} : tea-v2-service ${v2}입니다. /tea rule의 backendRefs에 두 Service를 두고 weight를 90과 10(같은 비율이면 9와 1도 됨)으로 쓰세요.`,
  };
}

function redirects(c: Cluster): Verdict {
  for (const path of ['/coffee', '/tea']) {
    const result = request(c, 'http', HOST, path);
    if (result.outcome === 'routed')
      return {
        ok: false,
        hint: `http://${HOST}${path}가 아직 ${result.route ?? 'route'}를 따라 app으로 갑니다. app의 route는 \`sectionName: https\`로 https listener에만 붙이고, http listener에는 redirect route만 두세요.`,
      };
    if (result.outcome !== 'redirect')
      return {
        ok: false,
        hint: `http://${HOST}${path}가 ${result.status}로 끝납니다. http listener(\`sectionName: http\`)에 붙는 route에 \`RequestRedirect\` 필터(\`scheme: https\`)를 두세요.`,
      };
    if (result.status !== 301 || result.location !== `https://${HOST}${path}`)
      return {
        ok: false,
        hint: `http://${HOST}${path}가 ${result.status} ${result.location ?? ''}로 돌려보내집니다. \`statusCode: 301\`, \`scheme: https\`만 바꾸고 host와 path는 그대로 두세요.`,
      };
  }
  return published(c);
}

function juiceFixed(c: Cluster): Verdict {
  const problem = notAccepted(c, 'juice');
  if (problem)
    return {
      ok: false,
      hint: `${problem}. juice의 route는 다른 namespace에 있는데, Gateway listener의 \`allowedRoutes\`는 기본이 \`Same\`(같은 namespace만)입니다. \`gateway.yaml\`의 listener에 \`allowedRoutes.namespaces.from\`(All 또는 juice를 고르는 Selector)을 쓰고 apply 하세요.`,
    };
  if (!servicesOf(c, 'https', 'juice.example.com', '/').includes('juice/juice-service'))
    return {
      ok: false,
      hint: `https://juice.example.com/이 juice-service로 가지 않습니다. \`kubectl get httproute -A\`로 juice의 route가 남아 있는지, hostnames가 \`juice.example.com\`인지 보세요.`,
    };
  return { ok: true };
}

export const gatewayApiLab: Lab = {
  id: 'gateway-api',
  title: 'Gateway API',
  cluster,
  clusterFile: 'lab-gateway-api.yaml',
  overview: 'kubectl get gatewayclass,gateway,httproute -A',
  files: {
    'cafe-route.yaml': `apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata:
  name: cafe-route
spec:
  parentRefs:
    - name: cafe-gateway
  hostnames:
    - ${HOST}
  rules:
    - matches:
        - path:
            type: PathPrefix
            value: /coffee
      backendRefs:
        - name:
          port: 80
`,
    'redirect-route.yaml': `apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata:
  name: http-redirect
spec:
  parentRefs:
    - name: cafe-gateway
  rules:
    - filters:
        - type: RequestRedirect
`,
    'gateway.yaml': GATEWAY_FILE,
  },
  tasks: [
    {
      id: 'controller',
      kind: 'question',
      prompt: 'GatewayClass `cafe-class`를 맡는 구현체(controller)의 이름은 무엇인가요?',
      answers: ['example.net/gateway-controller'],
      answer: 'example.net/gateway-controller',
      hint: '`kubectl get gatewayclass`(짧게 `kubectl get gc`)의 CONTROLLER 열을 그대로 적으세요.',
      solution: '`kubectl get gc` → CONTROLLER `example.net/gateway-controller`, ACCEPTED `True`.',
    },
    {
      id: 'juice-reason',
      kind: 'question',
      prompt:
        'juice 팀의 HTTPRoute `juice-route`(namespace `juice`)는 Gateway에 붙지 못했습니다. 구현체가 status에 쓴 `Accepted` condition의 Reason은 무엇인가요?',
      answers: ['NotAllowedByListeners'],
      answer: 'NotAllowedByListeners',
      hint: '`kubectl describe httproute juice-route -n juice`의 Status → Parents → Conditions에서 Type이 Accepted인 항목의 Reason을 보세요.',
      solution:
        '`NotAllowedByListeners`: `cafe-gateway`의 listener에 `allowedRoutes`가 없어 기본값 `from: Same`이 되고, default namespace의 route만 받습니다.',
    },
    {
      id: 'publish',
      kind: 'goal',
      prompt: `HTTPRoute \`cafe-route\`를 만들어 \`${HOST}\`의 \`/coffee\`는 \`coffee-service\`로, \`/tea\`는 \`tea-service\`로 보내세요(port 80). 다른 host의 요청은 받지 않아야 합니다. \`cafe-route.yaml\`을 채우고 \`kubectl apply -f cafe-route.yaml\`.`,
      solution: `\`cafe-route.yaml\`에 rule 둘(\`PathPrefix /coffee\` → \`coffee-service\`, \`PathPrefix /tea\` → \`tea-service\`)을 쓰고 \`kubectl apply -f cafe-route.yaml\`. 확인: \`curl http://${HOST}/tea\`, \`kubectl get httproute\`.`,
      files: { 'cafe-route.yaml': cafeRoute({}) },
      commands: ['kubectl apply -f cafe-route.yaml'],
      check: published,
    },
    {
      id: 'split',
      kind: 'goal',
      prompt:
        '새 버전 `tea-v2`를 canary로 내보냅니다. `/tea` 요청의 90%는 `tea-service`, 10%는 `tea-v2-service`로 가게 하세요.',
      solution:
        '`/tea` rule의 backendRefs에 `tea-service`(weight 90)와 `tea-v2-service`(weight 10)를 두고 `kubectl apply -f cafe-route.yaml`.',
      files: { 'cafe-route.yaml': cafeRoute({ split: true }) },
      commands: ['kubectl apply -f cafe-route.yaml'],
      check: split,
    },
    {
      id: 'redirect',
      kind: 'goal',
      prompt: `\`http://${HOST}\`로 온 요청은 모두 같은 주소의 https로 영구 redirect(301) 하세요. https 요청은 지금처럼 app으로 가야 합니다.`,
      solution:
        '`cafe-route.yaml`의 parentRefs에 `sectionName: https`를 더해 https listener에만 붙이고, `redirect-route.yaml`은 `sectionName: http`에 붙여 `RequestRedirect`(`scheme: https`, `statusCode: 301`). 둘 다 `kubectl apply -f`.',
      files: {
        'cafe-route.yaml': cafeRoute({ split: true, sectionName: 'https' }),
        'redirect-route.yaml': REDIRECT_ROUTE,
      },
      commands: ['kubectl apply -f cafe-route.yaml', 'kubectl apply -f redirect-route.yaml'],
      check: redirects,
    },
    {
      id: 'juice',
      kind: 'goal',
      prompt:
        '`juice-route`가 Accepted가 되어 `https://juice.example.com/`이 juice 팀의 `juice-service`로 가게 고치세요. juice 팀의 route와 Service는 `juice` namespace에 그대로 둡니다.',
      solution:
        '`gateway.yaml`의 두 listener에 `allowedRoutes: {namespaces: {from: All}}`를 더하고 `kubectl apply -f gateway.yaml`. juice만 받으려면 `from: Selector`와 `selector: {matchLabels: {kubernetes.io/metadata.name: juice}}`. 확인: `kubectl describe httproute juice-route -n juice`.',
      files: {
        'gateway.yaml': GATEWAY_FILE.replace(
          /( {6}port: (80|443)\n)/g,
          '$1      allowedRoutes:\n        namespaces:\n          from: All\n',
        ),
      },
      commands: ['kubectl apply -f gateway.yaml'],
      check: juiceFixed,
    },
  ],
};
