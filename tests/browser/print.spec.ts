// Chapters print cleanly: no navigation, the content and its diagrams and results only.
import { test, expect } from '@playwright/test';
import { builtPages } from './pages';

for (const path of builtPages().filter((p) => p !== '/')) {
  test(`${path} prints without navigation`, async ({ page }) => {
    await page.goto(path);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('nav.sidebar')).toBeHidden();
    await expect(page.getByRole('button', { name: '검색' })).toBeHidden();
    await expect(page.getByRole('combobox', { name: '테마 선택' })).toBeHidden();
    await expect(page.locator('main h1')).toBeVisible();
    // Widgets print their result, not their controls.
    for (const control of await page.locator('.k8s-tools, .rs-form, .rs-presets, .rs-stepper').all()) {
      await expect(control).toBeHidden();
    }
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
}
