// Budgets (issue 17): a keystroke in a 300-line manifest reaches the next painted frame within 16.7 ms (p95),
// and its lint result (validation in the engine worker, lint marks, result list) follows within 50 ms.
// Measured in Chromium on a built site (OUT_DIR, default dist): the playground marks each lint, from the
// request to the rendered result, as the performance measure `k8s-validate`.
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { chromium } from '@playwright/test';
import type { BenchRow } from '../bench';
import { startPreview } from '../preview-server';
import { percentile } from './percentile';

const outDir = process.env.OUT_DIR || 'dist';
const port = Number(process.env.BENCH_PORT || 4599);
const KEYS = 100;

/** About 300 lines: the notes' Service and a Deployment for it, many times over. */
function manifest(): string {
  const docs: string[] = [];
  for (let i = 0; docs.join('\n---\n').split('\n').length < 300; i++) {
    docs.push(`apiVersion: v1
kind: Service
metadata:
  name: myapp-service-${i}
spec:
  type: NodePort
  ports:
    - targetPort: 80
      port: 80
      nodePort: ${30008 + i}
  selector:
    app: myapp-${i}`);
    docs.push(`apiVersion: apps/v1
kind: Deployment
metadata:
  name: myapp-${i}
spec:
  replicas: 2
  selector:
    matchLabels:
      app: myapp-${i}
  template:
    metadata:
      labels:
        app: myapp-${i}
    spec:
      containers:
        - name: nginx
          image: nginx
          ports:
            - containerPort: 80`);
  }
  return docs.join('\n---\n');
}

export default async function (): Promise<BenchRow[]> {
  if (!existsSync(`${outDir}/services/index.html`))
    return [{ name: 'keystroke', value: `no build in ${outDir}/ (run astro build first)` }];
  const server = await startPreview(outDir, port);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  try {
    const page = await browser.newPage();
    await page.goto(`${server.url}/services/`);
    await page.evaluate(() => localStorage.clear());
    const playground = page.locator('k8s-playground').first();
    await playground.getByRole('button', { name: '편집' }).click();
    const editor = page.getByRole('textbox', { name: '매니페스트 편집기' });
    await editor.click();
    await page.keyboard.press('ControlOrMeta+a');
    const text = manifest();
    await page.keyboard.insertText(text);
    await page.keyboard.press('ControlOrMeta+Home');
    await page.keyboard.press('End');
    await page.evaluate(() => performance.clearMeasures('k8s-validate'));
    // The renderer's main-thread CPU time (ThreadTime) per keystroke: unlike the frame times, it does not grow
    // when other processes share the machine's cores.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const threadTime = async () =>
      (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime')?.value ?? 0;
    const cpuBefore = await threadTime();
    const [load = 0] = loadavg();
    // Keystroke to the next painted frame, as the reader feels it.
    const frames: number[] = [];
    for (let i = 0; i < KEYS; i++) {
      const linted = await page.evaluate(() => performance.getEntriesByName('k8s-validate').length);
      await page.evaluate(() => {
        const w = window as unknown as { __frame?: Promise<number> };
        w.__frame = new Promise<number>((resolve) => {
          document.addEventListener(
            'keydown',
            () => {
              const start = performance.now();
              requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start)));
            },
            { once: true, capture: true },
          );
        });
      });
      await page.keyboard.press(i % 2 === 0 ? '1' : 'Backspace');
      frames.push(await page.evaluate(() => (window as unknown as { __frame: Promise<number> }).__frame));
      // Each keystroke's lint lands before the next key, so every keystroke has its own measure.
      await page.waitForFunction((n) => performance.getEntriesByName('k8s-validate').length > n, linted);
    }
    const cpu = ((await threadTime()) - cpuBefore) * 1000;
    const validate = await page.evaluate(() => performance.getEntriesByName('k8s-validate').map((e) => e.duration));
    const ms = (v: number) => `${v.toFixed(2)} ms`;
    return [
      { name: 'manifest', value: `${text.split('\n').length} lines` },
      { name: 'machine load (1-minute average) at the start', value: load.toFixed(2) },
      {
        name: `keystroke to next frame, median / p95 of ${frames.length}`,
        value: `${ms(percentile(frames, 50))} / ${ms(percentile(frames, 95))}`,
        target: 'p95 <= 16.7 ms (one frame)',
      },
      {
        name: `lint result after a keystroke, median / p95 of ${validate.length}`,
        value: `${ms(percentile(validate, 50))} / ${ms(percentile(validate, 95))}`,
        target: 'p95 <= 50 ms',
      },
      {
        name: 'main-thread CPU per keystroke, its lint and redraws',
        value: ms(cpu / KEYS),
      },
    ];
  } finally {
    await browser.close();
    server.stop();
  }
}
