/**
 * Where the pieces of a line stand, for text that kept the printed page's positions with spaces
 * (`pdftotext -layout`, a table typed with spaces). A position is counted in one of two ways:
 * `pdftotext -layout` gives every character one column whatever its width, an editor aligns in
 * display cells (a Chinese character two). Which one a table was aligned in is decided by the
 * table (see layout-tables.ts); both are offered here.
 */
import { displayWidth, matchMarker } from '../../vocabulary/index.ts';

/** How columns were counted: one per character, or display cells. */
export type Metric = 'characters' | 'cells';

/** A run of non-space characters and the columns it spans, `end` excluded. */
export interface Token {
  text: string;
  start: number;
  end: number;
}

const widthOf = (text: string, metric: Metric) => (metric === 'cells' ? displayWidth(text) : [...text].length);

/** The line's tokens with their columns (an ideographic space counts as a space). */
export function lineTokens(text: string, metric: Metric = 'characters'): Token[] {
  const tokens: Token[] = [];
  let column = 0;
  for (const piece of text.split(/([ \u3000]+)/)) {
    if (piece === '') continue;
    const width = /^[ \u3000]+$/.test(piece) ? spacesWidth(piece, metric) : widthOf(piece, metric);
    if (!/^[ \u3000]+$/.test(piece)) tokens.push({ text: piece, start: column, end: column + width });
    column += width;
  }
  return tokens;
}

function spacesWidth(spaces: string, metric: Metric): number {
  return metric === 'cells' ? displayWidth(spaces) : [...spaces].length;
}

/** Spaces between two neighbouring tokens, in the tokens' metric. */
export const gapBetween = (left: Token, right: Token) => right.start - left.end;

/**
 * Fragments: tokens joined where a single space separates them. A run of two or more spaces is a
 * gap the layout made; a single space may be one a cell holds (`同比 (±%)`) or the narrowest gap
 * the extraction writes between two cells.
 */
export function lineFragments(tokens: readonly Token[]): Token[] {
  const fragments: Token[] = [];
  for (const token of tokens) {
    const last = fragments[fragments.length - 1];
    if (last && gapBetween(last, token) === 1) fragments[fragments.length - 1] = joinTokens(last, token);
    else fragments.push({ ...token });
  }
  return fragments;
}

function joinTokens(left: Token, right: Token): Token {
  return { text: `${left.text} ${right.text}`, start: left.start, end: right.end };
}

/** `1.`, `（一）`, `①` alone: a numbering marker printed apart from its text. */
const isBareMarker = (text: string) => matchMarker(text)?.rest === '';

/** `(%)`, `(±%)`, `(‰)`: a unit in half-width brackets, printed apart from the name it belongs to. */
const isBracketedUnit = (text: string) => /^\([^\d()]{1,4}\)$/.test(text);
/** `>`, `≥`, `±` before a figure: `> 600`. */
const isComparisonSign = (text: string) => /^[<>≤≥＜＞±~～]$/.test(text);

/** The two pieces are one: what the first is (a marker, a sign) or the second (a unit) says so. */
function belongTogether(left: Token, right: Token): boolean {
  if (gapBetween(left, right) !== 1) return false;
  return (
    isBareMarker(left.text) || isBracketedUnit(right.text) || (isComparisonSign(left.text) && /^\d/.test(right.text))
  );
}

/**
 * A numbering marker and the text after it are one piece (`1. 符合条件的…`), and so are a name
 * and the unit in brackets after it (`参保率 (%)`), a sign and its figure (`> 600`): the space
 * between them is a glyph's, not a gap between cells.
 */
export function joinMarkers(tokens: readonly Token[]): Token[] {
  const joined: Token[] = [];
  for (const token of tokens) {
    const last = joined[joined.length - 1];
    const belongs = last !== undefined && belongTogether(last, token);
    if (belongs) joined[joined.length - 1] = joinTokens(last, token);
    else joined.push({ ...token });
  }
  return joined;
}
