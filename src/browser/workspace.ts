// The workspace bus: playgrounds publish their current text under a workspace name; simulators and matrices
// of the same workspace read every source (in page order) and hear when one changes.
import type { WorkspaceSource } from '../ui/workspace';

const EVENT = 'k8s-workspace-change';
const workspaces = new Map<string, Map<Element, WorkspaceSource>>();

export function publish(workspace: string, owner: Element, source: WorkspaceSource): void {
  let sources = workspaces.get(workspace);
  if (!sources) workspaces.set(workspace, (sources = new Map()));
  sources.set(owner, source);
  document.dispatchEvent(new CustomEvent(EVENT, { detail: workspace }));
}

/** The workspace's sources in document order. */
export function sourcesOf(workspace: string): WorkspaceSource[] {
  const sources = workspaces.get(workspace);
  if (!sources) return [];
  return [...sources.entries()]
    .sort(([a], [b]) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1))
    .map(([, source]) => source);
}

/** Calls `listener` once typing pauses for `settle` ms, so routing a whole cluster never delays a keystroke.
 * A `widget` far off screen (more than a screen's height away) is not redrawn while the reader types
 * elsewhere: it catches up once, when it comes near. */
export function subscribe(workspace: string, listener: () => void, widget?: Element, settle = 120): void {
  let timer: number | undefined;
  let near = true;
  let stale = false;
  if (widget && typeof IntersectionObserver === 'function') {
    new IntersectionObserver(
      (entries) => {
        near = entries.some((e) => e.isIntersecting);
        if (near && stale) {
          stale = false;
          listener();
        }
      },
      { rootMargin: '100% 0px' },
    ).observe(widget);
  }
  document.addEventListener(EVENT, (event) => {
    if ((event as CustomEvent<string>).detail !== workspace) return;
    window.clearTimeout(timer);
    timer = window.setTimeout(() => {
      if (near) listener();
      else stale = true;
    }, settle);
  });
}
