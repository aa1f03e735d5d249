import { describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH, MAX_QUERY_TERMS } from '../../src/lib/search/config.ts';
import { parseExcerpt } from '../../src/lib/search/excerpt.ts';
import { findRanges, highlightNeedles } from '../../src/lib/search/highlight.ts';
import { rankByPhrases } from '../../src/lib/search/rank.ts';
import { boundedQuery, queryTerms, segmentQuery, suggestShorterQueries } from '../../src/lib/search/segment.ts';

describe('segmentQuery', () => {
  it('cuts a Chinese query into words the way the browser does, dropping punctuation', () => {
    expect(segmentQuery('“非物质文化遗产”名录')).toEqual(['非', '物质', '文化', '遗产', '名录']);
  });
  it('returns nothing for punctuation alone', () => {
    expect(segmentQuery('〔〕，。')).toEqual([]);
  });
});

describe('queryTerms', () => {
  it('splits on spaces and strips quotes and brackets around terms', () => {
    expect(queryTerms(' “健康槐荫”  （行动） ')).toEqual(['健康槐荫', '行动']);
  });
  it('separates terms at quote marks, brackets and other punctuation inside a query, as at a space', () => {
    expect(queryTerms('“十四五”儿童发展规划')).toEqual(['十四五', '儿童发展规划']);
    expect(queryTerms('《耕地保护》、田长制')).toEqual(['耕地保护', '田长制']);
  });
  it('keeps a decimal point or thousands comma between digits inside its number', () => {
    expect(queryTerms('生产总值701.1亿元 PM2.5')).toEqual(['生产总值701.1亿元', 'PM2.5']);
    expect(queryTerms('1,200人.')).toEqual(['1,200人']);
  });
});

describe('bounded queries', () => {
  it('reads a term repeated 8,000 times (40 kB) as one term', () => {
    expect(queryTerms('健康槐荫 '.repeat(8000))).toEqual(['健康槐荫']);
  });

  it('reads at most MAX_QUERY_TERMS distinct terms, the first ones', () => {
    const terms = Array.from({ length: 30 }, (_, index) => `词${index}`);
    expect(queryTerms(terms.join(' '))).toEqual(terms.slice(0, MAX_QUERY_TERMS));
  });

  it('cuts a query to MAX_QUERY_LENGTH characters, never inside a character', () => {
    expect(boundedQuery(`  ${'健'.repeat(MAX_QUERY_LENGTH + 50)}  `)).toBe('健'.repeat(MAX_QUERY_LENGTH));
    expect(boundedQuery('𠀀'.repeat(MAX_QUERY_LENGTH + 1))).toBe('𠀀'.repeat(MAX_QUERY_LENGTH));
    expect(boundedQuery(' 耕地保护 ')).toBe('耕地保护');
  });
});

describe('suggestShorterQueries', () => {
  it('suggests each term of a multi-term query, then its longer words', () => {
    expect(suggestShorterQueries('耕地保护 区块链示范')).toEqual(['耕地保护', '区块链示范', '耕地', '保护']);
  });
  it('never suggests the query itself or single characters', () => {
    const suggestions = suggestShorterQueries('文化遗产保护');
    expect(suggestions).not.toContain('文化遗产保护');
    expect(suggestions.every((suggestion) => [...suggestion].length >= 2)).toBe(true);
    expect(suggestions.length).toBeGreaterThan(0);
  });
});

describe('parseExcerpt', () => {
  it('keeps <mark> runs and decodes entities into plain text', () => {
    expect(parseExcerpt('实施&lt;健康&gt;<mark>槐荫</mark>行动 &amp; &#x8BA1;划')).toEqual([
      { text: '实施<健康>', marked: false },
      { text: '槐荫', marked: true },
      { text: '行动 & 计划', marked: false },
    ]);
  });
  it('drops any other tag, so no markup but <mark> can reach the page', () => {
    const parts = parseExcerpt('<img src=x onerror=alert(1)>a<script>b</script><mark class="x">c</mark>');
    expect(parts).toEqual([
      { text: 'ab', marked: false },
      { text: 'c', marked: true },
    ]);
  });
});

describe('rankByPhrases', () => {
  const results = [
    { id: 'long', score: 9 },
    { id: 'phrase', score: 3 },
    { id: 'both', score: 1 },
    { id: 'none', score: 2 },
  ];
  it('puts pages containing more query terms as phrases first, then by score', () => {
    const ranked = rankByPhrases(results, [new Set(['phrase', 'both']), new Set(['both'])]);
    expect(ranked.map((result) => result.id)).toEqual(['both', 'phrase', 'long', 'none']);
  });
  it('keeps Pagefind order, whatever the scores, when the query has no phrase terms', () => {
    const byDate = [
      { id: 'new', score: 1 },
      { id: 'old', score: 5 },
    ];
    expect(rankByPhrases(byDate, []).map((result) => result.id)).toEqual(['new', 'old']);
  });
  it('keeps Pagefind order when no page has a phrase match', () => {
    expect(rankByPhrases(results, [new Set()]).map((result) => result.id)).toEqual(['long', 'phrase', 'none', 'both']);
  });
});

describe('highlighting on the document page', () => {
  it('finds every non-overlapping occurrence, preferring the longest needle', () => {
    expect(findRanges('健康槐荫行动，健康', ['健康', '健康槐荫'])).toEqual([
      { start: 0, end: 4 },
      { start: 7, end: 9 },
    ]);
  });
  it('highlights a term whole when the page contains it', () => {
    expect(highlightNeedles('耕地保护', '实施耕地保护激励')).toEqual(['耕地保护']);
  });
  it('marks the characters searched for when lower-casing lengthens a character before them', () => {
    const text = 'İSTANBUL考察团就健康码推广交流经验';
    const ranges = findRanges(text, ['健康码']);
    expect(ranges.map(({ start, end }) => text.slice(start, end))).toEqual(['健康码']);
    expect(findRanges(text, ['stanbul']).map(({ start, end }) => text.slice(start, end))).toEqual(['STANBUL']);
  });

  it('highlights each term once however often the parameter repeats it, and at most MAX_QUERY_TERMS terms', () => {
    expect(highlightNeedles('健康码 '.repeat(20000), '推广健康码')).toEqual(['健康码']);
    const many = Array.from({ length: 20 }, (_, index) => `码${index}`);
    expect(highlightNeedles(many.join(' '), many.join('，'))).toEqual(many.slice(0, MAX_QUERY_TERMS));
  });

  it('falls back to words of two characters or more when the whole term is absent', () => {
    expect(highlightNeedles('耕地激励保护', '耕地保护激励办法')).toEqual(['耕地', '激励', '保护']);
  });
});
