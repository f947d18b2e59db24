import { test, expect, type Locator, type Page } from '@playwright/test';
import { expectClosingSections } from './chapter';
import { editPlayground } from './playground';
import { runPreset } from './route-simulator';

// The chapters FAQ rewrite-target, Network Policies and Developing network policies: each renders its notes,
// examples and diagram, ends with 정리 / 확인 문제 / 참고 자료, and its widgets answer what the reader changes.

const chapters = [
  {
    path: '/faq-rewrite-target/',
    title: 'FAQ - What is the rewrite-target option?',
    heading: '3. capture group으로 나머지 경로 살리기',
    example: 'rewrite-capture.yaml',
    diagram: 'Ingress controller가 경로를 다시 써서 video app에 넘기는 흐름',
  },
  {
    path: '/network-policies/',
    title: 'Network Policies',
    heading: '3. NetworkPolicy 만들기',
    example: 'netpol-db-policy.yaml',
    diagram: 'web, API, DB 세 계층과 각 pod에서 본 ingress, egress',
  },
  {
    path: '/developing-network-policies/',
    title: 'Developing network policies',
    heading: '4. - 하나의 차이: AND vs OR',
    example: 'devnetpol-and.yaml',
    diagram: 'DB policy를 만드는 클러스터: prod, dev, data namespace와 클러스터 밖의 backup server',
  },
];

for (const chapter of chapters) {
  test(`${chapter.title}: notes, example, diagram and the closing sections`, async ({ page }) => {
    await page.goto(chapter.path);
    await expect(page).toHaveTitle(new RegExp(escapeRegExp(chapter.title)));
    const main = page.locator('main');
    await expect(main.getByRole('heading', { level: 1, name: chapter.title })).toBeVisible();
    await expect(main.getByRole('heading', { name: chapter.heading })).toBeVisible();
    await expect(main.locator(`k8s-playground[data-example="${chapter.example}"]`)).toBeVisible();
    await expect(main.getByRole('img', { name: chapter.diagram })).toBeVisible();
    await expectClosingSections(page, main);
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the manifests, the first trace and the matrices are in the page', async ({ page }) => {
    await page.goto('/faq-rewrite-target/');
    await expect(
      page.locator('k8s-playground[data-example="rewrite-capture.yaml"]').getByText('ImplementationSpecific').first(),
    ).toBeVisible();
    await expect(page.getByText('ReplacePrefixMatch').first()).toBeVisible();
    await page.goto('/network-policies/');
    await expect(cell(page.locator('k8s-policy-matrix').nth(1), 'web-pod', 'db-pod', false)).toBeVisible();
    await page.goto('/developing-network-policies/');
    const trap = simulatorOf(page, 'dns-trap');
    await expect(
      trap.getByText('kubectl exec api-pod -n prod -- curl http://db-service.data:3306').first(),
    ).toBeVisible();
  });
});

test('rewrite-target: the path the video pod receives, before and after capture groups', async ({ page }) => {
  await page.goto('/faq-rewrite-target/');
  const plain = simulatorOf(page, 'plain');
  let trace = await runPreset(plain, 'curl http://my-online-store.com/watch');
  await expect(trace).toContainText('video-service');
  await expect(trace).toContainText(/\s\/watch\b/);

  const target = simulatorOf(page, 'target');
  trace = await runPreset(target, 'curl http://my-online-store.com/watch/movies/1');
  await expect(trace).toContainText('video-service');
  await expect(trace).not.toContainText(/\s\/movies\/1/);
  trace = await runPreset(target, 'curl http://my-online-store.com/watchlist');
  await expect(trace).toContainText('video-service');

  const capture = simulatorOf(page, 'capture');
  trace = await runPreset(capture, 'curl http://my-online-store.com/watch/movies/1');
  await expect(trace).toContainText(/\s\/movies\/1/);
  trace = await runPreset(capture, 'curl http://my-online-store.com/watchlist');
  await expect(trace).toContainText('찾을 수 없음');

  // Keep only the first capture group: the rest of the path is gone again.
  await editPlayground(page, playgroundOf(page, 'rewrite-capture.yaml'), (text) =>
    text.replace('rewrite-target: /$2', 'rewrite-target: /$1'),
  );
  trace = await runPreset(capture, 'curl http://my-online-store.com/watch/movies/1');
  await expect(trace).toContainText('video-service');
  await expect(trace).not.toContainText(/\s\/movies\/1/);
});

test('rewrite-target: an unquoted use-regex is a type error', async ({ page }) => {
  await page.goto('/faq-rewrite-target/');
  const playground = playgroundOf(page, 'rewrite-capture.yaml');
  await expect(playground.locator('.k8s-badge')).toContainText('유효함');
  await editPlayground(page, playground, (text) => text.replace('use-regex: "true"', 'use-regex: true'));
  await expect(playground.getByRole('group', { name: '검증 결과' })).toContainText(
    'nginx.ingress.kubernetes.io/use-regex',
  );
});

