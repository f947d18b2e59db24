// The part of a lab that needs the engine, loaded on first use: the shell over the lab's cluster and the
// task checker.
import { checkAnswer, LABS, type Verdict } from '../../src/labs';
import { explainDataLoaded } from '../../src/terminal/explain';
import { Shell, type ShellState } from '../../src/terminal/shell';

export interface LabRuntime {
  shell: Shell;
  check(taskId: string, answer: string): Verdict;
}

/**
 * Resolves once the terminal can answer every command as kubectl would: `kubectl explain`'s schemas come as their
 * own chunk, and a first `explain` typed before it arrived would get a message kubectl never prints. The page has
 * rendered already (this module loads on first use), so the wait only delays the lab's first command.
 */
export async function createRuntime(
  labId: string,
  files: () => Record<string, string>,
  writeFile: (name: string, text: string) => boolean,
  saved?: ShellState,
): Promise<LabRuntime> {
  await explainDataLoaded();
  const lab = LABS[labId];
  if (!lab) throw new Error(`no lab ${labId}`);
  let shell: Shell;
  try {
    shell = new Shell({ cluster: lab.cluster, files, writeFile }, saved);
  } catch {
    // A saved state this version cannot read: start the cluster over rather than fail.
    shell = new Shell({ cluster: lab.cluster, files, writeFile });
  }
  return {
    shell,
    check(taskId, answer) {
      const task = lab.tasks.find((t) => t.id === taskId);
      if (!task) return { ok: false, hint: '' };
      return task.kind === 'question' ? checkAnswer(task, answer) : task.check(shell.store.cluster);
    },
  };
}
