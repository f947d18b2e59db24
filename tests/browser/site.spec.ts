// Site-wide gates over every built page: nothing leaves localhost, axe finds nothing, a phone-width screen
// never scrolls sideways.
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { builtPages } from './pages';

const pages = builtPages();

test('the build lists the chapters', () => {
  expect(pages).toContain('/services/');
});

for (const path of pages) {
  test.describe(`page ${path}`, () => {
    test('makes no request outside localhost', async ({ page }) => {
      const outside: string[] = [];
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (!['localhost', '127.0.0.1'].includes(url.hostname) && !['data:', 'blob:'].includes(url.protocol)) {
          outside.push(request.url());
        }
      });
      await page.goto(path, { waitUntil: 'networkidle' });
      expect(outside).toEqual([]);
    });

    for (const theme of ['light', 'dark'] as const) {
      test(`has no axe violations (${theme})`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: theme });
        await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
        await page.goto(path);
        const results = await new AxeBuilder({ page }).analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      });
    }

    test('does not scroll sideways at 375 px', async ({ page }) => {
      await page.setViewportSize({ width: 375, height: 800 });
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  });
}
