// The `gateway` command: options, exit codes and the JSON it prints (routeGateway's result, and with
// --status gatewayStatus's).
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { run } from '../../../src/cli/gateway';
import type { GatewayResult, GatewayStatus } from '../../../src/engine/index';

const file = fileURLToPath(new URL('./fixtures/shop.yaml', import.meta.url));

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((text: string) => void out.push(text));
  vi.spyOn(console, 'error').mockImplementation((text: string) => void err.push(text));
  return { out, err };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('cli gateway', () => {
  it('prints the routed result as JSON and exits 0', async () => {
    const { out } = capture();
    expect(await run([file, '--host', 'shop.example.com', '--path', '/cart', '--scheme', 'https', '--json'])).toBe(0);
    const result = JSON.parse(out[0]!) as GatewayResult;
    expect(result.backends.map((b) => [b.service, b.weight])).toEqual([
      ['default/cart-v1', 90],
      ['default/cart-v2', 10],
    ]);
  });

  it('exits 0 on a redirect and 1 on a 404', async () => {
    capture();
    expect(await run([file, '--host', 'shop.example.com', '--path', '/'])).toBe(0);
    expect(await run([file, '--host', 'nobody.example.com', '--path', '/', '--scheme', 'https'])).toBe(1);
  });

  it('adds the status with --status', async () => {
    const { out } = capture();
    await run([file, '--host=shop.example.com', '--path=/', '--json', '--status']);
    const { status } = JSON.parse(out[0]!) as { status: GatewayStatus };
    expect(status.gateways['default/web']?.listeners).toEqual([
      { name: 'http', attachedRoutes: 1 },
      { name: 'https', attachedRoutes: 1 },
    ]);
  });

  it('rejects a missing host or a bad header with exit code 2', async () => {
    const { err } = capture();
    expect(await run([file, '--path', '/'])).toBe(2);
    expect(await run([file, '--host', 'a', '-H', 'no-colon'])).toBe(2);
    expect(err.length).toBe(2);
  });
});
