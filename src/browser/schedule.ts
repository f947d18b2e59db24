// When the widgets do their work: the engine is fetched as soon as a widget comes into view, so the first
// 실행 or 편집 finds it ready; validation waits for a pause in typing that grows with the text.
import { loadViews, prefetchEngine } from './engine-client';

let observer: IntersectionObserver | undefined;

/** Starts the engine worker and the render chunk once `widget` is (nearly) on screen. */
export function whenVisible(widget: Element): void {
  if (typeof IntersectionObserver !== 'function') return;
  observer ??= new IntersectionObserver(
    (entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      observer?.disconnect();
      prefetchEngine();
      void loadViews().catch(() => undefined);
    },
    { rootMargin: '200px' },
  );
  observer.observe(widget);
}

/** Up to ~20 KB (a few hundred lines) every keystroke is validated at once; a larger text waits 1 ms per KB
 * typed, at most a second, so a pasted megabyte is validated once typing pauses instead of per key. */
export function lintDelay(chars: number): number {
  return chars <= 20_000 ? 0 : Math.min(1000, Math.round(chars / 1024));
}

/** Runs `task` `delay` ms after the next frame is painted, so the frame that shows a keystroke never waits for
 * it. Returns what cancels it. (A hidden tab paints no frames: the task then waits until the tab is shown.) */
export function afterPaint(task: () => void, delay = 0): () => void {
  let timer: number | undefined;
  const frame = requestAnimationFrame(() => {
    timer = window.setTimeout(task, delay);
  });
  return () => {
    cancelAnimationFrame(frame);
    window.clearTimeout(timer);
  };
}
