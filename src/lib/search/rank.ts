/**
 * Ordering Pagefind's results. Pagefind splits many Chinese policy terms into single characters
 * (营商环境 → 营/商/环境) and then matches pages containing those characters anywhere, ranked by
 * BM25: long documents that mention 营, 商 and 环境 separately can outrank the one about
 * 营商环境. Pagefind's exact-phrase search ("营商环境") requires the pieces to be adjacent, and
 * costs nothing extra (the same index chunks are already loaded), so the page runs one phrase
 * search per term and puts pages that contain more of the terms as phrases first. Within a tier,
 * Pagefind's own score (with the ranking options in config.ts) decides.
 */

export interface ScoredResult {
  id: string;
  score: number;
}

/**
 * @param results Pagefind's results for the whole query, best first.
 * @param phraseMatches For each term of the query, the ids of pages containing it as a phrase.
 */
export function rankByPhrases<T extends ScoredResult>(
  results: readonly T[],
  phraseMatches: readonly ReadonlySet<string>[],
): T[] {
  // Without phrase terms Pagefind's order stands (it may be a sort by date, not by score).
  if (phraseMatches.length === 0) return [...results];
  const tier = (result: T) => phraseMatches.reduce((count, ids) => count + (ids.has(result.id) ? 1 : 0), 0);
  return results
    .map((result, index) => ({ result, index, tier: tier(result) }))
    .sort((a, b) => b.tier - a.tier || b.result.score - a.result.score || a.index - b.index)
    .map(({ result }) => result);
}
