// What the widgets do when things go wrong: the engine does not arrive or cannot finish, a share link is
// hostile or would overwrite a draft, storage is off, the network is gone. At a desktop's and a phone's width.
import { test, expect, type Page, type Locator } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

const SERVICES = '/services/';
const POLICIES = '/network-policies/';
const WORKER = /\/engine-worker-[^/]*\.js$/;

function servicePlayground(page: Page): Locator {
  return page.locator('k8s-playground').filter({ hasText: 'service-definition.yml' }).first();
}

function simulator(page: Page): Locator {
  return page.locator('k8s-route-simulator[data-workspace="nodeport"]').filter({ hasText: 'services-one-pod.yaml' });
}

/** A share link's data for `text`, encoded by the page's own CompressionStream as the 공유 button does. */
async function shareData(page: Page, text: string): Promise<string> {
  return page.evaluate(async (text) => {
    const stream = new Blob([new TextEncoder().encode(text)])
      .stream()
      .pipeThrough(new CompressionStream('deflate-raw'));
    const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
    let binary = '';
    for (const b of bytes) binary += String.fromCharCode(b);
    return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }, text);
}

function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 375, height: 812 },
]) {
  test.describe(`at ${viewport.width} px`, () => {
    test.use({ viewport });

    test('a blocked engine says so and offers a retry that works', async ({ page }) => {
      // axe over the chapter's widgets takes ~25 s on a loaded 2-core machine.
      test.setTimeout(60_000);
      await page.route(WORKER, (route) => route.abort('internetdisconnected'));
      await page.goto(SERVICES);
      const sim = simulator(page);
      await sim.getByRole('button', { name: '실행' }).click();
      const failure = sim.getByRole('alert');
      await expect(failure).toContainText('시뮬레이션 엔진을 불러오지 못했습니다');
      await expect(sim.getByRole('group', { name: '요청 경로' })).not.toContainText('불러오는 중');
      const retry = failure.getByRole('button', { name: '다시 시도' });
      const box = await retry.boundingBox();
      expect(box!.x + box!.width).toBeLessThanOrEqual(viewport.width);
      expect((await new AxeBuilder({ page }).include('.k8s-widget').analyze()).violations).toEqual([]);

      await page.unroute(WORKER);
      await retry.click();
      await expect(sim.getByRole('group', { name: '요청 경로' })).toContainText('전달됨');
      await expect(sim.getByRole('alert')).toHaveCount(0);
    });

    test('a share link asks before it replaces a draft, then shows the widget', async ({ page }) => {
      test.setTimeout(60_000);
      await page.goto(SERVICES);
      const pg = servicePlayground(page);
      const id = (await pg.getAttribute('id'))!;
      const original = JSON.parse((await pg.locator('.pg-original').textContent())!) as string;
      await page.evaluate(
        ([key, text]) => localStorage.setItem(key!, JSON.stringify({ v: 1, text, savedAt: 0 })),
        [`k8s-notes:draft:${SERVICES}#${id}`, original.replace('myapp-service', 'my-draft')],
      );
      const data = await shareData(page, original.replace('myapp-service', 'from-a-friend'));
      await page.goto(`${SERVICES}#${id}=${data}`);
      await page.reload();
      const choice = pg.getByRole('group', { name: /저장해 둔 수정본이 있습니다/ });
      await expect(choice).toBeVisible();
      await expect(choice).toBeInViewport();
      await choice.getByRole('button', { name: '내 수정본 유지' }).click();
      const editor = pg.getByRole('textbox', { name: '매니페스트 편집기' });
      await expect(editor).toContainText('my-draft');
      await expect(pg.getByRole('status')).toHaveText(
        '저장해 둔 수정본을 그대로 두었습니다. 공유 링크는 열지 않았습니다.',
      );

      await page.reload();
      await pg.getByRole('button', { name: '공유된 manifest 열기' }).click();
      await expect(editor).toContainText('from-a-friend');
      await expect(pg.getByRole('status')).toHaveText('공유 링크의 manifest를 불러왔습니다.');
      expect((await new AxeBuilder({ page }).include('.k8s-widget').analyze()).violations).toEqual([]);
    });
  });
}

