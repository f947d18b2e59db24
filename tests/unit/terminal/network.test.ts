import { describe, expect, it } from 'vitest';
import { Shell } from '../../../src/terminal/shell';
import { lines, shell } from './fixtures';

describe('curl and kubectl exec, answered by route()', () => {
  it("prints what the pod serves once a NodePort Service exists, and curl 8's refusal before", () => {
    const sh = shell();
    const before = sh.run('curl http://192.168.1.2:30080');
    expect(before.text).toBe(
      'curl: (7) Failed to connect to 192.168.1.2 port 30080 after 0 ms: Could not connect to server',
    );
    expect(before.exitCode).toBe(7);
    sh.run('kubectl create -f service-definition.yaml');
    expect(sh.run('curl http://192.168.1.2:30080/')).toEqual({ text: 'hello from webapp', exitCode: 0 });
    // The terminal's /etc/hosts knows the node by name.
    expect(sh.run('curl node01:30080').text).toBe('hello from webapp');
  });

  it('cannot resolve cluster names from outside the cluster, but can from a pod', () => {
    const sh = shell();
    sh.run('kubectl create -f service-definition.yaml');
    const outside = sh.run('curl http://webapp-service:8080');
    expect(outside.text).toBe('curl: (6) Could not resolve host: webapp-service');
    expect(outside.exitCode).toBe(6);
    const pod = sh.run('kubectl get pods -o name').text.split('\n')[0]!.replace('pod/', '');
    expect(sh.run(`kubectl exec ${pod} -- curl -s http://webapp-service:8080`).text).toBe('hello from webapp');
    // client-go remotecommand: a non-zero exit in the container ends kubectl exec with this line.
    expect(sh.run(`kubectl exec ${pod} -- curl http://nope`).text).toBe(
      'curl: (6) Could not resolve host: nope\ncommand terminated with exit code 6',
    );
  });

  it('answers nslookup in a pod as busybox does', () => {
    const sh = shell();
    sh.run('kubectl create -f service-definition.yaml');
    const pod = sh.run('kubectl get pods -o name').text.split('\n')[0]!.replace('pod/', '');
    const ip = /\s(10\.\d+\.\d+\.\d+)\s/.exec(sh.run('kubectl get svc webapp-service').text)![1];
    expect(lines(sh.run(`kubectl exec ${pod} -- nslookup webapp-service`).text)).toEqual([
      'Server:    10.96.0.10',
      'Address 1: 10.96.0.10 kube-dns.kube-system.svc.cluster.local',
      '',
      'Name:      webapp-service',
      `Address 1: ${ip} webapp-service.default.svc.cluster.local`,
    ]);
    expect(sh.run(`kubectl exec ${pod} -- nslookup nope`).text).toMatch(
      /nslookup: can't resolve 'nope'\ncommand terminated with exit code 1$/,
    );
    const podIp = /\s(10\.244\.\d+\.\d+)\s/.exec(sh.run(`kubectl get pod ${pod} -o wide`).text)![1]!;
    const podName = `${podIp.replaceAll('.', '-')}.default.pod`;
    // The pod is an endpoint of webapp-service, so its address has a PTR record: CoreDNS reverse.go
    // serviceRecordForIP names an endpoint DASHED-IP.SERVICE.NS.svc.cluster.local (endpointHostname).
    expect(lines(sh.run(`kubectl exec ${pod} -- nslookup ${podName}`).text).slice(3)).toEqual([
      `Name:      ${podName}`,
      `Address 1: ${podIp} ${podIp.replaceAll('.', '-')}.webapp-service.default.svc.cluster.local`,
    ]);
    expect(sh.run('kubectl exec nope -- curl x').text).toBe('Error from server (NotFound): pods "nope" not found');
  });

  it('rejects curl options it does not know as curl does', () => {
    expect(shell().run('curl --bogus http://x').text).toBe(
      "curl: option --bogus: is unknown\ncurl: try 'curl --help' or 'curl --manual' for more information",
    );
  });
});