test('Network Policies: the DB accepts only the API pod, and the matrix follows the policy', async ({ page }) => {
  await page.goto('/network-policies/');
  const before = page.locator('k8s-policy-matrix').first();
  await expect(cell(before, 'web-pod', 'db-pod', true)).toBeVisible();

  const matrix = matrixOf(page, 'db');
  await expect(cell(matrix, 'web-pod', 'db-pod', false)).toBeVisible();
  await expect(cell(matrix, 'api-pod', 'db-pod', true)).toBeVisible();
  await cell(matrix, 'web-pod', 'db-pod', false).click();
  await expect(matrix).toContainText('db-policy');

  const simulator = simulatorOf(page, 'db');
  let trace = await runPreset(simulator, 'kubectl exec web-pod -- curl http://db-service:3306');
  await expect(trace).toContainText('버려짐');
  trace = await runPreset(simulator, 'kubectl exec api-pod -- curl http://db-service:3306');
  await expect(trace).toContainText('전달됨');

  await editPlayground(page, playgroundOf(page, 'netpol-db-policy.yaml'), (text) =>
    text.replace('name: api-pod', 'name: web-pod'),
  );
  await expect(cell(matrix, 'web-pod', 'db-pod', true)).toBeVisible();
  await expect(cell(matrix, 'api-pod', 'db-pod', false)).toBeVisible();
  trace = await runPreset(simulator, 'kubectl exec api-pod -- curl http://db-service:3306');
  await expect(trace).toContainText('버려짐');
});

test('Developing network policies: one "-" turns AND into OR', async ({ page }) => {
  await page.goto('/developing-network-policies/');
  const podOnly = matrixOf(page, 'pod-only');
  await expect(cell(podOnly, 'prod/api-pod', 'data/db-pod', false)).toBeVisible();

  const and = matrixOf(page, 'and');
  const or = matrixOf(page, 'or');
  await expect(cell(and, 'prod/api-pod', 'data/db-pod', true)).toBeVisible();
  await expect(cell(and, 'prod/web-pod', 'data/db-pod', false)).toBeVisible();
  await expect(cell(or, 'prod/web-pod', 'data/db-pod', true)).toBeVisible();
  await expect(cell(or, 'dev/api-pod', 'data/db-pod', false)).toBeVisible();

  // Drop the "-" before podSelector: the two entries become one, and web-pod is no longer let in.
  await editPlayground(page, playgroundOf(page, 'devnetpol-or.yaml'), (text) =>
    text.replace(
      '        - podSelector:\n            matchLabels:\n              name: api-pod',
      '          podSelector:\n            matchLabels:\n              name: api-pod',
    ),
  );
  await expect(cell(or, 'prod/web-pod', 'data/db-pod', false)).toBeVisible();
  await expect(cell(or, 'prod/api-pod', 'data/db-pod', true)).toBeVisible();
});

test('Developing network policies: an ipBlock needs its prefix length', async ({ page }) => {
  await page.goto('/developing-network-policies/');
  const playground = playgroundOf(page, 'devnetpol-ipblock-no-prefix.yaml');
  const results = playground.getByRole('group', { name: '검증 결과' });
  await expect(results).toContainText('must be a valid CIDR value');
  await editPlayground(page, playground, (text) => text.replace('cidr: 192.168.5.10\n', 'cidr: 192.168.5.10/32\n'));
  await expect(playground.locator('.k8s-badge')).toContainText('유효함');
});

test('Developing network policies: default deny egress breaks DNS until port 53 is allowed', async ({ page }) => {
  await page.goto('/developing-network-policies/');
  const command = 'kubectl exec api-pod -n prod -- curl http://db-service.data:3306';
  let trace = await runPreset(simulatorOf(page, 'dns-trap'), command);
  await expect(trace).not.toContainText('전달됨');
  await expect(trace).toContainText('53');

  const fixed = simulatorOf(page, 'dns-fixed');
  trace = await runPreset(fixed, command);
  await expect(trace).toContainText('전달됨');
  trace = await runPreset(fixed, 'kubectl exec web-pod -n prod -- curl http://db-service.data:3306');
  await expect(trace).toContainText('버려짐');

  // Without the namespaceSelector the selector looks for kube-dns in prod, and DNS fails again.
  await editPlayground(page, playgroundOf(page, 'devnetpol-dns-fixed.yaml'), (text) =>
    text.replace(
      '        - namespaceSelector:\n            matchLabels:\n              kubernetes.io/metadata.name: kube-system\n          podSelector:',
      '        - podSelector:',
    ),
  );
  trace = await runPreset(fixed, command);
  await expect(trace).not.toContainText('전달됨');
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function playgroundOf(page: Page, example: string): Locator {
  return page.locator(`k8s-playground[data-example="${example}"]`);
}

function simulatorOf(page: Page, workspace: string): Locator {
  return page.locator(`k8s-route-simulator[data-workspace="${workspace}"]`);
}

function matrixOf(page: Page, workspace: string): Locator {
  return page.locator(`k8s-policy-matrix[data-workspace="${workspace}"]`);
}

/** A matrix cell by its accessible name, e.g. "web-pod → db-pod: 거부". */
function cell(matrix: Locator, from: string, to: string, allowed: boolean): Locator {
  return matrix.getByRole('link', { name: `${from} → ${to}: ${allowed ? '허용' : '거부'}`, exact: true });
}
