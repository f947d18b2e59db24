// 실습 1 Services: 클러스터를 살펴보고, 웹 앱 Deployment 앞에 NodePort Service를 만들어 curl로 들어가 본다.
import cluster from '../../content/examples/lab-services.yaml?raw';
import { curlNode, findService, podsOf, reachesOnly } from './checks';
import type { Lab } from './types';

const SERVICE_FILE = `apiVersion: v1
kind: Service
metadata:
  name: webapp-service
spec:
  type: NodePort
  ports:
    - targetPort: 8080
      port: 8080
      nodePort: 30080
  selector:
    name: simple-webapp
`;

export const servicesLab: Lab = {
  id: 'services',
  title: 'Services',
  cluster,
  clusterFile: 'lab-services.yaml',
  overview: 'kubectl get all',
  files: {
    'service-definition-1.yaml': `apiVersion: v1
kind: Service
metadata:
  name:
spec:
  type:
  ports:
    - targetPort:
      port:
      nodePort:
  selector:
    name:
`,
  },
  tasks: [
    {
      id: 'count',
      kind: 'question',
      prompt: 'default namespace에 Service는 몇 개 있나요?',
      answers: ['1', '1개', '하나'],
      answer: '1',
      hint: '`kubectl get services`로 목록을 보세요. 아무것도 만들지 않았어도 처음부터 있는 Service가 하나 있습니다.',
      solution: '`kubectl get svc` → `kubernetes` 하나. API 서버 앞에 클러스터가 스스로 만들어 두는 Service입니다.',
    },
    {
      id: 'type',
      kind: 'question',
      prompt: '`kubernetes` Service의 type은 무엇인가요?',
      answers: ['ClusterIP'],
      answer: 'ClusterIP',
      hint: '`kubectl get svc kubernetes`의 TYPE 열을 보세요.',
      solution: '`kubectl get svc kubernetes` → TYPE은 `ClusterIP`. 클러스터 안에서만 쓰는 가상 IP(10.96.0.1)입니다.',
    },
    {
      id: 'target-port',
      kind: 'question',
      prompt: '`kubernetes` Service의 targetPort는 몇 번인가요?',
      answers: ['6443', '6443/TCP'],
      answer: '6443',
      hint: 'PORT(S)의 443은 Service의 `port`입니다. `targetPort`는 `kubectl describe svc kubernetes`의 TargetPort 줄에 있어요.',
      solution:
        '`kubectl describe svc kubernetes` → `TargetPort: 6443/TCP`. 요청은 443으로 받아 API 서버의 6443으로 넘깁니다.',
    },
    {
      id: 'labels',
      kind: 'question',
      prompt: '`kubernetes` Service에 붙은 label은 몇 개인가요?',
      answers: ['2', '2개', '두 개'],
      answer: '2',
      hint: '`kubectl get svc kubernetes --show-labels`나 `kubectl describe svc kubernetes`의 Labels를 세어 보세요. 쉼표로 나뉜 `key=value` 하나가 label 하나입니다.',
      solution: '`kubectl get svc kubernetes --show-labels` → `component=apiserver,provider=kubernetes`, 2개.',
    },
    {
      id: 'endpoints',
      kind: 'question',
      prompt: '`kubernetes` Service의 endpoint는 몇 개인가요?',
      answers: ['1', '1개', '하나'],
      answer: '1',
      hint: '`kubectl get endpoints kubernetes`의 ENDPOINTS 열에서 `IP:port`가 몇 개인지 세어 보세요.',
      solution: '`kubectl get ep kubernetes` → `192.168.1.2:6443` 하나. API 서버가 도는 노드의 주소입니다.',
    },
    {
      id: 'image',
      kind: 'question',
      prompt: 'Deployment `simple-webapp-deployment`의 pod는 어떤 image로 만들어졌나요?',
      answers: ['hashicorp/http-echo:1.0'],
      answer: 'hashicorp/http-echo:1.0',
      hint: '`kubectl get deploy -o wide`의 IMAGES 열이나 `kubectl describe pod POD이름`의 Image 줄을 보세요. 태그(`:` 뒤)까지 적어야 합니다.',
      solution: '`kubectl get deploy -o wide` → IMAGES `hashicorp/http-echo:1.0`.',
    },
    {
      id: 'nodeport',
      kind: 'goal',
      prompt:
        '`service-definition-1.yaml`을 채워 웹 앱에 들어갈 Service를 만드세요. 이름 `webapp-service`, type `NodePort`, `targetPort` 8080, `port` 8080, `nodePort` 30080, selector `name: simple-webapp`. 다 쓰면 `kubectl create -f service-definition-1.yaml`.',
      solution:
        '파일을 아래처럼 채우고 `kubectl create -f service-definition-1.yaml`. 확인은 `kubectl get svc webapp-service`(PORT(S)가 `8080:30080/TCP`).',
      files: { 'service-definition-1.yaml': SERVICE_FILE },
      commands: ['kubectl create -f service-definition-1.yaml'],
      check(c) {
        const service = findService(c, 'default', 'webapp-service');
        if (!service)
          return {
            ok: false,
            hint: 'default namespace에 `webapp-service`가 아직 없습니다. 파일을 채우고 `kubectl create -f service-definition-1.yaml`로 만드세요(오류가 나면 터미널의 메시지를 보세요).',
          };
        if (service.type !== 'NodePort')
          return {
            ok: false,
            hint: `type이 ${service.type}입니다. 노드의 port로 밖에서 들어오려면 \`type: NodePort\`여야 합니다.`,
          };
        const port = service.ports.find((p) => p.nodePort === 30080) ?? service.ports[0];
        if (!port) return { ok: false, hint: '`ports`가 비어 있습니다. port 8080, nodePort 30080인 항목을 넣으세요.' };
        if (port.port !== 8080)
          return { ok: false, hint: `\`port\`가 ${port.port}입니다. Service 자신의 port도 8080으로 하세요.` };
        if (typeof port.targetPort === 'number' && port.targetPort !== 8080)
          return {
            ok: false,
            hint: `\`targetPort\`가 ${port.targetPort}입니다. 웹 서버가 pod에서 듣는 8080으로 하세요.`,
          };
        if (port.nodePort !== 30080)
          return {
            ok: false,
            hint: `\`nodePort\`가 ${port.nodePort ?? '없음'}입니다. 비워 두면 API 서버가 범위(30000-32767)에서 빈 번호를 무작위로 고릅니다(1.29부터는 위쪽 구간을 먼저 씁니다). 30080을 받으려면 직접 적으세요.`,
          };
        const pods = podsOf(c, 'default', 'simple-webapp-deployment');
        const delivery = curlNode(c, 30080, '/');
        // A targetPort is right when the request lands on the port the app listens on (8080, or its name):
        // with endpoints, a refused connection means nothing listens on the targetPort.
        const endpoints = c.endpointSlices.some(
          (e) => e.namespace === 'default' && e.serviceName === 'webapp-service' && e.endpoints.length > 0,
        );
        if (endpoints && delivery.outcome === 'refused')
          return {
            ok: false,
            hint: `\`targetPort\`가 ${port.targetPort}입니다. 웹 서버가 pod에서 듣는 8080으로 하세요(연결이 거절됩니다).`,
          };
        if (!reachesOnly(delivery, pods)) {
          return {
            ok: false,
            hint: 'Service는 있지만 `curl http://node01:30080`이 웹 앱 pod에 닿지 않습니다. `kubectl get ep webapp-service`가 `<none>`이면 selector가 pod의 label(`kubectl get pods --show-labels`)과 맞지 않는 것입니다.',
          };
        }
        return { ok: true };
      },
    },
    {
      id: 'curl',
      kind: 'question',
      prompt: '터미널에서 `curl http://node01:30080`을 실행해 보세요. 무엇이 돌아오나요?',
      answers: ['Hello from simple-webapp'],
      answer: 'Hello from simple-webapp',
      hint: 'Service를 만든 뒤 `curl http://node01:30080`(또는 `curl http://192.168.1.2:30080`)을 실행하고 나온 한 줄을 그대로 적으세요.',
      solution:
        '`curl http://node01:30080` → `Hello from simple-webapp`. 노드의 30080으로 들어온 요청을 kube-proxy가 pod 4개 중 하나의 8080으로 보냅니다.',
    },
  ],
};
