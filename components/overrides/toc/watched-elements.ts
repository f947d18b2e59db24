// What the table of contents watches, found without a page-wide `:has()` query (see toc-element.ts).

/** Which elements' entering the viewport makes a heading current: the elements Starlight's
 * query (quoted in toc-element.ts) selects, in document order. */
export function watchedElements(main: Element, heading: string): Element[] {
  const found = new Set<Element>(main.querySelectorAll(heading));
  const noHeadingInside = (el: Element) => el.querySelector(heading) === null;
  const marker = `:where(${heading}, .sl-heading-wrapper)`;
  const parents = new Set<Element>();
  for (const el of main.querySelectorAll(marker)) if (el.parentElement) parents.add(el.parentElement);
  for (const parent of parents) {
    let afterHeading = false;
    for (const child of parent.children) {
      if (afterHeading && noHeadingInside(child)) found.add(child);
      if (child.matches(marker)) afterHeading = true;
    }
  }
  for (const parent of [...main.querySelectorAll('.sl-markdown-content'), main])
    for (const child of parent.children) if (noHeadingInside(child)) found.add(child);
  return [...found].sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
}
