// route throughput on a 1,000-pod, 200-Service cluster (five nodes; 200 Deployments of five replicas, each
// behind a NodePort Service), and loadCluster's cost against bare YAML parsing of the same text.
// The requests mix what the notes do: a NodePort from the laptop, a Service by name from a pod, pod to pod.
import { parseAllDocuments } from 'yaml';
import { loadCluster, route, validate } from '../../src/engine';
import type { RouteRequest } from '../../src/engine';
import type { BenchRow } from '../bench';

const NODES = 5;
const SERVICES = 200;
const REPLICAS = 5;
const REQUESTS = 30_000;

function scenario(): string {
  const docs: string[] = [];
  for (let n = 1; n <= NODES; n++) docs.push(`apiVersion: v1\nkind: Node\nmetadata:\n  name: node0${n}`);
  for (let i = 0; i < SERVICES; i++) {
    docs.push(`apiVersion: apps/v1
kind: Deployment
metadata:
  name: app${i}
spec:
  replicas: ${REPLICAS}
  selector:
    matchLabels: {app: app${i}}
  template:
    metadata:
      labels: {app: app${i}, tier: t${i % 3}}
    spec:
      containers:
      - name: web
        image: nginx
        ports:
        - {name: http, containerPort: 8080}`);
    docs.push(`apiVersion: v1
kind: Service
metadata:
  name: svc${i}
spec:
  type: NodePort
  selector: {app: app${i}}
  ports:
  - {name: http, port: 80, targetPort: http, nodePort: ${30000 + i}}`);
  }
  return docs.join('\n---\n');
}

function requests(pods: string[]): RouteRequest[] {
  return Array.from({ length: REQUESTS }, (_, q) => {
    const i = q % SERVICES;
    if (q % 3 === 0) return { from: 'ip:192.168.1.10', url: `http://192.168.1.${2 + (q % NODES)}:${30000 + i}/` };
    if (q % 3 === 1) return { from: `pod:${pods[q % pods.length]}`, url: `http://svc${i}/api` };
    return { from: `pod:${pods[q % pods.length]}`, url: `http://10.244.${q % NODES}.${2 + (q % 150)}:8080/` };
  });
}

function time(fn: () => void, rounds: number): number {
  fn();
  const start = performance.now();
  for (let r = 0; r < rounds; r++) fn();
  return (performance.now() - start) / rounds;
}

export default async function (): Promise<BenchRow[]> {
  const text = scenario();
  const parseMs = time(() => parseAllDocuments(text, { version: '1.1' }).forEach((d) => d.toJS()), 10);
  const validateMs = time(() => validate(text), 10);
  const loadMs = time(() => loadCluster(text), 10);
  const cluster = loadCluster(text);
  const pods = cluster.pods.filter((p) => !p.implicit).map((p) => `${p.namespace}/${p.name}`);
  const batch = requests(pods);
  const [sample] = batch;
  if (!sample) return [{ name: 'route', value: 'no request to measure (the scenario has no pods)' }];
  const firstStart = performance.now();
  route(cluster, sample);
  const firstMs = performance.now() - firstStart;
  const start = performance.now();
  let delivered = 0;
  for (const request of batch) if (route(cluster, request).outcome === 'delivered') delivered++;
  const seconds = (performance.now() - start) / 1000;
  return [
    {
      name: 'scenario',
      value: `${cluster.nodes.length} nodes, ${pods.length} pods, ${SERVICES} NodePort Services, ${text.length.toLocaleString('en')} chars`,
    },
    { name: 'yaml parse (parseAllDocuments + toJS)', value: `${parseMs.toFixed(1)} ms` },
    {
      name: 'validate (parse + validate)',
      value: `${validateMs.toFixed(1)} ms (${(validateMs / parseMs).toFixed(2)}× parse)`,
    },
    {
      name: 'loadCluster (parse + validate + model)',
      value: `${loadMs.toFixed(1)} ms (${(loadMs / parseMs).toFixed(2)}× parse)`,
    },
    { name: 'route: first request (builds lookups)', value: `${firstMs.toFixed(2)} ms` },
    {
      name: `route: requests/s (${delivered}/${batch.length} delivered)`,
      value: Math.round(batch.length / seconds).toLocaleString('en'),
    },
  ];
}
