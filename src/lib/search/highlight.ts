/**
 * What to highlight on a document page reached from a search (`?highlight=耕地保护`): the
 * query's terms where they occur whole; for a term that never occurs whole, its words of two
 * characters or more (a single character would light up half the page).
 */
import { queryTerms, segmentQuery } from './segment.ts';

export const HIGHLIGHT_PARAM = 'highlight';

export interface Range {
  start: number;
  end: number;
}

/** Non-overlapping occurrences of any needle in text, longest needle first at each position. */
export function findRanges(text: string, needles: readonly string[]): Range[] {
  const sorted = [...new Set(needles.filter(Boolean))].sort((a, b) => b.length - a.length);
  const ranges: Range[] = [];
  const lower = text.toLowerCase();
  let index = 0;
  while (index < text.length) {
    const needle = sorted.find((candidate) => lower.startsWith(candidate.toLowerCase(), index));
    if (needle) {
      ranges.push({ start: index, end: index + needle.length });
      index += needle.length;
    } else index += 1;
  }
  return ranges;
}

/** The strings to highlight for a query, given the page's text. */
export function highlightNeedles(query: string, pageText: string): string[] {
  const lower = pageText.toLowerCase();
  return queryTerms(query).flatMap((term) => {
    if (lower.includes(term.toLowerCase())) return [term];
    return segmentQuery(term).filter((word) => [...word].length >= 2 && lower.includes(word.toLowerCase()));
  });
}
