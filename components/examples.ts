// The files under content/examples, read through Vite at build time (no file-system API in components).
const files = import.meta.glob('../content/examples/*', { query: '?raw', import: 'default', eager: true }) as Record<
  string,
  string
>;

export function readExample(name: string): string {
  const text = files[`../content/examples/${name}`];
  if (text === undefined) {
    const known = Object.keys(files).map((k) => k.replace('../content/examples/', ''));
    throw new Error(`content/examples/${name} does not exist (known: ${known.join(', ')})`);
  }
  return text;
}

/** A DOM id fragment from a file name: `service-definition.yml` → `service-definition-yml`. */
export function slugOf(name: string): string {
  return (
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'x'
  );
}

/** Widgets on a page, in the order their build-time render ran (document order), so ids stay unique and a
 * simulator can find the playgrounds of its workspace that precede it. */
interface PageRegistry {
  ids: Set<string>;
  playgrounds: { workspace: string; title: string; text: string; errors: number }[];
}

// Kept on Astro.locals, which lives exactly as long as one page's render.
const KEY = Symbol.for('k8s-notes.widgets');

export function pageRegistry(locals: object): PageRegistry {
  const holder = locals as Record<symbol, PageRegistry | undefined>;
  return (holder[KEY] ??= { ids: new Set(), playgrounds: [] });
}

export function uniqueId(locals: object, base: string): string {
  const page = pageRegistry(locals);
  let id = base;
  for (let n = 2; page.ids.has(id); n++) id = `${base}-${n}`;
  page.ids.add(id);
  return id;
}

/** Embeds text for the client script as JSON that cannot close the script element. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
