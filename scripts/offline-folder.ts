// Turns a build into a folder that opens by double-click (file://): every root-absolute link becomes
// relative, directory links point at their index.html, and each page says that search needs a server.
// Pages keep their build-time render (manifests, validation results, traces, diagrams); module scripts are
// blocked on file://, so the page stays what it was without JavaScript.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, posix, sep } from 'node:path';

const root = process.argv[2] || 'dist-offline';

const NOTICE =
  '<p class="offline-notice" role="note" style="margin:0 0 1rem;padding:.5rem .75rem;border:1px solid var(--sl-color-gray-4);border-radius:.5rem;font-size:var(--sl-text-sm)">이 사본은 파일로 열려 있어 검색과 실시간 예제 실행은 동작하지 않음. ' +
  '예제의 결과는 빌드할 때 계산된 그대로 보임. 모두 쓰려면 <code>npm start</code>로 띄운 사이트를 여세요.</p>';

/** `/services/#x` seen from `labs/services/index.html` → `../../services/index.html#x`. */
export function relativeUrl(fromFile: string, url: string): string {
  const match = /^([^?#]*)(.*)$/.exec(url)!;
  let target = match[1]!.replace(/^\//, '');
  if (target === '' || target.endsWith('/')) target += 'index.html';
  const fromDir = posix.dirname(fromFile);
  const relative = posix.relative(fromDir, target) || posix.basename(target);
  return `${relative}${match[2]}`;
}

export function relativize(fromFile: string, html: string): string {
  return html
    .replace(/\s(href|src|action)="(\/(?!\/)[^"]*)"/g, (_m, attr: string, url: string) => ` ${attr}="${relativeUrl(fromFile, url)}"`)
    .replace(/<link rel="manifest"[^>]*>/, '')
    .replace(/<script src="[^"]*register-sw\.js"[^>]*><\/script>/, '')
    .replace(/(<div class="sl-markdown-content[^"]*"[^>]*>)/, `$1${NOTICE}`);
}

for (const file of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
  if (!file.endsWith('.html')) continue;
  const path = join(root, file);
  writeFileSync(path, relativize(file.split(sep).join('/'), readFileSync(path, 'utf8')));
}
console.log(`offline folder ready: open ${root}/index.html`);
