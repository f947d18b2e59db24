// What every chapter ends with: 정리, 확인 문제 with answers that open on demand, 참고 자료.
import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

export async function expectClosingSections(page: Page, main: Locator): Promise<void> {
  for (const name of ['정리', '확인 문제', '참고 자료']) {
    await expect(main.getByRole('heading', { level: 2, name, exact: true })).toBeVisible();
  }
  const answer = main
    .locator('details')
    .filter({ has: page.locator('summary', { hasText: '답 보기' }) })
    .first();
  await expect(answer).not.toHaveAttribute('open', '');
  // Scrolling the answer into view renders the widgets above it (content-visibility), which can move it between
  // the scroll and the click on a busy machine: the click is made again until the answer opens.
  await expect(async () => {
    if ((await answer.getAttribute('open')) === null) await answer.locator('summary').click();
    await expect(answer).toHaveAttribute('open', '', { timeout: 1000 });
  }).toPass();
  await expect(answer.locator('p').first()).toBeVisible();
}
