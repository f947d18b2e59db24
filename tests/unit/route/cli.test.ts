// The `route` command: its options (the shared CLI parser), exit codes and the JSON it prints.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join as joinPath } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { run } from '../../../src/cli/route';
import type { RouteResult } from '../../../src/engine/index';
import { join, pod, service } from './fixtures';

const file = joinPath(mkdtempSync(joinPath(tmpdir(), 'route-cli-')), 'scenario.yaml');
writeFileSync(
  file,
  join(
    pod('web-1', { labels: '{app: web}', ports: '[{containerPort: 8080}]' }),
    service(
      'web',
      '  type: NodePort\n  selector: {app: web}\n  ports: [{port: 80, targetPort: 8080, nodePort: 30008}]',
    ),
  ),
);

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

describe('cli route', () => {
  it('delivers a NodePort request and exits 0, with --from=VALUE or --from VALUE', async () => {
    const { out } = capture();
    expect(await run([file, '--from=ip:192.168.1.10', 'http://192.168.1.2:30008/', '--json'])).toBe(0);
    expect(await run(['--from', 'ip:192.168.1.10', file, 'http://192.168.1.2:30008/', '--json'])).toBe(0);
    const [first, second] = out.map((text) => JSON.parse(text) as RouteResult);
    expect(first!.outcome).toBe('delivered');
    expect(first!.endpoints.map((e) => [e.pod, e.port])).toEqual([['default/web-1', 8080]]);
    expect(second).toEqual(first);
  });

  it('takes a value after each -H and --header, not a bare word', async () => {
    const { out } = capture();
    const code = await run([
      file,
      '--from',
      'ip:192.168.1.10',
      'http://192.168.1.2:30008/',
      '-H',
      'Host: shop.example.com',
      '--header',
      'X-Trace:1',
      '--json',
    ]);
    expect(code).toBe(0);
    expect(JSON.parse(out[0]!).outcome).toBe('delivered');
  });

  it('prints the usage and exits 2 for a header without a colon, a missing --from or an extra word', async () => {
    const { out, err } = capture();
    expect(await run([file, '--from', 'ip:192.168.1.10', 'http://192.168.1.2:30008/', '-H', 'no-colon'])).toBe(2);
    expect(await run([file, '--from', 'ip:192.168.1.10', 'http://192.168.1.2:30008/', '--header', 'no-colon'])).toBe(2);
    expect(await run([file, 'http://192.168.1.2:30008/'])).toBe(2);
    expect(await run([file, '--from', 'ip:192.168.1.10', 'http://192.168.1.2:30008/', 'extra'])).toBe(2);
    expect(err).toHaveLength(4);
    expect(err.every((line) => line.startsWith('usage: cli route'))).toBe(true);
    expect(out).toEqual([]);
  });

  it('exits 2 when the scenario cannot be read, and 1 when the request is not delivered', async () => {
    const { err } = capture();
    expect(await run([`${file}.missing`, '--from', 'ip:192.168.1.10', 'http://192.168.1.2:30008/'])).toBe(2);
    expect(err[0]).toMatch(/^cannot read /);
    expect(await run([file, '--from', 'ip:192.168.1.10', 'http://192.168.1.2:30009/'])).toBe(1);
  });
});
