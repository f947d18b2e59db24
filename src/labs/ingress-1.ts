// 실습 2 Ingress Networking 1: 있는 controller와 Ingress를 살펴보고, path 하나를 바꾸고 하나를 더한다.
import cluster from '../../content/examples/lab-ingress-1.yaml?raw';
import { curlNode, ingressBackend, podsOf, reachesOnly } from './checks';
import type { Lab, Verdict } from './types';
import type { Cluster } from '../engine';

function ingressFile(paths: [string, string][]): string {
  const entries = paths
    .map(
      ([path, service]) => `          - path: ${path}
            pathType: Prefix
            backend:
              service:
                name: ${service}
                port:
                  number: 8080`,
    )
    .join('\n');
  return `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: ingress-wear-watch
  namespace: app-space
  annotations:
    nginx.ingress.kubernetes.io/rewrite-target: /
    nginx.ingress.kubernetes.io/ssl-redirect: "false"
spec:
  ingressClassName: nginx
  rules:
    - http:
        paths:
${entries}
`;
}

/** The path goes to the Service, and curl through the controller's NodePort reaches that app's pods. */
function routes(c: Cluster, path: string, service: string, deployment: string): Verdict {
  // The request the task describes: curl http://node01:30080/PATH (Host node01).
  const backend = ingressBackend(c, 'node01', path);
  if (backend !== `app-space/${service}`) {
    return {
      ok: false,
      hint: `${path}가 ${backend ? `${backend}로 갑니다` : '어느 Service로도 가지 않습니다'}. Ingress의 paths에 \`path: ${path}\` → \`${service}\`(port 8080)를 두고 \`kubectl apply -f ingress-wear-watch.yaml\`로 반영하세요.`,
    };
  }
  // The path asked, exactly: `/st` (a prefix that also catches /stream) or `/Stream` is another path.
  const written = c.ingresses
    .filter((i) => i.namespace === 'app-space')
    .flatMap((i) => i.rules.flatMap((r) => r.paths))
    .some((p) => p.path === path && p.backend.service?.name === service);
  if (!written) {
    return {
      ok: false,
      hint: `${path} 요청은 ${service}로 가지만, Ingress에 \`path: ${path}\`가 그대로 적힌 항목이 없습니다. 다른 path가 대신 받고 있으니 과제의 path를 글자 그대로(대소문자까지) 쓰세요.`,
    };
  }
  if (!reachesOnly(curlNode(c, 30080, path), podsOf(c, 'app-space', deployment))) {
    return {
      ok: false,
      hint: `Ingress는 ${path}를 ${service}로 보내지만 \`curl http://node01:30080${path}\`이 ${deployment} pod에 닿지 않습니다. backend의 port가 8080인지 확인하세요.`,
    };
  }
  return { ok: true };
}

function hasIngress(c: Cluster): Verdict | undefined {
  return c.ingresses.some((i) => i.namespace === 'app-space' && i.name === 'ingress-wear-watch')
    ? undefined
    : {
        ok: false,
        hint: 'app-space에 `ingress-wear-watch`가 없습니다. 파일에 `namespace: app-space`가 있는지 보고 `kubectl apply -f ingress-wear-watch.yaml`로 다시 만드세요.',
      };
}

