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

// inspector.go ValidatePathType joins one error for each invalid path (errors.Join: one per line) and
// CheckIngress prefixes "ingress contains invalid paths: ".
describe('the webhook names every path its pathType does not allow', () => {
  it('lists both invalid paths of one Ingress, one on each line', () => {
    const twoPaths = ingress('shop', '/api(/|$)(.*)').replace(
      '      - path: /api(/|$)(.*)\n',
      `      - path: /index.html
        pathType: Exact
        backend:
          service:
            name: wear-service
            port:
              number: 8080
      - path: /api(/|$)(.*)
`,
    );
    const out = shellWith({ 'shop.yaml': twoPaths }).run('kubectl apply -f shop.yaml');
    expect(out.text).toBe(
      'Error from server (BadRequest): error when creating "shop.yaml": admission webhook "validate.nginx.ingress.kubernetes.io" denied the request: ingress contains invalid paths: path /index.html cannot be used with pathType Exact\npath /api(/|$)(.*) cannot be used with pathType Prefix',
    );
  });
});

// The page nginx writes itself for a redirect carries the status's own reason phrase
// (nginx src/http/ngx_http_special_response.c: ngx_http_error_301_page "301 Moved Permanently",
// ngx_http_error_302_page "302 Found"); a missing trailing slash is nginx's 301 (ngx_http_core_module.c,
// auto_redirect).
describe('curl meets a redirect the controller answers itself', () => {
  const redirecting = (name: string, annotations: string) =>
    ingress(name, '/shop')
      .replace('  namespace: app-space\n', `  namespace: app-space\n  annotations:\n${annotations}`)
      .replace('  - http:', `  - host: ${name}.example.com\n    http:`);

  it('app-root answers 302 Found', () => {
    const sh = shellWith({ 'root.yaml': redirecting('root', '    nginx.ingress.kubernetes.io/app-root: /shop\n') });
    expect(sh.run('kubectl apply -f root.yaml').exitCode).toBe(0);
    expect(sh.run('curl -H "Host: root.example.com" http://192.168.1.2:30080/').text).toBe(
      '<html>\n<head><title>302 Found</title></head>\n<body>\n<center><h1>302 Found</h1></center>\n<hr><center>nginx</center>\n</body>\n</html>',
    );
  });

  it('a Prefix path with a trailing slash answers 301 Moved Permanently for the name without it', () => {
    const sh = shellWith({
      'slash.yaml': ingress('slash', '/shop/').replace('  - http:', '  - host: slash.example.com\n    http:'),
    });
    expect(sh.run('kubectl apply -f slash.yaml').exitCode).toBe(0);
    expect(sh.run('curl -H "Host: slash.example.com" http://192.168.1.2:30080/shop').text).toContain(
      '<title>301 Moved Permanently</title>',
    );
  });
});
