// Ingress paths under use-regex / rewrite-target are PCRE in nginx (RE2 syntax is what ingress-nginx's
// validation admits). JavaScript's RegExp reads the same syntax once RE2/PCRE-only spellings are
// translated; a pattern that still does not compile is reported, never thrown.

/** `location ~* "^PATH"`: case-insensitive, anchored at the start of `$uri`. */
export function locationRegex(path: string): RegExp | undefined {
  return compile(`^${translate(path)}`);
}

/** `rewrite "(?i)PATH" TARGET break;`: case-insensitive, unanchored. */
export function rewriteRegex(path: string): RegExp | undefined {
  return compile(translate(path));
}

function compile(source: string): RegExp | undefined {
  try {
    return new RegExp(source, 'i');
  } catch {
    return undefined;
  }
}

function translate(path: string): string {
  return path
    .replace(/^\(\?i\)/, '')
    .replace(/\(\?P</g, '(?<')
    .replace(/\\A/g, '^')
    .replace(/\\z/g, '$');
}
