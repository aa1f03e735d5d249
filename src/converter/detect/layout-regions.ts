/**
 * Where a table stands in text that kept the printed page's positions (`pdftotext -layout`): a
 * header line of short column names, then lines of several fragments set apart by spaces, with the
 * lines of wrapped cells between them, until the text resumes. Page furniture is already removed:
 * a page break leaves blank lines, and a table goes on over it when the next page repeats its
 * header or goes on with its rows.
 */
import {
  displayWidth,
  endsSentence,
  hasCjk,
  matchAttachmentLabel,
  matchDateLine,
  matchIssuedLine,
  matchMarker,
} from '../../vocabulary/index.ts';
import type { SourceLine } from '../types.ts';
import { gapBetween, lineFragments, lineTokens, type Token } from './positions.ts';

/** Lines `start` to `end` (exclusive) of the array; `headerLines` of them head the table. */
export interface TableRegion {
  start: number;
  end: number;
}

/** Longest column name a header line holds, in characters (`项目保护单位`, `牵头编制部门`). */
const HEADER_NAME_MAX = 8;
/**
 * The first table line comes within this many lines under the header: the lines between are a
 * tall cell's, a label printed one character a line (`聚` / `焦` / …).
 */
const HEADER_REACH = 12;
/** A paragraph's first line is indented by up to this many columns; table text stands further in or has gaps. */
const PARAGRAPH_INDENT = 4;
/** A line this share of the text column wide, flush with the paragraphs, is running text. */
const FULL_LINE_SHARE = 0.8;
/** Fewest lines with several fragments that make a table. */
const MIN_TABLE_LINES = 2;

const CLAUSE_PUNCTUATION = /[，。；：、！？,;:!?]/;
/** A figure in a statistics cell: a decimal, a signed number, a percentage. */
const MEASURED_FIGURE = /^[-+>≥<≤]?\d[\d,]*\.\d+%?$|^[-+]\d|%$/;

const isBlank = (line: SourceLine) => line.text.trim() === '';
const indentOf = (tokens: readonly Token[]) => tokens[0]?.start ?? 0;

/** `政 府 工 作 报 告`: a title letter-spaced, one character a token. */
function isLetterSpaced(tokens: readonly Token[]): boolean {
  return tokens.every(
    (token, index) => [...token.text].length === 1 && (index === 0 || gapBetween(tokens[index - 1]!, token) <= 2),
  );
}

/** `…的通知（济槐政发〔2022〕4号）      12`: a 目录 entry, its page after a gap. */
function isContentsEntry(tokens: readonly Token[]): boolean {
  const fragments = lineFragments(tokens);
  return fragments.length === 2 && /^\d{1,3}$/.test(fragments[1]!.text);
}

/** `12 宗教活动场所…`: a row number, then the row's text. */
function opensWithRowNumber(tokens: readonly Token[]): boolean {
  return tokens.length >= 2 && /^\d{1,3}$/.test(tokens[0]!.text) && hasCjk(tokens[1]!.text[0]);
}

/** Shortest line of running text in a column of a two-column page, in characters. */
const COLUMN_LINE_MIN = 12;

/**
 * Two columns of running text side by side (before they are put in reading order): two long
 * fragments, each with a sentence's punctuation.
 */
function isTwoColumnsOfText(tokens: readonly Token[]): boolean {
  const fragments = lineFragments(tokens);
  return (
    fragments.length === 2 &&
    fragments.every(
      (fragment) => [...fragment.text].length >= COLUMN_LINE_MIN && CLAUSE_PUNCTUATION.test(fragment.text),
    )
  );
}

/**
 * A line of several pieces set apart as cells are: a gap of two spaces or more, three pieces or
 * more, or a row number before the text; not two columns of running text.
 */
export function isTableLine(tokens: readonly Token[]): boolean {
  if (tokens.length < 2 || isLetterSpaced(tokens) || isContentsEntry(tokens) || isTwoColumnsOfText(tokens))
    return false;
  return tokens.length >= 3 || gapBetween(tokens[0]!, tokens[1]!) >= 2 || opensWithRowNumber(tokens);
}

