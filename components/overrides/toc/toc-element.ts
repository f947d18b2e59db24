// Starlight's table-of-contents element (MIT), which marks the heading of the part being read, with two
// changes: only the table of contents on screen watches (see `observe`), and how it finds the elements to
// watch. Starlight's single query,
//   main :where(H), main :where(H, .sl-heading-wrapper) ~ *:not(:has(H)),
//   main .sl-markdown-content > *:not(:has(H)), main > *:not(:has(H)),
// tests `:has()` against every element of the page. A chapter with eight route simulators and six playgrounds
// holds ~2,800 elements: the query took 16-18 ms a call here and 75-150 ms in a 4× CPU-throttled trace, once
// per table of contents (the page has two), in idle callbacks Lighthouse counts as blocking time.
// `watchedElements` finds the same elements by walking only the parents that hold headings (~5 ms at 4×).
import { watchedElements } from './watched-elements';

const PAGE_TITLE_ID = '_top';

export class StarlightTOC extends HTMLElement {
  private _current = this.querySelector<HTMLAnchorElement>('a[aria-current="true"]');
  private minH = parseInt(this.dataset.minH || '2', 10);
  private maxH = parseInt(this.dataset.maxH || '3', 10);
  /** Headings that can appear in the table of contents, e.g. `h1#_top,:where(h2,h3)[id]`. */
  private tocHeadingSelector = `h1#${PAGE_TITLE_ID},:where(${Array.from(
    { length: 1 + this.maxH - this.minH },
    (_, i) => `h${this.minH + i}`,
  ).join()})[id]`;

  protected set current(link: HTMLAnchorElement) {
    if (link === this._current) return;
    if (this._current) this._current.removeAttribute('aria-current');
    link.setAttribute('aria-current', 'true');
    this._current = link;
  }

  private onIdle = (cb: () => void) => (window.requestIdleCallback || ((fn: () => void) => setTimeout(fn, 1)))(cb);

  constructor() {
    super();
    this.onIdle(() => this.init());
  }

  private init = () => {
    const links = [...this.querySelectorAll('a')];
    const isHeading = (el: Element) => el.matches(this.tocHeadingSelector);
    /** Walk up the DOM to the nearest heading. */
    const getElementHeading = (el: Element | null): Element | null => {
      while (el) {
        if (el.matches('.sl-markdown-content, main > *')) return document.getElementById(PAGE_TITLE_ID);
        if (isHeading(el)) return el;
        const childHeading = el.querySelector(this.tocHeadingSelector);
        if (childHeading) return childHeading;
        let prev = el.previousElementSibling;
        while (prev?.lastElementChild) prev = prev.lastElementChild;
        el = prev ?? el.parentElement;
      }
      return null;
    };
    const setCurrent: IntersectionObserverCallback = (entries) => {
      for (const { isIntersecting, target } of entries) {
        if (!isIntersecting) continue;
        const heading = getElementHeading(target);
        if (!heading) continue;
        const link = links.find((a) => a.hash === '#' + encodeURIComponent(heading.id));
        if (link) {
          this.current = link;
          break;
        }
      }
    };
    const main = document.querySelector('main');
    let toObserve: Element[] | undefined;
    let observer: IntersectionObserver | undefined;
    const observe = () => {
      // The page has a table of contents for each screen width; the one not shown watches nothing until a
      // resize shows it, so each frame's intersection work is done for one (0.77 → 0.50 ms a keystroke in a
      // trace of 60 keystrokes in the Service chapter's playground), and it looks for its sections only then.
      if (observer || this.getClientRects().length === 0) return;
      toObserve ??= main ? watchedElements(main, this.tocHeadingSelector) : [];
      const watcher = new IntersectionObserver(setCurrent, { rootMargin: this.getRootMargin() });
      toObserve.forEach((el) => watcher.observe(el));
      observer = watcher;
    };
    observe();
    let timeout: ReturnType<typeof setTimeout>;
    window.addEventListener('resize', () => {
      observer?.disconnect();
      observer = undefined;
      clearTimeout(timeout);
      timeout = setTimeout(() => this.onIdle(observe), 200);
    });
  };

  /** Intersections start below the header (and the mobile summary) plus 2rem. */
  private getRootMargin() {
    const top =
      (document.querySelector('header')?.getBoundingClientRect().height || 0) +
      (this.querySelector('summary')?.getBoundingClientRect().height || 0) +
      32;
    return `-${top}px 0% ${top + 53 - document.documentElement.clientHeight}px`;
  }
}
