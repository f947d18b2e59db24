// `npm run bench`: every module in scripts/bench/ measures one budget of DESIGN.md and returns rows.
// Timings live here, never in test assertions.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface BenchRow {
  name: string;
  value: string;
  target?: string;
}

const dir = fileURLToPath(new URL('./bench/', import.meta.url));
const only = process.argv.slice(2);
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith('.ts'))
  .sort()) {
  const id = file.replace(/\.ts$/, '');
  if (only.length > 0 && !only.includes(id)) continue;
  const mod = (await import(new URL(`./bench/${file}`, import.meta.url).href)) as {
    default: () => Promise<BenchRow[]>;
  };
  console.log(`\n## ${id}`);
  const rows = await mod.default();
  const width = Math.max(...rows.map((r) => r.name.length), 4);
  for (const row of rows) {
    console.log(`${row.name.padEnd(width)}  ${row.value}${row.target ? `  (target ${row.target})` : ''}`);
  }
}
