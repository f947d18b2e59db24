// The live widgets on the Services chapter: issue 7's story end to end, and what must hold around it
// (JS off, drafts, reset, share links, hostile text, keyboard only, axe, a phone's width).
import { test, expect, type Page, type Locator } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

const PAGE = '/services/';
const XSS = '<img src=x onerror="window.__xss=1">';

function playground(page: Page): Locator {
  return page.locator('k8s-playground').filter({ hasText: 'service-definition.yml' }).first();
}

/** The simulator right after the definition file: the notes' one pod. */
function simulator(page: Page): Locator {
  return page.locator('k8s-route-simulator[data-workspace="nodeport"]').filter({ hasText: 'services-one-pod.yaml' });
}

function editor(page: Page): Locator {
  return page.getByRole('textbox', { name: '매니페스트 편집기' });
}

async function openEditor(page: Page): Promise<void> {
  await playground(page).getByRole('button', { name: '편집' }).click();
  await expect(editor(page)).toBeVisible();
}

/** Retypes the line holding `key:` with a new value, with the keys a reader would use. */
async function setValue(page: Page, key: string, value: string): Promise<void> {
  await editor(page)
    .locator('.cm-line', { hasText: `${key}:` })
    .first()
    .click();
  await page.keyboard.press('End');
  await page.keyboard.press('Shift+Home');
  await page.keyboard.type(`${key}: ${value}`);
}

/** Replaces the whole manifest with keyboard commands. */
async function replaceAll(page: Page, text: string): Promise<void> {
  await editor(page).click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(text);
}

async function run(page: Page, command: string): Promise<Locator> {
  const sim = simulator(page);
  await sim.getByRole('textbox', { name: '명령' }).fill(command);
  await sim.getByRole('button', { name: '실행' }).click();
  const trace = sim.getByRole('group', { name: '요청 경로' });
  await expect(trace).toContainText(`$ ${command}`);
  // The command shows at once; its result follows once the engine has loaded.
  await expect(trace).not.toContainText('불러오는 중');
  return trace;
}

test.beforeEach(async ({ page }) => {
  await page.goto(PAGE);
  await page.evaluate(() => localStorage.clear());
  await page.goto(PAGE);
});

test("the issue's story: nodePort 80 is refused on its line, the fix routes 30008 to the pod and 30009 fails", async ({
  page,
}) => {
  const pg = playground(page);
  const results = pg.getByRole('group', { name: '검증 결과' });
  await expect(results).toContainText('유효함');
  await openEditor(page);
  await setValue(page, 'nodePort', '80');
  await expect(results).toContainText(
    'spec.ports[0].nodePort: Invalid value: 80: provided port is not in the valid range. The range of valid ports is 30000-32767',
  );
  await expect(results).toContainText('10번째 줄');
  await expect(pg.locator('.pg-head')).toContainText('오류 1개');
  await expect(pg.locator('.cm-lintRange-error')).toHaveCount(1);
  // The simulator below says that the edited Service has errors instead of quietly using the old text, once
  // the reader scrolls to it (a simulator more than a screen away catches up when it comes near).
  await simulator(page).scrollIntoViewIfNeeded();
  await expect(simulator(page).getByRole('group', { name: '요청 경로' })).toContainText(
    'service-definition.yml에 오류가 1개',
  );
  // Clicking the diagnostic puts the cursor on its line.
  await results.getByRole('button', { name: /10번째 줄/ }).click();
  await expect(pg.locator('.cm-activeLine')).toContainText('nodePort: 80');

  await setValue(page, 'nodePort', '30008');
  await expect(results).toContainText('유효함');

  const refused = await run(page, 'curl http://192.168.1.2:30009');
  await expect(refused).toContainText('연결 거부');
  await expect(simulator(page).locator('.cp [data-key="pod:default/myapp-pod"]')).not.toHaveClass(/cp-lit/);

  const delivered = await run(page, 'curl http://192.168.1.2:30008');
  await expect(delivered).toContainText('전달됨');
  await expect(delivered).toContainText('default/myapp-pod (10.244.0.2:80)');
  await simulator(page).getByRole('button', { name: '전체 경로' }).click();
  for (const key of ['client', 'node:node01', 'svc:default/myapp-service', 'pod:default/myapp-pod']) {
    await expect(simulator(page).locator(`.cp [data-key="${key}"]`)).toHaveClass(/cp-lit/);
  }
});

