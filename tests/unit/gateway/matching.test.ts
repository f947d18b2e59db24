// Path, header, query parameter and method matching and their precedence, as the Gateway API conformance
// suite checks them: each table is one kubernetes-sigs/gateway-api conformance/tests/<name>.go test, its rows
// that test's cases (request → backend or status), run against the test's own manifests.
import { describe, it } from 'vitest';
import { conformanceCluster, expectRow, INFRA, type Row, V1, V2, V3 } from './conformance';

const SAME = `${INFRA}/same-namespace`;

function table(test: string, rows: Row[], gateway = SAME) {
  describe(`conformance ${test}`, () => {
    const cluster = conformanceCluster(test);
    it.each(rows)('$name', (row) => expectRow(cluster, gateway, row));
  });
}

table('httproute-exact-path-matching', [
  { name: '/one → v1', req: { path: '/one' }, backend: V1 },
  { name: '/two → v2', req: { path: '/two' }, backend: V2 },
  { name: '/ → 404', req: { path: '/' }, status: 404 },
  { name: '/one/example → 404 (Exact is not a prefix)', req: { path: '/one/example' }, status: 404 },
  { name: '/two/ → 404 (trailing slash)', req: { path: '/two/' }, status: 404 },
  { name: '/Two → 404 (case-sensitive)', req: { path: '/Two' }, status: 404 },
]);

table('httproute-matching', [
  { name: '/ → v1', req: { path: '/' }, backend: V1 },
  { name: '/example → v1', req: { path: '/example' }, backend: V1 },
  { name: '/ with Version: one → v1', req: { path: '/', headers: { Version: 'one' } }, backend: V1 },
  { name: '/v2 → v2', req: { path: '/v2' }, backend: V2 },
  { name: '/v2/example → v2', req: { path: '/v2/example' }, backend: V2 },
  { name: '/ with Version: two → v2', req: { path: '/', headers: { Version: 'two' } }, backend: V2 },
  { name: '/v2/ → v2', req: { path: '/v2/' }, backend: V2 },
  { name: '/v2example → v1 (prefix is element-wise)', req: { path: '/v2example' }, backend: V1 },
  { name: '/foo/v2/example → v1', req: { path: '/foo/v2/example' }, backend: V1 },
]);

table('httproute-matching-across-routes', [
  { name: 'example.com / → v1', req: { host: 'example.com', path: '/' }, backend: V1 },
  { name: 'example.com /example → v1', req: { host: 'example.com', path: '/example' }, backend: V1 },
  { name: 'example.net /example → v1', req: { host: 'example.net', path: '/example' }, backend: V1 },
  {
    name: 'example.com /example with Version: one → v1',
    req: { host: 'example.com', path: '/example', headers: { Version: 'one' } },
    backend: V1,
  },
  { name: 'example.com /v2 → v2', req: { host: 'example.com', path: '/v2' }, backend: V2 },
  {
    name: 'example.net /v2 → v1 (the v2 route serves example.com only)',
    req: { host: 'example.net', path: '/v2' },
    backend: V1,
  },
  { name: 'example.com /v2/example → v2', req: { host: 'example.com', path: '/v2/example' }, backend: V2 },
  {
    name: 'example.com / with Version: two → v2',
    req: { host: 'example.com', path: '/', headers: { Version: 'two' } },
    backend: V2,
  },
]);

table('httproute-path-match-order', [
  { name: '/match/exact/one → v3 (Exact wins)', req: { path: '/match/exact/one' }, backend: V3 },
  { name: '/match/exact → v2', req: { path: '/match/exact' }, backend: V2 },
  { name: '/match → v1', req: { path: '/match' }, backend: V1 },
  { name: '/match/prefix/one/any → v2 (longest prefix)', req: { path: '/match/prefix/one/any' }, backend: V2 },
  { name: '/match/prefix/any → v1', req: { path: '/match/prefix/any' }, backend: V1 },
  { name: '/match/any → v3', req: { path: '/match/any' }, backend: V3 },
]);

table('httproute-header-matching', [
  { name: 'Version: one → v1', req: { headers: { Version: 'one' } }, backend: V1 },
  { name: 'Version: two → v2', req: { headers: { Version: 'two' } }, backend: V2 },
  {
    name: 'Version: two, Color: orange → v1 (more header matches win)',
    req: { headers: { Version: 'two', Color: 'orange' } },
    backend: V1,
  },
  { name: 'Version: two, Color: blue → v2', req: { headers: { Version: 'two', Color: 'blue' } }, backend: V2 },
  { name: 'Color: orange alone → 404', req: { headers: { Color: 'orange' } }, status: 404 },
  { name: 'Some-Other-Header → 404', req: { headers: { 'Some-Other-Header': 'one' } }, status: 404 },
  { name: 'Color: blue → v1 (matches are ORed)', req: { headers: { Color: 'blue' } }, backend: V1 },
  { name: 'Color: green → v1', req: { headers: { Color: 'green' } }, backend: V1 },
  { name: 'Color: red → v2', req: { headers: { Color: 'red' } }, backend: V2 },
  { name: 'Color: yellow → v2', req: { headers: { Color: 'yellow' } }, backend: V2 },
  { name: 'Color: purple → 404', req: { headers: { Color: 'purple' } }, status: 404 },
]);

