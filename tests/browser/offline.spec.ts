// After one visit the whole course works with the network off: every page, a live widget, and search.
import { test, expect } from '@playwright/test';
import { builtPages } from './pages';

test('after one visit every page, a live widget and search work offline', async ({ page, context }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
      );
    }
  });

  await context.setOffline(true);
  for (const path of builtPages()) {
    const response = await page.goto(path);
    expect(response?.ok(), path).toBe(true);
    await expect(page.locator('h1').first(), path).toBeVisible();
  }

  // A widget runs offline too: its engine chunk, loaded only on first use, came from the precache.
  await page.goto('/services/');
  const simulator = page.locator('k8s-route-simulator').first();
  await simulator.getByRole('textbox', { name: '명령' }).fill('curl http://192.168.1.2:30009');
  await simulator.getByRole('button', { name: '실행' }).click();
  await expect(simulator.getByRole('group', { name: '요청 경로' })).toContainText('연결 거부');

  await page.getByRole('button', { name: '검색' }).click();
  await page.getByRole('dialog').getByRole('textbox').fill('nodePort');
  await expect(page.locator('.pagefind-ui__result-link').first()).toBeVisible();
});
