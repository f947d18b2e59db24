// The lab terminal's network commands print what a real cluster prints when a learner gets a port or a DNS
// rule wrong (issue 14 §1–2), and a host named like an Object.prototype member is just an unknown host (issue 20).
import { describe, expect, it } from 'vitest';
import { Shell } from '../../../src/terminal/shell';

const CLUSTER = `apiVersion: v1
kind: Pod
metadata: {name: web-1, labels: {app: web}}
spec:
  containers: [{name: web, image: nginx}]
---
apiVersion: v1
kind: Service
metadata: {name: web-svc}
spec:
  selector: {app: web}
  ports: [{port: 80, targetPort: 80}]
---
apiVersion: v1
kind: Service
metadata: {name: wrong-svc}
spec:
  selector: {app: web}
  ports: [{port: 80, targetPort: 8080}]
---
apiVersion: v1
kind: Pod
metadata: {name: old-box, labels: {app: client}}
spec:
  containers: [{name: c, image: busybox:1.28, command: [sleep, "3600"]}]
---
apiVersion: v1
kind: Pod
metadata: {name: new-box, labels: {app: client}}
spec:
  containers: [{name: c, image: busybox:1.36, command: [sleep, "3600"]}]
`;

const DENY_EGRESS = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: client-egress}
spec:
  podSelector: {matchLabels: {app: client}}
  policyTypes: [Egress]
  egress:
  - to: [{podSelector: {matchLabels: {app: web}}}]
    ports: [{port: 80}]
`;

/** client-go remotecommand: a command that exits non-zero in `kubectl exec` ends with this line. */
const TERMINATED = (code: number) => `command terminated with exit code ${code}`;
const shell = () => new Shell({ cluster: CLUSTER, files: () => ({ 'deny.yaml': DENY_EGRESS }), now: () => 0 });
const ipOf = (sh: Shell, name: string) => sh.store.cluster.pods.find((p) => p.name === name)!.ip;

describe('a port nothing listens on', () => {
  // curl 8 lib/connect.c: "Failed to connect to %s port %u after %ld ms: %s" with CURLE_COULDNT_CONNECT (7).
  it('curl through a Service with the wrong targetPort fails with (7)', () => {
    const out = shell().run('kubectl exec old-box -- curl http://wrong-svc');
    expect(out.exitCode).toBe(7);
    expect(out.text).toMatch(
      /^curl: \(7\) Failed to connect to wrong-svc port 80 after \d+ ms: Could not connect to server\ncommand terminated with exit code 7$/,
    );
  });

  it('curl to a pod IP on a closed port fails with (7); on the open one it answers', () => {
    const sh = shell();
    const ip = ipOf(sh, 'web-1');
    expect(sh.run(`kubectl exec old-box -- curl http://${ip}:8080/`).exitCode).toBe(7);
    expect(sh.run(`kubectl exec old-box -- curl http://${ip}/`).exitCode).toBe(0);
  });

  // busybox networking/wget.c → libbb xconnect: bb_perror_msg_and_die("can't connect to remote host (%s)").
  it('wget says the connection was refused', () => {
    const sh = shell();
    const clusterIP = sh.store.cluster.services.find((s) => s.name === 'wrong-svc')!.clusterIP;
    const out = sh.run('kubectl exec old-box -- wget -qO- http://wrong-svc');
    expect(out).toEqual({
      text: `wget: can't connect to remote host (${clusterIP}): Connection refused\n${TERMINATED(1)}`,
      exitCode: 1,
    });
  });
});

