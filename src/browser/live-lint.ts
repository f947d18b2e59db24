// Lint marks for an editor that has no result list of its own (the lab's files, kubectl edit): the text goes
// to the engine worker once typing pauses (lintDelay), and only the answer for the newest text is shown.
import type { Editor } from './editor';
import { runTask } from './engine-client';
import { afterPaint, lintDelay } from './schedule';

/** Returns the function to call with each new text. A worker that fails leaves the editor without marks:
 * the file can still be edited and applied, and the terminal reports what the API server refuses. */
export function liveLint(editor: () => Editor | undefined): (text: string) => void {
  let cancel: (() => void) | undefined;
  let requests = 0;
  return (text) => {
    cancel?.();
    cancel = afterPaint(async () => {
      const request = ++requests;
      try {
        const diagnostics = await runTask('lint', text);
        if (request === requests) editor()?.setDiagnostics(diagnostics);
      } catch {
        if (request === requests) editor()?.setDiagnostics([]);
      }
    }, lintDelay(text.length));
  };
}
