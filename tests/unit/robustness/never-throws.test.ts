// Issue 20, "keep it caught": every public entry point answers, never throws, on generated manifests — the
// course's own examples mutated (fields deleted or replaced by hostile values, prototype keys such as
// __proto__ and constructor, huge and negative numbers, unicode, documents repeated many times) and then
// queried with generated requests. The seed is fixed so a failure replays; the counterexample is printed.
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { parseAllDocuments, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  checkPolicy,
  gatewayStatus,
  loadCluster,
  reachability,
  route,
  routeGateway,
  routeIngress,
  validate,
  type Cluster,
} from '../../../src/engine';

const SEED = 20261207;
const EXAMPLES_DIR = new URL('../../../content/examples/', import.meta.url);
const examples = readdirSync(EXAMPLES_DIR)
  .filter((name) => /\.ya?ml$/.test(name))
  .sort()
  .map((name) => readFileSync(new URL(name, EXAMPLES_DIR), 'utf8'));
const documents: unknown[] = examples.flatMap((text) =>
  parseAllDocuments(text).flatMap((doc) => (doc.errors.length === 0 ? [doc.toJS() as unknown] : [])),
);

const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf'];

const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    Number.MAX_SAFE_INTEGER + 2,
    1e308,
    -1,
    -2147483649,
    4294967296,
    0.5,
    '',
    ' ',
    '0',
    'null',
    '::',
    '10.244.256.1',
    '0.0.0.0/0',
    '*',
    '/(',
    '$1$9',
    'a'.repeat(300),
    'constructor',
    '__proto__',
    true,
    null,
    [],
    {},
  ),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.integer(),
  fc.double({ noNaN: true }),
  fc.constantFrom(...PROTOTYPE_KEYS).map((key) => JSON.parse(`{"${key}": {"${key}": "x"}}`) as unknown),
);

type Mutation =
  | { op: 'set'; path: number[]; value: unknown }
  | { op: 'delete'; path: number[] }
  | { op: 'prototypeKey'; path: number[]; key: string; value: unknown };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('set' as const), path: fc.array(fc.nat(), { maxLength: 6 }), value: hostileValue }),
  fc.record({ op: fc.constant('delete' as const), path: fc.array(fc.nat(), { minLength: 1, maxLength: 6 }) }),
  fc.record({
    op: fc.constant('prototypeKey' as const),
    path: fc.array(fc.nat(), { maxLength: 5 }),
    key: fc.constantFrom(...PROTOTYPE_KEYS),
    value: hostileValue,
  }),
);

function isContainer(value: unknown): value is Record<string, unknown> | unknown[] {
  return typeof value === 'object' && value !== null;
}

/** Walks `path` (each number picks a child modulo the children count), stopping at a leaf. */
function walk(root: unknown, path: number[]): { parent?: Record<string, unknown> | unknown[]; key?: string | number } {
  let parent: Record<string, unknown> | unknown[] | undefined;
  let key: string | number | undefined;
  let node = root;
  for (const step of path) {
    if (!isContainer(node)) break;
    const keys = Array.isArray(node) ? node.map((_, i) => i) : Object.keys(node);
    if (keys.length === 0) break;
    parent = node;
    key = keys[step % keys.length]!;
    node = (node as Record<string | number, unknown>)[key];
  }
  return { parent, key };
}

function mutate(document: unknown, mutations: Mutation[]): unknown {
  const copy = structuredClone(document);
  for (const m of mutations) {
    const { parent, key } = walk(copy, m.path);
    if (m.op === 'prototypeKey') {
      const target = key === undefined ? copy : (parent as Record<string | number, unknown>)[key];
      if (isContainer(target) && !Array.isArray(target))
        Object.defineProperty(target, m.key, { value: m.value, enumerable: true, writable: true, configurable: true });
    } else if (parent !== undefined && key !== undefined) {
      if (m.op === 'delete') {
        if (Array.isArray(parent)) parent.splice(Number(key), 1);
        else Reflect.deleteProperty(parent, key);
      } else
        Object.defineProperty(parent, key, { value: m.value, enumerable: true, writable: true, configurable: true });
    }
  }
  return copy;
}

