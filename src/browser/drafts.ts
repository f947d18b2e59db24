// Drafts per page and example in localStorage. Storage may be missing (privacy modes), full, or hold
// something that is not ours any more: every failure is reported to the caller, never thrown.
const PREFIX = 'k8s-notes:draft:';
const VERSION = 1;

export interface LoadedDraft {
  text?: string;
  /** The stored value could not be read; it was removed. */
  corrupt?: boolean;
}

export type SaveResult = 'saved' | 'full' | 'unavailable';

export function draftKey(pathname: string, id: string): string {
  return `${PREFIX}${pathname}#${id}`;
}

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

export function loadDraft(key: string): LoadedDraft {
  const store = storage();
  if (!store) return {};
  let raw: string | null;
  try {
    raw = store.getItem(key);
  } catch {
    return {};
  }
  if (raw === null) return {};
  try {
    const value = JSON.parse(raw) as unknown;
    if (
      value &&
      typeof value === 'object' &&
      (value as { v?: unknown }).v === VERSION &&
      typeof (value as { text?: unknown }).text === 'string'
    ) {
      return { text: (value as { text: string }).text };
    }
  } catch {
    // fall through: not JSON
  }
  clearDraft(key);
  return { corrupt: true };
}

export function saveDraft(key: string, text: string): SaveResult {
  const store = storage();
  if (!store) return 'unavailable';
  try {
    store.setItem(key, JSON.stringify({ v: VERSION, text, savedAt: Date.now() }));
    return 'saved';
  } catch {
    // QuotaExceededError, or storage disabled after the page loaded.
    return 'full';
  }
}

export function clearDraft(key: string): void {
  try {
    storage()?.removeItem(key);
  } catch {
    // Nothing to clear when storage is unavailable.
  }
}
