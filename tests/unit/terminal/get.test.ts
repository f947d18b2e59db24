import { describe, expect, it } from 'vitest';
import { clocked, lines, shell } from './fixtures';
import { Shell } from '../../../src/terminal/shell';

describe('kubectl get', () => {
  it('prints services with kubectl columns; PORT(S) shows port:nodePort/protocol', () => {
    const { sh, tick } = clocked();
    tick(60_000);
    sh.run('kubectl create -f service-definition.yaml');
    tick(5_000);
    const out = lines(sh.run('kubectl get svc').text);
    expect(out[0]).toMatch(/^NAME\s+TYPE\s+CLUSTER-IP\s+EXTERNAL-IP\s+PORT\(S\)\s+AGE$/);
    expect(out[1]).toMatch(/^kubernetes\s+ClusterIP\s+10\.96\.0\.1\s+<none>\s+443\/TCP\s+11m$/);
    expect(out[2]).toMatch(/^webapp-service\s+NodePort\s+10\.\d+\.\d+\.\d+\s+<none>\s+8080:30080\/TCP\s+5s$/);
    // Every column starts at the same place on every line.
    const at = out[0]!.indexOf('PORT(S)');
    expect(out.slice(1).map((l) => l.slice(at).split(/\s+/)[0])).toEqual(['443/TCP', '8080:30080/TCP']);
  });

  it('adds SELECTOR with -o wide and LABELS with --show-labels', () => {
    const sh = shell();
    sh.run('kubectl create -f service-definition.yaml');
    expect(lines(sh.run('kubectl get svc webapp-service -o wide').text)[1]).toMatch(/\s+name=webapp$/);
    expect(sh.run('kubectl get deploy --show-labels').text).toMatch(/^webapp\s+2\/2\s+2\s+2\s+10m\s+app=webapp$/m);
  });

  it('prints pods with READY, STATUS and -o wide IP and NODE', () => {
    const out = lines(shell().run('kubectl get pods -o wide').text);
    expect(out[0]).toMatch(/^NAME\s+READY\s+STATUS\s+RESTARTS\s+AGE\s+IP\s+NODE\s+NOMINATED NODE\s+READINESS GATES$/);
    expect(out).toHaveLength(3);
    for (const row of out.slice(1))
      expect(row).toMatch(
        /^webapp-[a-z0-9]+-[a-z0-9]{5}\s+1\/1\s+Running\s+0\s+10m\s+10\.244\.0\.\d+\s+node01\s+<none>\s+<none>$/,
      );
  });

  it('lists endpoints as ready address:port pairs', () => {
    const sh = shell();
    sh.run('kubectl create -f service-definition.yaml');
    const out = lines(sh.run('kubectl get ep webapp-service').text);
    expect(out[0]).toBe('Warning: v1 Endpoints is deprecated in v1.33+; use discovery.k8s.io/v1 EndpointSlice');
    expect(out[2]).toMatch(/^webapp-service\s+10\.244\.0\.\d:8080,10\.244\.0\.\d:8080\s+\d+s$/);
  });

  it('adds NAMESPACE with -A and filters with -l', () => {
    const sh = shell();
    const all = lines(sh.run('kubectl get pods -A').text);
    expect(all[0]).toMatch(/^NAMESPACE\s+NAME\s+READY/);
    expect(all.filter((l) => l.startsWith('kube-system'))).toHaveLength(2);
    expect(lines(sh.run('kubectl get pods -A -l k8s-app=kube-dns').text)).toHaveLength(3);
  });

  it('prefixes names with the type for get all, one table per type', () => {
    const text = shell().run('kubectl get all').text;
    expect(text).toMatch(/^NAME\s+READY\s+STATUS/);
    expect(text).toContain('\n\nNAME ');
    expect(text).toMatch(/^pod\/webapp-/m);
    expect(text).toMatch(/^service\/kubernetes\s+ClusterIP/m);
    expect(text).toMatch(/^deployment\.apps\/webapp\s+2\/2/m);
    expect(text).toMatch(/^replicaset\.apps\/webapp-[a-z0-9]+\s+2\s+2\s+2\s+10m$/m);
  });

  it('prints TYPE/NAME with -o name and the object with -o yaml', () => {
    const sh = shell();
    expect(sh.run('kubectl get deploy -o name').text).toBe('deployment.apps/webapp');
    const yaml = sh.run('kubectl get svc kubernetes -o yaml').text;
    expect(yaml).toMatch(/^apiVersion: v1\nkind: Service\nmetadata:/);
    expect(yaml).toContain('  clusterIP: 10.96.0.1');
    expect(yaml).toContain('  - name: https\n    port: 443\n    protocol: TCP\n    targetPort: 6443');
  });

  it('answers as kubectl does when nothing matches', () => {
    const sh = shell();
    expect(sh.run('kubectl get netpol').text).toBe('No resources found in default namespace.');
    expect(sh.run('kubectl get ing -A').text).toBe('No resources found');
    const missing = sh.run('kubectl get svc nope');
    expect(missing.text).toBe('Error from server (NotFound): services "nope" not found');
    expect(missing.exitCode).toBe(1);
    expect(sh.run('kubectl get deploy nope').text).toBe(
      'Error from server (NotFound): deployments.apps "nope" not found',
    );
    expect(sh.run('kubectl get foo').text).toBe('error: the server doesn\'t have a resource type "foo"');
    // cli-runtime NoCompatiblePrinterError with kubectl get's PrintFlags.AllowedFormats(), sorted.
    expect(sh.run('kubectl get svc -o jsn').text).toBe(
      'error: unable to match a printer suitable for the output format "jsn", allowed formats are: custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,wide,yaml',
    );
  });

  it('lists namespaces and nodes', () => {
    const sh = shell();
    expect(lines(sh.run('kubectl get ns').text)).toEqual([
      'NAME              STATUS   AGE',
      'default           Active   10m',
      'kube-node-lease   Active   10m',
      'kube-public       Active   10m',
      'kube-system       Active   10m',
    ]);
    expect(sh.run('kubectl get nodes').text).toMatch(
      /^NAME\s+STATUS\s+ROLES\s+AGE\s+VERSION\nnode01\s+Ready\s+<none>\s+10m\s+v1\.\d+\.\d+$/,
    );
  });
});

