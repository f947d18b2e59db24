// Korean search, through the search dialog a reader uses (Starlight's Pagefind UI with its ranking): the
// dialog speaks Korean, each of thirty learner queries ranks the page that explains it first, results lead to
// the matching section, and neither widget output nor the hidden search terms show up in excerpts.
import { test, expect, type Page } from '@playwright/test';
import { SEARCH_QUERIES } from './search-queries';

async function openSearch(page: Page) {
  await page.goto('/');
  await page.getByRole('button', { name: '검색' }).click();
  return page.getByRole('dialog').getByRole('textbox');
}

/** Waits for the count line ("… 에 대한 결과 N건"), not the "검색 중" line that also holds the query. */
async function search(page: Page, query: string) {
  const input = await openSearchIfClosed(page);
  await input.fill(query);
  // Pagefind loads index chunks on demand: the first queries on a busy machine take a few seconds.
  await expect(page.locator('.pagefind-ui__message')).toContainText(`${query}에 대한 결과`, { timeout: 15_000 });
}

async function openSearchIfClosed(page: Page) {
  const dialog = page.getByRole('dialog');
  if (!(await dialog.isVisible())) return openSearch(page);
  return dialog.getByRole('textbox');
}

test('thirty learner queries each rank their page first', async ({ page }) => {
  test.setTimeout(120_000);
  const firsts: Record<string, string> = {};
  for (const { query } of SEARCH_QUERIES) {
    await search(page, query);
    const href = await page.locator('.pagefind-ui__result-link').first().getAttribute('href');
    firsts[query] = new URL(href ?? '', page.url()).pathname;
  }
  expect(Object.keys(firsts)).toHaveLength(30);
  expect(firsts).toEqual(Object.fromEntries(SEARCH_QUERIES.map(({ query, page: path }) => [query, path])));
});

test('the search dialog speaks Korean', async ({ page }) => {
  await search(page, '노드포트');
  await expect(page.locator('.pagefind-ui__message')).toHaveText(/^노드포트에 대한 결과 \d+건$/);
  await expect(page.getByRole('dialog').getByRole('button', { name: '지우기' })).toBeVisible();
  await page.getByRole('dialog').getByRole('textbox').fill('zzzz');
  await expect(page.locator('.pagefind-ui__message')).toHaveText('zzzz에 대한 결과 없음');
});

test('a Korean name leads to the section that explains it, and the hidden terms stay out of excerpts', async ({
  page,
}) => {
  await search(page, '노드포트');
  const first = page.locator('.pagefind-ui__result').first();
  await expect(first.locator('.pagefind-ui__result-link').first()).toHaveText('Services');
  // The Services chapter's searchTerms (frontmatter): none of its run may appear in an excerpt.
  await expect(first).not.toContainText('타겟포트 타깃 포트');
  const section = first.locator('.pagefind-ui__result-nested .pagefind-ui__result-link').first();
  await expect(section).toHaveAttribute('href', /\/services\/#(?!_top)/);
});

test('widget output is not indexed: a trace-only phrase finds nothing', async ({ page }) => {
  // Printed only by the route simulator's trace (ExternalName: "the simulation stops here"), never in prose.
  await search(page, '시뮬레이션은');
  await expect(page.locator('.pagefind-ui__message')).toHaveText('시뮬레이션은에 대한 결과 없음');
});
