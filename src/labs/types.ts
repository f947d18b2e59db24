// A lab: a starting cluster, files the learner edits, and tasks checked against the terminal's cluster.
import type { Cluster } from '../engine';

export type Verdict = { ok: true } | { ok: false; hint: string };

interface TaskBase {
  id: string;
  /** The task, in Korean (may contain `code` in backticks). */
  prompt: string;
  /** What to type or write, in Korean with commands in backticks. */
  solution: string;
}

/** A question with a checked answer. */
export interface QuestionTask extends TaskBase {
  kind: 'question';
  /** Accepted answers, compared after normalising (case, spaces, quotes). */
  answers: string[];
  /** Shown for a wrong answer. */
  hint: string;
  /** What the solution button fills in. */
  answer: string;
}

/** A goal on the cluster: the checker asks the engine whether the objects and connections are right. */
export interface GoalTask extends TaskBase {
  kind: 'goal';
  check(cluster: Cluster): Verdict;
  /** Commands that solve it, in order (after the files below are saved). */
  commands: string[];
  /** Lab files as the solution has them. */
  files?: Record<string, string>;
}

export type Task = QuestionTask | GoalTask;

export interface Lab {
  id: string;
  title: string;
  /** The starting cluster's manifest text and the example file it comes from. */
  cluster: string;
  clusterFile: string;
  /** The command whose output the page shows before the learner types anything. */
  overview: string;
  /** The files the learner edits and `kubectl apply -f`s, with their starting text. */
  files: Record<string, string>;
  tasks: Task[];
}

export function normalizeAnswer(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[`'"“”‘’]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/[.。]$/, '');
}

export function checkAnswer(task: QuestionTask, input: string): Verdict {
  const given = normalizeAnswer(input);
  if (given === '') return { ok: false, hint: '답을 입력해 주세요.' };
  return task.answers.some((a) => normalizeAnswer(a) === given) ? { ok: true } : { ok: false, hint: task.hint };
}
