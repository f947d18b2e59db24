// The widgets as one classic script for the double-click folder: Chromium blocks module scripts on file://
// (origin null), so esbuild bundles every widget element, the engine and the editor into one IIFE. Without
// code splitting, esbuild inlines the widgets' dynamic imports into the same file.
import { build, type Plugin } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';

/** Path of the bundle inside the folder, the same from every page. */
export const WIDGETS_SCRIPT = '_offline/widgets.js';

/** Vite's `?raw` suffix (the labs import their cluster manifests as text), read the same way. */
const rawText: Plugin = {
  name: 'raw-text',
  setup(build) {
    build.onResolve({ filter: /\?raw$/ }, (args) => ({
      path: resolve(args.resolveDir, args.path.slice(0, -'?raw'.length)),
      namespace: 'raw-text',
    }));
    build.onLoad({ filter: /.*/, namespace: 'raw-text' }, async (args) => ({
      contents: await readFile(args.path, 'utf8'),
      loader: 'text',
      resolveDir: dirname(args.path),
    }));
  },
};

export async function buildOfflineWidgets(root: string): Promise<void> {
  await build({
    entryPoints: ['components/offline-entry.ts'],
    outfile: join(root, WIDGETS_SCRIPT),
    bundle: true,
    format: 'iife',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
    plugins: [rawText],
    // The engine client starts a worker only over http(s); on file:// it runs the tasks in this bundle.
    // import.meta does not exist in a classic script, so the worker's URL is never resolved here.
    define: { 'import.meta.url': '""' },
  });
}
