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

    test('runs under its Content-Security-Policy without a violation', async ({ page }) => {
      await page.addInitScript(() => {
        const seen: string[] = [];
        (window as unknown as { cspViolations: string[] }).cspViolations = seen;
        document.addEventListener('securitypolicyviolation', (e) =>
          seen.push(`${e.violatedDirective} ${e.blockedURI}`),
        );
      });
      await page.goto(path, { waitUntil: 'networkidle' });
      await expect(page.locator('meta[http-equiv="content-security-policy"]')).toHaveCount(1);
      const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
      const scriptSrc = csp!.split(';').find((d) => d.trim().startsWith('script-src '));
      expect(scriptSrc).toBeDefined();
      expect(scriptSrc).not.toContain("'unsafe-inline'");
      await page.getByRole('button', { name: '검색' }).click();
      await page.getByRole('dialog').getByRole('textbox').fill('Service');
      await expect(page.locator('.pagefind-ui__result-link').first()).toBeVisible();
      expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
    });

    for (const theme of ['light', 'dark'] as const) {
      test(`has no axe violations (${theme})`, async ({ page }) => {
        // Chapters with several live widgets hold a large DOM; axe needs more than the default 30 s on a busy machine.
        test.setTimeout(90_000);
        await page.emulateMedia({ colorScheme: theme });
        await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
        await page.goto(path);
        const results = await new AxeBuilder({ page }).analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
          [],
        );
      });
    }

    // 375 px: a phone. 640 px: a 1280 px screen at 200 % zoom (WCAG 1.4.10 reflow).
    for (const width of [375, 640]) {
      test(`does not scroll sideways at ${width} px`, async ({ page }) => {
        await page.setViewportSize({ width, height: 800 });
        await page.goto(path);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow).toBeLessThanOrEqual(0);
        await expect(page.locator('main h1')).toBeVisible();
      });
    }
  });
}
