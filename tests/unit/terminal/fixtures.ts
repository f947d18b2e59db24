// A small lab cluster and files for the terminal tests: a Deployment of http-echo pods, nothing exposed yet.
import { Shell } from '../../../src/terminal/shell';

export const START = Date.parse('2026-03-01T09:00:00Z');

export const CLUSTER = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: webapp
  labels: {app: webapp}
spec:
  replicas: 2
  selector: {matchLabels: {name: webapp}}
  template:
    metadata: {labels: {name: webapp}}
    spec:
      containers:
      - name: web
        image: hashicorp/http-echo
        args: ["-text=hello from webapp", "-listen=:8080"]
        ports: [{containerPort: 8080}]
`;

export const FILES: Record<string, string> = {
  'service-definition.yaml': `apiVersion: v1
kind: Service
metadata:
  name: webapp-service
spec:
  type: NodePort
  selector:
    name: webapp
  ports:
  - port: 8080
    targetPort: 8080
    nodePort: 30080
`,
  'bad-nodeport.yaml': `apiVersion: v1
kind: Service
metadata:
  name: bad
spec:
  type: NodePort
  selector: {name: webapp}
  ports:
  - port: 8080
    nodePort: 80
`,
};

/** A shell on a clock that only moves when the test says. */
export function clocked(files = FILES): { sh: Shell; tick: (ms: number) => void } {
  let now = START;
  const sh = new Shell({ cluster: CLUSTER, files: () => files, now: () => now });
  return { sh, tick: (ms) => (now += ms) };
}

export function shell(files = FILES): Shell {
  return clocked(files).sh;
}

export function lines(text: string): string[] {
  return text.split('\n');
}
