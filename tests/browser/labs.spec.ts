// Each lab, solved end to end the way a learner would: the solution behind each task's disclosure is read
// off the page and typed into the answer box, the file editors and the terminal.
import { test, expect, type Locator, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

const LABS = ['services', 'ingress-1', 'ingress-2', 'network-policies', 'gateway-api'];

function terminal(page: Page): Locator {
  return page.getByRole('region', { name: '터미널' });
}

async function type(page: Page, command: string): Promise<void> {
  const input = terminal(page).getByRole('textbox');
  await input.fill(command);
  await input.press('Enter');
  await expect(terminal(page).getByRole('log')).toContainText(`$ ${command}`);
}

/** Opens the task's solution and returns what it says to type. */
async function solutionOf(
  task: Locator,
): Promise<{ answer?: string; files: Record<string, string>; commands: string[] }> {
  await task.locator('summary').click();
  const answer = task.locator('.lab-solution-answer');
  const files: Record<string, string> = {};
  for (const file of await task.locator('.lab-solution-file').all())
    files[(await file.getAttribute('data-file'))!] = await file.innerText();
  const commandBlock = task.locator('.lab-solution-commands');
  const commands =
    (await commandBlock.count()) > 0
      ? (await commandBlock.innerText()).split('\n').map((l) => l.replace(/^\$ /, ''))
      : [];
  return { ...((await answer.count()) > 0 ? { answer: await answer.innerText() } : {}), files, commands };
}

async function solve(page: Page, task: Locator): Promise<void> {
  const solution = await solutionOf(task);
  if (solution.answer !== undefined) await task.getByRole('textbox', { name: '답' }).fill(solution.answer);
  for (const [name, text] of Object.entries(solution.files))
    await page.getByRole('textbox', { name: `${name} 편집기` }).fill(text);
  for (const command of solution.commands) await type(page, command);
  await task.getByRole('button', { name: '확인' }).click();
  await expect(task.locator('.lab-task-verdict')).toHaveAttribute('data-state', 'ok');
}

for (const lab of LABS) {
  test(`lab ${lab} is solvable end to end by its solutions`, async ({ page }) => {
    await page.goto(`/labs/${lab}/`);
    const tasks = page.locator('.lab-task');
    const count = await tasks.count();
    expect(count).toBeGreaterThanOrEqual(6);
    for (let i = 0; i < count; i++) {
      const task = tasks.nth(i);
      // The answers to some questions come from what the terminal prints: run what the solution says first.
      await solve(page, task);
      await expect(task).toHaveAttribute('data-solved', 'true');
    }
    await expect(page.locator('.lab-progress')).toHaveText(`${count}개 중 ${count}개 완료`);
  });
}

test("the terminal prints kubectl's tables and completes with Tab", async ({ page }) => {
  await page.goto('/labs/services/');
  await expect(terminal(page).getByRole('log')).toContainText(/deployment\.apps\/simple-webapp-deployment\s+4\/4/);
  await type(page, 'kubectl get svc');
  await expect(terminal(page).getByRole('log')).toContainText(
    /kubernetes\s+ClusterIP\s+10\.96\.0\.1\s+<none>\s+443\/TCP\s+10m/,
  );
  const input = terminal(page).getByRole('textbox');
  await input.fill('kubectl desc');
  await input.press('Tab');
  await expect(input).toHaveValue('kubectl describe ');
  await input.press('ArrowUp');
  await expect(input).toHaveValue('kubectl get svc');
});

test('a wrong solution is rejected with its hint', async ({ page }) => {
  await page.goto('/labs/services/');
  const task = page.locator('.lab-task[data-task=nodeport]');
  const { files } = await solutionOf(task);
  await page
    .getByRole('textbox', { name: 'service-definition-1.yaml 편집기' })
    .fill(files['service-definition-1.yaml']!.replace('30080', '30008'));
  await type(page, 'kubectl create -f service-definition-1.yaml');
  await task.getByRole('button', { name: '확인' }).click();
  await expect(task.locator('.lab-task-verdict')).toHaveAttribute('data-state', 'bad');
  await expect(task.locator('.lab-task-verdict')).toContainText('nodePort가 30008');
  const question = page.locator('.lab-task[data-task=type]');
  await question.getByRole('textbox', { name: '답' }).fill('NodePort');
  await question.getByRole('button', { name: '확인' }).click();
  await expect(question.locator('.lab-task-verdict')).toContainText('TYPE 열');
});

test('progress, files and the cluster survive a reload, and reset starts over', async ({ page }) => {
  await page.goto('/labs/services/');
  const first = page.locator('.lab-task').first();
  await solve(page, first);
  const goal = page.locator('.lab-task[data-task=nodeport]');
  await solve(page, goal);
  await page.reload();
  await expect(page.locator('.lab-progress')).toHaveText(/8개 중 2개 완료/);
  await expect(goal).toHaveAttribute('data-solved', 'true');
  await expect(page.getByRole('textbox', { name: 'service-definition-1.yaml 편집기' })).toHaveValue(/nodePort: 30080/);
  await type(page, 'kubectl get svc webapp-service');
  await expect(terminal(page).getByRole('log')).toContainText(
    /webapp-service\s+NodePort\s+\S+\s+<none>\s+8080:30080\/TCP/,
  );

  await page.getByRole('button', { name: '실습 처음부터' }).click();
  await expect(page.locator('.lab-progress')).toHaveText('8개 중 0개 완료');
  await expect(goal).toHaveAttribute('data-solved', 'false');
  await expect(page.getByRole('textbox', { name: 'service-definition-1.yaml 편집기' })).toHaveValue(/nodePort:\n/);
  await type(page, 'kubectl get svc webapp-service');
  await expect(terminal(page).getByRole('log')).toContainText(
    'Error from server (NotFound): services "webapp-service" not found',
  );
  await page.reload();
  await expect(page.locator('.lab-progress')).toHaveText('8개 중 0개 완료');
});

for (const theme of ['light', 'dark'] as const) {
  test(`a lab in use (terminal output, a hint, a solved task, an open solution) has no axe violations (${theme})`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: theme });
    await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
    await page.goto('/labs/services/');
    await type(page, 'kubectl describe svc kubernetes');
    await solve(page, page.locator('.lab-task').first());
    const wrong = page.locator('.lab-task').nth(1);
    await wrong.getByRole('textbox', { name: '답' }).fill('NodePort');
    await wrong.getByRole('button', { name: '확인' }).click();
    await expect(wrong.locator('.lab-task-verdict')).toHaveAttribute('data-state', 'bad');
    const results = await new AxeBuilder({ page }).include('.lab').analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a lab shows its cluster, terminal output, files, tasks and solutions', async ({ page }) => {
    await page.goto('/labs/network-policies/');
    await expect(terminal(page).getByRole('log')).toContainText(
      /networkpolicy\.networking\.k8s\.io\/payroll-policy\s+name=payroll/,
    );
    await expect(page.getByRole('textbox', { name: 'db-policy.yaml 편집기' })).toBeVisible();
    await expect(page.locator('.lab-task')).toHaveCount(7);
    await page.locator('.lab-task').first().locator('summary').click();
    await expect(page.locator('.lab-task').first().locator('.lab-solution-answer')).toHaveText('1');
  });
});
