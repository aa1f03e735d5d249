/**
 * The search page's state lives in its URL (`/search/?q=耕地&year=2022&section=区政府文件`), so a
 * search can be linked, bookmarked and reached again with the back button. This module is the
 * only place that reads or writes those parameters.
 */
import { MAX_QUERY_LENGTH } from './config.ts';
import { boundedQuery } from './segment.ts';

/** Pagefind filter names, as set by `data-pagefind-filter` on the document pages. */
export const FILTERS = ['year', 'issue', 'section', 'type', 'organ'] as const;
export type FilterName = (typeof FILTERS)[number];

export const FILTER_LABELS: Record<FilterName, string> = {
  year: '年份',
  issue: '期次',
  section: '栏目',
  type: '文种',
  organ: '发文机关',
};

export interface SearchState {
  query: string;
  /** One chosen value per filter at most: each filter is a single choice (a select). */
  filters: Partial<Record<FilterName, string>>;
}

export function readState(params: URLSearchParams): SearchState {
  const filters: SearchState['filters'] = {};
  for (const name of FILTERS) {
    // A filter value is a year, an issue, a section, a type or an organ's name: never long.
    const value = params.get(name)?.trim().slice(0, MAX_QUERY_LENGTH);
    if (value) filters[name] = value;
  }
  return { query: boundedQuery(params.get('q') ?? ''), filters };
}

/** Parameters in a fixed order (q first, then filters in FILTERS order), omitting empty ones. */
export function writeState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const name of FILTERS) {
    const value = state.filters[name];
    if (value) params.set(name, value);
  }
  return params;
}

export function hasFilters(state: SearchState): boolean {
  return FILTERS.some((name) => Boolean(state.filters[name]));
}

/** Pagefind's filter object; `except` leaves one filter out (to count that filter's other values). */
export function pagefindFilters(state: SearchState, except?: FilterName): Record<string, string> {
  const filters: Record<string, string> = {};
  for (const name of FILTERS) {
    const value = state.filters[name];
    if (value && name !== except) filters[name] = value;
  }
  return filters;
}

/** `“耕地” · 年份：2022 · 栏目：区政府文件`, for the status message. */
export function describeFilters(state: SearchState): string {
  return FILTERS.filter((name) => state.filters[name])
    .map((name) => `${FILTER_LABELS[name]}：${state.filters[name]}`)
    .join('，');
}
