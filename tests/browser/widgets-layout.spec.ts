// The widgets as drawn: the policy matrix worked from the keyboard alone, the cluster picture's labels whole,
// inside their boxes and at a legible size as rendered on a phone, its dashed lines clear of every label, and the editor's diagnostic
// tooltip clear of the table of contents and inside a phone's screen.
import { test, expect, type Page } from '@playwright/test';

/** Pages whose simulators draw cluster pictures (Services, Ingress, Gateway API). */
const PICTURE_PAGES = ['/services/', '/ingress-networking/', '/gateway-api/'];

test.describe('policy matrix from the keyboard', () => {
  test('Tab reaches it, arrow keys, Home and End move the focused cell, Enter or Space explains it, one Tab leaves it', async ({
    page,
  }) => {
    // A reader arriving by the table of contents: the section's heading is where Tab starts from.
    await page.goto('/network-policies/#3-networkpolicy-만들기');
    const matrix = page.locator('k8s-policy-matrix[data-workspace="db"]');
    const focusedCell = () =>
      page.evaluate(() => {
        const a = document.activeElement as HTMLElement | null;
        return a?.matches('k8s-policy-matrix[data-workspace="db"] a.pm-cell')
          ? { i: Number(a.dataset.i), j: Number(a.dataset.j), label: a.getAttribute('aria-label') ?? '' }
          : undefined;
      });
    let cell: Awaited<ReturnType<typeof focusedCell>>;
    for (let presses = 0; presses < 40 && !cell; presses++) {
      await page.keyboard.press('Tab');
      cell = await focusedCell();
    }
    expect(cell, 'Tab from the section heading reaches the matrix').toEqual(expect.objectContaining({ i: 0, j: 0 }));
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await focusedCell()).toEqual(expect.objectContaining({ i: 0, j: 2 }));
    // Past the edge, focus stays on the last cell.
    await page.keyboard.press('ArrowRight');
    expect(await focusedCell()).toEqual(expect.objectContaining({ i: 0, j: 2 }));
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowLeft');
    const chosen = await focusedCell();
    expect(chosen).toEqual(expect.objectContaining({ i: 1, j: 1 }));
    await page.keyboard.press('Enter');
    const explanation = matrix.locator('.pm-explanation');
    await expect(explanation).toBeVisible();
    // The explanation is the chosen cell's: it starts with the cell's own label (api-pod → api-pod: 허용).
    await expect(explanation).toContainText(chosen!.label);
    await expect(explanation).toBeInViewport();
    // Focus stays on the cell, so the reader can move on with the arrows.
    expect(await focusedCell()).toEqual(expect.objectContaining({ i: 1, j: 1 }));
    // Home and End move along the row (WAI-ARIA grid pattern); Space explains as Enter does.
    await page.keyboard.press('End');
    expect(await focusedCell()).toEqual(expect.objectContaining({ i: 1, j: 2 }));
    await page.keyboard.press('Home');
    const first = await focusedCell();
    expect(first).toEqual(expect.objectContaining({ i: 1, j: 0 }));
    await page.keyboard.press('Space');
    await expect(explanation).toContainText(first!.label);
    // The grid is one Tab stop: one Tab leaves the table, Shift+Tab comes back to the cell last focused.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('.pm-table')))).toBe(false);
    await page.keyboard.press('Shift+Tab');
    expect(await focusedCell()).toEqual(expect.objectContaining({ i: 1, j: 0 }));
  });
});

/** Every text of every cluster picture on the page: its font size as rendered (CSS font size × the SVG's scale
 * on screen) and its glyph box height. */
function pictureTexts(page: Page) {
  return page.locator('svg.cp text').evaluateAll((texts) =>
    texts
      .filter((t) => (t as SVGTextElement).getClientRects().length > 0 && t.textContent!.trim() !== '')
      .map((t) => {
        const text = t as SVGTextElement;
        const scale = text.getScreenCTM()!.a;
        return {
          text: text.textContent ?? '',
          size: parseFloat(getComputedStyle(text).fontSize) * scale,
          height: text.getBoundingClientRect().height,
        };
      }),
  );
}

test.describe('at 375 × 812', () => {
  test.use({ viewport: { width: 375, height: 812 } });

  for (const path of PICTURE_PAGES) {
    test(`every label in the cluster pictures of ${path} is drawn at 11 px or larger`, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator('svg.cp').first()).toBeVisible();
      const texts = await pictureTexts(page);
      expect(texts.length).toBeGreaterThan(0);
      const small = texts.filter((t) => t.size < 11 || t.height < 11);
      expect(small).toEqual([]);
    });

    test(`every label in the cluster pictures of ${path} is whole and inside its box`, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator('svg.cp').first()).toBeVisible();
      const boxes = page.locator('svg.cp .cp-box:not(.cp-node)');
      expect(await boxes.count()).toBeGreaterThan(0);
      const outside = await boxes.evaluateAll((groups) =>
        groups.flatMap((g) => {
          const box = g.querySelector(':scope > rect')!.getBoundingClientRect();
          return [...g.querySelectorAll<SVGTextElement>(':scope > text')]
            .filter((t) => {
              const r = t.getBoundingClientRect();
              const cut = t.textContent!.endsWith('…');
              return cut || r.left < box.left || r.right > box.right || r.top < box.top || r.bottom > box.bottom;
            })
            .map((t) => t.textContent);
        }),
      );
      expect(outside).toEqual([]);
    });
  }
});

