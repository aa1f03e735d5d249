/**
 * Result cards: what the search page shows of a result before its excerpt — the page's URL and
 * its Pagefind meta (title, issue, 文号, date) — keyed by Pagefind's result id. The build writes
 * them into the Pagefind bundle (src/search-index/cards.ts), so the page lists every result at
 * once and loads a result's fragment (the document's whole text, for the excerpt: up to 58 kB)
 * only when the result comes near the screen.
 *
 * Result ids are hashes of the fragments' content, so a card is never wrong for its id: a stale
 * cached file can only lack a newer id, and then the page loads that result's fragment at once.
 */
import type { PagefindData } from './pagefind-api.ts';

export type ResultCard = Pick<PagefindData, 'url' | 'meta'>;
export type ResultCards = Record<string, ResultCard>;

/** The file's name inside the Pagefind bundle (dist/pagefind/). */
export const RESULT_CARDS_FILE = 'result-cards.json';