const manifest = fc
  .record({
    docs: fc.array(
      fc.record({
        pick: fc.nat(),
        mutations: fc.array(mutation, { maxLength: 4 }),
        copies: fc.constantFrom(1, 1, 1, 2, 40),
      }),
      { minLength: 1, maxLength: 5 },
    ),
  })
  .map(({ docs }) =>
    docs
      .flatMap(({ pick, mutations, copies }) => {
        const text = stringify(mutate(documents[pick % documents.length], mutations));
        // Repeated documents: the same object many times (duplicates) and many objects (numbered names).
        return Array.from({ length: copies }, (_, i) =>
          copies > 2 ? text.replace(/name: (\S+)/, `name: $1-${i}`) : text,
        );
      })
      .join('---\n'),
  );

const request = fc.record({
  pod: fc.nat(),
  target: fc.nat(),
  host: fc.oneof(fc.string({ unit: 'grapheme', maxLength: 30 }), fc.constantFrom(...PROTOTYPE_KEYS), fc.domain()),
  path: fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom('/', '/watch', '/constructor', '/__proto__/x', '//..')),
  port: fc.oneof(fc.constantFrom(80, 443, 3306, 8080, 30008), fc.integer()),
});

type Request = typeof request extends fc.Arbitrary<infer T> ? T : never;

/** Every query of the public API on one cluster; each must answer with data. */
function queryAll(cluster: Cluster, r: Request): void {
  const pods = cluster.pods.map((p) => `pod:${p.namespace}/${p.name}`);
  const from = pods.length > 0 ? pods[r.pod % pods.length]! : 'ip:192.168.1.10';
  const to = pods.length > 0 ? pods[r.target % pods.length]! : `ip:${r.host}`;
  const names = cluster.services.map((s) => `${s.name}.${s.namespace}`);
  const host = names.length > 0 && r.target % 2 === 0 ? names[r.target % names.length]! : r.host;
  expect(route(cluster, { from, url: `http://${host}:${r.port}${r.path}` }).steps).toBeInstanceOf(Array);
  expect(route(cluster, { from: 'ip:192.168.1.10', url: `http://${r.host}${r.path}` }).outcome).toBeTypeOf('string');
  expect(routeIngress(cluster, { host: r.host, path: r.path }).outcome).toBeTypeOf('string');
  expect(checkPolicy(cluster, { from, to, port: r.port }).allowed).toBeTypeOf('boolean');
  if (cluster.pods.length <= 60) expect(reachability(cluster, { port: r.port }).allowed).toBeInstanceOf(Array);
  expect(routeGateway(cluster, { host: r.host, path: r.path, port: r.port }).status).toBeTypeOf('number');
  expect(gatewayStatus(cluster)).toBeTypeOf('object');
}

describe('the engine never throws on generated manifests', { timeout: 120_000 }, () => {
  it('has the course examples to mutate', () => {
    expect(documents.length).toBeGreaterThan(50);
  });

  it('validate and loadCluster answer any mutated example, and every query answers on the result', () => {
    fc.assert(
      fc.property(manifest, request, (text, r) => {
        expect(validate(text)).toBeInstanceOf(Array);
        queryAll(loadCluster(text), r);
      }),
      { seed: SEED, numRuns: 100 },
    );
  });

  it('every query answers any generated request on each course example', () => {
    const clusters = examples.map((text) => loadCluster(text));
    fc.assert(
      fc.property(fc.nat(), request, (pick, r) => queryAll(clusters[pick % clusters.length]!, r)),
      { seed: SEED, numRuns: 2000 },
    );
  });

  it('validate answers raw text cut from the examples with hostile characters spliced in', () => {
    fc.assert(
      fc.property(
        fc.nat(),
        fc.nat(),
        fc.oneof(
          fc.string({ unit: 'grapheme', maxLength: 12 }),
          fc.constantFrom('\u0000', '\uFEFF', '\t', '&a *a', '<<: *a', '!!binary '),
        ),
        (pick, at, insert) => {
          const text = examples[pick % examples.length]!;
          const cut = at % (text.length + 1);
          const spliced = text.slice(0, cut) + insert + text.slice(cut);
          expect(validate(spliced)).toBeInstanceOf(Array);
          expect(loadCluster(spliced).diagnostics).toBeInstanceOf(Array);
        },
      ),
      { seed: SEED, numRuns: 200 },
    );
  });
});
