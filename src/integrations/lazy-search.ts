// Starlight loads Pagefind's search UI (~26 KB gzip) on idle after every page load, which alone breaks the
// budget of 20 KB of JavaScript before interaction. This Vite transform makes its search element load the UI
// when the reader reaches for search instead: pointer over or focus on the search button, a click, or Ctrl/⌘+K.
// It edits one known statement of Starlight's Search.astro script and fails the build if that statement
// changes, so an upgrade cannot silently bring the idle load back.
// It also hands every result to hideSearchTerms (search-excerpt.ts) so excerpts never show a page's hidden
// search terms.
import { fileURLToPath } from 'node:url';
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

// The first statement of Starlight's processResult hook.
const PROCESS_RESULT = 'result.url = formatURL(result.url);';
const EXCERPT_MODULE = fileURLToPath(new URL('./search-excerpt.ts', import.meta.url));

export function lazySearch(): Plugin {
  return {
    name: 'lazy-search',
    enforce: 'pre',
    transform(code, id) {
      if (!id.includes('@astrojs/starlight') || !/components\/Search\.astro\?astro&type=script/.test(id))
        return undefined;
      if (!code.includes(IDLE_LOAD) || !code.includes(PROCESS_RESULT)) {
        this.error("lazy-search: Starlight's Search script changed; update src/integrations/lazy-search.ts");
      }
      return `import { hideSearchTerms } from ${JSON.stringify(EXCERPT_MODULE)};\n${code}`
        .replace(IDLE_LOAD, ON_INTENT)
        .replace(PROCESS_RESULT, `hideSearchTerms(result);\n\t\t\t\t\t\t${PROCESS_RESULT}`)
        .replace('showSubResults: true,', 'showSubResults: true,\n\t\t\t\t\t\tautofocus: true,');
    },
  };
}
