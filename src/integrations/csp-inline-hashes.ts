// Astro's CSP (security.csp) hashes the scripts and styles Astro bundles, but not the `is:inline` scripts
// Starlight ships (theme, sidebar, search shortcut) nor every component <style>. After the build, this adds
// the hash of each inline <script> and <style> a page really contains to that page's CSP meta tag, so no
// page needs 'unsafe-inline' for scripts. Style *attributes* (Starlight and Pagefind set many) are allowed
// by `style-src-attr 'unsafe-inline'`: they cannot run code.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const META = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/;

function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
}

function inlineHashes(html: string, tag: 'script' | 'style'): string[] {
  const pattern = new RegExp(`<${tag}(?![^>]*\\bsrc=)[^>]*>([\\s\\S]*?)</${tag}>`, 'g');
  return [...html.matchAll(pattern)].map((m) => sha256(m[1] ?? ''));
}

function addSources(policy: string, directive: string, sources: string[]): string {
  const parts = policy
    .split(';')
    .map((p) => p.trim())
    .filter(Boolean);
  const index = parts.findIndex((p) => p.split(/\s+/)[0] === directive);
  const existing = parts[index]?.split(/\s+/) ?? [directive, "'self'"];
  const merged = [...new Set([...existing, ...sources])].join(' ');
  if (index >= 0) parts[index] = merged;
  else parts.push(merged);
  return parts.join('; ');
}

export function completePolicy(html: string): string {
  const match = META.exec(html);
  const content = match?.[2];
  if (!match || content === undefined) return html;
  let policy = content.replaceAll('&#39;', "'");
  policy = addSources(policy, 'script-src', inlineHashes(html, 'script'));
  policy = addSources(policy, 'style-src', inlineHashes(html, 'style'));
  policy = addSources(policy, 'style-src-attr', ["'unsafe-inline'"]).replace(
    "style-src-attr 'self' ",
    'style-src-attr ',
  );
  return html.replace(META, `$1${policy}$3`);
}

export function cspInlineHashes(): AstroIntegration {
  return {
    name: 'csp-inline-hashes',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const root = fileURLToPath(dir);
        for (const file of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
          if (!file.endsWith('.html')) continue;
          const path = join(root, file);
          const html = readFileSync(path, 'utf8');
          const completed = completePolicy(html);
          if (completed !== html) writeFileSync(path, completed);
        }
      },
    },
  };
}
