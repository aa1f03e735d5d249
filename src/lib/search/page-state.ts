/**
 * How far the search page has got, kept as `data-state` on its result list (#search-results) so
 * that tests and `npm run bench` can wait for a search to end and tell how it ended. The built
 * HTML says `loading`, which nothing treats as finished: a page whose script never runs, or dies
 * before its first search, can never be taken for one that searched.
 */
export type SearchPageState =
  /** In the HTML, until the script has run. */
  | 'loading'
  /** Nothing to search: no query and no filter. */
  | 'idle'
  | 'searching'
  /** Finished with results (listed, or only documents holding the words in pieces, on request). */
  | 'done'
  /** Finished without results; the no-results help is shown. */
  | 'no-results'
  /** Finished with an error; the status says so. */
  | 'error';

export const INITIAL_SEARCH_STATE: SearchPageState = 'loading';

/** The states a search ends in; `loading` and `searching` are on the way. */
export const FINISHED_SEARCH_STATES: readonly SearchPageState[] = ['idle', 'done', 'no-results', 'error'];
