// The Gateway API conformance suite's setup, for request → response tables: the suite's base Gateways and
// Services (fixtures/conformance-base.yaml) with one test's manifests on top (fixtures/httproute-*.yaml, copied
// from kubernetes-sigs/gateway-api conformance/tests). Expected values in the tables come from the matching
// conformance/tests/*.go file, never from the engine.
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { loadCluster, routeGateway } from '../../../src/engine/index';
import type { Cluster, GatewayRequest } from '../../../src/engine/index';

export const INFRA = 'gateway-conformance-infra';
export const V1 = `${INFRA}/infra-backend-v1`;
export const V2 = `${INFRA}/infra-backend-v2`;
export const V3 = `${INFRA}/infra-backend-v3`;

const fixture = (name: string) =>
  readFileSync(new URL(`./fixtures/${name}.yaml`, import.meta.url), 'utf8').replaceAll(
    '{GATEWAY_CLASS_NAME}',
    'conformance',
  );

const loaded = new Map<string, Cluster>();

/** The base manifests and the named conformance manifests, loaded as one text (once per set of names). */
export function conformanceCluster(...names: string[]): Cluster {
  const key = names.join('+');
  const cached = loaded.get(key);
  if (cached) return cached;
  const cluster = loadCluster([fixture('conformance-base'), ...names.map(fixture)].join('\n---\n'));
  expect(cluster.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  loaded.set(key, cluster);
  return cluster;
}

export interface Row {
  /** What the row checks (the conformance test case it comes from). */
  name: string;
  req: Partial<GatewayRequest>;
  /** The Service (`NS/NAME`) the request must reach; with several, every one of them is a candidate. */
  backend?: string | string[];
  status?: number;
  path?: string;
  host?: string;
  location?: string;
  /** Request headers the backend must see (names as the conformance test writes them). */
  headers?: Record<string, string>;
  absent?: string[];
  responseHeaders?: Record<string, string>;
}

export function expectRow(cluster: Cluster, gateway: string, row: Row): void {
  const result = routeGateway(cluster, { gateway, host: 'example.com', path: '/', ...row.req });
  const expectedStatus = row.status ?? (row.backend ? 200 : 404);
  expect(result.status, JSON.stringify(result.steps)).toBe(expectedStatus);
  if (row.backend) {
    const wanted = Array.isArray(row.backend) ? row.backend : [row.backend];
    expect(result.backends.map((b) => b.service).sort()).toEqual([...wanted].sort());
  }
  if (row.path !== undefined) expect(result.path).toBe(row.path);
  if (row.host !== undefined) expect(result.host).toBe(row.host);
  if (row.location !== undefined) expect(result.location).toBe(row.location);
  for (const [name, value] of Object.entries(row.headers ?? {}))
    expect(result.headers?.[name.toLowerCase()]).toBe(value);
  for (const name of row.absent ?? []) expect(result.headers?.[name.toLowerCase()]).toBeUndefined();
  for (const [name, value] of Object.entries(row.responseHeaders ?? {}))
    expect(result.responseHeaders?.[name.toLowerCase()]).toBe(value);
}
