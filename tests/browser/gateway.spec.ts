// The Gateway API chapter and lab: the chapter renders its notes, manifests and the closing sections, its
// playgrounds validate Gateway API kinds as the CRDs do, its simulators send curl through the Gateway, and
// the lab's terminal prints the CRDs' printer columns and grades a solution by what the requests do.
import { test, expect, type Locator, type Page } from '@playwright/test';
import { expectClosingSections } from './chapter';
import { fileEditor, paste, terminal, type } from './lab';
import { editPlayground, originalText, pasteIntoPlayground } from './playground';
import { runPreset } from './route-simulator';

test('Gateway API: notes, examples, the exam box and the closing sections', async ({ page }) => {
  await page.goto('/gateway-api/');
  await expect(page).toHaveTitle(/Gateway API/);
  const main = page.locator('main');
  await expect(main.getByRole('heading', { level: 1, name: 'Gateway API' })).toBeVisible();
  await expect(main.getByRole('heading', { name: '7. 다른 namespace: allowedRoutes와 ReferenceGrant' })).toBeVisible();
  for (const example of ['gateway-shop-route.yaml', 'gateway-canary.yaml', 'gateway-rewrite.yaml'])
    await expect(playgroundOf(page, example)).toBeVisible();
  await expect(main.getByText('시험에서는', { exact: true })).toBeVisible();
  await expectClosingSections(page, main);
});

test('Gateway API: comes after the Ingress chapters in the sidebar', async ({ page }) => {
  await page.goto('/faq-rewrite-target/');
  await expect(page.getByRole('link', { name: /다음.*Gateway API/ })).toBeVisible();
});

test('Gateway API: a PathPrefix value must start with / (the CRD rule), and the fix validates', async ({ page }) => {
  await page.goto('/gateway-api/');
  const playground = playgroundOf(page, 'gateway-shop-route.yaml');
  await expect(playground.locator('.k8s-badge')).toContainText('유효함');
  await editPlayground(page, playground, (text) => text.replace('value: /wear', 'value: wear'));
  await expect(playground.getByRole('group', { name: '검증 결과' })).toContainText('spec.rules[0].matches[0].path');
  await pasteIntoPlayground(page, playground, await originalText(playground));
  await expect(playground.locator('.k8s-badge')).toContainText('유효함');
});

test('Gateway API: curl goes through the Gateway, its listener and the HTTPRoute, and the picture lights them', async ({
  page,
}) => {
  await page.goto('/gateway-api/');
  const shop = simulatorOf(page, 'gw-shop');
  let trace = await runPreset(shop, 'curl http://my-online-store.com/watch');
  await expect(trace).toContainText('전달됨');
  await expect(trace).toContainText('HTTPRoute default/shop-route');
  await expect(trace).toContainText('video-service');
  for (const key of ['gtw:default/shop-gateway', 'listener:default/shop-gateway/http', 'route:default/shop-route'])
    await expect(shop.locator(`[data-key="${key}"]`)).toHaveClass(/cp-lit/);
  await expect(shop.locator('[data-key="listener:default/shop-gateway/https"]')).not.toHaveClass(/cp-lit/);
  // PathPrefix compares whole path elements, and nothing catches what no rule matches: 404.
  trace = await runPreset(shop, 'curl http://my-online-store.com/wearable');
  await expect(trace).toContainText('찾을 수 없음');
});

