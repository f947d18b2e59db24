import { test, expect } from '@playwright/test';
import { expectClosingSections } from './chapter';
import { editPlayground } from './playground';
import { runPreset } from './route-simulator';

// The chapters ClusterIP, LoadBalancer, Ingress Networking and Article: Ingress: each renders its notes,
// examples and diagram, ends with 정리 / 확인 문제 / 참고 자료, and its widgets answer what the reader changes.

const chapters = [
  {
    path: '/services-clusterip/',
    title: 'Services - ClusterIP',
    heading: '1. 왜 ClusterIP Service가 필요한가',
    example: 'clusterip-back-end.yaml',
    diagram: 'ClusterIP Service로 이어지는 세 계층',
  },
  {
    path: '/services-loadbalancer/',
    title: 'Services - LoadBalancer',
    heading: '3. bare metal에서는: EXTERNAL-IP <pending>',
    example: 'loadbalancer-pending.yaml',
    diagram: 'LoadBalancer Service: 클라우드 load balancer에서 각 node의 nodePort로',
  },
  {
    path: '/ingress-networking/',
    title: 'Ingress Networking',
    heading: '2. Ingress controller와 Ingress resource',
    example: 'ingress-wear-watch.yaml',
    diagram: 'Ingress controller 하나로 온라인 상점의 경로를 나누기',
  },
  {
    path: '/article-ingress/',
    title: 'Article: Ingress',
    heading: '2. pathType: Exact와 Prefix',
    example: 'article-ingress-pathtype.yaml',
    diagram: 'pathType Prefix는 / 로 나눈 요소 단위로 비교',
  },
];

for (const chapter of chapters) {
  test(`${chapter.title}: notes, example, diagram and the closing sections`, async ({ page }) => {
    await page.goto(chapter.path);
    await expect(page).toHaveTitle(new RegExp(chapter.title));
    const main = page.locator('main');
    await expect(main.getByRole('heading', { level: 1, name: chapter.title })).toBeVisible();
    await expect(main.getByRole('heading', { name: chapter.heading })).toBeVisible();
    await expect(main.getByText(chapter.example).first()).toBeVisible();
    await expect(main.getByRole('img', { name: chapter.diagram })).toBeVisible();
    await expectClosingSections(page, main);
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('each chapter shows its manifest and the first command’s trace', async ({ page }) => {
    await page.goto('/services-clusterip/');
    const simulator = page.locator('k8s-route-simulator').first();
    await expect(simulator.getByText('kubectl exec front-end -- curl http://back-end').first()).toBeVisible();
    await expect(simulator.getByText('전달됨').first()).toBeVisible();
    await page.goto('/article-ingress/');
    await expect(page.locator('k8s-playground').first().getByText('pathType: Exact').first()).toBeVisible();
  });
});

test('ClusterIP: another namespace needs back-end.NAMESPACE, and a wrong selector leaves no endpoints', async ({
  page,
}) => {
  await page.goto('/services-clusterip/');
  const simulator = page.locator('k8s-route-simulator').first();
  let trace = await runPreset(simulator, 'kubectl exec -n other client -- curl http://back-end');
  await expect(trace).toContainText('이름을 찾을 수 없음');
  trace = await runPreset(simulator, 'kubectl exec -n other client -- curl http://back-end.default');
  await expect(trace).toContainText('전달됨');

  const playground = page.locator('k8s-playground').first();
  await editPlayground(page, playground, (text) => text.replace('type: back-end', 'type: backend'));
  trace = await runPreset(simulator, 'kubectl exec front-end -- curl http://back-end');
  await expect(trace).toContainText('연결 거부');
});

test('LoadBalancer: pending has only the nodePort; a provisioned address answers once status names it', async ({
  page,
}) => {
  await page.goto('/services-loadbalancer/');
  const pending = page.locator('k8s-route-simulator').first();
  let trace = await runPreset(pending, 'curl http://192.168.1.3:30008');
  await expect(trace).toContainText('전달됨');
  trace = await runPreset(pending, 'curl http://203.0.113.10');
  await expect(trace).toContainText('닿지 않음');

  const playground = page.locator('k8s-playground').first();
  await editPlayground(
    page,
    playground,
    (text) => `${text.trimEnd()}\nstatus:\n  loadBalancer:\n    ingress:\n      - ip: 203.0.113.10\n`,
  );
  trace = await runPreset(pending, 'curl http://203.0.113.10');
  await expect(trace).toContainText('전달됨');
});

test('Ingress Networking: the shop by path (with its default backend) and by host', async ({ page }) => {
  await page.goto('/ingress-networking/');
  const byPath = page.locator('k8s-route-simulator').first();
  let trace = await runPreset(byPath, 'curl http://my-online-store.com/watch');
  await expect(trace).toContainText('video-service');
  trace = await runPreset(byPath, 'curl http://my-online-store.com/listen');
  await expect(trace).toContainText('default-http-backend');

  const pathPlayground = page.locator('k8s-playground').first();
  await editPlayground(page, pathPlayground, (text) =>
    text.replace('    - host: my-online-store.com\n      http:', '    - http:'),
  );
  trace = await runPreset(byPath, 'curl http://my-online-store.com/listen');
  await expect(trace).toContainText('✗ 찾을 수 없음');

  const byHost = page.locator('k8s-route-simulator').nth(1);
  trace = await runPreset(byHost, 'curl http://wear.my-online-store.com/');
  await expect(trace).toContainText('wear-service');
  trace = await runPreset(byHost, "curl -H 'Host: watch.my-online-store.com' http://192.168.1.2:30080/");
  await expect(trace).toContainText('video-service');
  trace = await runPreset(byHost, 'curl http://192.168.1.2:30080/');
  await expect(trace).toContainText('✗ 찾을 수 없음');
});

test('Article: Ingress: changing pathType changes which of the table’s paths match', async ({ page }) => {
  await page.goto('/article-ingress/');
  const simulator = page.locator('k8s-route-simulator').first();
  let trace = await runPreset(simulator, 'curl http://my-online-store.com/foo/');
  await expect(trace).toContainText('✗ 찾을 수 없음');
  trace = await runPreset(simulator, 'curl http://my-online-store.com/aaa/bbbxyz');
  await expect(trace).toContainText('✗ 찾을 수 없음');
  trace = await runPreset(simulator, 'curl http://my-online-store.com/aaa/bbb/ccc');
  await expect(trace).toContainText('bbb-service');

  const playground = page.locator('k8s-playground').first();
  await editPlayground(page, playground, (text) => text.replace('pathType: Exact', 'pathType: Prefix'));
  trace = await runPreset(simulator, 'curl http://my-online-store.com/foo/');
  await expect(trace).toContainText('foo-service');
});

test('Article: Ingress: the kubectl create output is validated as the API server would', async ({ page }) => {
  await page.goto('/article-ingress/');
  const playground = page.locator('k8s-playground').filter({ hasText: 'article-ingress-create.yaml' });
  await expect(playground.locator('.k8s-badge')).toContainText('유효함');
  await editPlayground(page, playground, (text) => text.replace(/\n\s*pathType: Prefix/, ''));
  await expect(playground.getByRole('group', { name: '검증 결과' })).toContainText(
    'Required value: pathType must be specified',
  );
});