describe('kubectl get ingress HOSTS (printers.go formatHosts)', () => {
  it.each([
    [['a.example.com', '', 'b.example.com', 'c.example.com'], 'a.example.com,b.example.com,c.example.com'],
    [['a', 'b', 'c', 'd', 'e'], 'a,b,c + 2 more...'],
    [[''], '*'],
  ])('%j → %s', (hosts, printed) => {
    const sh = shell();
    const rules = hosts.map((h, i) => `--rule=${h}/p${i}=web:80`).join(' ');
    sh.run(`kubectl create ingress web ${rules}`);
    expect(lines(sh.run('kubectl get ingress web').text)[1]).toMatch(
      new RegExp(`^web\\s+<none>\\s+${printed.replace(/[.*+]/g, '\\$&')}\\s+80\\s`),
    );
  });
});

// A LoadBalancer with externalTrafficPolicy Local needs a health check port (core/v1 helper NeedsHealthCheck);
// the Service storage allocates it after the Service's node ports (registry/core/service/storage/alloc.go
// allocHealthCheckNodePort), defaults allocateLoadBalancerNodePorts to true (core/v1 defaults.go
// SetDefaults_Service), and kubectl describe prints it after the traffic policies (describe.go describeService:
// "HealthCheck NodePort:\t%d").
describe('a LoadBalancer Service with externalTrafficPolicy Local', () => {
  const LB = `apiVersion: v1
kind: Service
metadata: {name: lb}
spec: {type: LoadBalancer, selector: {app: web}, ports: [{port: 80}], externalTrafficPolicy: Local}
`;
  const sh = new Shell({ cluster: LB, now: () => 0 });
  const nodePort = sh.store.cluster.services.find((s) => s.name === 'lb')!.ports[0]!.nodePort!;

  it('gets a healthCheckNodePort from the node port range, other than its nodePort', () => {
    const yaml = sh.run('kubectl get svc lb -o yaml').text;
    const health = Number(/^ {2}healthCheckNodePort: (\d+)$/m.exec(yaml)?.[1]);
    expect(health).toBeGreaterThanOrEqual(30000);
    expect(health).toBeLessThanOrEqual(32767);
    expect(health).not.toBe(nodePort);
    expect(yaml).toMatch(/^ {2}allocateLoadBalancerNodePorts: true$/m);
  });

  it('describes it after the traffic policies', () => {
    const lines = sh.run('kubectl describe svc lb').text.split('\n');
    const at = lines.findIndex((l) => l.startsWith('HealthCheck NodePort:'));
    expect(lines[at - 2]).toMatch(/^External Traffic Policy: +Local$/);
    expect(lines[at - 1]).toMatch(/^Internal Traffic Policy: +Cluster$/);
    expect(lines[at]).toMatch(/^HealthCheck NodePort: +3\d{4}$/);
  });

  it('has none with the default externalTrafficPolicy Cluster', () => {
    const cluster = new Shell({ cluster: LB.replace(', externalTrafficPolicy: Local', ''), now: () => 0 });
    expect(cluster.run('kubectl get svc lb -o yaml').text).not.toContain('healthCheckNodePort');
    expect(cluster.run('kubectl describe svc lb').text).not.toContain('HealthCheck NodePort');
  });
});
