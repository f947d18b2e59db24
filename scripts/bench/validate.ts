// Budgets (DESIGN.md): validating a document set costs at most 1.5x parsing it with `yaml`, and a keystroke's
// re-validation of a 300-line manifest stays under one frame.
// Generated manifest sets of about 100, 1,000 and 10,000 lines; validate and bare parseAllDocuments run
// alternately on the same text, and the mean times are compared.
import { parseAllDocuments } from 'yaml';
import type { BenchRow } from '../bench';
import { validate } from '../../src/engine';

const templates = [
  (i: number) => `apiVersion: v1
kind: Service
metadata:
  name: web-${i}
  labels:
    app: web-${i}
spec:
  type: NodePort
  selector:
    app: web-${i}
  ports:
    - name: http
      port: 80
      targetPort: http
      nodePort: ${30000 + (i % 2700)}
`,
  (i: number) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web-${i}
spec:
  replicas: 3
  selector:
    matchLabels:
      app: web-${i}
  template:
    metadata:
      labels:
        app: web-${i}
    spec:
      containers:
        - name: nginx
          image: nginx:1.27
          ports:
            - name: http
              containerPort: 80
`,
  (i: number) => `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: shop-${i}
  annotations:
    nginx.ingress.kubernetes.io/rewrite-target: /$2
spec:
  ingressClassName: nginx
  rules:
    - host: shop-${i}.example.com
      http:
        paths:
          - path: /watch(/|$)(.*)
            pathType: ImplementationSpecific
            backend:
              service:
                name: web-${i}
                port:
                  number: 80
`,
  (i: number) => `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: allow-${i}
spec:
  podSelector:
    matchLabels:
      app: web-${i}
  policyTypes: [Ingress]
  ingress:
    - from:
        - podSelector:
            matchLabels:
              role: frontend
        - ipBlock:
            cidr: 10.0.0.0/16
            except: [10.0.1.0/24]
      ports:
        - protocol: TCP
          port: 80
`,
];

function manifestSet(lines: number): string {
  const docs: string[] = [];
  let count = 0;
  for (let i = 0; count < lines; i++) {
    const template = templates[i % templates.length];
    if (!template) break;
    const doc = template(Math.floor(i / templates.length));
    docs.push(doc);
    count += doc.split('\n').length;
  }
  return docs.join('---\n');
}

/** Mean milliseconds per run, the two measured in alternation so that both see the same machine state. */
function measure(text: string, rounds: number): { parse: number; validate: number } {
  let parse = 0;
  let check = 0;
  for (let r = 0; r < rounds; r++) {
    let t = performance.now();
    parseAllDocuments(text);
    parse += performance.now() - t;
    t = performance.now();
    validate(text);
    check += performance.now() - t;
  }
  return { parse: parse / rounds, validate: check / rounds };
}

export default async function (): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const [lines, rounds] of [
    [100, 1500],
    [1000, 150],
    [10000, 15],
  ] as const) {
    const text = manifestSet(lines);
    if (validate(text).some((d) => d.severity === 'error'))
      throw new Error('the generated manifest set should be valid');
    measure(text, Math.ceil(rounds / 10));
    const { parse, validate: v } = measure(text, rounds);
    rows.push({
      name: `validate / yaml parse, ${text.split('\n').length} lines`,
      value: `${(v / parse).toFixed(2)}x (validate ${v.toFixed(2)} ms, parseAllDocuments ${parse.toFixed(2)} ms)`,
      target: '<= 1.5x',
    });
  }
  const keystroke = manifestSet(300);
  measure(keystroke, 20);
  const { validate: perKeystroke } = measure(keystroke, 200);
  rows.push({
    name: `validate, ${keystroke.split('\n').length}-line manifest (one keystroke)`,
    value: `${perKeystroke.toFixed(2)} ms`,
    target: '< 16 ms (one frame)',
  });
  return rows;
}
