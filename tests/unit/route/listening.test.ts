// Issue 14 §1: a request reaches a pod only if something listens there. A container listens on its declared
// containerPorts and on its image's known default port; where neither is known the engine assumes it listens
// on the port asked and the trace says so. Endpoints do not depend on listening; delivery does.
import { describe, expect, it } from 'vitest';
import { loadCluster, route } from '../../../src/engine/index';
import { join, service } from './fixtures';

const client = `apiVersion: v1
kind: Pod
metadata: {name: client, labels: {app: client}}
spec:
  containers: [{name: c, image: busybox:1.28, command: [sleep, "3600"]}]`;

const web = (name: string, container: string) => `apiVersion: v1
kind: Pod
metadata: {name: ${name}, labels: {app: web}}
spec:
  containers:
  - ${container}`;

const svc = (targetPort: number | string) =>
  service('web', `  selector: {app: web}\n  ports: [{port: 80, targetPort: ${targetPort}}]`);
const from = 'pod:default/client';

/** Request → expected outcome, one row per image rule (each row's source is in src/engine/cluster/imagePorts.ts). */
const table: [what: string, container: string, targetPort: number, outcome: string][] = [
  // nginxinc/docker-nginx Dockerfile EXPOSE 80, default.conf `listen 80;`
  ['nginx on its default 80', '{name: web, image: nginx}', 80, 'delivered'],
  ['nginx asked on 8080', '{name: web, image: nginx}', 8080, 'refused'],
  ['nginx with a tag and registry on 80', '{name: web, image: docker.io/library/nginx:1.27}', 80, 'delivered'],
  // docker-library/httpd Dockerfile EXPOSE 80
  ['httpd on 8080', '{name: web, image: httpd:2.4}', 8080, 'refused'],
  // kodekloudhub webapp-color app.py: app.run(host="0.0.0.0", port=8080)
  ['webapp-color on 8080', '{name: web, image: kodekloud/webapp-color}', 8080, 'delivered'],
  ['webapp-color on 80', '{name: web, image: kodekloud/webapp-color}', 80, 'refused'],
  ['simple-webapp on 8080', '{name: web, image: kodekloud/simple-webapp}', 8080, 'delivered'],
  // hashicorp/http-echo main.go: flag "listen", default ":5678"
  ['http-echo on its default 5678', '{name: web, image: hashicorp/http-echo, args: ["-text=hi"]}', 5678, 'delivered'],
  ['http-echo on 8080 without -listen', '{name: web, image: hashicorp/http-echo, args: ["-text=hi"]}', 8080, 'refused'],
  ['http-echo -listen=:8080', '{name: web, image: hashicorp/http-echo, args: ["-listen=:8080"]}', 8080, 'delivered'],
  // kubernetes test/images/agnhost netexec.go: --http-port default 8080
  [
    'agnhost netexec',
    '{name: web, image: registry.k8s.io/e2e-test-images/agnhost:2.53, args: [netexec]}',
    8080,
    'delivered',
  ],
  [
    'agnhost netexec --http-port=9000 on 8080',
    '{name: web, image: registry.k8s.io/e2e-test-images/agnhost:2.53, args: [netexec, --http-port=9000]}',
    8080,
    'refused',
  ],
  [
    'agnhost netexec --http-port 9000',
    '{name: web, image: registry.k8s.io/e2e-test-images/agnhost:2.53, args: [netexec, --http-port, "9000"]}',
    9000,
    'delivered',
  ],
  // docker-library/redis EXPOSE 6379, mysql EXPOSE 3306 33060, postgres EXPOSE 5432
  ['redis on 6379', '{name: web, image: redis}', 6379, 'delivered'],
  ['mysql on 3306', '{name: web, image: mysql:8.4}', 3306, 'delivered'],
  ['postgres on 3306', '{name: web, image: postgres}', 3306, 'refused'],
  // docker-library/busybox runs `sh`: no server at all
  ['busybox listens nowhere', '{name: web, image: busybox, command: [sleep, "3600"]}', 80, 'refused'],
  // a declared containerPort counts as listening (the course's convention)
  ['a declared containerPort', '{name: web, image: nginx, ports: [{containerPort: 8080}]}', 8080, 'delivered'],
  [
    'an unknown image with a declared port, asked elsewhere',
    '{name: web, image: example/app, ports: [{containerPort: 3000}]}',
    8080,
    'refused',
  ],
  // neither known: assumed to listen on the port asked
  ['an unknown image without ports', '{name: web, image: example/app}', 8080, 'delivered'],
];

