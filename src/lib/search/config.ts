/**
 * Settings of the search page, chosen with the golden queries in tests/search/golden.ts (see the
 * README's "Search" section for the measurements behind them).
 */

/**
 * Pagefind's ranking options (JS API `ranking`). Chosen by the golden suite; see README "Search".
 * Pagefind's defaults are termSimilarity 1, pageLength 0.75, termSaturation 1.4, termFrequency 1.
 */
export const RANKING = {
  termSimilarity: 1.0,
  // Full BM25 length normalisation: the long plans (黄河流域…实施方案, the 十四五 plans) mention
  // nearly every policy word somewhere and otherwise outrank the short document about it.
  pageLength: 1.0,
  termSaturation: 1.4,
  termFrequency: 1.0,
} as const;

/** Words of context in an excerpt: about two lines on a 360 px phone for Chinese text. */
export const EXCERPT_LENGTH = 24;

/**
 * Results listed at once (more on request). Only the excerpts of results near the screen are
 * loaded (EXCERPT_PRELOAD_MARGIN), so the length of the list hardly changes what a search
 * downloads: `npm run bench` measured the same bytes for 5 and for 10.
 */
export const PAGE_SIZE = 10;

/** Sections (headings inside a document) linked under each result: one, so a phone shows three results. */
export const SUB_RESULTS = 1;

/** Routes (href.ts adds the base): Pagefind's script, which finds the rest of its bundle beside itself. */
export const PAGEFIND_ROUTE = '/pagefind/pagefind.js';

/** The result cards (result-cards.ts), written by the build beside Pagefind's files. */
export const RESULT_CARDS_ROUTE = '/pagefind/result-cards.json';

/**
 * How far beyond the screen a result's excerpt starts loading: a quarter screen ahead, so it is
 * there as the resident scrolls to it, while a phone showing one or two results at first does
 * not download the whole text of all five documents. (A whole screen ahead loaded all five on a
 * 390 × 844 phone: results waiting for their excerpts are short.)
 */
export const EXCERPT_PRELOAD_MARGIN = '25% 0px';

/**
 * The longest query the search reads, in characters: a title, a 文号 or a sentence fits; a pasted
 * page (`?q=` of 40 kB) would block the tab for seconds. Longer queries are cut, in the search box
 * too, so the resident sees what was searched.
 */
export const MAX_QUERY_LENGTH = 100;

/** The most distinct terms a query is read as (each multi-word term costs a phrase search). */
export const MAX_QUERY_TERMS = 8;

/**
 * Pagefind's WebAssembly, fetched by pagefind.js once it has read the index's entry file. Pagefind
 * 1.6 names it by the index's language, `unknown` for Chinese, which has no module of its own; the
 * build's link check fails if the search page preloads a file that is not there.
 */
export const PAGEFIND_WASM_ROUTE = '/pagefind/wasm.unknown.pagefind';

/** The attribute of the search page's preload of Pagefind's entry file that holds its cache tag (src/search-index/preload.ts). */
export const META_CACHE_TAG_ATTRIBUTE = 'data-meta-cache-tag';

/** The parameter that carries a search to the document opened from its results (`?highlight=耕地保护`). */
export const HIGHLIGHT_PARAM = 'highlight';
