// A lab's progress in localStorage: solved tasks, the answers typed, the files, and the cluster
// (the terminal's stored documents), so a reload finds the lab where the learner left it.
import type { ShellState } from '../../src/terminal/shell';

export interface Progress {
  solved: string[];
  answers: Record<string, string>;
  files: Record<string, string>;
  shell?: ShellState;
}

const key = (lab: string) => `k8s-notes.lab.${lab}`;

export function loadProgress(lab: string): Progress | undefined {
  try {
    const raw = localStorage.getItem(key(lab));
    if (!raw) return undefined;
    const value = JSON.parse(raw) as Partial<Record<keyof Progress, unknown>>;
    return {
      solved: Array.isArray(value.solved) ? value.solved.map(String) : [],
      answers: strings(value.answers),
      files: strings(value.files),
      ...(value.shell ? { shell: value.shell as ShellState } : {}),
    };
  } catch {
    return undefined;
  }
}

/** The string entries of a stored record; anything else (an object, a number: an older or tampered save) is
 * dropped rather than shown as `[object Object]`. */
function strings(value: unknown): Record<string, string> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
  return Object.fromEntries(
    Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  );
}

/** false when the browser would not store it (storage full or disabled). */
export function saveProgress(lab: string, progress: Progress): boolean {
  try {
    localStorage.setItem(key(lab), JSON.stringify(progress));
    return true;
  } catch {
    return false;
  }
}

export function clearProgress(lab: string): void {
  try {
    localStorage.removeItem(key(lab));
  } catch {
    // Nothing stored, nothing to clear.
  }
}