table('httproute-query-param-matching', [
  { name: '?animal=whale → v1', req: { path: '/?animal=whale' }, backend: V1 },
  { name: '?animal=dolphin → v2', req: { path: '/?animal=dolphin' }, backend: V2 },
  {
    name: '?animal=dolphin&color=blue → v3 (more params win)',
    req: { path: '/?animal=dolphin&color=blue' },
    backend: V3,
  },
  { name: '?ANIMAL=Whale → v3 (names are case-sensitive)', req: { path: '/?ANIMAL=Whale' }, backend: V3 },
  {
    name: '?animal=whale&otherparam=irrelevant → v1',
    req: { path: '/?animal=whale&otherparam=irrelevant' },
    backend: V1,
  },
  { name: '?animal=dolphin&color=yellow → v2', req: { path: '/?animal=dolphin&color=yellow' }, backend: V2 },
  { name: '?color=blue → 404', req: { path: '/?color=blue' }, status: 404 },
  { name: '?animal=dog → 404', req: { path: '/?animal=dog' }, status: 404 },
  { name: '?animal=whaledolphin → 404', req: { path: '/?animal=whaledolphin' }, status: 404 },
  { name: 'no query → 404', req: { path: '/' }, status: 404 },
  { name: '/path1?animal=whale → v1', req: { path: '/path1?animal=whale' }, backend: V1 },
  {
    name: 'version: one, ?animal=whale → v2',
    req: { path: '/?animal=whale', headers: { version: 'one' } },
    backend: V2,
  },
  {
    name: 'version: two, /path2?animal=whale → v3',
    req: { path: '/path2?animal=whale', headers: { version: 'two' } },
    backend: V3,
  },
  { name: '/path3?animal=shark → v1', req: { path: '/path3?animal=shark' }, backend: V1 },
  {
    name: 'version: three, /path4?animal=kraken → v1',
    req: { path: '/path4?animal=kraken', headers: { version: 'three' } },
    backend: V1,
  },
  { name: '?animal=shark → 404', req: { path: '/?animal=shark' }, status: 404 },
  { name: '/path4?animal=kraken without the header → 404', req: { path: '/path4?animal=kraken' }, status: 404 },
  { name: '/path5?animal=hydra → v1', req: { path: '/path5?animal=hydra' }, backend: V1 },
  {
    name: 'version: four, ?animal=hydra → v3',
    req: { path: '/?animal=hydra', headers: { version: 'four' } },
    backend: V3,
  },
]);

table('httproute-method-matching', [
  { name: 'POST / → v1', req: { method: 'POST', path: '/' }, backend: V1 },
  { name: 'GET / → v2', req: { method: 'GET', path: '/' }, backend: V2 },
  { name: 'HEAD / → 404', req: { method: 'HEAD', path: '/' }, status: 404 },
  { name: 'GET /path1 → v1', req: { method: 'GET', path: '/path1' }, backend: V1 },
  { name: 'PUT / with version: one → v2', req: { method: 'PUT', path: '/', headers: { version: 'one' } }, backend: V2 },
  {
    name: 'POST /path2 with version: two → v3',
    req: { method: 'POST', path: '/path2', headers: { version: 'two' } },
    backend: V3,
  },
  { name: 'PATCH /path3 → v1', req: { method: 'PATCH', path: '/path3' }, backend: V1 },
  {
    name: 'DELETE /path4 with version: three → v1',
    req: { method: 'DELETE', path: '/path4', headers: { version: 'three' } },
    backend: V1,
  },
  { name: 'PUT / → 404', req: { method: 'PUT', path: '/' }, status: 404 },
  { name: 'DELETE /path4 without the header → 404', req: { method: 'DELETE', path: '/path4' }, status: 404 },
  { name: 'PATCH /path5 → v1', req: { method: 'PATCH', path: '/path5' }, backend: V1 },
  {
    name: 'PATCH / with version: four → v2',
    req: { method: 'PATCH', path: '/', headers: { version: 'four' } },
    backend: V2,
  },
]);
