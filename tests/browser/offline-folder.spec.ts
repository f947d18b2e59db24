// The double-click build (npm run build:offline): pages open from file:// with their styles, diagrams and
// every widget's build-time result, and say that search needs a server. `npm test` builds the folder first.
import { test, expect } from '@playwright/test';
import { fileURLToPath, pathToFileURL } from 'node:url';

const folder = fileURLToPath(new URL('../../dist-offline/', import.meta.url));

test('a chapter opens from file:// styled, with its diagram and links that lead on', async ({ page }) => {
  await page.goto(pathToFileURL(`${folder}services/index.html`).href);
  await expect(page.getByRole('heading', { level: 1, name: 'Services' })).toBeVisible();
  await expect(page.getByRole('img', { name: 'NodePort Service로 노트북에서 pod까지 가는 길' })).toBeVisible();
  await expect(page.getByRole('note').filter({ hasText: '검색' })).toBeVisible();
  // Starlight's stylesheet applied: the sidebar is laid out beside the content, not as a bare list.
  const sidebarWidth = await page.locator('nav.sidebar').evaluate((el) => el.getBoundingClientRect().width);
  expect(sidebarWidth).toBeGreaterThan(150);
  await page.getByRole('navigation', { name: '메인' }).getByRole('link', { name: 'Services', exact: true }).click();
  await expect(page).toHaveURL(/services\/index\.html$/);
});