test('a share link that inflates past 1 MB is refused with the reason', async ({ page }) => {
  await page.goto(SERVICES);
  const id = (await servicePlayground(page).getAttribute('id'))!;
  const data = await shareData(page, `# ${'a'.repeat(1024 * 1024)}\n`);
  await page.goto(`${SERVICES}#${id}=${data}`);
  await page.reload();
  await expect(servicePlayground(page).getByRole('status')).toContainText('1 MB보다 커서 열지 않았습니다');
  await expect(servicePlayground(page).getByRole('textbox', { name: '매니페스트 편집기' })).toHaveCount(0);
});

test("the issue's 1,000-pod share link: the matrix shows groups with counts, and the page stays usable", async ({
  page,
}) => {
  test.setTimeout(60_000);
  await page.goto(POLICIES);
  const pg = page.locator('k8s-playground[data-workspace="db"]');
  const original = JSON.parse((await pg.locator('.pg-original').textContent())!) as string;
  const pods = Array.from(
    { length: 1000 },
    (_, i) =>
      `---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: p${i}\n  labels:\n    role: r${i % 7}\nspec:\n  containers:\n    - name: c\n      image: nginx`,
  ).join('\n');
  const data = await shareData(page, `${original}\n${pods}\n`);
  await page.goto(`${POLICIES}#${await pg.getAttribute('id')}=${data}`);
  await page.reload();
  const matrix = page.locator('k8s-policy-matrix[data-workspace="db"]');
  // The scenario's pods plus seven label groups of the shared ones: a handful of rows, never 1,000².
  await expect(matrix).toContainText('묶음으로 나눠 보여 줍니다', { timeout: 20_000 });
  const rows = await matrix.locator('tbody tr').count();
  expect(rows).toBeLessThan(20);
  await expect(matrix.locator('.pm-cell')).toHaveCount(rows * rows);
  // A group's heading opens to its pods, as many as its count says.
  const group = matrix.locator('tbody th summary', { hasText: '{role=r0} (' });
  const count = Number(/\((\d+)\)$/.exec((await group.textContent())!)![1]);
  expect(count).toBeGreaterThan(1);
  await group.click();
  await expect(matrix.locator('tbody th details[open] li')).toHaveCount(count);
});

test('an input the engine cannot finish in time: the widget says so and names the CLI', async ({ page }) => {
  // A worker that loads and then never finishes a request, as the engine on a huge cluster would.
  await page.route(WORKER, (route) =>
    route.fulfill({
      contentType: 'text/javascript',
      body: "postMessage('ready'); onmessage = () => { for (;;) {} };",
    }),
  );
  await page.goto(SERVICES);
  const sim = simulator(page);
  await sim.getByRole('button', { name: '실행' }).click();
  // The main thread stays free while the worker spins: the reader can still type.
  await sim.getByRole('textbox', { name: '명령' }).fill('curl http://192.168.1.2:30009');
  const failure = sim.getByRole('alert');
  await expect(failure).toContainText('입력이 너무 커서 이 페이지에서는 시뮬레이션할 수 없습니다');
  await expect(failure).toContainText('npm run cli -- route');
  await expect(sim.locator('.rs-steps')).toHaveCount(0);
});

test('with storage disabled the page throws nothing and says once that edits are not kept', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The document is sandboxed', 'SecurityError');
      },
    });
  });
  const errors = collectErrors(page);
  await page.goto(SERVICES);
  const pg = servicePlayground(page);
  await pg.getByRole('button', { name: '편집' }).click();
  const editor = pg.getByRole('textbox', { name: '매니페스트 편집기' });
  await editor.locator('.cm-line', { hasText: 'name:' }).first().click();
  await page.keyboard.type('x');
  await expect(pg.getByRole('status')).toHaveText(/저장 공간을 쓸 수 없어 수정본이 저장되지 않습니다/);
  await expect(page.getByText(/저장 공간을 쓸 수 없어/)).toHaveCount(1);
  await page
    .getByRole('combobox', { name: /테마|Theme/i })
    .first()
    .selectOption('light');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  expect(errors).toEqual([]);
});

test('offline, an unknown address gets the site’s own 404 page', async ({ page, context }) => {
  await page.goto('/');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller)
      await new Promise((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
      );
  });
  await context.setOffline(true);
  await page.goto('/no-such-chapter/');
  await expect(page.locator('h1').first()).toHaveText('404');
});
