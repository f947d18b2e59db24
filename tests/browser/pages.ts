// Every page the site builds, read from the sitemap of the production build, so a new chapter is covered by
// the site-wide tests without being listed anywhere.
import { readFileSync } from 'node:fs';

export function builtPages(outDir = process.env.OUT_DIR || 'dist'): string[] {
  const index = readFileSync(new URL(`../../${outDir}/sitemap-0.xml`, import.meta.url), 'utf8');
  return [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
}