test.describe('dashed lines in the cluster picture', () => {
  // Tall enough that each picture is on screen whole: what is painted where is asked of the page itself.
  test.use({ viewport: { width: 1280, height: 1600 } });

  for (const path of PICTURE_PAGES) {
    test(`no dashed line or outline is painted over a label on ${path}`, async ({ page }) => {
      await page.goto(path);
      // The simulators' live render (after the engine answered) replaces the build-time picture.
      await expect(page.locator('k8s-route-simulator .rs-result').first()).not.toContainText('불러오는 중');
      const crossings: string[] = [];
      for (const picture of await page.locator('svg.cp').all()) {
        await picture.scrollIntoViewIfNeeded();
        crossings.push(
          ...(await picture.evaluate((svg) => {
            const found = new Set<string>();
            const labels = [...svg.querySelectorAll('text')].filter((t) => t.getClientRects().length > 0);
            const dashed = [...svg.querySelectorAll<SVGGeometryElement>('line, rect, path, polyline')].filter(
              (shape) => {
                const style = getComputedStyle(shape);
                return (
                  shape.getClientRects().length > 0 &&
                  style.strokeDasharray !== 'none' &&
                  style.stroke !== 'none' &&
                  Number(style.opacity) > 0
                );
              },
            );
            /** Paints over what lies beneath it: a filled shape, or a label with a halo (paint-order: stroke). */
            const covers = (e: Element) => {
              if (!(e instanceof SVGElement) || !svg.contains(e)) return false;
              const style = getComputedStyle(e);
              if (e instanceof SVGTextElement)
                return (
                  style.paintOrder.startsWith('stroke') && style.stroke !== 'none' && parseFloat(style.strokeWidth) >= 4
                );
              return e instanceof SVGGeometryElement && style.fill !== 'none' && Number(style.fillOpacity) === 1;
            };
            for (const shape of dashed) {
              const ctm = shape.getScreenCTM()!;
              const length = shape.getTotalLength();
              for (let at = 0; at <= length; at += 1) {
                const p = shape.getPointAtLength(at).matrixTransform(ctm);
                const label = labels.find((t) => {
                  const box = t.getBoundingClientRect();
                  // Half a pixel inside the glyph box: touching its edge is not crossing.
                  return p.x > box.left + 0.5 && p.x < box.right - 0.5 && p.y > box.top + 0.5 && p.y < box.bottom - 0.5;
                });
                if (!label) continue;
                const stack = document.elementsFromPoint(p.x, p.y);
                const depth = stack.indexOf(shape);
                if (depth === -1) continue;
                // The line is painted over the label unless something above the line covers it there.
                if (!stack.slice(0, depth).some(covers))
                  found.add(`${shape.getAttribute('class')} over "${label.textContent}"`);
              }
            }
            return [...found];
          })),
        );
      }
      expect(crossings).toEqual([]);
    });
  }
});

/** Opens the Services chapter's first playground and writes the nodePort 80, which the API server
 * refuses: the line gets a lint mark, and hovering it shows the diagnostic. */
async function showTooltip(page: Page) {
  await page.goto('/services/');
  const playground = page.locator('k8s-playground').filter({ hasText: 'service-definition.yml' }).first();
  await playground.getByRole('button', { name: '편집' }).click();
  const editor = page.getByRole('textbox', { name: '매니페스트 편집기' });
  await editor.locator('.cm-line', { hasText: 'nodePort:' }).first().click();
  await page.keyboard.press('End');
  await page.keyboard.press('Shift+Home');
  await page.keyboard.type('nodePort: 80');
  const mark = editor.locator('.cm-lintRange-error').first();
  await expect(mark).toBeVisible();
  await mark.hover();
  const tooltip = playground.locator('.pg-editor').locator('.cm-tooltip-hover, .cm-tooltip-lint').first();
  await expect(tooltip).toBeVisible();
  return tooltip.boundingBox();
}

test.describe('at 879 × 800', () => {
  test.use({ viewport: { width: 879, height: 800 } });

  test('the diagnostic tooltip does not cover the table of contents', async ({ page }) => {
    const tip = (await showTooltip(page))!;
    const tocs = await page
      .locator('mobile-starlight-toc, starlight-toc, .right-sidebar')
      .evaluateAll((all) =>
        all
          .filter((e) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden')
          .map((e) => e.getBoundingClientRect().toJSON() as DOMRect),
      );
    expect(tocs.length).toBeGreaterThan(0);
    for (const toc of tocs) {
      const overlaps =
        tip.x < toc.right && tip.x + tip.width > toc.left && tip.y < toc.bottom && tip.y + tip.height > toc.top;
      expect(overlaps, `tooltip ${JSON.stringify(tip)} over the table of contents ${JSON.stringify(toc)}`).toBe(false);
    }
  });
});

test.describe('at 375 × 812', () => {
  test.use({ viewport: { width: 375, height: 812 } });

  test('the diagnostic tooltip stays inside the screen', async ({ page }) => {
    const tip = (await showTooltip(page))!;
    expect(tip.x).toBeGreaterThanOrEqual(0);
    expect(tip.y).toBeGreaterThanOrEqual(0);
    expect(tip.x + tip.width).toBeLessThanOrEqual(375);
    expect(tip.y + tip.height).toBeLessThanOrEqual(812);
  });
});
