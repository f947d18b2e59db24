// route(): `curl` to a host a Gateway serves goes through the Gateway's data plane, the HTTPRoute decision,
// then straight to the backend pods. The scenario (fixtures/shop.yaml): Gateway `web` with an HTTP listener
// that only redirects to HTTPS (RequestRedirect scheme https, 301) and an HTTPS listener that splits /cart
// 90/10 over cart-v1 and cart-v2 and sends the rest to store. Expected values follow the HTTPRoute spec
// (gateway-api apis/v1/httproute_types.go: HTTPRequestRedirectFilter port rules, HTTPBackendRef weights).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCluster, route } from '../../../src/engine/index';

const cluster = loadCluster(readFileSync(new URL('./fixtures/shop.yaml', import.meta.url), 'utf8'));
const curl = (url: string, headers?: Record<string, string>) =>
  route(cluster, { from: 'ip:203.0.113.10', url, ...(headers ? { headers } : {}) });

describe('route() through a Gateway', () => {
  it('loads the scenario without errors', () => {
    expect(cluster.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('redirects plain HTTP to HTTPS with 301, the port left out as 443 is https’s own', () => {
    const result = curl('http://shop.example.com/cart?x=1');
    expect(result).toMatchObject({ outcome: 'redirect', status: 301, location: 'https://shop.example.com/cart?x=1' });
  });

  it('sends /cart over HTTPS to both cart pods (weights 90 and 10)', () => {
    const result = curl('https://shop.example.com/cart/items');
    expect(result.outcome).toBe('delivered');
    expect(result.endpoints.map((e) => e.pod).sort()).toEqual(['default/cart-v1', 'default/cart-v2']);
    expect(result.path).toBe('/cart/items');
  });

  it('names the Gateway, listener, route, rule and backend in the trace', () => {
    const objects = curl('https://shop.example.com/cart').steps.map((s) => s.object);
    expect(objects).toContain('Gateway default/web');
    expect(objects).toContain('Gateway default/web listener https');
    expect(objects).toContain('HTTPRoute default/shop rules[0]');
    expect(objects).toContain('Service default/cart-v1');
  });

  it('sends every other path to the store pods', () => {
    const result = curl('https://shop.example.com/');
    expect(result.outcome).toBe('delivered');
    expect(result.endpoints.every((e) => e.pod.startsWith('default/store-'))).toBe(true);
    expect(result.endpoints).toHaveLength(2);
  });

  it('answers 404 for a host the listener takes but no route names', () => {
    expect(curl('https://other.example.com/')).toMatchObject({ outcome: 'not-found', status: 404 });
  });

  it('refuses a port no listener has', () => {
    expect(curl('http://shop.example.com:8080/').outcome).toBe('refused');
  });

  it('leaves hosts no Gateway serves to DNS', () => {
    expect(curl('http://shop.example.org/').outcome).toBe('dns-failure');
  });
});
