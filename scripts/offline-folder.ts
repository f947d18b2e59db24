// Turns a build into a folder that opens by double-click (file://): every root-absolute link becomes
// relative, directory links point at their index.html, and each page says that search needs a server.
// Module scripts are blocked on file:// (origin null), so the widgets' module scripts give way to one classic
// script (scripts/offline-widgets.ts) that makes the playground, simulator, matrix and lab terminal live.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, posix, sep } from 'node:path';
import { buildOfflineWidgets, WIDGETS_SCRIPT } from './offline-widgets';

const root = process.argv[2] || 'dist-offline';

const NOTICE =
  '<p class="offline-notice" role="note" style="margin:0 0 1rem;padding:.5rem .75rem;border:1px solid var(--sl-color-gray-4);border-radius:.5rem;font-size:var(--sl-text-sm)">이 사본은 파일로 열려 있음. ' +
  '예제는 그대로 고치고 실행할 수 있지만 검색은 동작하지 않음. 검색까지 쓰려면 <code>npm start</code>로 띄운 사이트를 여세요.</p>';

/** The module script Astro emits for each widget component (Playground.astro, Lab.astro, ...). */
const WIDGET_MODULE_SCRIPT =
  /<script type="module" src="\/_astro\/(?:Playground|RouteSimulator|PolicyMatrix|Lab)\.astro_astro_type_script_index_\d+_lang\.[^"]*"><\/script>/g;

/** Every widget module script goes; the first one's place takes the classic bundle (root-absolute, made relative below). */
export function classicWidgets(html: string): string {
  let first = true;
  return html.replace(WIDGET_MODULE_SCRIPT, () => {
    if (!first) return '';
    first = false;
    return `<script src="/${WIDGETS_SCRIPT}" defer></script>`;
  });
}

/** `/services/#x` seen from `labs/services/index.html` → `../../services/index.html#x`. */
export function relativeUrl(fromFile: string, url: string): string {
  // [^?#]* and .* match any string, so the pattern always matches; the defaults only satisfy the type.
  const [, path = '', suffix = ''] = /^([^?#]*)(.*)$/.exec(url) ?? [];
  let target = path.replace(/^\//, '');
  if (target === '' || target.endsWith('/')) target += 'index.html';
  const fromDir = posix.dirname(fromFile);
  const relative = posix.relative(fromDir, target) || posix.basename(target);
  return `${relative}${suffix}`;
}

export function relativize(fromFile: string, html: string): string {
  return classicWidgets(html)
    .replace(
      /\s(href|src|action)="(\/(?!\/)[^"]*)"/g,
      (_m, attr: string, url: string) => ` ${attr}="${relativeUrl(fromFile, url)}"`,
    )
    .replace(/<link rel="manifest"[^>]*>/, '')
    .replace(/<script src="[^"]*register-sw\.js"[^>]*><\/script>/, '')
    .replace(/(<div class="sl-markdown-content[^"]*"[^>]*>)/, `$1${NOTICE}`);
}

await buildOfflineWidgets(root);
for (const file of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
  if (!file.endsWith('.html')) continue;
  const path = join(root, file);
  writeFileSync(path, relativize(file.split(sep).join('/'), readFileSync(path, 'utf8')));
}
console.log(`offline folder ready: open ${root}/index.html`);
