// `rewrite "(?i)PATH" TARGET break;` (template.go buildProxyPass): when the regex matches `$uri`, the
// whole URI is replaced by TARGET with $1…$9 substituted — not just the matched part. nginx keeps the
// query string: appended as is, or after TARGET's own arguments with `&`, unless TARGET ends with `?`.
// A TARGET starting with http:// or https:// makes nginx answer 302 instead.
import { rewriteRegex } from './regex';

export type Rewritten = { kind: 'path'; path: string } | { kind: 'redirect'; location: string } | { kind: 'no-match' };

export function rewrite(locationPath: string, target: string, uri: string, query: string | undefined): Rewritten {
  const match = rewriteRegex(locationPath)?.exec(uri);
  if (!match) return { kind: 'no-match' };
  const replaced = target.replace(/\$\{?(\d)\}?/g, (_, n: string) => match[Number(n)] ?? '');
  const args = query === undefined || query === '' ? undefined : query;
  if (/^https?:\/\//i.test(replaced)) return { kind: 'redirect', location: withArgs(replaced, args) };
  return { kind: 'path', path: withArgs(replaced, args) };
}

function withArgs(replaced: string, args: string | undefined): string {
  if (replaced.endsWith('?')) return replaced.slice(0, -1);
  if (args === undefined) return replaced;
  return replaced.includes('?') ? `${replaced}&${args}` : `${replaced}?${args}`;
}
