// DESIGN.md budgets: JS loaded before any interaction <= 20 KB gzip per page; the editor's chunks <= 150 KB
// gzip. Read from a built folder (OUT_DIR, default dist): for each page, the scripts and styles its HTML
// loads, plus every module those import statically (dynamic import() is what waits for the reader).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BenchRow } from '../bench';

const outDir = process.env.OUT_DIR || 'dist';
const base = `${(process.env.BASE_PATH || '/').replace(/\/*$/, '')}/`;

function gz(text: string | Buffer): number {
  return gzipSync(text, { level: 9 }).length;
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB gzip`;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

/** A URL path on the site → the file in the build folder. */
function fileOf(url: string): string | undefined {
  if (/^[a-z]+:|^\/\//i.test(url)) return undefined;
  const path = url.startsWith(base) ? url.slice(base.length) : url.replace(/^\//, '');
  const [withoutQuery = ''] = path.split(/[?#]/);
  const file = join(outDir, withoutQuery);
  return existsSync(file) ? file : undefined;
}

// Static `import ... from "./x.js"`, `import "./x.js"`, `export * from "./x.js"`; not `import("./x.js")`.
const STATIC_IMPORT = /\b(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["'](\.{1,2}\/[^"']+)["']/g;

/** The module and every module it imports statically, as site paths. */
export function staticClosure(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  const file = fileOf(entry);
  if (!file) return seen;
  seen.add(entry);
  for (const [, specifier = ''] of readFileSync(file, 'utf8').matchAll(STATIC_IMPORT))
    staticClosure(posix.join(posix.dirname(entry), specifier), seen);
  return seen;
}

interface PageWeight {
  js: number;
  css: number;
  modules: Set<string>;
}

function attr(tag: string, name: string): string | undefined {
  return new RegExp(`\\b${name}=["']?([^"'\\s>]+)`).exec(tag)?.[1];
}

/** Gzip bytes of site modules; staticClosure only lists modules whose file exists. */
function gzipOf(modules: Iterable<string>): number {
  let sum = 0;
  for (const module of modules) {
    const file = fileOf(module);
    if (file) sum += gz(readFileSync(file));
  }
  return sum;
}

export function pageWeight(html: string): PageWeight {
  const modules = new Set<string>();
  let js = 0;
  let css = 0;
  for (const [, tag = '', body = ''] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const type = attr(tag, 'type');
    if (type && !/module|javascript/.test(type)) continue; // JSON data blocks are not code
    const src = attr(tag, 'src');
    if (src) for (const mod of staticClosure(src)) modules.add(mod);
    else js += gz(body);
  }
  for (const [, tag = ''] of html.matchAll(/<link\b([^>]*)>/g)) {
    const rel = attr(tag, 'rel');
    const href = attr(tag, 'href');
    if (!href) continue;
    if (rel === 'modulepreload') for (const mod of staticClosure(href)) modules.add(mod);
    if (rel === 'stylesheet') {
      const file = fileOf(href);
      if (file) css += gz(readFileSync(file));
    }
  }
  for (const [, style = ''] of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)) css += gz(style);
  js += gzipOf(modules);
  return { js, css, modules };
}

export default async function (): Promise<BenchRow[]> {
  if (!existsSync(outDir)) return [{ name: 'page weight', value: `no build in ${outDir}/ (run astro build first)` }];
  const rows: BenchRow[] = [];
  let worst = { page: '', js: 0, css: 0 };
  const preloaded = new Set<string>();
  for (const file of htmlFiles(outDir)) {
    const weight = pageWeight(readFileSync(file, 'utf8'));
    for (const m of weight.modules) preloaded.add(m);
    if (weight.js > worst.js) worst = { page: file.slice(outDir.length), js: weight.js, css: weight.css };
  }
  rows.push({
    name: `JS before interaction, heaviest page (${worst.page})`,
    value: kb(worst.js),
    target: '<= 20 KB gzip',
  });
  rows.push({ name: 'CSS of that page', value: kb(worst.css) });
  const assets = join(outDir, '_astro');
  const chunk = (prefix: string) => readdirSync(assets).find((f) => f.startsWith(`${prefix}.`) && f.endsWith('.js'));
  const lazy = (prefix: string) => {
    const name = chunk(prefix);
    if (!name) return undefined;
    const closure = [...staticClosure(`${base}_astro/${name}`)].filter((m) => !preloaded.has(m));
    return gzipOf(closure);
  };
  const editor = lazy('editor');
  const engine = lazy('engine');
  if (editor !== undefined)
    rows.push({ name: 'editor chunks (CodeMirror, loaded on 편집)', value: kb(editor), target: '<= 150 KB gzip' });
  if (engine !== undefined) rows.push({ name: 'engine chunk (engine + yaml, loaded on first use)', value: kb(engine) });
  return rows;
}
