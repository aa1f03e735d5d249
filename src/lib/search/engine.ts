/**
 * One search as the page runs it, over an injected Pagefind API (so it can be tested with a fake):
 *
 * 1. Pagefind's search for the whole query, with the chosen filters;
 * 2. one exact-phrase search per multi-word term, to put pages containing the terms as written
 *    first (see rank.ts);
 * 3. a 文号 query in any common variant that names a 文号 of the archive is answered with the
 *    documents bearing it, found through Pagefind's `docNumber` filter (whose values are every
 *    document's 文号) instead of steps 1 and 2; one of a series the archive holds but with a
 *    number it does not is answered with no result and the nearest 文号 of that series (a
 *    full-text search would list unrelated documents that share its characters);
 * 4. when every multi-word term is found as a phrase somewhere, results that contain the terms
 *    only as scattered characters (金宪美 → a page with 金, 宪 and 美 in different names) are
 *    counted apart: the page shows them only on request, saying how many there are;
 * 5. counts for each filter: for a filter that is set, the counts are those of the search
 *    without it, so its other values show how many results choosing them would give.
 */
import { matchingDocNumbers, nearestDocNumbers, parseDocNumber } from './doc-number.ts';
import type { PagefindApi, PagefindFilter, PagefindResult } from './pagefind-api.ts';
import { FILTERS, pagefindFilters, type FilterName, type SearchState } from './query-state.ts';
import { rankByPhrases } from './rank.ts';
import { queryTerms, segmentQuery } from './segment.ts';

export interface RankedResult {
  result: PagefindResult;
  /** The result's 文号 is the one the query names. */
  pinned: boolean;
}

export interface SearchOutcome {
  results: RankedResult[];
  /** Count of results for each value of each filter (see 4. above). */
  counts: Record<FilterName, Record<string, number>>;
  /**
   * How many leading results contain every term as written (or bear the 文号); the rest contain
   * the terms only in pieces. Equal to results.length when that distinction is not made.
   */
  complete: number;
  /**
   * Multi-word terms that no page contains as a phrase, though results were found: the results
   * may contain them only in pieces (or written with a different word split in the index, which
   * the phrase search cannot see), so the page says it could not confirm them.
   */
  unconfirmed: string[];
  /** The 文号s the query was read as, when it was one and the archive has it. */
  docNumbers: string[];
  /** When the query is a 文号 of a known series that the archive lacks: its nearest 文号s. */
  nearestDocNumbers: string[];
}

export async function runSearch(pagefind: PagefindApi, state: SearchState): Promise<SearchOutcome> {
  const filters: Record<string, PagefindFilter> = pagefindFilters(state);
  const query = state.query || null;

  // A 文号 the archive has is answered from the docNumber filter alone: the full-text search of
  // 济/槐/政/字/2021/15/号 would fetch index chunks for seven unrelated words (over 300 kB) and rank
  // every document of 2021 that mentions 政 and 字.
  const knownDocNumbers = query && parseDocNumber(query) ? Object.keys((await pagefind.filters()).docNumber ?? {}) : [];
  const docNumbers = query ? matchingDocNumbers(query, knownDocNumbers) : [];
  const nearest = query && docNumbers.length === 0 ? nearestDocNumbers(query, knownDocNumbers) : [];
  if (nearest.length > 0) {
    const counts = Object.fromEntries(FILTERS.map((name) => [name, {}])) as SearchOutcome['counts'];
    return { results: [], counts, complete: 0, unconfirmed: [], docNumbers: [], nearestDocNumbers: nearest };
  }
  if (docNumbers.length > 0) {
    const withNumber = (except?: FilterName) => ({
      filters: { ...pagefindFilters(state, except), docNumber: { any: docNumbers } },
    });
    const pinned = await pagefind.search(null, withNumber());
    const counts = {} as SearchOutcome['counts'];
    for (const name of FILTERS)
      counts[name] = (state.filters[name] ? await pagefind.search(null, withNumber(name)) : pinned).filters[name] ?? {};
    const results = pinned.results.map((result) => ({ result, pinned: true }));
    return { results, counts, complete: results.length, unconfirmed: [], docNumbers, nearestDocNumbers: [] };
  }

  // A listing by filters alone has no relevance to rank by: newest first, by the date sort key.
  const main = await pagefind.search(query, query ? { filters } : { filters, sort: { date: 'desc' } });
  const phraseTerms = query ? queryTerms(query).filter((term) => segmentQuery(term).length > 1) : [];
  const phraseMatches = await Promise.all(
    phraseTerms.map(
      async (term) => new Set((await pagefind.search(`"${term}"`, { filters })).results.map((result) => result.id)),
    ),
  );
  const results = rankByPhrases(main.results, phraseMatches).map((result) => ({ result, pinned: false }));
  const distinguish = phraseMatches.length > 0 && phraseMatches.every((ids) => ids.size > 0);
  const complete = distinguish
    ? results.filter(({ result }) => phraseMatches.every((ids) => ids.has(result.id))).length
    : results.length;

  // Counts describe what the list shows: for a one-term query whose partial matches are set
  // apart, the phrase search's counts; otherwise those of the query itself.
  const countQuery =
    distinguish && phraseTerms.length === 1 && queryTerms(state.query).length === 1 ? `"${phraseTerms[0]}"` : query;
  const countBase = countQuery === query ? main : await pagefind.search(countQuery, { filters });
  const counts = {} as SearchOutcome['counts'];
  for (const name of FILTERS) {
    if (!state.filters[name]) counts[name] = countBase.filters[name] ?? {};
    else
      counts[name] = (await pagefind.search(countQuery, { filters: pagefindFilters(state, name) })).filters[name] ?? {};
  }
  const unconfirmed = results.length > 0 ? phraseTerms.filter((_, index) => phraseMatches[index]!.size === 0) : [];
  return { results, counts, complete, unconfirmed, docNumbers, nearestDocNumbers: [] };
}
