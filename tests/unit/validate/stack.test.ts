// Issue 20: 100,000 duplicate keys overflowed the stack through `diagnostics.push(...list)`: a spread passes
// every element as an argument, and V8 refuses a call with more than ~100,000. Lists the input decides go
// through src/engine/list.ts append(); this keeps every spread of that kind out of the engine.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

describe('no call spreads an unbounded list in the engine', () => {
  it.each(sources('src/engine').filter((f) => !f.endsWith('list.ts')))('%s', (file) => {
    const text = readFileSync(file, 'utf8');
    expect(text.match(/\.push\(\s*\.\.\.|Math\.(?:max|min)\(\s*\.\.\.|fromCharCode\(\s*\.\.\./g) ?? []).toEqual([]);
  });
});
