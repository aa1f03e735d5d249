/**
 * Deep links under a result: the document's sections (headings) where the query's words are.
 * Pagefind lists a sub-result for every section holding any matched word, and it matches the
 * single characters a Chinese term is split into, so a section mentioning 健 and 康 apart is a
 * "match" for 健康. Only a section whose excerpt holds a term as written is linked.
 */
import { parseExcerpt } from './excerpt.ts';
import type { PagefindSubResult } from './pagefind-api.ts';
import { queryTerms } from './segment.ts';

/** Whether the section's excerpt contains one of the query's terms as written. */
function holdsATerm(sub: PagefindSubResult, terms: readonly string[]): boolean {
  const text = parseExcerpt(sub.excerpt)
    .map((part) => part.text)
    .join('')
    .toLowerCase();
  return terms.some((term) => text.includes(term.toLowerCase()));
}

/**
 * The sections to link, at most `limit`: those below a heading (not the page itself), holding a
 * term as written; the ones with the most matches, listed in document order.
 */
export function sectionsToLink(
  subResults: readonly PagefindSubResult[],
  pageTitle: string | undefined,
  query: string,
  limit: number,
): PagefindSubResult[] {
  const terms = queryTerms(query);
  return subResults
    .filter((sub) => sub.url.includes('#') && sub.title && sub.title !== pageTitle && holdsATerm(sub, terms))
    .map((sub, index) => ({ sub, index }))
    .sort((a, b) => b.sub.locations.length - a.sub.locations.length || a.index - b.index)
    .slice(0, limit)
    .sort((a, b) => a.index - b.index)
    .map(({ sub }) => sub);
}
