// Listener selection by hostname and port, and the intersection of listener and route hostnames: the
// kubernetes-sigs/gateway-api conformance tests httproute-listener-hostname-matching,
// httproute-listener-port-matching and httproute-hostname-intersection, row by row.
import { describe, it } from 'vitest';
import { conformanceCluster, expectRow, INFRA, type Row, V1, V2, V3 } from './conformance';

function table(test: string, gateway: string, rows: Row[]) {
  describe(`conformance ${test}`, () => {
    const cluster = conformanceCluster(test);
    it.each(rows)('$name', (row) => expectRow(cluster, `${INFRA}/${gateway}`, row));
  });
}

table('httproute-listener-hostname-matching', 'httproute-listener-hostname-matching', [
  { name: 'bar.com → listener-1 → v1', req: { host: 'bar.com' }, backend: V1 },
  { name: 'foo.bar.com → listener-2 (exact beats *.bar.com) → v2', req: { host: 'foo.bar.com' }, backend: V2 },
  { name: 'baz.bar.com → listener-3 → v3', req: { host: 'baz.bar.com' }, backend: V3 },
  { name: 'boo.bar.com → listener-3 → v3', req: { host: 'boo.bar.com' }, backend: V3 },
  { name: 'multiple.prefixes.bar.com → listener-3 → v3', req: { host: 'multiple.prefixes.bar.com' }, backend: V3 },
  { name: 'multiple.prefixes.foo.com → listener-4 → v3', req: { host: 'multiple.prefixes.foo.com' }, backend: V3 },
  { name: 'foo.com → 404 (*.foo.com needs a label before foo.com)', req: { host: 'foo.com' }, status: 404 },
  { name: 'no.matching.host → 404', req: { host: 'no.matching.host' }, status: 404 },
]);

// The conformance test sends to the Gateway's address on the port in its Host value.
table('httproute-listener-port-matching', 'httproute-listener-port-matching', [
  { name: 'foo.com:80 → v1', req: { host: 'foo.com', port: 80 }, backend: V1 },
  { name: 'foo.com:8080 → v2', req: { host: 'foo.com:8080', port: 8080 }, backend: V2 },
  {
    name: 'bar.com:8080 → v2 (parentRef port attaches to both 8080 listeners)',
    req: { host: 'bar.com:8080', port: 8080 },
    backend: V2,
  },
  { name: 'foo.com:8090 → v3', req: { host: 'foo.com:8090', port: 8090 }, backend: V3 },
  { name: 'bar.com:8090 → 404 (route names listener-4 only)', req: { host: 'bar.com:8090', port: 8090 }, status: 404 },
]);

table('httproute-hostname-intersection', 'httproute-hostname-intersection', [
  { name: 'very.specific.com /s1 → v1', req: { host: 'very.specific.com', path: '/s1' }, backend: V1 },
  {
    name: 'Host port ignored: very.specific.com:1234 /s1 → v1',
    req: { host: 'very.specific.com:1234', path: '/s1' },
    backend: V1,
  },
  { name: 'non.matching.com /s1 → 404', req: { host: 'non.matching.com', path: '/s1' }, status: 404 },
  {
    name: 'foo.nonmatchingwildcard.io /s1 → 404',
    req: { host: 'foo.nonmatchingwildcard.io', path: '/s1' },
    status: 404,
  },
  { name: 'foo.wildcard.io /s1 → 404', req: { host: 'foo.wildcard.io', path: '/s1' }, status: 404 },
  {
    name: 'very.specific.com /non-matching-prefix → 404',
    req: { host: 'very.specific.com', path: '/non-matching-prefix' },
    status: 404,
  },
  { name: 'foo.wildcard.io /s2 → v2', req: { host: 'foo.wildcard.io', path: '/s2' }, backend: V2 },
  { name: 'bar.wildcard.io /s2 → v2', req: { host: 'bar.wildcard.io', path: '/s2' }, backend: V2 },
  { name: 'foo.bar.wildcard.io /s2 → v2', req: { host: 'foo.bar.wildcard.io', path: '/s2' }, backend: V2 },
  { name: 'non.matching.com /s2 → 404', req: { host: 'non.matching.com', path: '/s2' }, status: 404 },
  { name: 'wildcard.io /s2 → 404', req: { host: 'wildcard.io', path: '/s2' }, status: 404 },
  { name: 'very.specific.com /s2 → 404', req: { host: 'very.specific.com', path: '/s2' }, status: 404 },
  {
    name: 'foo.wildcard.io /non-matching-prefix → 404',
    req: { host: 'foo.wildcard.io', path: '/non-matching-prefix' },
    status: 404,
  },
  { name: 'very.specific.com /s3 → v3', req: { host: 'very.specific.com', path: '/s3' }, backend: V3 },
  { name: 'non.matching.com /s3 → 404', req: { host: 'non.matching.com', path: '/s3' }, status: 404 },
  { name: 'foo.specific.com /s3 → 404', req: { host: 'foo.specific.com', path: '/s3' }, status: 404 },
  { name: 'foo.wildcard.io /s3 → 404', req: { host: 'foo.wildcard.io', path: '/s3' }, status: 404 },
  { name: 'foo.anotherwildcard.io /s4 → v1', req: { host: 'foo.anotherwildcard.io', path: '/s4' }, backend: V1 },
  { name: 'bar.anotherwildcard.io /s4 → v1', req: { host: 'bar.anotherwildcard.io', path: '/s4' }, backend: V1 },
  {
    name: 'foo.bar.anotherwildcard.io /s4 → v1',
    req: { host: 'foo.bar.anotherwildcard.io', path: '/s4' },
    backend: V1,
  },
  { name: 'anotherwildcard.io /s4 → 404', req: { host: 'anotherwildcard.io', path: '/s4' }, status: 404 },
  { name: 'foo.wildcard.io /s4 → 404', req: { host: 'foo.wildcard.io', path: '/s4' }, status: 404 },
  { name: 'very.specific.com /s4 → 404', req: { host: 'very.specific.com', path: '/s4' }, status: 404 },
  {
    name: 'specific.but.wrong.com /s5 → 404 (route not accepted)',
    req: { host: 'specific.but.wrong.com', path: '/s5' },
    status: 404,
  },
  { name: 'wildcard.io /s5 → 404', req: { host: 'wildcard.io', path: '/s5' }, status: 404 },
]);