test('an edit in the playground reroutes the simulator at once', async ({ page }) => {
  await openEditor(page);
  await setValue(page, 'nodePort', '30100');
  // The simulator right below catches up once it is near the screen (more than a screen away, it waits).
  await simulator(page).scrollIntoViewIfNeeded();
  const trace = simulator(page).getByRole('group', { name: '요청 경로' });
  await expect(trace).toContainText('편집한 service-definition.yml');
  await expect(trace).toContainText('연결 거부');
  await run(page, 'curl 192.168.1.2:30100');
  await expect(trace).toContainText('전달됨');
});

test('the stepper walks the path one step at a time', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await run(page, 'curl http://192.168.1.2:30008');
  const sim = simulator(page);
  const steps = await sim.locator('.rs-steps > li').count();
  await expect(sim.locator('.rs-stepno')).toHaveText(`${steps} / ${steps}단계`);
  for (let i = 0; i < steps - 1; i++) await sim.getByRole('button', { name: '이전 단계' }).click();
  await expect(sim.locator('.rs-stepno')).toHaveText(`1 / ${steps}단계`);
  await expect(sim.locator('.cp [data-key="pod:default/myapp-pod"]')).not.toHaveClass(/cp-lit/);
  await expect(sim.locator('.rs-steps > li').first()).toHaveAttribute('aria-current', 'step');
  await sim.getByRole('button', { name: '다음 단계' }).click();
  await expect(sim.locator('.rs-stepno')).toHaveText(`2 / ${steps}단계`);
});

test('kubectl exec runs curl from inside the pod', async ({ page }) => {
  const trace = await run(page, 'kubectl exec myapp-pod -- curl http://myapp-service');
  await expect(trace).toContainText('Pod default/myapp-pod');
  await expect(trace).toContainText('전달됨');
});

test('a command it cannot run is explained', async ({ page }) => {
  const trace = await run(page, "curl -H 'Host http://192.168.1.2:30008");
  await expect(trace).toContainText('명령을 이해하지 못했습니다');
});

test('a reload brings the draft back, marked as edited; 원래대로 restores the original', async ({ page }) => {
  await openEditor(page);
  await setValue(page, 'name', 'my-edited-service');
  await expect(playground(page).getByText('수정됨')).toBeVisible();
  const id = await playground(page).getAttribute('id');
  await expect
    .poll(() => page.evaluate((key) => localStorage.getItem(key), `k8s-notes:draft:${PAGE}#${id}`))
    .toContain('my-edited-service');
  await page.reload();
  await expect(editor(page)).toContainText('my-edited-service');
  await expect(playground(page).getByText('수정됨')).toBeVisible();
  await expect(playground(page).getByRole('status')).toHaveText('저장해 둔 수정본을 불러왔습니다.');

  await playground(page).getByRole('button', { name: '원래대로' }).click();
  await expect(editor(page)).toContainText('name: myapp-service');
  await expect(editor(page)).not.toContainText('my-edited-service');
  await expect(playground(page).getByText('수정됨')).toBeHidden();
  await page.reload();
  await expect(editor(page)).toHaveCount(0);
  await expect(playground(page).locator('.pg-code')).toContainText('name: myapp-service');
});

test('corrupt or full storage is survived with a notice', async ({ page }) => {
  const id = await playground(page).getAttribute('id');
  await page.evaluate((key) => localStorage.setItem(key, '{not json'), `k8s-notes:draft:${PAGE}#${id}`);
  await page.reload();
  await expect(playground(page).getByRole('status')).toHaveText(
    '저장해 둔 수정본이 손상되어 원래 manifest를 보여 줍니다.',
  );
  await expect(playground(page).locator('.pg-code')).toContainText('nodePort: 30008');

  await page.evaluate(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
  });
  await openEditor(page);
  await setValue(page, 'name', 'still-here');
  await expect(playground(page).getByRole('status')).toContainText('저장 공간이 부족해');
  await expect(editor(page)).toContainText('still-here');
});

