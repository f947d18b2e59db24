// Building DOM from data. Text only ever goes in through textContent (or attribute values), never as markup,
// so whatever a reader typed stays inert.
import type { SvgElement } from '../ui/svg';

type Child = Node | string | null | undefined | false;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number | boolean | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return node;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** An element tree (src/ui/svg.ts) as DOM: HTML elements, and SVG ones from an `svg` element down. */
export function treeToDom(tree: SvgElement, inSvg = false): Element {
  const svg = inSvg || tree.tag === 'svg';
  const node = svg ? document.createElementNS(SVG_NS, tree.tag) : document.createElement(tree.tag);
  for (const [name, value] of Object.entries(tree.attrs)) if (name !== 'xmlns') node.setAttribute(name, String(value));
  if (tree.text !== undefined) node.textContent = tree.text;
  else for (const child of tree.children ?? []) node.append(treeToDom(child, svg));
  return node;
}

/** An element of a widget's own markup (its .astro file or the tree it renders): when absent, that markup is
 * broken, and the error says which element is missing rather than a TypeError somewhere further on. */
export function ownElement<T extends Element = HTMLElement>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`${root instanceof Element ? `<${root.localName}>` : 'the page'} has no ${selector}`);
  return found;
}

/** A data attribute that a widget's own markup always writes (data-task, data-file): when absent, that markup
 * is broken. */
export function ownData(element: HTMLElement, key: string): string {
  const value = element.dataset[key];
  if (value === undefined) throw new Error(`<${element.localName}> has no data-${key}`);
  return value;
}
