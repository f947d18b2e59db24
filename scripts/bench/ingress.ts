// routeIngress throughput on 500 Ingresses × 10 paths: 100 hosts, five Ingresses each, every other host
// with rewrite-target (so its locations are regexes). The cluster is loaded once; "compile + first query"
// is the first call on that cluster object per mode, the rest only look up the compiled form.
import { loadCluster, routeIngress } from '../../src/engine';
import type { IngressRequest } from '../../src/engine';
import type { BenchRow } from '../bench';

const INGRESSES = 500;
const PATHS = 10;
const PER_HOST = 5;
const QUERIES = 20_000;

function scenario(): string {
  const docs: string[] = [];
  for (let i = 0; i < INGRESSES; i++) {
    const host = Math.floor(i / PER_HOST);
    const rewrite = host % 2 === 0 ? '\n  annotations:\n    nginx.ingress.kubernetes.io/rewrite-target: /' : '';
    const paths = Array.from(
      { length: PATHS },
      (_, p) => `      - path: /app${i % PER_HOST}/p${p}
        pathType: ${p % 3 === 0 ? 'Exact' : 'Prefix'}
        backend:
          service:
            name: svc${i}
            port:
              number: 80`,
    ).join('\n');
    docs.push(`apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: ing${i}${rewrite}
spec:
  ingressClassName: nginx
  rules:
  - host: h${host}.example.com
    http:
      paths:
${paths}`);
    docs.push(`apiVersion: v1
kind: Service
metadata:
  name: svc${i}
spec:
  selector: {app: a${i}}
  ports:
  - port: 80`);
  }
  return docs.join('\n---\n');
}

function requests(): IngressRequest[] {
  return Array.from({ length: QUERIES }, (_, q) => ({
    host: `h${q % (INGRESSES / PER_HOST)}.example.com`,
    path: `/app${q % PER_HOST}/p${q % (PATHS + 2)}/x?q=${q}`,
  }));
}

function measure(
  controller: 'ingress-nginx' | 'generic',
  cluster: ReturnType<typeof loadCluster>,
  batch: IngressRequest[],
): BenchRow[] {
  const [sample] = batch;
  if (!sample) return [];
  const first = performance.now();
  routeIngress(cluster, { ...sample, controller });
  const compiled = performance.now() - first;
  const start = performance.now();
  let routed = 0;
  for (const request of batch) if (routeIngress(cluster, { ...request, controller }).outcome === 'routed') routed++;
  const seconds = (performance.now() - start) / 1000;
  return [
    { name: `${controller}: compile + first query`, value: `${compiled.toFixed(1)} ms` },
    {
      name: `${controller}: queries/s (${routed}/${batch.length} routed)`,
      value: `${Math.round(batch.length / seconds).toLocaleString('en')}`,
    },
  ];
}

export default async function (): Promise<BenchRow[]> {
  const text = scenario();
  const cluster = loadCluster(text);
  const batch = requests();
  return [
    { name: 'scenario', value: `${INGRESSES} Ingresses × ${PATHS} paths, ${INGRESSES / PER_HOST} hosts` },
    ...measure('ingress-nginx', cluster, batch),
    ...measure('generic', cluster, batch),
  ];
}
