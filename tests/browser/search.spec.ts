// Korean search, through the search dialog a reader uses (Starlight's Pagefind UI with its ranking): each of
// twenty queries a learner types ranks the page that explains it first.
import { test, expect } from '@playwright/test';
import { SEARCH_QUERIES } from './search-queries';

test('twenty learner queries each rank their chapter first', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await page.getByRole('button', { name: '검색' }).click();
  const input = page.getByRole('dialog').getByRole('textbox');
  const firsts: Record<string, string> = {};
  for (const { query } of SEARCH_QUERIES) {
    await input.fill(query);
    await expect(page.locator('.pagefind-ui__message')).toContainText(query);
    const href = await page.locator('.pagefind-ui__result-link').first().getAttribute('href');
    firsts[query] = new URL(href ?? '', page.url()).pathname;
  }
  expect(firsts).toEqual(Object.fromEntries(SEARCH_QUERIES.map(({ query, page: path }) => [query, path])));
});

test('the search dialog finds a chapter by its Korean name', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: '검색' }).click();
  await page.getByRole('dialog').getByRole('textbox').fill('노드포트');
  await expect(page.locator('.pagefind-ui__result-link').first()).toHaveText('Services');
});
