// After `astro build` (and so after Pagefind has written its index): a Workbox service worker that precaches
// every page, asset, example and the search index, so the site works offline after one visit.
import { generateSW } from 'workbox-build';

const outDir = process.argv[2] || 'dist';

const { count, size, warnings } = await generateSW({
  globDirectory: outDir,
  globPatterns: [
    '**/*.{html,js,css,svg,png,ico,webmanifest,json,txt,xml,yaml,yml,wasm,pf_fragment,pf_index,pf_meta,pagefind}',
  ],
  swDest: `${outDir}/sw.js`,
  // A new version takes over at once and old caches are dropped: readers get it on their next page load
  // instead of being held on an old copy until every tab closes.
  skipWaiting: true,
  clientsClaim: true,
  cleanupOutdatedCaches: true,
  // Directory URLs: /services/ is served from /services/index.html.
  directoryIndex: 'index.html',
  ignoreURLParametersMatching: [/.*/],
  // Every page is precached, so a navigation the precache does not hold is a page that does not exist: offline
  // it gets the site's own 404 page rather than the browser's error. Links to files (a .yaml, a .pdf) are
  // left to the network. The URL is resolved against the worker's scope, so a sub-path build finds its own.
  navigateFallback: '404.html',
  navigateFallbackDenylist: [/\.(?!html$)[^/.]+$/],
  maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
  inlineWorkboxRuntime: true,
  sourcemap: false,
});
for (const warning of warnings) console.warn(warning);
console.log(`service worker: ${count} files precached (${(size / 1024).toFixed(0)} KiB)`);
