// `npm run check`: the line format, the hint below it, --json, and the exit code.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { run } from '../../../src/cli/check';

const dir = mkdtempSync(join(tmpdir(), 'check-'));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const valid =
  'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  type: NodePort\n  ports:\n  - port: 80\n    nodePort: 30008\n';

function capture() {
  const lines: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void lines.push(args.join(' ')));
  return lines;
}

afterEach(() => vi.restoreAllMocks());

describe('check CLI', () => {
  it('prints FILE:LINE:COL: error: PATH: MESSAGE and the hint, and exits 1', async () => {
    const lines = capture();
    const bad = file('bad.yaml', valid.replace('30008', '80'));
    expect(await run([bad])).toBe(1);
    expect(lines[0]).toBe(
      `${bad}:9:5: error: spec.ports[0].nodePort: Invalid value: 80: provided port is not in the valid range. The range of valid ports is 30000-32767`,
    );
    expect(lines[1]).toMatch(/^ {4}\S/);
  });

  it('exits 0 on a valid file and prints nothing', async () => {
    const lines = capture();
    expect(await run([file('ok.yaml', valid)])).toBe(0);
    expect(lines).toEqual([]);
  });

  it('prints the diagnostics as JSON with --json', async () => {
    const lines = capture();
    const bad = file('bad2.yaml', valid.replace('NodePort', 'Nodeport'));
    expect(await run(['--json', bad])).toBe(1);
    const report = JSON.parse(lines.join('\n')) as Record<string, { type: string; path: string }[]>;
    expect(report[bad]).toEqual([expect.objectContaining({ type: 'NotSupported', path: 'spec.type' })]);
  });
});
