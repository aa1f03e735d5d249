/**
 * Numbering markers that open headings, run-in paragraphs and list items, from the outermost
 * rank to the innermost: 第一条 > 一、 > （一） > 1. > （1） > ①. The rank is the kind of numeral,
 * never the bracket's width or the spacing (`(一)` and `（一）` are one kind).
 */
import { chineseNumeralValue } from './numerals.ts';

export type MarkerType =
  | 'article' // 第一条
  | 'chinese' // 一、
  | 'chinese-paren' // （一）
  | 'arabic-dot' // 1.
  | 'arabic-paren' // （1）
  | 'circled'; // ①

export const MARKER_RANK: Readonly<Record<MarkerType, number>> = {
  article: 0,
  chinese: 1,
  'chinese-paren': 2,
  'arabic-dot': 3,
  'arabic-paren': 4,
  circled: 5,
};

export interface Marker {
  type: MarkerType;
  /** The marker as printed, e.g. `（一）`. */
  marker: string;
  /** The text after the marker. */
  rest: string;
}

/** Each kind of marker at the start of a line (the text after it is the rest of the line). */
const MARKERS: [MarkerType, RegExp][] = [
  ['article', /^第[一二三四五六七八九十百]+条/],
  ['chinese', /^[一二三四五六七八九十]+、/],
  ['chinese-paren', /^[（(] *[一二三四五六七八九十]+ *[）)]/],
  // `28.01∶70.96` and `66.7%` open continuation lines: a digit after the point is a decimal,
  // unless it starts a year (`4．2021年年底前`).
  ['arabic-dot', /^\d{1,2} *[.．、](?:(?!\d)|(?=\d{4} ?年))/],
  ['arabic-paren', /^[（(] *\d{1,2} *[）)]/],
  ['circled', /^[\u2460-\u2473]/],
];

/** Recognises a numbering marker at the start of a line. */
export function matchMarker(text: string): Marker | null {
  const trimmed = text.trim();
  for (const [type, pattern] of MARKERS) {
    const match = pattern.exec(trimmed);
    if (match) return { type, marker: match[0], rest: trimmed.slice(match[0].length).trimStart() };
  }
  return null;
}

/** The number a marker counts: 一、→1, （十二）→12, 3.→3, ④→4, 第五条→5. */
export function markerValue(marker: Marker): number | null {
  if (marker.type === 'circled') return marker.marker.codePointAt(0)! - 0x2460 + 1;
  const digits = /\d+/.exec(marker.marker);
  if (digits) return Number(digits[0]);
  const numeral = /[〇零一二两三四五六七八九十]+/.exec(marker.marker);
  return numeral ? chineseNumeralValue(numeral[0]) : null;
}