/**
 * A header: short column names, two of them two characters long or more, set apart by a gap
 * somewhere (names are centred over columns wider than they are; a sentence spaced around its
 * numbers has no such gap), no clause punctuation, no measured figure (a statistics row is short
 * too, but carries decimals), not opening with a row number.
 */
export function isHeaderLine(tokens: readonly Token[]): boolean {
  if (!isTableLine(tokens) || !tokens.some((token, index) => index > 0 && gapBetween(tokens[index - 1]!, token) >= 2)) {
    return false;
  }
  if (/^\d+$/.test(tokens[0]!.text)) return false;
  return (
    tokens.filter((token) => [...token.text].length >= 2).length >= 2 &&
    tokens.some((token) => hasCjk(token.text) && [...token.text].length >= 2) &&
    !matchMarker(tokens[0]!.text) &&
    tokens.every(
      (token) =>
        [...token.text].length <= HEADER_NAME_MAX &&
        !CLAUSE_PUNCTUATION.test(token.text) &&
        !MEASURED_FIGURE.test(token.text),
    )
  );
}

/** Longest piece of a wrapped header name on the lines under the header's first (`号`, `期水平`). */
const HEADER_REST_MAX = 3;

/**
 * A line under the header's first that carries the rest of its wrapped names (`号`, `期水平`):
 * short pieces only — a column is narrow where its name wraps.
 */
export function isHeaderContinuation(tokens: readonly Token[]): boolean {
  if (tokens.length === 0 || /^\d+$/.test(tokens[0]!.text) || matchMarker(tokens[0]!.text)) return false;
  return tokens.every(
    (token) =>
      [...token.text].length <= HEADER_REST_MAX &&
      !CLAUSE_PUNCTUATION.test(token.text) &&
      !MEASURED_FIGURE.test(token.text),
  );
}

/** What the layout of the running text looks like: the width of its full lines, in cells. */
export interface TextColumn {
  width: number;
}

/** A line as wide as the running text's full lines. */
function isFullLine(line: SourceLine, column: TextColumn | null): boolean {
  return column !== null && displayWidth(line.text.trimEnd()) >= column.width * FULL_LINE_SHARE;
}

/**
 * Running text resumes: a full line flush with the left margin, or a paragraph's indented first
 * line with such a line under it. A wrapped cell's lines stand in from the margin, behind the
 * columns to their left, or are narrower than the text.
 */
function resumesText(lines: readonly SourceLine[], index: number, column: TextColumn | null): boolean {
  const flushFull = (candidate: SourceLine | undefined) => {
    const tokens = candidate ? lineTokens(candidate.text) : [];
    return candidate !== undefined && !isTableLine(tokens) && indentOf(tokens) <= 1 && isFullLine(candidate, column);
  };
  const indent = indentOf(lineTokens(lines[index]!.text));
  if (flushFull(lines[index])) return true;
  return indent <= PARAGRAPH_INDENT && isFullLine(lines[index]!, column) && flushFull(lines[index + 1]);
}

/**
 * A line that ends the table: a TAB row (a table of another kind), the 印发 line, an attachment
 * label, a signature's date, a numbered heading, a note under the table (`注：…`) at the margin,
 * running text resuming.
 */
