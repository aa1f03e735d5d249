/**
 * One search as the page runs it, over an injected Pagefind API (so it can be tested with a fake):
 *
 * 1. Pagefind's search for the whole query, with the chosen filters;
 * 2. one exact-phrase search per multi-word term, to put pages containing the terms as written
 *    first (see rank.ts);
 * 3. a 文号 query in any common variant pins the documents bearing that 文号 first, found through
 *    Pagefind's `docNumber` filter (whose values are every document's 文号);
 * 4. counts for each filter: for a filter that is set, the counts are those of the search
 *    without it, so its other values show how many results choosing them would give.
 */
import { matchingDocNumbers } from './doc-number.ts';
import type { PagefindApi, PagefindFilter, PagefindResult } from './pagefind-api.ts';
import { FILTERS, pagefindFilters, type FilterName, type SearchState } from './query-state.ts';
import { pinFirst, rankByPhrases } from './rank.ts';
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
  /** The 文号s the query was read as, when it was one and the archive has it. */
  docNumbers: string[];
}

export async function runSearch(pagefind: PagefindApi, state: SearchState): Promise<SearchOutcome> {
  const filters: Record<string, PagefindFilter> = pagefindFilters(state);
  const query = state.query || null;
  const main = await pagefind.search(query, { filters });

  const phraseTerms = query ? queryTerms(query).filter((term) => segmentQuery(term).length > 1) : [];
  const phraseMatches = await Promise.all(
    phraseTerms.map(async (term) => new Set((await pagefind.search(`"${term}"`, { filters })).results.map((result) => result.id))),
  );
  const ranked = rankByPhrases(main.results, phraseMatches);

  let docNumbers: string[] = [];
  let pinned: PagefindResult[] = [];
  if (query) {
    const all = await pagefind.filters();
    docNumbers = matchingDocNumbers(query, Object.keys(all.docNumber ?? {}));
    if (docNumbers.length > 0) pinned = (await pagefind.search(null, { filters: { ...filters, docNumber: { any: docNumbers } } })).results;
  }
  const pinnedIds = new Set(pinned.map((result) => result.id));
  const results = pinFirst(pinned, ranked, (a, b) => a.id === b.id).map((result) => ({ result, pinned: pinnedIds.has(result.id) }));

  const counts = {} as SearchOutcome['counts'];
  for (const name of FILTERS) {
    if (!state.filters[name]) counts[name] = main.filters[name] ?? {};
    else counts[name] = (await pagefind.search(query, { filters: pagefindFilters(state, name) })).filters[name] ?? {};
  }
  return { results, counts, docNumbers };
}