export const ingress1Lab: Lab = {
  id: 'ingress-1',
  title: 'Ingress Networking 1',
  cluster,
  clusterFile: 'lab-ingress-1.yaml',
  overview: 'kubectl get all -n app-space',
  files: {
    'ingress-wear-watch.yaml': ingressFile([
      ['/wear', 'wear-service'],
      ['/watch', 'video-service'],
    ]),
  },
  tasks: [
    {
      id: 'controller-namespace',
      kind: 'question',
      prompt: 'Ingress controller는 어느 namespace에 배포되어 있나요?',
      answers: ['ingress-nginx'],
      answer: 'ingress-nginx',
      hint: '`kubectl get deploy -A`로 모든 namespace의 Deployment를 보세요. 이름에 controller가 들어간 것의 NAMESPACE입니다.',
      solution: '`kubectl get deploy -A` → `ingress-nginx` namespace의 `ingress-nginx-controller`.',
    },
    {
      id: 'app-namespace',
      kind: 'question',
      prompt: '웹 앱들(wear, video, food)은 어느 namespace에 있나요?',
      answers: ['app-space'],
      answer: 'app-space',
      hint: '`kubectl get deploy -A`의 NAMESPACE 열을 보세요. default가 아닙니다.',
      solution: '`kubectl get deploy -A` → `app-space`.',
    },
    {
      id: 'ingress-name',
      kind: 'question',
      prompt: 'Ingress 리소스의 이름은 무엇인가요?',
      answers: ['ingress-wear-watch'],
      answer: 'ingress-wear-watch',
      hint: 'Ingress도 앱과 같은 namespace에 있습니다: `kubectl get ingress -A`.',
      solution: '`kubectl get ing -A` → `ingress-wear-watch` (app-space).',
    },
    {
      id: 'host',
      kind: 'question',
      prompt: '이 Ingress에 설정된 host는 무엇인가요? (host가 없다면 `*`라고 적으세요)',
      answers: ['*', 'all hosts', '모든 host', '모든 호스트', '없음'],
      answer: '*',
      hint: '`kubectl describe ingress ingress-wear-watch -n app-space`의 Rules 아래 Host 열을 보세요.',
      solution: 'Host가 `*`: 규칙에 host가 없어 어떤 Host 헤더로 와도 이 규칙을 씁니다.',
    },
    {
      id: 'wear-backend',
      kind: 'question',
      prompt: '`/wear` path는 어느 Service로 가나요?',
      answers: ['wear-service', 'wear-service:8080'],
      answer: 'wear-service',
      hint: '`kubectl describe ingress ingress-wear-watch -n app-space`의 Backends 열을 보세요.',
      solution: '`/wear` → `wear-service:8080`.',
    },
    {
      id: 'default-backend',
      kind: 'question',
      prompt: '어떤 path에도 맞지 않는 요청(예: `curl http://node01:30080/shoes`)은 어떤 HTTP 상태 코드를 받나요?',
      answers: ['404', '404 Not Found'],
      answer: '404',
      hint: '`curl http://node01:30080/shoes`를 실행해 보세요. Ingress에 defaultBackend가 없어(Default backend: `<default>`) controller가 직접 답합니다.',
      solution: '`404 Not Found`: defaultBackend가 없으면 ingress-nginx가 자기 기본 backend로 404를 돌려줍니다.',
    },
    {
      id: 'stream',
      kind: 'goal',
      prompt:
        '영상 앱의 path를 `/watch`에서 `/stream`으로 바꾸세요. `ingress-wear-watch.yaml`을 고치고 `kubectl apply -f ingress-wear-watch.yaml`.',
      solution:
        '파일의 `path: /watch`를 `path: /stream`으로 바꾸고 `kubectl apply -f ingress-wear-watch.yaml` → `ingress.networking.k8s.io/ingress-wear-watch configured`. 확인: `curl http://node01:30080/stream`.',
      files: {
        'ingress-wear-watch.yaml': ingressFile([
          ['/wear', 'wear-service'],
          ['/stream', 'video-service'],
        ]),
      },
      commands: ['kubectl apply -f ingress-wear-watch.yaml'],
      check(c) {
        const missing = hasIngress(c);
        if (missing) return missing;
        if (ingressBackend(c, 'node01', '/watch') === 'app-space/video-service')
          return {
            ok: false,
            hint: '`/watch`가 아직 video-service로 갑니다. path를 더하지 말고 `/watch`를 `/stream`으로 바꾼 뒤 apply 하세요.',
          };
        const stream = routes(c, '/stream', 'video-service', 'webapp-video');
        if (!stream.ok) return stream;
        return routes(c, '/wear', 'wear-service', 'webapp-wear');
      },
    },
    {
      id: 'eat',
      kind: 'goal',
      prompt:
        '음식 배달 앱(`food-service`, port 8080)을 `/eat` path로 내보내세요. 같은 Ingress에 path를 하나 더하고 apply 하세요.',
      solution:
        'paths에 `/eat` → `food-service`(port 8080) 항목을 더하고 `kubectl apply -f ingress-wear-watch.yaml`. 확인: `curl http://node01:30080/eat` → `Food Delivery (eat)`.',
      files: {
        'ingress-wear-watch.yaml': ingressFile([
          ['/wear', 'wear-service'],
          ['/stream', 'video-service'],
          ['/eat', 'food-service'],
        ]),
      },
      commands: ['kubectl apply -f ingress-wear-watch.yaml'],
      check(c) {
        const missing = hasIngress(c);
        if (missing) return missing;
        const eat = routes(c, '/eat', 'food-service', 'webapp-food');
        if (!eat.ok) return eat;
        const stream = routes(c, '/stream', 'video-service', 'webapp-video');
        if (!stream.ok) return { ok: false, hint: `/eat은 됐지만 앞 과제의 /stream이 사라졌습니다. ${stream.hint}` };
        return routes(c, '/wear', 'wear-service', 'webapp-wear');
      },
    },
  ],
};
