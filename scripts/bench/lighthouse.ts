// Lighthouse (mobile preset, Debian Chromium, the production build served locally) on the course's
// representative pages: targets performance >= 98, accessibility, best practices and SEO 100.
// Needs a production build (npm run build) in dist/.
import { existsSync } from 'node:fs';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import type { BenchRow } from '../bench';
import { startPreview } from '../preview-server';

const PAGES = ['/services/', '/network-policies/', '/labs/services/'];
const PORT = 4399;

export default async function (): Promise<BenchRow[]> {
  if (!existsSync('dist/index.html')) return [{ name: 'lighthouse', value: 'skipped: run npm run build first' }];
  const server = await startPreview('dist', PORT);
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const rows: BenchRow[] = [];
  try {
    for (const path of PAGES) {
      const result = await lighthouse(`${server.url}${path}`, {
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
    server.stop();
  }
  return rows;
}
