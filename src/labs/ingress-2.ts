// 실습 3 Ingress Networking 2: 다른 namespace의 앱 둘에 Ingress를 만들고, 앱이 돌려주는 404를 rewrite-target으로 고친다.
import cluster from '../../content/examples/lab-ingress-2.yaml?raw';
import type { Cluster } from '../engine';
import { curlNode, ingressBackend, podsOf } from './checks';
import type { Lab, Verdict } from './types';

function ingressFile(rewrite: boolean): string {
  const annotations = rewrite
    ? `  annotations:
    nginx.ingress.kubernetes.io/rewrite-target: /
`
    : '';
  return `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: ingress-wear-watch
  namespace: app-space
${annotations}spec:
  ingressClassName: nginx
  rules:
    - http:
        paths:
          - path: /wear
            pathType: Prefix
            backend:
              service:
                name: wear-service
                port:
                  number: 8080
          - path: /watch
            pathType: Prefix
            backend:
              service:
                name: video-service
                port:
                  number: 8080
`;
}

function ingressExists(c: Cluster): Verdict {
  const own = c.ingresses.find((i) => i.namespace === 'app-space' && i.name === 'ingress-wear-watch');
  if (!own) {
    const elsewhere = c.ingresses.find((i) => i.name === 'ingress-wear-watch');
    return elsewhere
      ? {
          ok: false,
          hint: `Ingress가 ${elsewhere.namespace} namespace에 만들어졌습니다. Ingress는 같은 namespace의 Service만 가리킬 수 있으니 \`metadata.namespace: app-space\`로 만드세요.`,
        }
      : {
          ok: false,
          hint: 'app-space에 `ingress-wear-watch`가 아직 없습니다. `ingress.yaml`을 채우고 `kubectl apply -f ingress.yaml`.',
        };
  }
  // ingress-nginx takes it by spec.ingressClassName naming its IngressClass, or (deprecated, still read) by
  // the legacy kubernetes.io/ingress.class: nginx annotation; this cluster marks no IngressClass as default.
  const legacy = own.annotations['kubernetes.io/ingress.class'];
  if (own.ingressClassName === undefined && legacy === undefined)
    return {
      ok: false,
      hint: 'Ingress에 class가 없습니다. 이 클러스터에는 기본 IngressClass가 없어서 ingress-nginx가 맡지 않습니다. `spec.ingressClassName: nginx`를 넣으세요(예전 방식의 `kubernetes.io/ingress.class: nginx` annotation도 ingress-nginx는 아직 읽지만 deprecated입니다).',
    };
  if (own.ingressClassName !== undefined && own.ingressClassName !== 'nginx')
    return {
      ok: false,
      hint: `\`ingressClassName: ${own.ingressClassName}\`인 IngressClass를 맡는 controller가 없습니다. \`kubectl get ingressclass\`의 이름인 \`nginx\`로 쓰세요.`,
    };
  if (own.ingressClassName === undefined && legacy !== 'nginx')
    return {
      ok: false,
      hint: `annotation \`kubernetes.io/ingress.class: ${legacy}\`는 ingress-nginx의 class(\`nginx\`)가 아닙니다. \`spec.ingressClassName: nginx\`를 쓰세요.`,
    };
  return { ok: true };
}

function backendIs(c: Cluster, path: string, service: string): Verdict {
  // The request the task describes: curl http://node01:30080/PATH (Host node01, so `host: node01` also answers).
  const backend = ingressBackend(c, 'node01', path);
  return backend === `app-space/${service}`
    ? { ok: true }
    : {
        ok: false,
        hint: `${path}가 ${backend ? `${backend}로 갑니다` : '어느 Service로도 가지 않습니다'}. \`path: ${path}\`(pathType: Prefix) → \`${service}\`, port 8080으로 쓰세요.`,
      };
}

/** The app only serves `/`: the pod must receive `/` for /wear and /watch. */
function receivesRoot(c: Cluster, path: string, deployment: string): Verdict {
  const delivery = curlNode(c, 30080, path);
  const pods = podsOf(c, 'app-space', deployment);
  if (!delivery.delivered || !delivery.pods.every((p) => pods.includes(p)))
    return {
      ok: false,
      hint: `\`curl http://node01:30080${path}\`이 ${deployment} pod에 닿지 않습니다. 앞 과제의 Ingress가 그대로 있는지 보세요.`,
    };
  if (delivery.path !== '/')
    return {
      ok: false,
      hint: `${deployment} pod가 아직 \`${delivery.path ?? path}\` 경로를 받습니다. 앱은 \`/\`만 압니다. \`metadata.annotations\`에 \`nginx.ingress.kubernetes.io/rewrite-target: /\`를 넣고 다시 apply 하세요.`,
    };
  return { ok: true };
}

