// A page's search terms (frontmatter `searchTerms`) are indexed as hidden text with a high weight, so a Korean
// query finds the chapter; Pagefind then builds the excerpt around them and shows the hidden list. This takes
// the list back out of the excerpts the search dialog shows. Pagefind gives the terms as the page's metadata
// `search_terms` (components/overrides/PageTitle.astro) and an excerpt as space-separated words, the matched
// ones wrapped in <mark>.

interface ResultData {
  meta?: Record<string, string>;
  excerpt?: string;
  sub_results?: { excerpt?: string }[];
}

const plain = (word: string) => word.replace(/<\/?mark>/g, '').replace(/[.,:;]+$/, '');

/** The excerpt without the longest run of words that is a stretch of the search terms (two words or more). */
export function withoutSearchTerms(excerpt: string, terms: string[]): string {
  if (terms.length < 2) return excerpt;
  let words = excerpt.split(' ');
  for (;;) {
    let best = { at: -1, length: 0 };
    for (let i = 0; i < words.length; i++) {
      for (let k = 0; k < terms.length; k++) {
        let n = 0;
        // i + n stays below words.length, so the ?? '' never applies.
        while (i + n < words.length && k + n < terms.length && plain(words[i + n] ?? '') === terms[k + n]) n++;
        if (n > best.length) best = { at: i, length: n };
      }
    }
    if (best.length < 2) return words.join(' ');
    words = [...words.slice(0, best.at), ...words.slice(best.at + best.length)];
  }
}

/** Pagefind UI's processResult hook: every excerpt of the result, without the page's search terms. The
 * sub-result for the page top that matched only through the hidden terms is dropped when the page has a
 * matching section, so the reader lands on the section that explains the term. */
export function hideSearchTerms(result: ResultData): void {
  const terms = (result.meta?.search_terms ?? '').split(/\s+/).filter(Boolean);
  // Pagefind UI lists a result's custom metadata under it; the terms are for ranking only.
  delete result.meta?.search_terms;
  if (terms.length < 2) return;
  if (result.excerpt) result.excerpt = withoutSearchTerms(result.excerpt, terms);
  const subs = result.sub_results ?? [];
  for (const sub of subs) {
    if (sub.excerpt) sub.excerpt = withoutSearchTerms(sub.excerpt, terms);
  }
  // A sub-result whose excerpt has no hit left matched only through the hidden terms (Starlight's title carries
  // the anchor _top, so the page top is a sub-result with an anchor too).
  const sections = subs.filter((sub) => sub.excerpt?.includes('<mark>'));
  if (sections.length > 0) result.sub_results = sections;
}
