/**
 * What to highlight on a document page reached from a search (`?highlight=耕地保护`): the
 * query's terms where they occur whole; for a term that never occurs whole, its words of two
 * characters or more (a single character would light up half the page).
 */
import { queryTerms, segmentQuery } from './segment.ts';

export interface Range {
  start: number;
  end: number;
}

/**
 * A text lower-cased for comparison, with where each of its code units came from: `toLowerCase`
 * may lengthen a character (`İ` → `i̇`), so offsets in the lower-cased text are not offsets in the
 * text itself. `from[k]` is where the character that gave unit k starts, `to[k]` where it ends.
 */
function lowerCased(text: string): { lower: string; from: number[]; to: number[] } {
  let lower = '';
  const from: number[] = [];
  const to: number[] = [];
  let offset = 0;
  for (const char of text) {
    const lowered = char.toLowerCase();
    lower += lowered;
    for (let unit = 0; unit < lowered.length; unit += 1) {
      from.push(offset);
      to.push(offset + char.length);
    }
    offset += char.length;
  }
  return { lower, from, to };
}

/**
 * Non-overlapping occurrences of any needle in text, longest needle first at each position,
 * ignoring case, as offsets into `text` itself.
 */
export function findRanges(text: string, needles: readonly string[]): Range[] {
  const sorted = [...new Set(needles.filter(Boolean).map((needle) => needle.toLowerCase()))].sort(
    (a, b) => b.length - a.length,
  );
  const ranges: Range[] = [];
  const { lower, from, to } = lowerCased(text);
  let index = 0;
  while (index < lower.length) {
    const needle = sorted.find((candidate) => lower.startsWith(candidate, index));
    if (needle) {
      ranges.push({ start: from[index]!, end: to[index + needle.length - 1]! });
      index += needle.length;
    } else index += 1;
  }
  return ranges;
}

/** The strings to highlight for a query, given the page's text: each once, from a bounded query. */
export function highlightNeedles(query: string, pageText: string): string[] {
  const lower = pageText.toLowerCase();
  const needles = queryTerms(query).flatMap((term) => {
    if (lower.includes(term.toLowerCase())) return [term];
    return segmentQuery(term).filter((word) => [...word].length >= 2 && lower.includes(word.toLowerCase()));
  });
  return [...new Set(needles)];
}
