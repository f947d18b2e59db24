// A tiny element tree: a picture or a table is computed as data once, then written as markup at build time
// (toMarkup) or as DOM in the browser (src/browser/dom.ts treeToDom) — the same render either way.
export interface SvgElement {
  tag: string;
  attrs: Record<string, string | number>;
  /** Inserted as text, never as markup. */
  text?: string;
  children?: SvgElement[];
}

export function h(
  tag: string,
  attrs: Record<string, string | number | undefined> = {},
  children: SvgElement[] | string = [],
): SvgElement {
  const clean: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined) clean[k] = v;
  return typeof children === 'string' ? { tag, attrs: clean, text: children } : { tag, attrs: clean, children };
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeMarkup(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

export function toMarkup(el: SvgElement): string {
  const attrs = Object.entries(el.attrs)
    .map(([k, v]) => ` ${k}="${escapeMarkup(String(v))}"`)
    .join('');
  const inner = el.text !== undefined ? escapeMarkup(el.text) : (el.children ?? []).map(toMarkup).join('');
  return `<${el.tag}${attrs}>${inner}</${el.tag}>`;
}
