// What a learner does on a lab page, shared by the lab specs: type into the terminal, paste into a file editor.
import { expect, type Locator, type Page } from '@playwright/test';

export function terminal(page: Page): Locator {
  return page.getByRole('region', { name: '터미널' });
}

/** Types a command into the lab terminal and waits until the terminal has echoed it. */
export async function type(page: Page, command: string): Promise<void> {
  const input = terminal(page).getByRole('textbox');
  await input.fill(command);
  await input.press('Enter');
  await expect(terminal(page).getByRole('log')).toContainText(`$ ${command}`);
}

export function fileEditor(page: Page, name: string): Locator {
  return page.getByRole('textbox', { name: `${name} 편집기` });
}

/** Replaces an editor's text as a learner would: click into it, select all, paste. */
export async function paste(page: Page, editor: Locator, text: string): Promise<void> {
  // The build's textarea becomes the playground's CodeMirror editor (a contenteditable) when the files come near
  // the screen or a file is focused.
  if ((await editor.getAttribute('contenteditable')) === null) await editor.focus();
  await expect(editor).toHaveAttribute('contenteditable', 'true');
  await editor.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.insertText(text);
}
