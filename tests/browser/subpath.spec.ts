// The same site built for a sub-path (BASE_PATH=/k8s-notes/, as a project page is served): every page, link
// and asset resolves under the base, search finds chapters, and the service worker keeps it offline.
import { test, expect } from '@playwright/test';
import { builtPages } from './pages';

const pages = builtPages('dist-subpath');

test('every page, link and asset resolves under the base path', async ({ page, request }) => {
  test.setTimeout(120_000);
  expect(pages.length).toBeGreaterThan(1);
  const broken: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) broken.push(`${response.status()} ${response.url()}`);
  });
  const links = new Set<string>();
  for (const path of pages) {
    expect(path.startsWith('/k8s-notes/'), path).toBe(true);
    const response = await page.goto(path);
    expect(response?.ok(), path).toBe(true);
    for (const href of await page
      .locator('a[href]')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))) {
      const url = new URL(href);
      if (url.host === new URL(page.url()).host) links.add(url.origin + url.pathname);
    }
  }
  for (const link of links) {
    expect(new URL(link).pathname.startsWith('/k8s-notes/'), link).toBe(true);
    expect((await request.get(link)).ok(), link).toBe(true);
  }
  expect(broken).toEqual([]);
});

test('search and the offline copy work under the base path', async ({ page, context }) => {
  await page.goto('services/');
  await page.getByRole('button', { name: '검색' }).click();
  await page.getByRole('dialog').getByRole('textbox').fill('nodePort');
  const first = page.locator('.pagefind-ui__result-link').first();
  await expect(first).toHaveAttribute('href', /^\/k8s-notes\//);

  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  expect(new URL(scope).pathname).toBe('/k8s-notes/');
  await page.reload();
  await context.setOffline(true);
  const response = await page.goto(pages.find((p) => p !== '/k8s-notes/')!);
  expect(response?.ok()).toBe(true);
  await expect(page.locator('main h1')).toBeVisible();
});