test('Gateway API: weights, a header match, a redirect and a rewrite, as the widgets show them', async ({ page }) => {
  await page.goto('/gateway-api/');
  let trace = await runPreset(simulatorOf(page, 'gw-canary'), 'curl http://my-online-store.com/watch');
  await expect(trace).toContainText('video-v2-service');
  await expect(trace).toContainText('weight 90');

  const header = simulatorOf(page, 'gw-header');
  trace = await runPreset(header, "curl -H 'X-Canary: always' http://my-online-store.com/watch");
  await expect(trace).toContainText('video-v2-service');
  trace = await runPreset(header, "curl -H 'X-Canary: Always' http://my-online-store.com/watch");
  await expect(trace).not.toContainText('video-v2-service');

  trace = await runPreset(simulatorOf(page, 'gw-redirect'), 'curl http://my-online-store.com/wear/shirts');
  await expect(trace).toContainText('리디렉션');
  await expect(trace).toContainText('https://my-online-store.com/wear/shirts');

  const rewrite = simulatorOf(page, 'gw-rewrite');
  trace = await runPreset(rewrite, 'curl http://my-online-store.com/watch/movies/1');
  await expect(trace).toContainText('받는 경로 /movies/1');
  await editPlayground(page, playgroundOf(page, 'gateway-rewrite.yaml'), (text) =>
    text.replace('ReplacePrefixMatch', 'ReplaceFullPath').replace('replacePrefixMatch', 'replaceFullPath'),
  );
  await expect(page.locator('k8s-playground[data-example="gateway-rewrite.yaml"]').getByText('수정됨')).toBeVisible();
  trace = await runPreset(rewrite, 'curl http://my-online-store.com/watch/movies/1');
  await expect(trace).toContainText('경로 /로 보냅니다');
  await expect(trace).not.toContainText('받는 경로 /movies/1');
});

test('Gateway API: without the ReferenceGrant that names its namespace, the cross-namespace backend answers 500', async ({
  page,
}) => {
  await page.goto('/gateway-api/');
  const cross = simulatorOf(page, 'gw-cross');
  let trace = await runPreset(cross, 'curl http://my-online-store.com/watch');
  await expect(trace).toContainText('전달됨');
  await editPlayground(page, playgroundOf(page, 'gateway-cross-namespace.yaml'), (text) =>
    text.replace('      namespace: shop\n  to:', '      namespace: default\n  to:'),
  );
  await expect(playgroundOf(page, 'gateway-cross-namespace.yaml').getByText('수정됨')).toBeVisible();
  trace = await runPreset(cross, 'curl http://my-online-store.com/watch');
  await expect(trace).toContainText('500');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the chapter shows its manifests and the first command of each simulator', async ({ page }) => {
    await page.goto('/gateway-api/');
    await expect(playgroundOf(page, 'gateway-rewrite.yaml').getByText('ReplacePrefixMatch').first()).toBeVisible();
    await expect(
      simulatorOf(page, 'gw-canary').getByText('curl http://my-online-store.com/watch').first(),
    ).toBeVisible();
  });
});

test('lab Gateway API: the terminal prints the CRD columns and describes a route that is not Accepted', async ({
  page,
}) => {
  await page.goto('/labs/gateway-api/');
  const log = terminal(page).getByRole('log');
  await expect(log).toContainText(
    /gatewayclass\.gateway\.networking\.k8s\.io\/cafe-class\s+example\.net\/gateway-controller\s+True/,
  );
  await type(page, 'kubectl get httproute -n juice');
  await expect(log).toContainText(/NAME\s+HOSTNAMES\s+AGE/);
  await expect(log).toContainText(/juice-route\s+\["juice\.example\.com"\]/);
  await type(page, 'kubectl describe httproute juice-route -n juice');
  await expect(log).toContainText(/Reason:\s+NotAllowedByListeners/);
});

test('lab Gateway API: a route without hostnames is rejected with the hint that names them', async ({ page }) => {
  await page.goto('/labs/gateway-api/');
  const task = page.locator('.lab-task[data-task=publish]');
  await task.locator('summary').click();
  const file = await task.locator('.lab-solution-file[data-file="cafe-route.yaml"]').innerText();
  await paste(page, fileEditor(page, 'cafe-route.yaml'), file.replace(/ {2}hostnames:\n.*\n/, ''));
  await type(page, 'kubectl apply -f cafe-route.yaml');
  await expect(terminal(page).getByRole('log')).toContainText('httproute.gateway.networking.k8s.io/cafe-route created');
  await task.getByRole('button', { name: '확인' }).click();
  await expect(task.locator('.lab-task-verdict')).toHaveAttribute('data-state', 'bad');
  await expect(task.locator('.lab-task-verdict')).toContainText('hostnames');
});

function playgroundOf(page: Page, example: string): Locator {
  return page.locator(`k8s-playground[data-example="${example}"]`);
}

function simulatorOf(page: Page, workspace: string): Locator {
  return page.locator(`k8s-route-simulator[data-workspace="${workspace}"]`);
}
