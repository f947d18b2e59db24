// Content links are written root-absolute (`/services/#nodeport`) so the links validator can check them;
// this prefixes them with the configured `base`, so the same pages work from a domain root or a sub-path.
interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

export function rehypeBaseLinks(options: { base: string }) {
  const base = options.base.replace(/\/+$/, '');
  const visit = (node: HastNode): void => {
    const properties = node.type === 'element' && node.tagName === 'a' ? node.properties : undefined;
    const href = properties?.href;
    if (
      properties &&
      typeof href === 'string' &&
      href.startsWith('/') &&
      !href.startsWith('//') &&
      !href.startsWith(`${base}/`)
    ) {
      properties.href = `${base}${href}`;
    }
    node.children?.forEach(visit);
  };
  return () => (tree: HastNode) => {
    if (base) visit(tree);
  };
}