describe('describe', () => {
  it('lays out a Service as kubectl describe does', () => {
    const sh = shell();
    sh.run('kubectl create -f service-definition.yaml');
    const out = lines(sh.run('kubectl describe service webapp-service').text);
    const value = (key: string) => out.find((l) => l.startsWith(`${key}:`))?.slice('External Traffic Policy:  '.length);
    expect(value('Name')).toBe('webapp-service');
    expect(value('Selector')).toBe('name=webapp');
    expect(value('Type')).toBe('NodePort');
    expect(value('Port')).toBe('<unset>  8080/TCP');
    expect(value('TargetPort')).toBe('8080/TCP');
    expect(value('NodePort')).toBe('<unset>  30080/TCP');
    expect(value('Endpoints')).toMatch(/^10\.244\.0\.\d:8080,10\.244\.0\.\d:8080$/);
    expect(out[out.length - 1]).toBe('Events:                   <none>');
  });

  it("lays out an Ingress's rules with their backends and endpoints", () => {
    const sh = shell();
    sh.run('kubectl create -f service-definition.yaml');
    sh.run('kubectl create ingress web --rule=/app*=webapp-service:8080 --rule=/gone=nope:80');
    const out = lines(sh.run('kubectl describe ingress web').text);
    expect(out.slice(0, 6)).toEqual([
      'Name:             web',
      'Labels:           <none>',
      'Namespace:        default',
      'Address:          ',
      'Ingress Class:    <none>',
      'Default backend:  <default>',
    ]);
    expect(out[6]).toBe('Rules:');
    expect(out[7]).toMatch(/^ {2}Host\s+Path\s+Backends$/);
    expect(out[9]).toMatch(/^ {2}\*\s*$/);
    expect(out[10]).toMatch(/^\s+\/app\s+webapp-service:8080 \(10\.244\.0\.\d:8080,10\.244\.0\.\d:8080\)$/);
    // kubectl 1.34 describe.go describeBackendV1 lists EndpointSlices, then gets the Service: its error shows.
    expect(out[11]).toMatch(/^\s+\/gone\s+nope:80 \(<error: services "nope" not found>\)$/);
  });

  it('says NotFound for a missing object', () => {
    expect(shell().run('kubectl describe svc nope').text).toBe(
      'Error from server (NotFound): services "nope" not found',
    );
  });
});

describe('the shell', () => {
  it('completes commands, types, names and lab files', () => {
    const sh = shell();
    expect(sh.complete('kub').line).toBe('kubectl ');
    expect(sh.complete('kubectl ge').line).toBe('kubectl get ');
    expect(sh.complete('kubectl get s').candidates).toEqual(['services', 'svc']);
    expect(sh.complete('kubectl apply -f serv').line).toBe('kubectl apply -f service-definition.yaml ');
    expect(sh.complete('kubectl get deploy w').line).toBe('kubectl get deploy webapp ');
  });

  it('keeps history, clears, and says what it cannot run', () => {
    const sh = shell();
    sh.run('kubectl get svc');
    sh.run('help');
    expect(sh.run('history').text).toBe('    1  kubectl get svc\n    2  help\n    3  history');
    expect(sh.run('clear').clear).toBe(true);
    expect(sh.run('ls').exitCode).toBe(127);
  });

  it('refuses a line that ends inside a quote, as bash does, instead of running it', () => {
    const sh = shell();
    const open = sh.run(`kubectl delete deployment 'webapp`);
    expect(open.exitCode).toBe(2);
    expect(open.text).toContain('unexpected EOF');
    expect(sh.run('kubectl get deploy webapp -o name').text).toBe('deployment.apps/webapp');
  });

  it('restores a saved state', () => {
    const sh = shell();
    sh.run('kubectl create -f service-definition.yaml');
    const again = new Shell({ cluster: 'kind: List\nitems: []\n' }, sh.state());
    expect(again.run('kubectl get svc webapp-service -o name').text).toBe('service/webapp-service');
  });
});

describe('what the serving pod sees', () => {
  const cluster = `apiVersion: v1
kind: Pod
metadata: {name: who, labels: {app: who}}
spec: {containers: [{name: who, image: traefik/whoami:v1.10, ports: [{containerPort: 80}]}]}
---
apiVersion: v1
kind: Service
metadata: {name: who}
spec:
  type: NodePort
  selector: {app: who}
  ports: [{port: 80, nodePort: 30090}]
`;

  it("whoami echoes the request; through a NodePort it sees the node's address (kube-proxy masquerades)", () => {
    const sh = new Shell({ cluster, now: () => 0 });
    const out = lines(sh.run('curl http://node01:30090/hello?x=1').text);
    expect(out[0]).toBe('Hostname: who');
    expect(out).toContain('RemoteAddr: 192.168.1.2:48526');
    expect(out).toContain('GET /hello?x=1 HTTP/1.1');
    expect(out).toContain('Host: node01:30090');
  });
});
