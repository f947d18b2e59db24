// RequestRedirect, URLRewrite, header modifiers, RequestMirror, backendRefs (none, invalid, weights): the
// kubernetes-sigs/gateway-api conformance tests named on each table, row by row. A redirect row checks what
// the suite's CompareRoundTrip checks (conformance/utils/http/http.go): the given scheme, host, port and path
// of the Location; an unset port must be the scheme's default (absent, or 80/443).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadCluster, routeGateway } from '../../../src/engine/index';
import { conformanceCluster, expectRow, INFRA, type Row, V1, V2, V3 } from './conformance';

const SAME = `${INFRA}/same-namespace`;

interface Redirect {
  name: string;
  req: { path: string; host?: string; scheme?: 'http' | 'https'; port?: number; method?: string };
  status: number;
  scheme?: string;
  host?: string;
  port?: string;
  path?: string;
}

function redirects(test: string, gateway: string, rows: Redirect[]) {
  describe(`conformance ${test} (${gateway})`, () => {
    const cluster = conformanceCluster(test);
    it.each(rows)('$name', (row) => {
      const result = routeGateway(cluster, { gateway: `${INFRA}/${gateway}`, host: 'example.com', ...row.req });
      expect(result.outcome).toBe('redirect');
      expect(result.status).toBe(row.status);
      const url = new URL(result.location ?? '');
      const scheme = url.protocol.slice(0, -1);
      if (row.scheme) expect(scheme).toBe(row.scheme);
      if (row.host) expect(url.hostname).toBe(row.host);
      if (row.path) expect(url.pathname).toBe(row.path);
      // URL drops a port that is the scheme's default, as the suite accepts.
      expect(url.port).toBe(row.port ?? '');
    });
  });
}

redirects('httproute-redirect-host-and-status', 'same-namespace', [
  { name: 'hostname only → 302 to example.org', req: { path: '/hostname-redirect' }, status: 302, host: 'example.org' },
  { name: 'hostname and 301', req: { path: '/host-and-status' }, status: 301, host: 'example.org' },
]);

redirects('httproute-redirect-path', 'same-namespace', [
  {
    name: 'ReplacePrefixMatch keeps the rest',
    req: { path: '/original-prefix/lemon' },
    status: 302,
    path: '/replacement-prefix/lemon',
  },
  { name: 'ReplaceFullPath', req: { path: '/full/path/original' }, status: 302, path: '/full-path-replacement' },
  {
    name: 'prefix and hostname',
    req: { path: '/path-and-host' },
    status: 302,
    host: 'example.org',
    path: '/replacement-prefix',
  },
  { name: 'prefix and 301', req: { path: '/path-and-status' }, status: 301, path: '/replacement-prefix' },
  {
    name: 'full path and hostname',
    req: { path: '/full-path-and-host' },
    status: 302,
    host: 'example.org',
    path: '/replacement-full',
  },
  { name: 'full path and 301', req: { path: '/full-path-and-status' }, status: 301, path: '/replacement-full' },
]);

redirects('httproute-redirect-port', 'same-namespace', [
  { name: 'port 8083', req: { path: '/port' }, status: 302, port: '8083' },
  { name: 'port and hostname', req: { path: '/port-and-host' }, status: 302, host: 'example.org', port: '8083' },
  { name: 'port and 301', req: { path: '/port-and-status' }, status: 301, port: '8083' },
  {
    name: 'port, hostname and 302',
    req: { path: '/port-and-host-and-status' },
    status: 302,
    port: '8083',
    host: 'example.org',
  },
]);

redirects('httproute-redirect-scheme', 'same-namespace', [
  { name: 'https', req: { path: '/scheme' }, status: 302, scheme: 'https' },
  { name: 'https and hostname', req: { path: '/scheme-and-host' }, status: 302, host: 'example.org', scheme: 'https' },
  { name: 'https and 301', req: { path: '/scheme-and-status' }, status: 301, scheme: 'https' },
  {
    name: 'https, hostname, 302',
    req: { path: '/scheme-and-host-and-status' },
    status: 302,
    scheme: 'https',
    host: 'example.org',
  },
]);

