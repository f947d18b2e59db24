// Each lab, solved end to end the way a learner would: the solution behind each task's disclosure is read
// off the page and typed into the answer box, pasted into the file editors and typed into the terminal.
import { test, expect, type Locator, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { fileEditor, paste, terminal, type } from './lab';

const LABS = ['services', 'ingress-1', 'ingress-2', 'network-policies', 'gateway-api'];

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
  for (const [name, text] of Object.entries(solution.files)) await paste(page, fileEditor(page, name), text);
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
  await paste(
    page,
    fileEditor(page, 'service-definition-1.yaml'),
    files['service-definition-1.yaml']!.replace('30080', '30008'),
  );
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
  // The pasted file is the draft the editor restores.
  await expect(fileEditor(page, 'service-definition-1.yaml')).toContainText('nodePort: 30080');
  await type(page, 'kubectl get svc webapp-service');
  await expect(terminal(page).getByRole('log')).toContainText(
    /webapp-service\s+NodePort\s+\S+\s+<none>\s+8080:30080\/TCP/,
  );

  await page.getByRole('button', { name: '실습 처음부터' }).click();
  // It asks first: 취소 keeps everything.
  await page.getByRole('button', { name: '취소' }).click();
  await expect(page.locator('.lab-progress')).toHaveText(/8개 중 2개 완료/);
  await page.getByRole('button', { name: '실습 처음부터' }).click();
  await page.getByRole('button', { name: '지우고 처음부터' }).click();
  await expect(page.locator('.lab-progress')).toHaveText('8개 중 0개 완료');
  await expect(goal).toHaveAttribute('data-solved', 'false');
  // The file as the lab gives it: nodePort left empty for the learner.
  const editor = fileEditor(page, 'service-definition-1.yaml');
  await expect(editor.locator('.cm-line').filter({ hasText: /^\s*nodePort:$/ })).toHaveCount(1);
  await type(page, 'kubectl get svc webapp-service');
  await expect(terminal(page).getByRole('log')).toContainText(
    'Error from server (NotFound): services "webapp-service" not found',
  );
  await page.reload();
  await expect(page.locator('.lab-progress')).toHaveText('8개 중 0개 완료');
});

// The course's way to start a manifest: kubectl create … --dry-run=client -o yaml > FILE, then edit and apply.
test('> FILE in the terminal puts the output in that file’s editor, kept across a reload', async ({ page }) => {
  await page.goto('/labs/services/');
  await type(
    page,
    'kubectl create service nodeport webapp-service --tcp=8080:8080 --node-port=30080 --dry-run=client -o yaml > service-definition-1.yaml',
  );
  const editor = fileEditor(page, 'service-definition-1.yaml');
  await expect(editor).toContainText('nodePort: 30080');
  await expect(editor).toContainText('app: webapp-service');
  await page.reload();
  await expect(fileEditor(page, 'service-definition-1.yaml')).toContainText('nodePort: 30080');
});

// kubectl edit's loop, as k8s.io/kubectl pkg/cmd/util/editor/editoptions.go runs it: closing the file unchanged
// prints "Edit cancelled, no changes made."; an Invalid answer prints `error: RESOURCE "NAME" is invalid`
// (editResults.addError) and reopens the file with the causes as comments (editHeader.writeTo).
/** Changes the end of one line as a learner would: click the line, End, erase, type. (The editor draws only the
 * lines near the screen, so its text is never read back from the page.) */
async function retype(page: Page, editor: Locator, line: RegExp, erase: number, value: string): Promise<void> {
  await editor.locator('.cm-line').filter({ hasText: line }).click();
  await page.keyboard.press('End');
  for (let i = 0; i < erase; i++) await page.keyboard.press('Backspace');
  await page.keyboard.type(value);
}

