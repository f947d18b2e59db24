// The `policy` and `matrix` commands: exit codes and what they print.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { run as runMatrix } from '../../../src/cli/matrix';
import { run as runPolicy } from '../../../src/cli/policy';
import { pod } from './scenario';

const file = join(mkdtempSync(join(tmpdir(), 'policy-cli-')), 'scenario.yaml');
writeFileSync(
  file,
  [
    pod('default', 'api', { labels: { app: 'api' } }),
    pod('default', 'db', { labels: { app: 'db' } }),
    pod('default', 'web', { labels: { app: 'web' } }),
    `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: db
spec:
  podSelector:
    matchLabels:
      app: db
  ingress:
  - from:
    - podSelector:
        matchLabels:
          app: api
    ports:
    - port: 3306`,
  ].join('\n---\n'),
);

function capture() {
  const out: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((text: string) => void out.push(text));
  vi.spyOn(console, 'error').mockImplementation((text: string) => void out.push(text));
  return out;
}

afterEach(() => vi.restoreAllMocks());

describe('cli policy / matrix', () => {
  it('exits 0 when allowed, 1 when denied, 2 on bad usage', async () => {
    const out = capture();
    expect(await runPolicy([file, '--from', 'pod:default/api', '--to', 'pod:default/db', '--port', '3306'])).toBe(0);
    expect(await runPolicy([file, '--from', 'pod:default/db', '--to', 'pod:default/db', '--port', '3306'])).toBe(0);
    expect(await runPolicy([file, '--from=pod:default/db', '--to=pod:default/api', '--port=3306'])).toBe(0);
    expect(await runPolicy([file, '--from', 'pod:default/api', '--to', 'pod:default/db', '--port', '80'])).toBe(1);
    expect(await runPolicy([file, '--from', 'pod:default/x', '--to', 'pod:default/db', '--port', '80'])).toBe(2);
    expect(await runPolicy([file, '--from', 'pod:default/api'])).toBe(2);
    expect(out.join('\n')).toContain('default/db');
  });

  it('prints the verdict with its decision as JSON', async () => {
    const out = capture();
    await runPolicy([file, '--from', 'pod:default/api', '--to', 'pod:default/db', '--port', '3306', '--json']);
    const verdict = JSON.parse(out.join('\n'));
    expect(verdict.allowed).toBe(true);
    expect(verdict.decision.ingress.matches[0]).toMatchObject({ policy: 'default/db', rule: 0 });
  });

  it('prints a table with numbered columns', async () => {
    const out = capture();
    expect(await runMatrix([file, '--port', '3306'])).toBe(0);
    const lines = out.join('\n').split('\n');
    expect(lines.slice(2, 5)).toEqual(['1 default/api  O O O', '2 default/db   O O O', '3 default/web  O . O']);
    expect(await runMatrix([file, '--port', 'http'])).toBe(2);
  });
});