const portAndScheme = 'httproute-redirect-port-and-scheme';
redirects(portAndScheme, 'same-namespace', [
  {
    name: 'no scheme, no port: listener port 80',
    req: { path: '/scheme-nil-and-port-nil' },
    status: 302,
    scheme: 'http',
    host: 'example.org',
  },
  {
    name: 'port 80 is left out',
    req: { path: '/scheme-nil-and-port-80' },
    status: 302,
    scheme: 'http',
    host: 'example.org',
  },
  {
    name: 'port 8080 is kept',
    req: { path: '/scheme-nil-and-port-8080' },
    status: 302,
    scheme: 'http',
    port: '8080',
    host: 'example.org',
  },
  {
    name: 'https, no port: 443',
    req: { path: '/scheme-https-and-port-nil' },
    status: 302,
    scheme: 'https',
    host: 'example.org',
  },
  {
    name: 'https and 443',
    req: { path: '/scheme-https-and-port-443' },
    status: 302,
    scheme: 'https',
    host: 'example.org',
  },
  {
    name: 'https and 8443',
    req: { path: '/scheme-https-and-port-8443' },
    status: 302,
    scheme: 'https',
    port: '8443',
    host: 'example.org',
  },
]);
redirects(portAndScheme, 'same-namespace-with-http-listener-on-8080', [
  {
    name: 'no scheme, no port: the listener port 8080',
    req: { path: '/scheme-nil-and-port-nil', port: 8080 },
    status: 302,
    scheme: 'http',
    port: '8080',
    host: 'example.org',
  },
  {
    name: 'port 80 given',
    req: { path: '/scheme-nil-and-port-80', port: 8080 },
    status: 302,
    scheme: 'http',
    host: 'example.org',
  },
  {
    name: 'https, no port: 443 (well-known port of the scheme)',
    req: { path: '/scheme-https-and-port-nil', port: 8080 },
    status: 302,
    scheme: 'https',
    host: 'example.org',
  },
]);
redirects(portAndScheme, 'same-namespace-with-https-listener', [
  {
    name: 'https listener, no scheme, no port',
    req: { scheme: 'https', host: 'example.org', path: '/scheme-nil-and-port-nil' },
    status: 302,
    scheme: 'https',
    host: 'example.org',
  },
  {
    name: 'https listener, port 443',
    req: { scheme: 'https', host: 'example.org', path: '/scheme-nil-and-port-443' },
    status: 302,
    scheme: 'https',
    host: 'example.org',
  },
  {
    name: 'https listener, port 8443',
    req: { scheme: 'https', host: 'example.org', path: '/scheme-nil-and-port-8443' },
    status: 302,
    scheme: 'https',
    port: '8443',
    host: 'example.org',
  },
  {
    name: 'https listener, scheme http: port 80',
    req: { scheme: 'https', host: 'example.org', path: '/scheme-http-and-port-nil' },
    status: 302,
    scheme: 'http',
    host: 'example.org',
  },
  {
    name: 'https listener, http and 80',
    req: { scheme: 'https', host: 'example.org', path: '/scheme-http-and-port-80' },
    status: 302,
    scheme: 'http',
    host: 'example.org',
  },
  {
    name: 'https listener, http and 8080',
    req: { scheme: 'https', host: 'example.org', path: '/scheme-http-and-port-8080' },
    status: 302,
    scheme: 'http',
    port: '8080',
    host: 'example.org',
  },
]);

redirects('httproute-303-redirect', 'same-namespace', [
  { name: '303 See Other', req: { path: '/see-other', method: 'POST' }, status: 303, path: '/see-other' },
]);
redirects('httproute-307-redirect', 'same-namespace', [
  { name: '307 Temporary Redirect', req: { path: '/temporary', method: 'POST' }, status: 307, path: '/temporary' },
]);
redirects('httproute-308-redirect', 'same-namespace', [
  { name: '308 Permanent Redirect', req: { path: '/permanent', method: 'POST' }, status: 308, path: '/permanent' },
]);

function table(test: string, rows: Row[], gateway = SAME) {
  describe(`conformance ${test}`, () => {
    const cluster = conformanceCluster(test);
    it.each(rows)('$name', (row) => expectRow(cluster, gateway, row));
  });
}

