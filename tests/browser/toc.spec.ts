// The table of contents (Starlight's, overridden in components/overrides/): it watches the same elements as
// Starlight's own element, and marks the section being read at both widths.
import { test, expect, type Page } from '@playwright/test';
import { builtPages } from './pages';
import { watchedElements } from '../../components/overrides/toc/watched-elements';

/** Starlight 0.42's query for the elements its table of contents watches (starlight-toc.ts), H being the
 * headings shown in it. */
const starlightQuery = (h: string) =>
  [
    `main :where(${h})`,
    `main :where(${h}, .sl-heading-wrapper) ~ *:not(:has(${h}))`,
    `main .sl-markdown-content > *:not(:has(${h}))`,
    `main > *:not(:has(${h}))`,
  ].join();

const HEADINGS = 'h1#_top,:where(h2,h3)[id]';

for (const path of builtPages()) {
  test(`the table of contents of ${path} watches what Starlight's query selects`, async ({ page }) => {
    await page.goto(path);
    const { ours, theirs } = await page.evaluate(
      ({ source, query, headings }) => {
        const find = new Function(`return (${source})`)() as (main: Element, h: string) => Element[];
        const main = document.querySelector('main')!;
        const all = [...document.querySelectorAll('*')];
        return {
          ours: find(main, headings).map((el) => all.indexOf(el)),
          theirs: [...document.querySelectorAll(query)].map((el) => all.indexOf(el)),
        };
      },
      { source: watchedElements.toString(), query: starlightQuery(HEADINGS), headings: HEADINGS },
    );
    expect(theirs.length).toBeGreaterThan(0);
    expect(ours).toEqual(theirs);
  });
}

/** The third section of the Service chapter, as its table of contents links to it. */
async function thirdSection(page: Page, list: string) {
  const link = page.locator(`${list} a`).nth(3);
  const href = (await link.getAttribute('href'))!;
  return { href, text: (await link.textContent())!.trim() };
}

test('at 1280 px, opening a section marks its link in the table of contents', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/services/');
  const { href } = await thirdSection(page, 'starlight-toc');
  await page.goto(`/services/${href}`);
  await expect(page.locator('starlight-toc a[aria-current="true"]')).toHaveAttribute('href', href);
});

test('at 375 px, the closed table of contents names the section being read', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto('/services/');
  const { href, text } = await thirdSection(page, 'mobile-starlight-toc');
  await page.goto(`/services/${href}`);
  await expect(page.locator('mobile-starlight-toc .display-current')).toHaveText(text);
});

test('a table of contents hidden at load starts marking sections when a resize shows it', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto('/services/');
  const { href } = await thirdSection(page, 'starlight-toc');
  await page.goto(`/services/${href}`);
  await expect(page.locator('mobile-starlight-toc .display-current')).not.toBeEmpty();
  await page.setViewportSize({ width: 1280, height: 800 });
  // The wider page reflows under the same scroll offset: the reader goes back to the section.
  await page.evaluate((id) => document.getElementById(id)?.scrollIntoView(), decodeURIComponent(href.slice(1)));
  await expect(page.locator('starlight-toc a[aria-current="true"]')).toHaveAttribute('href', href);
});
