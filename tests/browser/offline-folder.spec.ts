// The double-click build (npm run build:offline): pages open from file:// with their styles, diagrams and
// live widgets (one classic script, since file:// blocks module scripts), and say that search needs a server.
// `npm test` builds the folder first.
import { test, expect, type Page } from '@playwright/test';
import { fileURLToPath, pathToFileURL } from 'node:url';

const folder = fileURLToPath(new URL('../../dist-offline/', import.meta.url));

async function open(page: Page, path: string): Promise<string[]> {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy|widgets\.js/.test(message.text()))
      errors.push(message.text());
  });
  await page.goto(pathToFileURL(`${folder}${path}`).href);
  return errors;
}

test('a chapter opens from file:// styled, with its diagram and links that lead on', async ({ page }) => {
  await open(page, 'services/index.html');
  await expect(page.getByRole('heading', { level: 1, name: 'Services' })).toBeVisible();
  await expect(page.getByRole('img', { name: 'NodePort Service로 노트북에서 pod까지 가는 길' })).toBeVisible();
  await expect(page.getByRole('note').filter({ hasText: '검색은 동작하지 않음' })).toBeVisible();
  // Starlight's stylesheet applied: the sidebar is laid out beside the content, not as a bare list.
  const sidebarWidth = await page.locator('nav.sidebar').evaluate((el) => el.getBoundingClientRect().width);
  expect(sidebarWidth).toBeGreaterThan(150);
  await page.getByRole('navigation', { name: '메인' }).getByRole('link', { name: 'Services', exact: true }).click();
  await expect(page).toHaveURL(/services\/index\.html$/);
});

test('from file:// the playground validates an edit and the simulator runs a command', async ({ page }) => {
  const errors = await open(page, 'services/index.html');
  const playground = page.locator('k8s-playground').filter({ hasText: 'service-definition.yml' }).first();
  const results = playground.getByRole('group', { name: '검증 결과' });
  await playground.getByRole('button', { name: '편집' }).click();
  const editor = page.getByRole('textbox', { name: '매니페스트 편집기' });
  await editor.locator('.cm-line', { hasText: 'nodePort:' }).first().click();
  await page.keyboard.press('End');
  await page.keyboard.press('Shift+Home');
  await page.keyboard.type('nodePort: 80');
  await expect(results).toContainText(
    'spec.ports[0].nodePort: Invalid value: 80: provided port is not in the valid range. The range of valid ports is 30000-32767',
  );
  await page.keyboard.press('Shift+Home');
  await page.keyboard.type('nodePort: 30008');
  await expect(results).toContainText('유효함');

  const simulator = page
    .locator('k8s-route-simulator[data-workspace="nodeport"]')
    .filter({ hasText: 'services-one-pod.yaml' });
  await simulator.getByRole('textbox', { name: '명령' }).fill('curl http://192.168.1.2:30009');
  await simulator.getByRole('button', { name: '실행' }).click();
  const trace = simulator.getByRole('group', { name: '요청 경로' });
  await expect(trace).toContainText('$ curl http://192.168.1.2:30009');
  await expect(trace).toContainText('연결 거부');
  expect(errors).toEqual([]);
});

test("from file:// a lab's terminal answers kubectl", async ({ page }) => {
  const errors = await open(page, 'labs/services/index.html');
  const terminal = page.getByRole('region', { name: '터미널' });
  const input = terminal.getByRole('textbox');
  await input.fill('kubectl get svc');
  await input.press('Enter');
  // The built page already shows `kubectl get all`; only what follows the typed command is the live answer.
  const answer = () =>
    terminal
      .getByRole('log')
      .innerText()
      .then((text) => text.split('$ kubectl get svc\n')[1] ?? '');
  await expect.poll(answer).toMatch(/^NAME\s+TYPE\s+CLUSTER-IP\s+EXTERNAL-IP\s+PORT\(S\)\s+AGE\n/);
  expect(await answer()).toMatch(/^kubernetes\s+ClusterIP\s+10\.96\.0\.1\s+<none>\s+443\/TCP\s/m);
  expect(errors).toEqual([]);
});

test('from file:// the policy matrix recomputes when the policy above it is edited', async ({ page }) => {
  const errors = await open(page, 'network-policies/index.html');
  const matrix = page.locator('k8s-policy-matrix[data-workspace="db"]');
  const cell = (from: string, allowed: boolean) =>
    matrix.getByRole('link', { name: `${from} → db-pod: ${allowed ? '허용' : '거부'}`, exact: true });
  await expect(cell('web-pod', false)).toBeVisible();
  const playground = page.locator('k8s-playground[data-example="netpol-db-policy.yaml"]');
  await playground.getByRole('button', { name: '편집' }).click();
  await playground.locator('.cm-line', { hasText: 'name: api-pod' }).first().click();
  await page.keyboard.press('End');
  await page.keyboard.press('Shift+Home');
  await page.keyboard.type('name: web-pod');
  await expect(cell('web-pod', true)).toBeVisible();
  await expect(cell('api-pod', false)).toBeVisible();
  expect(errors).toEqual([]);
});