table('httproute-rewrite-path', [
  { name: 'prefix /prefix/one → /one', req: { path: '/prefix/one/two' }, backend: V1, path: '/one/two' },
  { name: 'strip /strip-prefix', req: { path: '/strip-prefix/three' }, backend: V1, path: '/three' },
  { name: 'strip the whole path → /', req: { path: '/strip-prefix' }, backend: V1, path: '/' },
  { name: 'ReplaceFullPath', req: { path: '/full/one/two' }, backend: V1, path: '/one' },
  {
    name: 'full path and headers',
    req: {
      path: '/full/rewrite-path-and-modify-headers/test',
      headers: { 'X-Header-Remove': 'remove-val', 'X-Header-Add-Append': 'append-val-1', 'X-Header-Set': 'set-val' },
    },
    backend: V1,
    path: '/test',
    headers: {
      'X-Header-Add': 'header-val-1',
      'X-Header-Set': 'set-overwrites-values',
      'X-Header-Add-Append': 'append-val-1,header-val-2',
    },
    absent: ['X-Header-Remove'],
  },
  {
    name: 'prefix and headers',
    req: {
      path: '/prefix/rewrite-path-and-modify-headers/one',
      headers: { 'X-Header-Remove': 'remove-val', 'X-Header-Add-Append': 'append-val-1', 'X-Header-Set': 'set-val' },
    },
    backend: V1,
    path: '/prefix/one',
    headers: {
      'X-Header-Add': 'header-val-1',
      'X-Header-Set': 'set-overwrites-values',
      'X-Header-Add-Append': 'append-val-1,header-val-2',
    },
    absent: ['X-Header-Remove'],
  },
]);

// URLRewrite on a backendRef (extended support HTTPRouteBackendURLRewrite): the requests to that backend.
table('httproute-backend-url-rewrite', [
  { name: 'ReplaceFullPath → /rewritten-full', req: { path: '/full/original' }, backend: V1, path: '/rewritten-full' },
  {
    name: 'ReplacePrefixMatch → /rewritten-prefix/original',
    req: { path: '/prefix/original' },
    backend: V1,
    path: '/rewritten-prefix/original',
  },
]);

table('httproute-rewrite-host', [
  {
    name: '/one → Host one.example.org',
    req: { path: '/one', host: 'rewrite.example' },
    backend: V1,
    host: 'one.example.org',
  },
  { name: '/two → Host example.org', req: { path: '/two', host: 'rewrite.example' }, backend: V2, host: 'example.org' },
  {
    name: 'host and headers',
    req: {
      path: '/rewrite-host-and-modify-headers',
      host: 'rewrite.example',
      headers: { 'X-Header-Remove': 'remove-val', 'X-Header-Add-Append': 'append-val-1' },
    },
    backend: V2,
    host: 'test.example.org',
    headers: {
      'X-Header-Add': 'header-val-1',
      'X-Header-Set': 'set-overwrites-values',
      'X-Header-Add-Append': 'append-val-1,header-val-2',
    },
    absent: ['X-Header-Remove'],
  },
]);

table('httproute-request-header-modifier', [
  {
    name: 'set',
    req: { path: '/set', headers: { 'Some-Other-Header': 'val' } },
    backend: V1,
    headers: { 'Some-Other-Header': 'val', 'X-Header-Set': 'set-overwrites-values' },
  },
  {
    name: 'set overwrites',
    req: { path: '/set', headers: { 'Some-Other-Header': 'val', 'X-Header-Set': 'some-other-value' } },
    backend: V1,
    headers: { 'X-Header-Set': 'set-overwrites-values' },
  },
  {
    name: 'add',
    req: { path: '/add', headers: { 'Some-Other-Header': 'val' } },
    backend: V1,
    headers: { 'X-Header-Add': 'add-appends-values' },
  },
  {
    name: 'add appends',
    req: { path: '/add', headers: { 'Some-Other-Header': 'val', 'X-Header-Add': 'some-other-value' } },
    backend: V1,
    headers: { 'X-Header-Add': 'some-other-value,add-appends-values' },
  },
  {
    name: 'remove',
    req: { path: '/remove', headers: { 'X-Header-Remove': 'val' } },
    backend: V1,
    absent: ['X-Header-Remove'],
  },
  {
    name: 'multiple',
    req: {
      path: '/multiple',
      headers: {
        'X-Header-Set-2': 'set-val-2',
        'X-Header-Add-2': 'add-val-2',
        'X-Header-Remove-2': 'remove-val-2',
        'Another-Header': 'another-header-val',
      },
    },
    backend: V1,
    headers: {
      'X-Header-Set-1': 'header-set-1',
      'X-Header-Set-2': 'header-set-2',
      'X-Header-Add-1': 'header-add-1',
      'X-Header-Add-2': 'add-val-2,header-add-2',
      'X-Header-Add-3': 'header-add-3',
      'Another-Header': 'another-header-val',
    },
    absent: ['X-Header-Remove-1', 'X-Header-Remove-2'],
  },
]);

