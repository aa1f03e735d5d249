/**
 * Driving the built search page in Chromium: open a search, wait for it to end, and read the
 * results as shown. Shared with `npm run bench` (scripts/bench/search.ts).
 *
 * A search counts as over only in a finished state of src/lib/search/page-state.ts (the built
 * HTML's `loading` is not one), and as the expected one only if it ended the way the caller
 * said: with results listed, with the no-results help, or with nothing to search. An error is
 * never what anyone expects.
 */
import { errors, type Page } from 'playwright-core';
import { FINISHED_SEARCH_STATES, type SearchPageState } from '../../src/lib/search/page-state.ts';
import { open } from '../support/page-tools.ts';
import { PAGES } from '../support/pages.ts';
import { routeOfPath } from '../support/site.ts';

/** How a search is expected to end. */
export type SearchEnd = 'results' | 'no results' | 'nothing to search';

const END_STATE: Record<SearchEnd, SearchPageState> = {
  results: 'done',
  'no results': 'no-results',
  'nothing to search': 'idle',
};

export const SEARCH_TIMEOUT = 15_000;

/** What the search page shows once its search has ended, or once the wait for it gave up. */
export interface SearchSeen {
  finished: boolean;
  state: string;
  /** The query the state belongs to. */
  query: string;
  /** Results listed. */
  results: number;
  status: string;
}

/** Waits until the page has finished a search (the one for `query`, when given) or SEARCH_TIMEOUT passes. */
export async function waitForSearch(page: Page, query?: string): Promise<SearchSeen> {
  let finished = true;
  try {
    await page.waitForFunction(
      ([states, wanted]) => {
        const list = document.getElementById('search-results');
        return (
          list !== null &&
          (states as readonly string[]).includes(list.dataset.state ?? '') &&
          (wanted === null || list.dataset.query === wanted)
        );
      },
      [FINISHED_SEARCH_STATES, query ?? null] as const,
      { timeout: SEARCH_TIMEOUT },
    );
  } catch (error) {
    if (!(error instanceof errors.TimeoutError)) throw error;
    finished = false;
  }
  const seen = await page.evaluate((wanted) => {
    const list = document.getElementById('search-results');
    return {
      state: list?.dataset.state ?? '(no #search-results)',
      query: list?.dataset.query ?? wanted,
      results: list?.querySelectorAll(':scope > li').length ?? 0,
      status: document.getElementById('search-status')?.textContent ?? '',
    };
  }, query ?? '');
  return { finished, ...seen };
}

/** Why what the page shows is not a search that ended as `expected`; null when it is. */
export function searchProblem(seen: SearchSeen, expected: SearchEnd): string | null {
  const search = seen.query ? `the search for “${seen.query}”` : 'the search page’s search (no query)';
  const shown = `data-state="${seen.state}", ${seen.results} results listed, status “${seen.status}”`;
  if (!seen.finished) return `${search} did not end within ${SEARCH_TIMEOUT / 1000} s (${shown})`;
  if (seen.state === 'error') return `${search} failed: the page shows an error (${shown})`;
  const wanted = END_STATE[expected];
  if (seen.state !== wanted)
    return `${search} should have ended with ${expected} (data-state="${wanted}") but did not (${shown})`;
  if (expected === 'results' && seen.results === 0) return `${search} ended with results but listed none (${shown})`;
  if (expected !== 'results' && seen.results > 0) return `${search} should list nothing but listed results (${shown})`;
  return null;
}

/** Waits until the page has finished its search (for `query`, when given); fails unless it ended as expected. */
export async function settled(page: Page, expected: SearchEnd, query?: string): Promise<void> {
  const problem = searchProblem(await waitForSearch(page, query), expected);
  if (problem) throw new Error(problem);
}

/**
 * Opens the search page on a search (fails unless status 200 and its own heading) and waits for
 * the search to end; returns why it did not end as expected, or null. For `npm run bench`, which
 * reports such a search as a failure rather than stopping.
 */
export async function trySearch(
  page: Page,
  base: string,
  params: Record<string, string>,
  expected: SearchEnd = 'results',
): Promise<string | null> {
  await open(
    page,
    `${base}/search/?${new URLSearchParams(params).toString()}`,
    { heading: PAGES.search.heading },
    'load',
  );
  return searchProblem(await waitForSearch(page, (params.q ?? '').trim()), expected);
}

/** Opens the search page on a search and waits until it has ended as expected; fails otherwise. */
export async function openSearch(
  page: Page,
  base: string,
  params: Record<string, string>,
  expected: SearchEnd = 'results',
): Promise<void> {
  const problem = await trySearch(page, base, params, expected);
  if (problem) throw new Error(problem);
}

/** The routes of the results shown (`/2021/4/02/`), in order, without the highlight parameter. */
export async function resultUrls(page: Page): Promise<string[]> {
  const paths = await page.$$eval('#search-results > li h2 a', (links) =>
    links.map((link) => new URL((link as HTMLAnchorElement).href).pathname),
  );
  return paths.map(routeOfPath);
}

export async function statusText(page: Page): Promise<string> {
  return (await page.textContent('#search-status')) ?? '';
}

/** Waits until the nth result (1-based) shows its excerpt and sections, which load when it is near the screen. */
export async function detailsShown(page: Page, nth = 1): Promise<void> {
  await page.waitForSelector(`#search-results > li:nth-child(${nth})[data-details="loaded"]`, {
    state: 'attached',
    timeout: SEARCH_TIMEOUT,
  });
}
