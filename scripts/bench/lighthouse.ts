// Lighthouse (mobile preset, Debian Chromium, the production build served locally) on the course's
// representative pages: targets performance >= 98, accessibility, best practices and SEO 100.
// Needs a production build (npm run build) in dist/.
// A fresh Chromium's first page pays the process's one-time start-up (font fallback for Korean among it):
// measured here, the first Lighthouse run of /services/ had 430 ms of blocking time and the next four 90-210 ms.
// So one unreported run on the home page comes first, and each page is run RUNS times and reported by its median
// performance score beside every run's. Lighthouse clears the page's cache and storage before each run.
import { existsSync } from 'node:fs';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import type { BenchRow } from '../bench';
import { startPreview } from '../preview-server';

const PAGES = ['/services/', '/network-policies/', '/labs/services/'];
const PORT = 4399;
const RUNS = 3;

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
  const audit = async (path: string) => {
    const result = await lighthouse(`${server.url}${path}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    const categories = result?.lhr.categories ?? {};
    const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
    const tbt = result?.lhr.audits['total-blocking-time']?.numericValue ?? Number.NaN;
    return {
      performance: score('performance'),
      others: [score('accessibility'), score('best-practices'), score('seo')],
      tbt,
    };
  };
  try {
    await audit('/');
    for (const path of PAGES) {
      const runs = [];
      for (let i = 0; i < RUNS; i++) runs.push(await audit(path));
      const median = [...runs].sort((a, b) => a.performance - b.performance)[Math.floor(RUNS / 2)];
      if (!median) continue;
      const [accessibility, practices, seo] = median.others;
      rows.push({
        name: path,
        value: `performance ${median.performance} (runs ${runs.map((r) => r.performance).join(', ')}; blocking time ${runs.map((r) => Math.round(r.tbt)).join(', ')} ms), accessibility ${accessibility}, best practices ${practices}, SEO ${seo}`,
        target: 'perf >= 98, others 100',
      });
    }
  } finally {
    await chrome.kill();
    server.stop();
  }
  return rows;
}
