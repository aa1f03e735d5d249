/**
 * The columns of a table laid out with spaces, and which column each piece of text stands in.
 * `pdftotext -layout` writes a row's cells on one line, a run of spaces between them where they
 * stood apart and a single space where they were close; a wrapped cell goes on under itself on
 * the next lines. Where the columns are is learnt from the lines that hold a piece for every
 * column; every other line's pieces are then placed in the column they overlap, in order.
 */
import { CJK, matchMarker } from '../../vocabulary/index.ts';
import { lineFragments, gapBetween, type Token } from './positions.ts';

/** The columns a column's text spans, `end` excluded. */
export interface Band {
  start: number;
  end: number;
}

/** Fewest lines with a piece for every column that confirm a count of columns. */
const MIN_REFERENCE_LINES = 2;

/**
 * How many columns the table has: the header's names, counted so that a name holding a space
 * (`同比 (±%)`) may be one column — the largest count, between the header's fragments and its
 * tokens, that two body lines show piece for piece; else the header's names when each stands
 * apart. Null when neither.
 */
export function columnCount(header: readonly Token[], body: readonly (readonly Token[])[]): number | null {
  const needed = Math.min(MIN_REFERENCE_LINES, body.length);
  for (let count = header.length; count >= Math.max(2, lineFragments(header).length); count -= 1) {
    if (body.filter((tokens) => tokens.length === count).length >= needed) return count;
  }
  // Names each set apart by a gap are the columns, even when no row fills them all on one line.
  return header.length >= 2 && lineFragments(header).length === header.length ? header.length : null;
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

/**
 * Bands guessed from the header's names alone, when no row fills every column: each column runs
 * from halfway after the name before to halfway before the name after (names are centred over
 * their columns). Null unless the names are as many as the columns.
 */
export function bandsBetweenNames(names: readonly Token[], count: number): Band[] | null {
  if (names.length !== count) return null;
  return names.map((name, column) => ({
    start: column === 0 ? 0 : Math.ceil((names[column - 1]!.end + name.start) / 2),
    end: column === count - 1 ? Number.MAX_SAFE_INTEGER : Math.ceil((name.end + names[column + 1]!.start) / 2),
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

const WORD_CHARACTER = new RegExp(`[${CJK}a-z0-9]`, 'i');
/** A figure of a statistics cell (`95`, `>96`, `-1.2`, `30%`): two are never one cell's. */
const FIGURE = /^[-+<>≤≥]?\d[\d,]*(?:\.\d+)?[%‰]?$/;

/**
 * Two pieces may be one cell's when a single space parts them next to a sign (`同比 (±%)`,
 * `— —`): the extraction writes a space where a half-width sign's glyph leaves a gap. A space
 * between two words' characters (`槐政办发 2022年6`) is never inside a cell of Chinese text, which
 * runs on without spaces, nor one between two figures (`95 >96`): it parts two cells.
 */
function mayShareCell(left: Token, right: Token): boolean {
  if (gapBetween(left, right) !== 1 || (FIGURE.test(left.text) && FIGURE.test(right.text))) return false;
  return !(WORD_CHARACTER.test(left.text.slice(-1)) && WORD_CHARACTER.test(right.text[0]!));
}

/**
 * How far two pieces put in one column spill over its width: a printed cell's line fits its
 * column, so two pieces wider together than the column are two cells.
 */
function overflow(left: Token, right: Token, band: Band): number {
  return Math.max(0, right.end - left.start - (band.end - band.start) - 1);
}

/**
 * Every way of placing the pieces in order: two pieces share a column only when they may be one
 * cell's (see mayShareCell), at a cost where they are wider together than the column. Returns
 * the best placement's columns and its score, by dynamic programming over (piece, column).
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
      const mayShare = mayShareCell(tokens[index - 1]!, tokens[index]!);
      for (let previous = 0; previous <= column; previous += 1) {
        if (previous === column && !mayShare) continue;
        const shared = previous === column ? overflow(tokens[index - 1]!, tokens[index]!, bands[column]!) : 0;
        const total = score[index - 1]![previous]! + own - shared;
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
  // A piece for every column: they stand in order, wherever the extraction pushed them.
  if (tokens.length === bands.length) return { columns: tokens.map((_, index) => index) };
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

/** Where a table's pieces lie on its page, from the leftmost start to the rightmost end. */
export interface Span {
  start: number;
  end: number;
}

/**
 * A label over a group of rows (`二、曲艺（共1项）`): a single piece numbered like a section
 * (`一、`) set across the middle of the table — the extraction may have pushed it into one
 * column's band — or any single piece spanning two columns, unless it starts where a piece of the
 * line above or below starts: then it is the next line of a left-aligned cell.
 */
export function isSpanningLabel(
  tokens: readonly Token[],
  bands: readonly Band[],
  span: Span,
  neighbours: readonly Token[],
): boolean {
  if (tokens.length !== 1) return false;
  const token = tokens[0]!;
  const middle = centre(token) - span.start;
  const width = span.end - span.start;
  if (matchMarker(token.text)?.type === 'chinese' && middle > width / 3 && middle < (width * 2) / 3) return true;
  const spans = bands.filter((band) => overlap(token, band) >= 2).length >= 2;
  return spans && !neighbours.some((neighbour) => neighbour.start === token.start);
}

const centre = (token: Token) => (token.start + token.end) / 2;

/**
 * The columns of a header's wrapped line (`号` … `至`, `年` `年`): each piece under the name it
 * continues, the names being centred as their pieces are — one piece a column, in order, nearest
 * centre to centre. Null when the line has more pieces than the header names.
 */
export function placeUnderNames(tokens: readonly Token[], names: readonly Token[]): number[] | null {
  if (tokens.length > names.length) return null;
  // cost[i][c]: least total distance placing pieces 0..i with piece i under name c.
  const cost = tokens.map(() => names.map(() => Infinity));
  const from = tokens.map(() => names.map(() => -1));
  tokens.forEach((token, index) => {
    names.forEach((name, column) => {
      const own = Math.abs(centre(token) - centre(name));
      if (index === 0) cost[0]![column] = own;
      for (let previous = 0; previous < column && index > 0; previous += 1) {
        const total = cost[index - 1]![previous]! + own;
        if (total < cost[index]![column]!) {
          cost[index]![column] = total;
          from[index]![column] = previous;
        }
      }
    });
  });
  const last = cost[tokens.length - 1] ?? [];
  const columns = [last.indexOf(Math.min(...last))];
  for (let index = tokens.length - 1; index > 0; index -= 1) columns.unshift(from[index]![columns[0]!]!);
  return columns;
}
