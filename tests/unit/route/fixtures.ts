// Scenario texts the route tests share, written the way the notes write manifests.
export const join = (...docs: string[]) => docs.join('\n---\n');

export const node = (name: string) => `apiVersion: v1
kind: Node
metadata: {name: ${name}}`;

export interface PodOptions {
  namespace?: string;
  labels?: string;
  nodeName?: string;
  ports?: string;
  status?: string;
  metadata?: string;
  spec?: string;
}

export const pod = (name: string, o: PodOptions = {}) => `apiVersion: v1
kind: Pod
metadata:
  name: ${name}
  namespace: ${o.namespace ?? 'default'}
  labels: ${o.labels ?? '{app: myapp, type: front-end}'}
${o.metadata ?? ''}
spec:
${o.nodeName ? `  nodeName: ${o.nodeName}\n` : ''}${o.spec ?? ''}  containers:
  - name: nginx
    image: nginx
${o.ports ? `    ports: ${o.ports}\n` : ''}${o.status ? `status:\n${o.status}` : ''}`;

export const service = (name: string, spec: string, namespace = 'default') => `apiVersion: v1
kind: Service
metadata:
  name: ${name}
  namespace: ${namespace}
spec:
${spec}`;

/** The notes' service-definition.yml. */
export const myappService = service(
  'myapp-service',
  `  type: NodePort
  ports:
    - targetPort: 80
      port: 80
      nodePort: 30008
  selector:
    app: myapp
    type: front-end`,
);

/** The notes' first setup: one node, one pod, the NodePort Service. */
export const onePod = join(myappService, pod('myapp-pod'));

/** Three pods on the one node. */
export const threePodsOneNode = join(myappService, pod('myapp-1'), pod('myapp-2'), pod('myapp-3'));

/** Pods on three nodes, one each. */
export const threeNodes = join(
  node('node01'),
  node('node02'),
  node('node03'),
  myappService,
  pod('myapp-1'),
  pod('myapp-2'),
  pod('myapp-3'),
);

/** Front-end pods call the back-end through a ClusterIP Service. */
export const frontBack = join(
  pod('front-end', { labels: '{app: front-end}' }),
  pod('back-end-1', { labels: '{app: back-end}', ports: '[{containerPort: 8080}]' }),
  pod('back-end-2', { labels: '{app: back-end}', ports: '[{containerPort: 8080}]' }),
  service('back-end', '  selector: {app: back-end}\n  ports: [{port: 80, targetPort: 8080}]'),
  pod('tool', { namespace: 'ops', labels: '{app: tool}' }),
);
