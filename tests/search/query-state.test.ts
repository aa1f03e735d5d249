import { describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH } from '../../src/lib/search/config.ts';
import {
  describeFilters,
  hasFilters,
  pagefindFilters,
  readState,
  writeState,
} from '../../src/lib/search/query-state.ts';

describe('search state in the URL', () => {
  it('reads the query and the filters, trimming blanks and ignoring unknown parameters', () => {
    const state = readState(
      new URLSearchParams('q=%20耕地保护%20&year=2022&section=&utm=x&organ=济南市槐荫区人民政府'),
    );
    expect(state).toEqual({ query: '耕地保护', filters: { year: '2022', organ: '济南市槐荫区人民政府' } });
  });

  it('reads at most MAX_QUERY_LENGTH characters of a query, and of a filter value', () => {
    const state = readState(new URLSearchParams({ q: '健康槐荫 '.repeat(8000), year: '2'.repeat(5000) }));
    expect(state.query).toBe('健康槐荫 '.repeat(20).slice(0, MAX_QUERY_LENGTH).trim());
    expect(state.filters.year).toHaveLength(MAX_QUERY_LENGTH);
  });

  it('writes q first and the filters in a fixed order, so equal searches have equal URLs', () => {
    const params = writeState({ query: '预案', filters: { type: '通知', year: '2022' } });
    expect(params.toString()).toBe(`q=${encodeURIComponent('预案')}&year=2022&type=${encodeURIComponent('通知')}`);
  });

  it('round-trips through the URL', () => {
    const state = { query: '济槐政字〔2021〕15号', filters: { issue: '2021年第4期', section: '区政府文件' } };
    expect(readState(writeState(state))).toEqual(state);
  });

  it('gives Pagefind the chosen filters, optionally leaving one out for counting', () => {
    const state = { query: '', filters: { year: '2022', type: '通知' } };
    expect(pagefindFilters(state)).toEqual({ year: '2022', type: '通知' });
    expect(pagefindFilters(state, 'year')).toEqual({ type: '通知' });
    expect(hasFilters(state)).toBe(true);
    expect(hasFilters({ query: 'x', filters: {} })).toBe(false);
  });

  it('describes the chosen filters with their Chinese labels', () => {
    expect(describeFilters({ query: '', filters: { year: '2022', section: '人事任免' } })).toBe(
      '年份：2022，栏目：人事任免',
    );
  });
});