function endsTable(lines: readonly SourceLine[], index: number, column: TextColumn | null): boolean {
  const line = lines[index]!;
  const tokens = lineTokens(line.text);
  const text = line.text.trim();
  if (line.text.includes('\t') || matchIssuedLine(text) || matchAttachmentLabel(text) || matchDateLine(text))
    return true;
  if (isTableLine(tokens)) return false;
  if (isHeadingLine(lines, index, column)) return true;
  if (indentOf(tokens) > PARAGRAPH_INDENT) return false;
  if (/^[^\s：:（(]{1,4}[：:]/.test(text)) return true;
  return resumesText(lines, index, column);
}

/**
 * A numbered line of the text, not of a cell: standing in from the margin by less than a quarter
 * of the text's width, and the next line does not go on at its indent (a cell's next line does,
 * left-aligned under it) unless with another numbered line; or a table's header follows.
 */
function isHeadingLine(lines: readonly SourceLine[], index: number, column: TextColumn | null): boolean {
  const tokens = lineTokens(lines[index]!.text);
  if (!matchMarker(lines[index]!.text) || indentOf(tokens) >= headingIndentLimit(column)) return false;
  const next = nextText(lines, index + 1);
  if (next === -1) return true;
  const below = lineTokens(lines[next]!.text);
  if (isHeaderLine(below)) return true;
  const underneath = below.find((token) => token.start === indentOf(tokens));
  return underneath === undefined || matchMarker(underneath.text) !== null;
}

/**
 * A numbered line standing in less than a quarter of the text's width is a heading of the text
 * (its indent varies from page to page); a label over a group of rows is centred across the table.
 */
function headingIndentLimit(column: TextColumn | null): number {
  // The column's width is in display cells, an indent in characters (about two cells each).
  return column === null ? PARAGRAPH_INDENT * 2 : column.width / 8;
}

/** The index of the first line at or after `from` that is not blank, or -1. */
function nextText(lines: readonly SourceLine[], from: number): number {
  for (let index = from; index < lines.length; index += 1) if (!isBlank(lines[index]!)) return index;
  return -1;
}

/** Most lines a header wraps over (`序` / `号`, `全市基` / `期水平` / `水平`). */
const HEADER_MAX_LINES = 3;

/** A header is one when table lines follow it closely, under its own wrapped lines. */
function opensTable(lines: readonly SourceLine[], header: number, column: TextColumn | null): boolean {
  let seen = 0;
  let headerLines = 1;
  for (let index = header + 1; index < lines.length && seen < HEADER_REACH; index += 1) {
    if (isBlank(lines[index]!)) continue;
    const tokens = lineTokens(lines[index]!.text);
    if (isHeaderLine(tokens) && headerLines < HEADER_MAX_LINES && seen === 0) {
      headerLines += 1;
      continue;
    }
    seen += 1;
    if (isTableLine(tokens)) return true;
    if (endsTable(lines, index, column)) return false;
  }
  return false;
}

/**
 * The region a header opens: on while lines are table lines, wrapped cells' lines or blank (a page
 * break), until a line that ends a table.
 * Returns the index after its last table line, with the wrapped-cell lines right under it.
 */
function regionEnd(lines: readonly SourceLine[], header: number, column: TextColumn | null): number {
  let lastTableLine = header;
  for (let index = header + 1; index < lines.length; index += 1) {
    const line = lines[index]!;
    if (isBlank(line)) continue;
    if (endsTable(lines, index, column)) break;
    if (isTableLine(lineTokens(line.text))) lastTableLine = index;
  }
  return trailingCellLines(lines, lastTableLine + 1, column);
}

/**
 * Lines right under the last row that continue its wrapped cells, with no blank line before them:
 * set in from the text, or short and not ending a sentence (`使用率（%）`).
 */
function trailingCellLines(lines: readonly SourceLine[], from: number, column: TextColumn | null): number {
  let end = from;
  while (end < lines.length && !isBlank(lines[end]!)) {
    const line = lines[end]!;
    const tokens = lineTokens(line.text);
    if (endsTable(lines, end, column)) break;
    const short =
      column !== null &&
      displayWidth(line.text.trim()) < column.width / 2 &&
      !endsSentence(line.text) &&
      !matchMarker(line.text);
    if (indentOf(tokens) <= PARAGRAPH_INDENT && !short) break;
    end += 1;
  }
  return end;
}

/** Every table region of the lines, in order, none overlapping. */
export function findTableRegions(lines: readonly SourceLine[], column: TextColumn | null): TableRegion[] {
  const regions: TableRegion[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index]!;
    if (isBlank(line) || line.text.includes('\t') || !isHeaderLine(lineTokens(line.text))) continue;
    if (!opensTable(lines, index, column)) continue;
    const end = regionEnd(lines, index, column);
    const tableLines = lines.slice(index, end).filter((candidate) => isTableLine(lineTokens(candidate.text)));
    if (tableLines.length < MIN_TABLE_LINES + 1) continue;
    regions.push({ start: index, end });
    index = end - 1;
  }
  return regions;
}
