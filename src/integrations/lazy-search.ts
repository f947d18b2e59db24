// Starlight loads Pagefind's search UI (~26 KB gzip) on idle after every page load, which alone breaks the
// budget of 20 KB of JavaScript before interaction. This Vite transform makes its search element load the UI
// when the reader reaches for search instead: pointer over or focus on the search button, a click, or Ctrl/⌘+K.
// It edits one known statement of Starlight's Search.astro script and fails the build if that statement
// changes, so an upgrade cannot silently bring the idle load back.
import type { Plugin } from 'vite';

const IDLE_LOAD = 'const onIdle = window.requestIdleCallback || ((cb) => setTimeout(cb, 1));';
const ON_INTENT = `const onIdle = (load) => {
	let started = false;
	const start = () => { if (!started) { started = true; load(); } };
	openBtn.addEventListener('pointerenter', start, { once: true });
	openBtn.addEventListener('focus', start, { once: true });
	openBtn.addEventListener('click', start);
	window.addEventListener('keydown', (e) => { if ((e.metaKey || e.ctrlKey) && e.key === 'k') start(); });
};`;

export function lazySearch(): Plugin {
  return {
    name: 'lazy-search',
    enforce: 'pre',
    transform(code, id) {
      if (!id.includes('@astrojs/starlight') || !/components\/Search\.astro\?astro&type=script/.test(id))
        return undefined;
      if (!code.includes(IDLE_LOAD)) {
        this.error("lazy-search: Starlight's Search script changed; update src/integrations/lazy-search.ts");
      }
      return code
        .replace(IDLE_LOAD, ON_INTENT)
        .replace('showSubResults: true,', 'showSubResults: true,\n\t\t\t\t\t\tautofocus: true,');
    },
  };
}