describe('DNS blocked by NetworkPolicy', () => {
  const blocked = () => {
    const sh = shell();
    sh.run('kubectl apply -f deny.yaml');
    return sh;
  };

  it('before the policy, names resolve', () => {
    expect(shell().run('kubectl exec old-box -- wget -qO- http://web-svc').exitCode).toBe(0);
  });

  // curl: CURLE_COULDNT_RESOLVE_HOST (6) "Could not resolve host: %s".
  it('curl cannot resolve the host (6)', () => {
    expect(blocked().run('kubectl exec old-box -- curl http://web-svc')).toEqual({
      text: `curl: (6) Could not resolve host: web-svc\n${TERMINATED(6)}`,
      exitCode: 6,
    });
  });

  // curl lib/multi.c: "Resolving timed out after %ld milliseconds" when -m ends first, as in a pod whose
  // NetworkPolicy blocks DNS (`curl backend-svc:3000 --max-time 2` → (28) after 2001 milliseconds).
  it('curl -m gives up while resolving (28); a name that does not exist is still (6)', () => {
    const sh = blocked();
    expect(sh.run('kubectl exec old-box -- curl -m 2 http://web-svc')).toEqual({
      text: `curl: (28) Resolving timed out after 2001 milliseconds\n${TERMINATED(28)}`,
      exitCode: 28,
    });
    expect(shell().run('kubectl exec old-box -- curl -m 2 http://nope').exitCode).toBe(6);
  });

  // busybox libbb/xconnect.c str2sockaddr: bb_error_msg_and_die("bad address '%s'", host).
  it("wget prints bad address 'NAME'", () => {
    expect(blocked().run('kubectl exec old-box -- wget -qO- http://web-svc')).toEqual({
      text: `wget: bad address 'web-svc'\n${TERMINATED(1)}`,
      exitCode: 1,
    });
  });

  // busybox 1.28 networking/nslookup.c (libc resolver): the server's reverse name is not found, then
  // bb_error_msg("can't resolve '%s'"); busybox 1.29+ (own resolver) and bind's nslookup print
  // ";; connection timed out; no servers could be reached".
  it('nslookup in busybox 1.28 cannot resolve; in a newer busybox the query times out', () => {
    const sh = blocked();
    expect(sh.run('kubectl exec old-box -- nslookup web-svc')).toEqual({
      text: `Server:    10.96.0.10\nAddress 1: 10.96.0.10\n\nnslookup: can't resolve 'web-svc'\n${TERMINATED(1)}`,
      exitCode: 1,
    });
    expect(sh.run('kubectl exec new-box -- nslookup web-svc')).toEqual({
      text: `;; connection timed out; no servers could be reached\n\n${TERMINATED(1)}`,
      exitCode: 1,
    });
  });

  it('the pod IP, needing no DNS, still answers', () => {
    const sh = blocked();
    expect(sh.run(`kubectl exec old-box -- curl http://${ipOf(sh, 'web-1')}/`).exitCode).toBe(0);
  });
});

describe('hosts named like Object.prototype members', () => {
  // The laptop's /etc/hosts lists only the nodes: `constructor` is an unknown name, so curl exits 6.
  it.each(['constructor', '__proto__'])('curl http://%s/ exits 6', (name) => {
    expect(shell().run(`curl http://${name}/`)).toEqual({
      text: `curl: (6) Could not resolve host: ${name}`,
      exitCode: 6,
    });
  });
});

// An ExternalName Service is a CNAME (kubernetes.io: Service, type ExternalName). CoreDNS follows a target in its
// own zone and answers with the target's records (plugin/backend_lookup.go A); busybox 1.28's nslookup
// (networking/nslookup.c print_host) prints the addresses getaddrinfo returns, each with its PTR name, and
// "can't resolve" with exit 1 when there are none. The simulated cluster reaches no outside DNS, so an outside
// target resolves to nothing.
describe('nslookup of an ExternalName Service', () => {
  const withAliases = () => {
    const files = {
      'alias.yaml': `apiVersion: v1
kind: Service
metadata: {name: web-alias}
spec: {type: ExternalName, externalName: web-svc.default.svc.cluster.local}
---
apiVersion: v1
kind: Service
metadata: {name: db-outside}
spec: {type: ExternalName, externalName: my.database.example.com}
`,
    };
    const sh = new Shell({ cluster: CLUSTER, files: () => files, now: () => 0 });
    expect(sh.run('kubectl apply -f alias.yaml').exitCode).toBe(0);
    return sh;
  };

  it('answers a target inside the cluster with the target Service’s address and name', () => {
    const sh = withAliases();
    const clusterIp = sh.store.cluster.services.find((s) => s.name === 'web-svc')!.clusterIP;
    expect(sh.run('kubectl exec old-box -- nslookup web-alias')).toEqual({
      text: [
        'Server:    10.96.0.10',
        'Address 1: 10.96.0.10 kube-dns.kube-system.svc.cluster.local',
        '',
        'Name:      web-alias',
        `Address 1: ${clusterIp} web-svc.default.svc.cluster.local`,
      ].join('\n'),
      exitCode: 0,
    });
  });

  it('cannot resolve a target outside the cluster, and curl names the host it was given', () => {
    const sh = withAliases();
    expect(sh.run('kubectl exec old-box -- nslookup db-outside')).toEqual({
      text: [
        'Server:    10.96.0.10',
        'Address 1: 10.96.0.10 kube-dns.kube-system.svc.cluster.local',
        '',
        "nslookup: can't resolve 'db-outside'",
        TERMINATED(1),
      ].join('\n'),
      exitCode: 1,
    });
    // curl lib/hostip.c: "Could not resolve host: %s" with the URL's host name.
    expect(sh.run('kubectl exec old-box -- curl http://db-outside').text).toBe(
      `curl: (6) Could not resolve host: db-outside\n${TERMINATED(6)}`,
    );
  });
});