test('kubectl edit opens the object in an editor; an invalid save is kept to fix; closing unchanged cancels', async ({
  page,
}) => {
  await page.goto('/labs/services/');
  const log = terminal(page).getByRole('log');
  await type(page, 'kubectl edit deployment simple-webapp-deployment');
  const panel = page.getByRole('region', { name: 'kubectl edit: deployment.apps/simple-webapp-deployment' });
  const editor = panel.getByRole('textbox', { name: 'deployment.apps/simple-webapp-deployment 편집기' });
  await expect(editor).toBeFocused();
  await expect(editor).toContainText('replicas: 4');
  await panel.getByRole('button', { name: '저장하지 않고 닫기' }).click();
  await expect(panel).toHaveCount(0);
  await expect(log).toContainText('Edit cancelled, no changes made.');
  await expect(terminal(page).getByRole('textbox')).toBeFocused();

  await type(page, 'kubectl edit deployment simple-webapp-deployment');
  await retype(page, editor, /^\s*replicas: 4$/, 1, '-1');
  await panel.getByRole('button', { name: '저장하고 닫기' }).click();
  await expect(log).toContainText('error: deployments.apps "simple-webapp-deployment" is invalid');
  await expect(editor).toContainText('# deployments.apps "simple-webapp-deployment" was not valid:');
  await expect(editor).toContainText('# * spec.replicas: Invalid value: -1');
  // The open panel, its lint mark and the reopened file keep the lab axe clean.
  const axe = await new AxeBuilder({ page }).include('.lab').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  await retype(page, editor, /^\s*replicas: -1$/, 2, '2');
  await page.keyboard.press('ControlOrMeta+s');
  await expect(panel).toHaveCount(0);
  await expect(log).toContainText('deployment.apps/simple-webapp-deployment edited');
  await type(page, 'kubectl get deployment');
  await expect(log).toContainText(/simple-webapp-deployment\s+2\/2/);
});

test('a reopened edit closed without a change keeps a copy and saves nothing', async ({ page }) => {
  await page.goto('/labs/services/');
  const log = terminal(page).getByRole('log');
  await type(page, 'kubectl edit deployment simple-webapp-deployment');
  const panel = page.getByRole('region', { name: /^kubectl edit:/ });
  await retype(page, panel.getByRole('textbox'), /^\s*replicas: 4$/, 1, '-1');
  await panel.getByRole('button', { name: '저장하고 닫기' }).click();
  await expect(log).toContainText('is invalid');
  await panel.getByRole('button', { name: '저장하지 않고 닫기' }).click();
  await expect(log).toContainText(
    /A copy of your changes has been stored to "\/tmp\/kubectl-edit-\d+\.yaml"\nerror: Edit cancelled, no valid changes were saved\./,
  );
  await type(page, 'kubectl get deployment');
  await expect(log).toContainText(/simple-webapp-deployment\s+4\/4/);
});

test('the editor failing to load says so with a retry; what was typed meanwhile is kept', async ({ page }) => {
  await page.route(/\/_astro\/editor\.[^/]*\.js$/, (route) => route.abort());
  await page.goto('/labs/services/');
  const file = fileEditor(page, 'service-definition-1.yaml');
  await file.click();
  const failure = page.locator('.lab-files [role=alert]');
  await expect(failure).toContainText('편집기를 불러오지 못했습니다');
  // The textarea still works, and its text is the draft.
  await file.press('ControlOrMeta+a');
  await file.pressSequentially('kind: Service');
  await page.unroute(/\/_astro\/editor\.[^/]*\.js$/);
  await failure.getByRole('button', { name: '다시 시도' }).click();
  await expect(failure).toHaveCount(0);
  await expect(file).toHaveAttribute('contenteditable', 'true');
  await expect(file).toHaveText('kind: Service');
  await page.reload();
  await expect(fileEditor(page, 'service-definition-1.yaml')).toContainText('kind: Service');
});

test('a file is linted in its editor by the engine', async ({ page }) => {
  await page.goto('/labs/services/');
  const editor = fileEditor(page, 'service-definition-1.yaml');
  await paste(
    page,
    editor,
    'apiVersion: v1\nkind: Service\nmetadata:\n  name: x\nspec:\n  ports:\n    - port: 99999\n',
  );
  await expect(editor.locator('.cm-lintRange-error')).toHaveCount(1);
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
    // The file is the build's textarea: it can be read and edited without the script.
    const file = page.getByRole('textbox', { name: 'db-policy.yaml 편집기' });
    await expect(file).toBeVisible();
    await expect(file).toHaveValue(/kind: NetworkPolicy/);
    await expect(page.locator('.lab-task')).toHaveCount(7);
    await page.locator('.lab-task').first().locator('summary').click();
    await expect(page.locator('.lab-task').first().locator('.lab-solution-answer')).toHaveText('1');
  });
});
