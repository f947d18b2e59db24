// What a reader does with a playground on a chapter page, shared by the chapter specs.
import { expect, type Locator, type Page } from '@playwright/test';

/** The playground's text as the page gives it. */
export async function originalText(playground: Locator): Promise<string> {
  return JSON.parse((await playground.locator('script.pg-original').textContent()) ?? '""') as string;
}

/** Opens a playground's editor (or focuses it, when open) and replaces its text. The text is pasted: typing into
 * the editable element would turn runs of spaces into no-break spaces, which YAML does not read as indentation. */
export async function pasteIntoPlayground(page: Page, playground: Locator, text: string): Promise<void> {
  // Scrolling 편집 into view renders the widgets above it (content-visibility), which can move it between the
  // scroll and the click on a busy machine: the click is made again until 편집 answers with its loading line
  // or the editor (a second click on 편집 only focuses the editor).
  await expect(async () => {
    await playground.getByRole('button', { name: '편집' }).click();
    await expect(playground.locator('.pg-progress, .cm-content').first()).toBeAttached({ timeout: 1000 });
  }).toPass({ timeout: 15_000 });
  const editor = playground.locator('.cm-content');
  await expect(editor).toBeVisible({ timeout: 15_000 });
  await editor.focus();
  await page.keyboard.press('ControlOrMeta+A');
  await editor.evaluate((element, pasted) => {
    const data = new DataTransfer();
    data.setData('text/plain', pasted);
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

/** Replaces a playground's text with a change of the page's text, and waits until the change is the draft. */
export async function editPlayground(page: Page, playground: Locator, change: (text: string) => string): Promise<void> {
  const original = await originalText(playground);
  const changed = change(original);
  expect(changed).not.toBe(original);
  await pasteIntoPlayground(page, playground, changed);
  await expect(playground.getByText('수정됨')).toBeVisible();
  // The playground saves its draft after the workspace's widgets have heard of the change (they settle first).
  await expect
    .poll(() =>
      page.evaluate(
        (text) =>
          Object.values(localStorage).some((value) => {
            try {
              return (JSON.parse(value) as { text?: unknown }).text === text;
            } catch {
              return false;
            }
          }),
        changed,
      ),
    )
    .toBe(true);
}
