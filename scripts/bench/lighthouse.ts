// Lighthouse (mobile preset, Debian Chromium, the production build served locally) on the course's
// representative pages: targets performance >= 98, accessibility, best practices and SEO 100.
// Needs a production build (npm run build) in dist/.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import type { BenchRow } from '../bench';

const PAGES = ['/services/', '/network-policies/', '/labs/services/'];
const PORT = 4399;

async function waitForServer(url: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`preview server did not start at ${url}`);
}

export default async function (): Promise<BenchRow[]> {
  if (!existsSync('dist/index.html')) return [{ name: 'lighthouse', value: 'skipped: run npm run build first' }];
  const server = spawn('node_modules/.bin/astro', ['preview', '--ignore-lock', '--port', String(PORT)], { stdio: 'ignore' });
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const rows: BenchRow[] = [];
  try {
    await waitForServer(`http://localhost:${PORT}/`);
    for (const path of PAGES) {
      const result = await lighthouse(`http://localhost:${PORT}${path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      const categories = result?.lhr.categories ?? {};
      const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
      rows.push({
        name: path,
        value: `performance ${score('performance')}, accessibility ${score('accessibility')}, best practices ${score('best-practices')}, SEO ${score('seo')}`,
        target: 'perf >= 98, others 100',
      });
    }
  } finally {
    await chrome.kill();
    server.kill();
  }
  return rows;
}
