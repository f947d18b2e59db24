// What the program in a pod answers to an HTTP request, for the images the labs use. Everything else about
// a request (which pod, which path) is route()'s answer; this only turns it into the body curl prints.
import { containersOf } from './views';
import type { Json } from './store';

export interface HttpRequest {
  podName: string;
  podIp: string;
  /** The request's source address as the pod sees it. */
  remoteIp: string;
  host: string;
  path: string;
}

export interface HttpResponse {
  status: number;
  body: string;
}

/** nginx's built-in error page (ngx_http_special_response.c); ingress-nginx prints it without a version. */
export function nginxError(status: number, reason: string, server = 'nginx'): string {
  return `<html>\n<head><title>${status} ${reason}</title></head>\n<body>\n<center><h1>${status} ${reason}</h1></center>\n<hr><center>${server}</center>\n</body>\n</html>`;
}

const NGINX_WELCOME = `<!DOCTYPE html>
<html>
<head>
<title>Welcome to nginx!</title>
<style>
html { color-scheme: light dark; }
body { width: 35em; margin: 0 auto;
font-family: Tahoma, Verdana, Arial, sans-serif; }
</style>
</head>
<body>
<h1>Welcome to nginx!</h1>
<p>If you see this page, the nginx web server is successfully installed and
working. Further configuration is required.</p>

<p>For online documentation and support please refer to
<a href="http://nginx.org/">nginx.org</a>.<br/>
Commercial support is available at
<a href="http://nginx.com/">nginx.com</a>.</p>

<p><em>Thank you for using nginx.</em></p>
</body>
</html>`;

export function respond(spec: Json | undefined, request: HttpRequest): HttpResponse | undefined {
  const container = containersOf(spec)[0];
  const image = String(container?.image ?? '');
  const name = image.replace(/^.*\//, '').replace(/[:@].*$/, '');
  if (name === 'http-echo') {
    // hashicorp/http-echo answers every path with its -text argument and a newline.
    const args = Array.isArray(container?.args) ? container.args.map(String) : [];
    const flag = args.findIndex((a) => /^--?text(=|$)/.test(a));
    const arg = args[flag];
    const text = arg === undefined ? '' : arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : (args[flag + 1] ?? '');
    return { status: 200, body: text };
  }
  if (name === 'whoami') {
    // traefik/whoami echoes the request it received.
    return {
      status: 200,
      body: [
        `Hostname: ${request.podName}`,
        'IP: 127.0.0.1',
        `IP: ${request.podIp}`,
        `RemoteAddr: ${request.remoteIp}:48526`,
        `GET ${request.path} HTTP/1.1`,
        `Host: ${request.host}`,
        'User-Agent: curl/8.14.1',
        'Accept: */*',
      ].join('\n'),
    };
  }
  if (name === 'nginx') {
    // The stock nginx image serves only its welcome page.
    const path = request.path.split('?')[0];
    return path === '/' || path === '/index.html'
      ? { status: 200, body: NGINX_WELCOME }
      : { status: 404, body: nginxError(404, 'Not Found', 'nginx/1.27.5') };
  }
  return undefined;
}
