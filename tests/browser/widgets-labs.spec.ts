// The lab page as a learner meets it on a laptop and a phone: tasks beside the terminal on a wide screen,
// stacked on a phone; a legible terminal whose lines never wrap; a failed check that says which task; a reset that asks first. Light and dark stay axe clean.
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { type } from './lab';

const LAB = '/labs/services/';

async function box(page: Page, selector: string) {
  const b = await page.locator(selector).first().boundingBox();
  expect(b, selector).not.toBeNull();
  return b!;
}

test.describe('at 1280 × 800', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('tasks on the left, the terminal on the right, both on screen at once', async ({ page }) => {
    await page.goto(LAB);
    await page.locator('k8s-lab').evaluate((lab) => lab.scrollIntoView({ block: 'start' }));
    const tasks = await box(page, '.lab-section[data-area="tasks"]');
    const terminal = await box(page, '.lab-terminal');
    expect(tasks.x + tasks.width).toBeLessThanOrEqual(terminal.x);
    // The first task and the whole terminal, prompt included, are inside the 800 px viewport.
    const firstTask = await box(page, '.lab-task');
    expect(firstTask.y).toBeGreaterThanOrEqual(0);
    expect(firstTask.y + firstTask.height).toBeLessThanOrEqual(800);
    expect(terminal.y).toBeGreaterThanOrEqual(0);
    expect(terminal.y + terminal.height).toBeLessThanOrEqual(800);
    // Nothing sits under a table of contents: the lab's right edge is inside the page.
    expect(terminal.x + terminal.width).toBeLessThanOrEqual(1280);
  });
});

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 375, height: 812 },
]) {
  test.describe(`at ${viewport.width} px`, () => {
    test.use({ viewport });

    test('the terminal is 14 px or larger, monospace, resizable, and a wide line scrolls instead of wrapping', async ({
      page,
    }) => {
      await page.goto(LAB);
      await type(page, 'kubectl get pods -o wide');
      const out = page.locator('.lab-terminal-out');
      const style = await out.evaluate((el) => {
        const s = getComputedStyle(el);
        return { size: parseFloat(s.fontSize), family: s.fontFamily, whiteSpace: s.whiteSpace, resize: s.resize };
      });
      expect(style.size).toBeGreaterThanOrEqual(14);
      expect(style.family).toContain('monospace');
      expect(style.whiteSpace).toBe('pre');
      expect(style.resize).toBe('vertical');
      // `-o wide` has a header line wider than the terminal at either size: it overflows sideways, and the
      // header's words stay on one line (the line's box is one line-height tall).
      const header = await out.evaluate((el) => {
        const range = document.createRange();
        const text = [...el.childNodes].find((n) => n.textContent?.includes('NOMINATED NODE'))!;
        const at = text.textContent!.indexOf('NAME ');
        range.setStart(text, at);
        range.setEnd(text, text.textContent!.indexOf('\n', at));
        const rects = [...range.getClientRects()];
        return {
          lineTops: new Set(rects.map((r) => Math.round(r.top))).size,
          scrolls: el.scrollWidth > el.clientWidth,
        };
      });
      expect(header.lineTops).toBe(1);
      if (viewport.width === 375) expect(header.scrolls).toBe(true);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
    });

    test('a failed check names its task; 실습 처음부터 asks first', async ({ page }) => {
      await page.goto(LAB);
      const task = page.locator('.lab-task[data-task=nodeport]');
      const number =
        (await page
          .locator('.lab-task')
          .evaluateAll((all) => all.findIndex((t) => (t as HTMLElement).dataset.task === 'nodeport'))) + 1;
      await task.getByRole('button', { name: '확인' }).click();
      const verdict = task.locator('.lab-task-verdict');
      await expect(verdict).toHaveAttribute('data-state', 'bad');
      await expect(verdict).toContainText(`과제 ${number} 아직입니다:`);
      expect(await verdict.evaluate((el) => el.textContent!.includes('\n'))).toBe(false);

      await page.getByRole('button', { name: '실습 처음부터' }).click();
      const ask = page.getByRole('group', { name: /처음부터 할까요/ });
      await expect(ask).toBeVisible();
      await expect(ask.getByRole('button', { name: '취소' })).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(ask).toHaveCount(0);
      await expect(verdict).toHaveAttribute('data-state', 'bad');
      await page.getByRole('button', { name: '실습 처음부터' }).click();
      await page.getByRole('button', { name: '지우고 처음부터' }).click();
      await expect(verdict).toBeEmpty();
    });

    for (const theme of ['light', 'dark'] as const) {
      test(`axe finds nothing on the lab in use (${theme})`, async ({ page }) => {
        // axe over a whole lab takes ~25 s on a loaded 2-core machine.
        test.setTimeout(60_000);
        await page.emulateMedia({ colorScheme: theme });
        await page.goto(LAB);
        await type(page, 'kubectl get pods -o wide');
        await page.getByRole('button', { name: '실습 처음부터' }).click();
        const results = await new AxeBuilder({ page }).include('.lab').analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
          [],
        );
      });
    }
  });
}
