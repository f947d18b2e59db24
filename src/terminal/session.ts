// What every command works on: the lab's cluster, its clock, and the lab's files (the editors' texts).
import type { ClusterStore } from './store';

export interface Session {
  store: ClusterStore;
  now(): number;
  /** The lab's files by name, as the editors hold them now. */
  files(): Record<string, string>;
}

export const DEFAULT_NAMESPACE = 'default';

/** A lab file by the name the learner typed (`./x.yaml` too); user text never reaches Object.prototype. */
export function readFile(session: Session, name: string): string | undefined {
  const files = session.files();
  const key = name.replace(/^\.\//, '');
  return Object.hasOwn(files, key) ? files[key] : undefined;
}
