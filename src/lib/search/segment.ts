/**
 * How a query is understood. The browser cuts a Chinese query into words with Intl.Segmenter
 * (as Pagefind itself does when the page is `lang="zh-CN"`), so when nothing matches we can show
 * residents the pieces their query was cut into and offer shorter searches.
 */

import { MAX_QUERY_LENGTH, MAX_QUERY_TERMS } from './config.ts';

const PUNCTUATION = /^[\p{P}\p{S}\s]+$/u;

/** The words of a query as the search understands them, punctuation and spaces dropped. */
export function segmentQuery(query: string, locale = 'zh-CN'): string[] {
  const segmenter = new Intl.Segmenter(locale, { granularity: 'word' });
  return [...segmenter.segment(query)]
    .map(({ segment }) => segment.trim())
    .filter((segment) => segment && !PUNCTUATION.test(segment));
}

/**
 * A term: a run of characters other than spaces, punctuation and symbols, where a point or comma
 * between digits (701.1, PM2.5, 1,200) stays inside. Chinese queries rarely have spaces but often
 * quote marks, brackets and 、: in `“十四五”儿童发展规划` they separate 十四五 from 儿童发展规划 as a
 * space would. (No lookbehind: Safari before 16.4, still on residents' phones, cannot parse it.)
 */
const TERM = /(?:\d[.,](?=\d)|[^\s\p{P}\p{S}])+/gu;

/**
 * The terms of a query: runs of text between spaces, quote marks, brackets and other punctuation;
 * each once, and at most MAX_QUERY_TERMS of them (a term repeated 8,000 times is one search).
 */
export function queryTerms(query: string): string[] {
  return [...new Set(boundedQuery(query).match(TERM) ?? [])].slice(0, MAX_QUERY_TERMS);
}

/** A query as the search reads it: trimmed, and cut to its first MAX_QUERY_LENGTH characters. */
export function boundedQuery(query: string): string {
  const trimmed = query.trim();
  // Cut by code points, so that a character outside the BMP is never split in two.
  return trimmed.length <= MAX_QUERY_LENGTH ? trimmed : [...trimmed].slice(0, MAX_QUERY_LENGTH).join('').trim();
}

/**
 * Shorter searches to try after a query found nothing: each term on its own when there are
 * several, then the words of multi-character segments, longest first. Never the query itself,
 * never duplicates, at most `limit`.
 */
export function suggestShorterQueries(query: string, limit = 4): string[] {
  const terms = queryTerms(query);
  const candidates: string[] = [];
  if (terms.length > 1) candidates.push(...terms);
  const words = terms.flatMap((term) => segmentQuery(term)).filter((word) => [...word].length >= 2);
  candidates.push(...[...words].sort((a, b) => [...b].length - [...a].length));
  const normalised = query.trim();
  return [...new Set(candidates)].filter((candidate) => candidate !== normalised).slice(0, limit);
}
