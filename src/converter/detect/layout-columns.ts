/**
 * The columns of a table laid out with spaces, and which column each piece of text stands in.
 * `pdftotext -layout` writes a row's cells on one line, a run of spaces between them where they
 * stood apart and a single space where they were close; a wrapped cell goes on under itself on
 * the next lines. Where the columns are is learnt from the lines that hold a piece for every
 * column; every other line's pieces are then placed in the column they overlap, in order.
 */
import { lineFragments, gapBetween, type Token } from './positions.ts';

/** The columns a column's text spans, `end` excluded. */
export interface Band {
  start: number;
  end: number;
}

/** Fewest lines with a piece for every column that show where the columns are. */
const MIN_REFERENCE_SHARE = 0.25;

/**
 * How many columns the table has: the header's names, counted so that a name holding a space
 * (`同比 (±%)`) may be one column — the largest count, between the header's fragments and its
 * tokens, that enough body lines show piece for piece. Null when none does.
 */
export function columnCount(header: readonly Token[], body: readonly (readonly Token[])[]): number | null {
  const needed = Math.max(1, Math.ceil(body.length * MIN_REFERENCE_SHARE));
  for (let count = header.length; count >= Math.max(2, lineFragments(header).length); count -= 1) {
    if (body.filter((tokens) => tokens.length === count).length >= needed) return count;
  }
  return null;
}

/** Each column's band, from the lines that hold exactly one piece per column; null without such a line. */
export function columnBands(lines: readonly (readonly Token[])[], count: number): Band[] | null {
  const reference = lines.filter((tokens) => tokens.length === count);
  if (reference.length === 0) return null;
  return Array.from({ length: count }, (_, column) => ({
    start: Math.min(...reference.map((tokens) => tokens[column]!.start)),
    end: Math.max(...reference.map((tokens) => tokens[column]!.end)),
  }));
}

function overlap(token: Token, band: Band): number {
  return Math.min(token.end, band.end) - Math.max(token.start, band.start);
}

/** How well a piece fits a column: the columns they share, or minus the distance between them. */
export function fit(token: Token, band: Band): number {
  const shared = overlap(token, band);
  return shared > 0 ? shared : shared - 1;
}

/**
 * Every way of placing the pieces in order: two pieces share a column only when a single space
 * separates them (a space inside a cell); a wider gap is the layout's, between two columns.
 * Returns the best placement's columns and its score, by dynamic programming over (piece, column).
 */
function bestPlacement(
  tokens: readonly Token[],
  bands: readonly Band[],
  forbidden: (token: number, column: number) => boolean,
): { columns: number[]; score: number } | null {
  const rows = tokens.length;
  const score: number[][] = Array.from({ length: rows }, () => Array<number>(bands.length).fill(-Infinity));
  const from: number[][] = Array.from({ length: rows }, () => Array<number>(bands.length).fill(-1));
  for (let index = 0; index < rows; index += 1) {
    for (let column = 0; column < bands.length; column += 1) {
      if (forbidden(index, column)) continue;
      const own = fit(tokens[index]!, bands[column]!);
      if (index === 0) {
        score[0]![column] = own;
        continue;
      }
      const mayShare = gapBetween(tokens[index - 1]!, tokens[index]!) === 1;
      for (let previous = 0; previous <= column; previous += 1) {
        if (previous === column && !mayShare) continue;
        const total = score[index - 1]![previous]! + own;
        if (total > score[index]![column]!) {
          score[index]![column] = total;
          from[index]![column] = previous;
        }
      }
    }
  }
  const last = score[rows - 1]!;
  const best = Math.max(...last);
  if (best === -Infinity) return null;
  const columns = [last.indexOf(best)];
  for (let index = rows - 1; index > 0; index -= 1) columns.unshift(from[index]![columns[0]!]!);
  return { columns, score: best };
}

/** Where one line's pieces go, or why that cannot be told. */
export type Placement = { columns: number[] } | { doubt: string };

/**
 * The columns of one line's pieces. In doubt when a piece stands in no column (in the gap between
 * two, as near to one as to the other), or when placing any one piece elsewhere fits as well.
 */
export function placeTokens(tokens: readonly Token[], bands: readonly Band[]): Placement {
  const best = bestPlacement(tokens, bands, () => false);
  if (!best) return { doubt: 'more pieces than columns' };
  for (const [index, column] of best.columns.entries()) {
    const token = tokens[index]!;
    if (fit(token, bands[column]!) <= 0 && !nearestIsClear(token, bands, column)) {
      return { doubt: `“${token.text}” stands between two columns` };
    }
    const other = bestPlacement(tokens, bands, (piece, candidate) => piece === index && candidate === column);
    if (other && other.score === best.score) return { doubt: `“${token.text}” fits two columns as well` };
  }
  return { columns: best.columns };
}

function nearestIsClear(token: Token, bands: readonly Band[], column: number): boolean {
  const own = fit(token, bands[column]!);
  return bands.every((band, other) => other === column || fit(token, band) < own - 1);
}

/** A single piece spanning two columns or more: a label over a group of rows (`二、曲艺（共1项）`). */
export function isSpanningLabel(tokens: readonly Token[], bands: readonly Band[]): boolean {
  return tokens.length === 1 && bands.filter((band) => overlap(tokens[0]!, band) >= 2).length >= 2;
}
