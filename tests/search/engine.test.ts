import { describe, expect, it } from 'vitest';
import { runSearch } from '../../src/lib/search/engine.ts';
import type { PagefindApi, PagefindFilter, PagefindResult, PagefindSearch } from '../../src/lib/search/pagefind-api.ts';

/** A fake Pagefind over pages described by their text and filters; phrase search is substring search. */
interface FakePage {
  id: string;
  text: string;
  filters: Record<string, string>;
}

function fakePagefind(pages: FakePage[]) {
  const calls: (string | null)[] = [];
  const matchesFilters = (page: FakePage, filters: Record<string, PagefindFilter> = {}) =>
    Object.entries(filters).every(([name, value]) => {
      const actual = page.filters[name];
      if (typeof value === 'string') return actual === value;
      if (typeof value === 'object' && 'any' in value) return actual !== undefined && value.any.includes(actual);
      throw new Error('unsupported filter in fake');
    });
  const api: PagefindApi = {
    options: async () => {},
    init: async () => {},
    filters: async () => {
      const all: Record<string, Record<string, number>> = {};
      for (const page of pages)
        for (const [name, value] of Object.entries(page.filters))
          (all[name] ??= {})[value] = (all[name]![value] ?? 0) + 1;
      return all;
    },
    search: async (query, options) => {
      calls.push(query);
      const phrase = query?.match(/^"(.+)"$/)?.[1];
      const hit = (text: string) =>
        query === null ? true : phrase ? text.includes(phrase) : [...query].every((char) => text.includes(char));
      const found = pages.filter((page) => hit(page.text) && matchesFilters(page, options?.filters));
      const counts: PagefindSearch['filters'] = {};
      for (const page of found)
        for (const [name, value] of Object.entries(page.filters))
          (counts[name] ??= {})[value] = (counts[name]![value] ?? 0) + 1;
      const results: PagefindResult[] = found.map((page, index) => ({
        id: page.id,
        score: found.length - index,
        words: [],
        data: async () => ({ url: `/${page.id}/`, excerpt: '', meta: {}, filters: {}, sub_results: [] }),
      }));
      return { results, unfilteredResultCount: pages.length, filters: counts, totalFilters: counts };
    },
  };
  return { api, calls };
}

const PAGES: FakePage[] = [
  { id: 'scattered', text: '金融 宪法 美好', filters: { year: '2022' } },
  { id: 'named', text: '任命金宪美为', filters: { year: '2021', docNumber: '济槐政任〔2021〕10号' } },
  { id: 'other', text: '健康', filters: { year: '2021', docNumber: '济槐政字〔2021〕15号' } },
];

describe('runSearch', () => {
  it('lists pages with the whole term first and counts the scattered ones apart', async () => {
    const { api } = fakePagefind(PAGES);
    const outcome = await runSearch(api, { query: '金宪美', filters: {} });
    expect(outcome.results.map(({ result }) => result.id)).toEqual(['named', 'scattered']);
    expect(outcome.complete).toBe(1);
    expect(outcome.counts.year).toEqual({ '2021': 1 });
  });

  it('answers a 文号 in another bracket style from the docNumber filter, without a full-text search', async () => {
    const { api, calls } = fakePagefind(PAGES);
    const outcome = await runSearch(api, { query: '济槐政字(2021)15号', filters: {} });
    expect(outcome.results.map(({ result, pinned }) => [result.id, pinned])).toEqual([['other', true]]);
    expect(outcome.docNumbers).toEqual(['济槐政字〔2021〕15号']);
    expect(calls.every((query) => query === null)).toBe(true);
  });

  it('answers a 文号 of a known series that the archive lacks with no result and its nearest 文号, not with look-alikes', async () => {
    const { api, calls } = fakePagefind(PAGES);
    const outcome = await runSearch(api, { query: '济槐政字〔2023〕1号', filters: {} });
    expect(outcome.results).toEqual([]);
    expect(outcome.complete).toBe(0);
    expect(outcome.nearestDocNumbers).toEqual(['济槐政字〔2021〕15号']);
    expect(calls).toEqual([]);
  });

  it('answers a 文号 typed without 济 from the docNumber filter', async () => {
    const { api } = fakePagefind(PAGES);
    const outcome = await runSearch(api, { query: '槐政字2021 15', filters: {} });
    expect(outcome.docNumbers).toEqual(['济槐政字〔2021〕15号']);
    expect(outcome.results.map(({ result }) => result.id)).toEqual(['other']);
  });

  it('counts a set filter without itself, so its other values show what choosing them gives', async () => {
    const { api } = fakePagefind(PAGES);
    const outcome = await runSearch(api, { query: '', filters: { year: '2021' } });
    expect(outcome.results).toHaveLength(2);
    expect(outcome.counts.year).toEqual({ '2021': 2, '2022': 1 });
  });
});