export const ingress2Lab: Lab = {
  id: 'ingress-2',
  title: 'Ingress Networking 2',
  cluster,
  clusterFile: 'lab-ingress-2.yaml',
  overview: 'kubectl get all -n app-space',
  files: {
    'ingress.yaml': `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: ingress-wear-watch
  namespace:
spec:
  ingressClassName:
  rules:
    - http:
        paths:
          - path: /wear
            pathType: Prefix
            backend:
              service:
                name:
                port:
                  number: 8080
`,
  },
  tasks: [
    {
      id: 'app-namespace',
      kind: 'question',
      prompt: 'wear와 video 앱은 어느 namespace에 있나요?',
      answers: ['app-space'],
      answer: 'app-space',
      hint: '`kubectl get deploy -A`나 `kubectl get svc -A`의 NAMESPACE 열을 보세요.',
      solution: '`kubectl get svc -A` → `app-space`의 `wear-service`, `video-service`.',
    },
    {
      id: 'node-port',
      kind: 'question',
      prompt: 'Ingress controller Service(`ingress-nginx-controller`)는 http(80)를 노드의 몇 번 port로 받나요?',
      answers: ['30080', '30080/TCP'],
      answer: '30080',
      hint: '`kubectl get svc -n ingress-nginx`의 PORT(S)에서 `80:` 뒤의 숫자가 nodePort입니다.',
      solution:
        '`kubectl get svc -n ingress-nginx` → `80:30080/TCP,443:30443/TCP`. 밖에서는 `http://node01:30080`으로 controller에 들어갑니다.',
    },
    {
      id: 'class',
      kind: 'question',
      prompt: 'ingress-nginx가 맡는 IngressClass의 이름은 무엇인가요?',
      answers: ['nginx'],
      answer: 'nginx',
      hint: '`kubectl get ingressclass`의 NAME 열을 보세요.',
      solution: '`kubectl get ingressclass` → `nginx` (CONTROLLER `k8s.io/ingress-nginx`).',
    },
    {
      id: 'create',
      kind: 'goal',
      prompt:
        'app-space에 Ingress `ingress-wear-watch`를 만드세요: `/wear` → `wear-service`:8080, `/watch` → `video-service`:8080(pathType Prefix), `ingressClassName: nginx`. `ingress.yaml`을 채우고 `kubectl apply -f ingress.yaml`.',
      solution:
        '`ingress.yaml`을 아래처럼 쓰고 `kubectl apply -f ingress.yaml`. `kubectl create ingress ingress-wear-watch -n app-space --class=nginx --rule="/wear*=wear-service:8080" --rule="/watch*=video-service:8080"`도 같은 Ingress를 만듭니다.',
      files: { 'ingress.yaml': ingressFile(false) },
      commands: ['kubectl apply -f ingress.yaml'],
      check(c) {
        const exists = ingressExists(c);
        if (!exists.ok) return exists;
        const wear = backendIs(c, '/wear', 'wear-service');
        return wear.ok ? backendIs(c, '/watch', 'video-service') : wear;
      },
    },
    {
      id: 'who-404',
      kind: 'question',
      prompt:
        '`curl http://node01:30080/wear`를 해 보면 404가 나옵니다. 응답 끝의 `<center>…</center>`에 적힌 서버는 무엇인가요?',
      answers: ['nginx/1.27.5'],
      answer: 'nginx/1.27.5',
      hint: 'Ingress를 만든 뒤 `curl http://node01:30080/wear`를 실행하고 `<hr><center>` 뒤의 글자를 그대로 적으세요. 버전이 붙어 있으면 controller가 아니라 앱 pod의 nginx가 답한 것입니다.',
      solution:
        '`nginx/1.27.5`: controller는 요청을 wear pod로 잘 보냈지만, pod의 nginx가 `/wear`라는 경로를 몰라 404를 돌려줍니다. (controller 자신의 404라면 버전 없이 `nginx`만 보입니다.)',
    },
    {
      id: 'rewrite',
      kind: 'goal',
      prompt:
        '`rewrite-target`으로 404를 고치세요. 앱은 `/`만 압니다: `/wear`와 `/watch`로 온 요청이 pod에는 `/`로 가야 합니다.',
      solution:
        '`ingress.yaml`의 metadata에 `annotations: {nginx.ingress.kubernetes.io/rewrite-target: /}`를 더하고 `kubectl apply -f ingress.yaml`. 확인: `curl http://node01:30080/wear` → nginx 환영 페이지.',
      files: { 'ingress.yaml': ingressFile(true) },
      commands: ['kubectl apply -f ingress.yaml'],
      check(c) {
        const exists = ingressExists(c);
        if (!exists.ok) return exists;
        const wear = receivesRoot(c, '/wear', 'webapp-wear');
        return wear.ok ? receivesRoot(c, '/watch', 'webapp-video') : wear;
      },
    },
    {
      id: 'received-path',
      kind: 'question',
      prompt: '고친 뒤 `curl http://node01:30080/watch/`를 보내면 video pod는 어떤 경로를 받나요?',
      answers: ['/'],
      answer: '/',
      hint: '`rewrite-target: /`는 맞은 path가 무엇이든 URI 전체를 그 값으로 바꿉니다.',
      solution:
        '`/`: rewrite-target이 `/`라서 `/watch/`도 `/watch/x`도 pod에는 `/`로 갑니다. 뒤쪽 경로를 살리려면 `path: /watch(/|$)(.*)`와 `rewrite-target: /$2`처럼 capture group을 씁니다.',
    },
  ],
};
