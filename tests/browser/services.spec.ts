import { test, expect } from '@playwright/test';

test('the Services chapter shows the notes, the example and the diagram', async ({ page }) => {
  await page.goto('/services/');
  await expect(page).toHaveTitle(/Services/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  const main = page.locator('main');
  await expect(main.getByRole('heading', { name: '4. Service Type - NodePort' })).toBeVisible();
  await expect(main.getByText('분리된 network', { exact: false }).first()).toBeVisible();
  await expect(main.getByText('service-definition.yml').first()).toBeVisible();
  await expect(main.getByText('nodePort: 30008').first()).toBeVisible();
  await expect(main.getByRole('img', { name: 'NodePort Service로 노트북에서 pod까지 가는 길' })).toBeVisible();
});

test('the sidebar leads from the home page to the chapter', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: '메인' }).getByRole('link', { name: 'Services', exact: true }).click();
  await expect(page).toHaveURL(/\/services\/$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Services' })).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the chapter is fully readable', async ({ page }) => {
    await page.goto('/services/');
    const main = page.locator('main');
    await expect(main.getByRole('heading', { name: '다중 Node에 pod가 분산된 경우' })).toBeVisible();
    await expect(main.getByText('nodePort: 30008').first()).toBeVisible();
    await expect(main.getByRole('img', { name: 'NodePort Service로 노트북에서 pod까지 가는 길' })).toBeVisible();
  });
});
