// After one visit the whole course works with the network off: every page, and search.
import { test, expect } from '@playwright/test';
import { builtPages } from './pages';

test('after one visit every page and search work offline', async ({ page, context }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
  });

  await context.setOffline(true);
  for (const path of builtPages()) {
    const response = await page.goto(path);
    expect(response?.ok(), path).toBe(true);
    await expect(page.locator('h1').first(), path).toBeVisible();
  }

  await page.goto('/services/');
  await page.getByRole('button', { name: '검색' }).click();
  await page.getByRole('dialog').getByRole('textbox').fill('nodePort');
  await expect(page.locator('.pagefind-ui__result-link').first()).toBeVisible();
});