test('a share link carries the draft to a fresh browser', async ({ page, browser }) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await openEditor(page);
  await setValue(page, 'name', 'shared-service');
  await playground(page).getByRole('button', { name: '공유' }).click();
  await expect(page).toHaveURL(/#pg-service-definition-yml=/);
  const url = page.url();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(url);
  await expect(editor(other)).toContainText('shared-service');
  await expect(playground(other).getByRole('status')).toHaveText('공유 링크의 manifest를 불러왔습니다.');
  await fresh.close();
});

test('hostile names, labels, commands and links stay text', async ({ page }) => {
  await openEditor(page);
  await replaceAll(
    page,
    `apiVersion: v1
kind: Service
metadata:
  name: ${XSS}
  labels:
    x: '${XSS}'
spec:
  type: NodePort
  ports:
    - port: 80
      nodePort: 30008
  selector:
    app: '${XSS}'
`,
  );
  await expect(playground(page).getByRole('group', { name: '검증 결과' })).toContainText('<img src=x');
  await run(page, `curl http://192.168.1.2:30008/${XSS}`);
  await run(page, `kubectl exec '${XSS}' -- curl http://x`);
  await page.goto(`${PAGE}#pg-service-definition-yml=${encodeURIComponent(XSS)}`);
  await page.reload();
  await expect(playground(page).getByRole('status')).toContainText('공유 링크가 손상되어 열지 못했습니다.');
  // No element a payload could run from (an <img onerror> fires later, a <script> on insertion), and nothing ran.
  await expect(page.locator('.k8s-widget img')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
});

test('keyboard only: edit, read the result, run a command, step through', async ({ page }) => {
  await playground(page).getByRole('button', { name: '편집' }).focus();
  await page.keyboard.press('Enter');
  await expect(editor(page)).toBeFocused();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type('\n# 키보드로 쓴 줄');
  await expect(playground(page).getByText('수정됨')).toBeVisible();
  await page.keyboard.press('ControlOrMeta+z');
  await expect(editor(page)).not.toContainText('키보드로 쓴 줄');
  // Tab leaves the editor (it does not trap focus).
  await page.keyboard.press('Tab');
  await expect(editor(page)).not.toBeFocused();

  const input = simulator(page).getByRole('textbox', { name: '명령' });
  await input.focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('curl http://192.168.1.2:30009');
  await page.keyboard.press('Enter');
  await expect(simulator(page).getByRole('group', { name: '요청 경로' })).toContainText('연결 거부');
  await page.keyboard.press('Tab');
  await expect(simulator(page).getByRole('button', { name: '실행' })).toBeFocused();
});

test('the widgets are axe clean, closed and open', async ({ page }) => {
  // Two axe runs over every widget of the chapter take ~25 s on a loaded 2-core machine.
  test.setTimeout(60_000);
  const before = await new AxeBuilder({ page }).include('.k8s-widget').analyze();
  expect(before.violations).toEqual([]);
  await openEditor(page);
  await setValue(page, 'nodePort', '80');
  await run(page, 'curl http://192.168.1.2:30008');
  const after = await new AxeBuilder({ page }).include('.k8s-widget').analyze();
  expect(after.violations).toEqual([]);
});

test.describe('at 375 px', () => {
  test.use({ viewport: { width: 375, height: 740 } });

  test('no sideways scroll, and the story still works', async ({ page }) => {
    await openEditor(page);
    await setValue(page, 'nodePort', '80');
    await expect(playground(page).getByRole('group', { name: '검증 결과' })).toContainText('Invalid value: 80');
    await run(page, 'curl http://192.168.1.2:30008');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    const box = await simulator(page).getByRole('button', { name: '실행' }).boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(375);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the build-time render shows the result, the picture and the trace', async ({ page }) => {
    const pg = playground(page);
    await expect(pg.locator('.pg-code')).toContainText('nodePort: 30008');
    await expect(pg.getByRole('group', { name: '검증 결과' })).toContainText('유효함');
    const sim = simulator(page);
    await expect(sim.getByRole('img', { name: 'cluster 그림' })).toBeVisible();
    const trace = sim.getByRole('group', { name: '요청 경로' });
    await expect(trace).toContainText('$ curl http://192.168.1.2:30008');
    await expect(trace).toContainText('전달됨');
    await expect(sim.locator('.cp [data-key="pod:default/myapp-pod"]')).toHaveClass(/cp-lit/);
    const three = page.locator('k8s-route-simulator').filter({ hasText: 'services-three-nodes.yaml' });
    await expect(three.getByRole('group', { name: '요청 경로' })).toContainText('default/myapp-pod-3');
  });
});

test.describe('policy matrix (NetworkPolicies chapter)', () => {
  const CHAPTER = '/network-policies/';

  function matrix(page: Page): Locator {
    return page.locator('k8s-policy-matrix[data-workspace="db"]');
  }

  function cell(page: Page, from: string, to: string): Locator {
    return matrix(page).getByRole('link', { name: new RegExp(`^${from} → ${to}: `) });
  }

  test('a cell explains itself, and editing the policy above recomputes the matrix', async ({ page }) => {
    test.setTimeout(60_000);
    await page.goto(CHAPTER);
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await expect(matrix(page).getByRole('grid', { name: /네트워크 정책 허용 표/ })).toBeVisible();
    await expect(cell(page, 'api-pod', 'db-pod')).toHaveText('✓');
    await expect(cell(page, 'web-pod', 'db-pod')).toHaveText('✗');
    await cell(page, 'web-pod', 'db-pod').click();
    await expect(matrix(page).locator('.pm-explanation')).toContainText('db-policy');

    const pg = page.locator('k8s-playground[data-workspace="db"]');
    await pg.getByRole('button', { name: '편집' }).click();
    const editor = page.getByRole('textbox', { name: '매니페스트 편집기' });
    await editor.locator('.cm-line', { hasText: 'name: api-pod' }).click();
    await page.keyboard.press('End');
    await page.keyboard.press('Shift+Home');
    await page.keyboard.type('name: web-pod');
    await expect(cell(page, 'web-pod', 'db-pod')).toHaveText('✓');
    await expect(cell(page, 'api-pod', 'db-pod')).toHaveText('✗');
    const axe = await new AxeBuilder({ page }).include('.k8s-widget').analyze();
    expect(axe.violations).toEqual([]);
  });
});

test('widget code is set in a monospace font', async ({ page }) => {
  const fontOf = (locator: Locator) => locator.evaluate((node) => getComputedStyle(node).fontFamily);
  await expect.poll(() => fontOf(playground(page).locator('.pg-title'))).toContain('monospace');
  await expect.poll(() => fontOf(simulator(page).locator('.rs-object').first())).toContain('monospace');
  await expect.poll(() => fontOf(simulator(page).getByRole('textbox', { name: '명령' }))).toContain('monospace');
  await openEditor(page);
  await expect.poll(() => fontOf(playground(page).locator('.cm-scroller'))).toContain('monospace');
  await page.goto('/network-policies/');
  await expect.poll(() => fontOf(page.locator('.pm-table th').first())).toContain('monospace');
});

test("a preset clicked while the simulator starts up shows the reader's command, not the first preset", async ({
  page,
}) => {
  // Hold the engine chunk back, as a slow connection would, so the click lands while the simulator is loading.
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/engine-worker-[^/]*\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  await page.goto(PAGE);
  const sim = simulator(page);
  const second = 'curl http://192.168.1.2:30009';
  await sim.getByRole('button', { name: second, exact: true }).click();
  const trace = sim.getByRole('group', { name: '요청 경로' });
  await expect(trace.locator('.rs-command')).toHaveText(`$ ${second}`);
  await expect(trace).not.toContainText('전달됨');
  release();
  await expect(trace).toContainText('연결 거부');
  await expect(trace.locator('.rs-command')).toHaveText(`$ ${second}`);
});

test('the outcome line names the path the pod receives after a rewrite', async ({ page }) => {
  await page.goto('/faq-rewrite-target/');
  const sim = page.locator('k8s-route-simulator[data-workspace="capture"]');
  const command = 'curl http://my-online-store.com/watch/movies/1';
  await sim.getByRole('button', { name: command, exact: true }).click();
  const outcome = sim.getByRole('group', { name: '요청 경로' }).locator('.rs-outcome');
  await expect(outcome).toContainText('전달됨');
  await expect(outcome).toContainText('받는 경로 /movies/1');
});