describe('what listens in a pod decides delivery', () => {
  it.each(table)('%s → %s', (_what, container, targetPort, outcome) => {
    const c = loadCluster(join(client, web('web-1', container), svc(targetPort)));
    expect(route(c, { from, url: 'http://web/' }).outcome).toBe(outcome);
  });
});

describe('a wrong targetPort', () => {
  const c = loadCluster(join(client, web('web-1', '{name: web, image: nginx}'), svc(8080)));
  const r = route(c, { from, url: 'http://web/' });

  it('keeps the endpoint the EndpointSlice controller computes (listening does not enter it)', () => {
    const slice = c.endpointSlices.find((s) => s.serviceName === 'web')!;
    expect(slice.ports).toEqual([{ port: 8080, protocol: 'TCP' }]);
    expect(slice.endpoints.map((e) => e.targetRef?.name)).toEqual(['web-1']);
    expect(r.endpoints).toEqual([{ pod: 'default/web-1', ip: c.pods.find((p) => p.name === 'web-1')!.ip, port: 8080 }]);
  });

  it('is refused, and the trace names the mismatch', () => {
    expect(r.outcome).toBe('refused');
    const step = r.steps.find((s) => s.object === 'Pod default/web-1' && s.message.includes('targetPort 8080'));
    expect(step?.message).toContain('Service default/web targetPort 8080 → pod web-1은 80에서만 수신');
  });
});

describe('pods that listen differently behind one Service', () => {
  it('deliver to the ones that listen and say that the others refuse', () => {
    const c = loadCluster(
      join(
        client,
        web('web-1', '{name: web, image: nginx}'),
        web('web-2', '{name: web, image: nginx, ports: [{containerPort: 8080}]}'),
        svc(8080),
      ),
    );
    const r = route(c, { from, url: 'http://web/' });
    expect(r.outcome).toBe('delivered');
    expect(r.endpoints.map((e) => e.pod)).toEqual(['default/web-2']);
    expect(r.steps.some((s) => s.message.includes('2개 중 1개는 그 포트에서 듣지 않아'))).toBe(true);
  });
});

describe('an image nothing is known about', () => {
  it('is assumed to listen on the port asked, and the trace says so in one sentence', () => {
    const c = loadCluster(join(client, web('web-1', '{name: web, image: example/app}'), svc(8080)));
    const steps = route(c, { from, url: 'http://web/' }).steps.filter((s) => s.kind === 'assumption');
    const said = steps.filter((s) => s.message.includes('example/app'));
    expect(said).toHaveLength(1);
    expect(said[0]!.message).toContain('8080에서 듣는다고 보았습니다');
  });
});

describe('named targetPorts', () => {
  // pkg/controller/endpointslice (getEndpointPorts → podutil.FindPort): a pod without the named port gets no
  // address for that Service port, so kube-proxy never picks it.
  it('a pod without the named port is not an endpoint; the one with it is, on its own number', () => {
    const c = loadCluster(
      join(
        client,
        web('named', '{name: web, image: nginx, ports: [{name: http, containerPort: 80}]}'),
        web('plain', '{name: web, image: nginx}'),
        svc('http'),
      ),
    );
    const r = route(c, { from, url: 'http://web/' });
    expect(r.outcome).toBe('delivered');
    expect(r.endpoints.map((e) => [e.pod, e.port])).toEqual([['default/named', 80]]);
  });
});

describe('direct pod IP', () => {
  it('to a closed port is refused; to the listening one is delivered', () => {
    const c = loadCluster(join(client, web('web-1', '{name: web, image: nginx}')));
    const ip = c.pods.find((p) => p.name === 'web-1')!.ip;
    expect(route(c, { from, url: `http://${ip}:8080/` }).outcome).toBe('refused');
    expect(route(c, { from, url: `http://${ip}/` }).outcome).toBe('delivered');
  });
});

describe('behind ingress-nginx', () => {
  // ngx_http_upstream.c: a refused upstream connect() ends in 502 Bad Gateway for the client.
  it('a backend that does not listen on the targetPort gives 502', () => {
    const ingress = `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: {name: web}
spec:
  ingressClassName: nginx
  rules:
  - host: web.example.com
    http:
      paths:
      - {path: /, pathType: Prefix, backend: {service: {name: web, port: {number: 80}}}}`;
    const c = loadCluster(join(web('web-1', '{name: web, image: nginx}'), svc(8080), ingress));
    const r = route(c, { from: 'ip:192.168.1.10', url: 'http://web.example.com/' });
    expect(r.outcome).toBe('refused');
    expect(r.status).toBe(502);
  });
});
