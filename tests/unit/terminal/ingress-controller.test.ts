// ingress-nginx's validating admission webhook as kubectl meets it: kubectl prints the API server's BadRequest
// status, whose message is the webhook's (apiserver admission/plugin/webhook/errors ToStatusErr:
// `admission webhook "NAME" denied the request: MSG`); the overlap message is ingress-nginx
// internal/ingress/controller/controller.go checkOverlap: `host "H" and path "P" is already defined in ingress NS/NAME`.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Shell } from '../../../src/terminal/shell';

const CLUSTER = readFileSync(new URL('../../../content/examples/lab-ingress-1.yaml', import.meta.url), 'utf8');

const ingress = (name: string, path: string, pathType = 'Prefix') => `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: ${name}
  namespace: app-space
spec:
  ingressClassName: nginx
  rules:
  - http:
      paths:
      - path: ${path}
        pathType: ${pathType}
        backend:
          service:
            name: wear-service
            port:
              number: 8080
`;

function shellWith(files: Record<string, string>): Shell {
  return new Shell({ cluster: CLUSTER, files: () => files, now: () => 0 });
}

describe('kubectl apply meets the ingress-nginx admission webhook', () => {
  it('denies a host and path another Ingress already holds, and stores nothing', () => {
    const sh = shellWith({ 'copy.yaml': ingress('wear-copy', '/wear') });
    const out = sh.run('kubectl apply -f copy.yaml');
    expect(out.text).toBe(
      'Error from server (BadRequest): error when creating "copy.yaml": admission webhook "validate.nginx.ingress.kubernetes.io" denied the request: host "_" and path "/wear" is already defined in ingress app-space/ingress-wear-watch',
    );
    expect(out.exitCode).toBe(1);
    expect(sh.run('kubectl get ingress wear-copy -n app-space').text).toBe(
      'Error from server (NotFound): ingresses.networking.k8s.io "wear-copy" not found',
    );
  });

  it('admits the same path with another pathType ("Same paths but different types are allowed")', () => {
    const sh = shellWith({ 'exact.yaml': ingress('wear-exact', '/wear', 'Exact') });
    expect(sh.run('kubectl apply -f exact.yaml').text).toBe('ingress.networking.k8s.io/wear-exact created');
  });

  it('denies the second of two overlapping Ingresses sent in one text, after creating the first', () => {
    const sh = shellWith({ 'two.yaml': `${ingress('a', '/new')}---\n${ingress('b', '/new')}` });
    const out = sh.run('kubectl apply -f two.yaml');
    expect(out.text).toBe(
      'ingress.networking.k8s.io/a created\nError from server (BadRequest): error when creating "two.yaml": admission webhook "validate.nginx.ingress.kubernetes.io" denied the request: host "_" and path "/new" is already defined in ingress app-space/a',
    );
  });
});

// curl over https to ingress-nginx for a host no Ingress lists under `tls`: the controller presents its
// "Kubernetes Ingress Controller Fake Certificate" (ingress-nginx docs, user-guide/tls.md "Default SSL
// Certificate"), which is self-signed; curl fails with (60) and CURL_CA_CERT_ERRORMSG (curl src/tool_operate.c)
// unless -k; -s hides the message and keeps the exit code (curl docs, --silent), -S shows it again.
describe('curl https to the ingress controller without a tls section', () => {
  const url = 'https://192.168.1.2:30443/wear';
  const refusal = [
    'curl: (60) SSL certificate problem: self-signed certificate',
    'More details here: https://curl.se/docs/sslcerts.html',
    '',
    'curl failed to verify the legitimacy of the server and therefore could not',
    'establish a secure connection to it. To learn more about this situation and',
    'how to fix it, please visit the webpage mentioned above.',
  ].join('\n');

  it('fails verification with exit code 60', () => {
    expect(shellWith({}).run(`curl ${url}`)).toEqual({ text: refusal, exitCode: 60 });
  });

  it('prints nothing with -s, the message again with -sS', () => {
    expect(shellWith({}).run(`curl -s ${url}`)).toEqual({ text: '', exitCode: 60 });
    expect(shellWith({}).run(`curl -sS ${url}`)).toEqual({ text: refusal, exitCode: 60 });
  });

  it('gets past the certificate with -k', () => {
    expect(shellWith({}).run(`curl -k ${url}`).exitCode).toBe(0);
  });
});