table('httproute-omitted-backendrefs', [
  { name: 'a rule with backendRefs forwards', req: { path: '/forward' }, backend: V1 },
  { name: 'omitted backendRefs → 500', req: { path: '/omitted-no-forward' }, status: 500 },
  { name: 'empty backendRefs → 500', req: { path: '/empty-no-forward' }, status: 500 },
]);

table('httproute-request-mirror', [
  { name: 'mirror: the response comes from v1', req: { path: '/mirror' }, backend: V1 },
  {
    name: 'mirror and header modifier',
    req: {
      path: '/mirror-and-modify-headers',
      headers: { 'X-Header-Remove': 'remove-val', 'X-Header-Add-Append': 'append-val-1' },
    },
    backend: V1,
    headers: {
      'X-Header-Add': 'header-val-1',
      'X-Header-Set': 'set-overwrites-values',
      'X-Header-Add-Append': 'append-val-1,header-val-2',
    },
    absent: ['X-Header-Remove'],
  },
]);

describe('conformance httproute-request-mirror: the copy', () => {
  const cluster = conformanceCluster('httproute-request-mirror');
  it('reports the mirror backend v2 without routing to it', () => {
    const result = routeGateway(cluster, { gateway: SAME, host: 'example.com', path: '/mirror' });
    expect(result.backends.map((b) => b.service)).toEqual([V1]);
    expect(result.mirrors?.map((m) => m.service)).toEqual([V2]);
  });
});

describe('conformance httproute-weight', () => {
  const cluster = conformanceCluster('httproute-weight');
  it('splits 70/30 over v1 and v2 and leaves v3 (weight 0) out of the candidates', () => {
    const result = routeGateway(cluster, { gateway: SAME, host: 'example.com', path: '/' });
    expect(result.status).toBe(200);
    expect(result.backends.map((b) => [b.service, b.weight])).toEqual([
      [V1, 70],
      [V2, 30],
    ]);
    expect(result.backends.some((b) => b.service === V3)).toBe(false);
  });
});

// The backend in the conformance test sets no response headers of its own, so set and add both show the
// filter's value.
table('httproute-response-header-modifier', [
  { name: 'set', req: { path: '/set' }, backend: V1, responseHeaders: { 'X-Header-Set': 'set-overwrites-values' } },
  { name: 'add', req: { path: '/add' }, backend: V1, responseHeaders: { 'X-Header-Add': 'add-appends-values' } },
  {
    name: 'multiple',
    req: { path: '/multiple' },
    backend: V1,
    responseHeaders: { 'X-Header-Set-1': 'header-set-1', 'X-Header-Add-3': 'header-add-3' },
  },
]);

describe('conformance httproute-request-header-modifier-backend-weights', () => {
  const cluster = conformanceCluster('httproute-request-header-modifier-backend-weights');
  it('each backend receives the Backend header its own filter sets', () => {
    const result = routeGateway(cluster, { gateway: SAME, host: 'example.com', path: '/' });
    expect(result.backends.map((b) => [b.service, b.headers?.['backend']])).toEqual([
      [V1, 'infra-backend-v1'],
      [V2, 'infra-backend-v2'],
    ]);
  });
});

// A backendRef filter the engine does not draw is said in the trace, never dropped silently.
describe('a RequestMirror on a backendRef', () => {
  const text = readFileSync(new URL('./fixtures/httproute-backend-url-rewrite.yaml', import.meta.url), 'utf8').replace(
    /filters:\n {6}- type: URLRewrite\n {8}urlRewrite:\n {10}path:\n {12}type: ReplaceFullPath\n {12}replaceFullPath: \/rewritten-full/,
    'filters:\n      - type: RequestMirror\n        requestMirror:\n          backendRef:\n            name: infra-backend-v2\n            port: 8080',
  );
  it('is named in the trace as not simulated', () => {
    const base = readFileSync(new URL('./fixtures/conformance-base.yaml', import.meta.url), 'utf8');
    const cluster = loadCluster(`${base.replaceAll('{GATEWAY_CLASS_NAME}', 'conformance')}\n---\n${text}`);
    const result = routeGateway(cluster, { gateway: SAME, host: 'example.com', path: '/full/original' });
    expect(text).toContain('type: RequestMirror');
    expect(result.status).toBe(200);
    expect(result.steps.some((s) => s.object.endsWith('backendRef infra-backend-v1 filter RequestMirror'))).toBe(true);
  });
});
