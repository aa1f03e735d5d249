/**
 * Tables in text that kept the printed page's positions (`pdftotext -layout`), rebuilt as TAB rows
 * from where their pieces stand: the header's names give the columns, the lines holding a piece
 * for every column show where each column lies, every other line's pieces go to the column they
 * overlap, a wrapped cell's lines join its cell, and the lines of one row are told by the line
 * holding its first cell. Each page's chunk is rebuilt on its own (a page lays its columns out
 * anew) and keeps its repeated header as a TAB row, which the table stage drops as repeated.
 *
 * A table whose columns or rows cannot be told with confidence is kept as printed: its lines are
 * marked as one preformatted region, with a warning saying what was seen and decided, so that no
 * cell's text is run into paragraphs.
 */
import { printedWidth, withoutWhitespace } from '../../vocabulary/index.ts';
import type { Journal, SourceLine } from '../types.ts';
import {
  bandsBetweenNames,
  columnBands,
  columnCount,
  isSpanningLabel,
  placeTokens,
  placeUnderNames,
  type Band,
  type Span,
} from './layout-columns.ts';
import { columnWidth } from './layout.ts';
import { isFurnitureLine } from './furniture.ts';
import { findTableRegions, isHeaderContinuation } from './layout-regions.ts';
import { groupRows, type BodyLine, type PlacedLine, type Row } from './layout-rows.ts';
import { joinMarkers, lineTokens, type Metric, type Token } from './positions.ts';

/** Most lines a header wraps over. */
const HEADER_MAX_LINES = 3;

const isBlank = (line: SourceLine) => line.text.trim() === '';
const keyOf = (line: SourceLine) => withoutWhitespace(line.text);

/** One page's part of a table: where it lies in the region, its header lines (the first, or a repeat) and its body lines. */
interface Chunk {
  start: number;
  end: number;
  header: SourceLine[];
  body: SourceLine[];
}

/** The region's lines cut at page breaks (blank lines, page furniture), each part's header lines set apart. */
function chunksOf(region: readonly SourceLine[]): Chunk[] {
  const parts: { start: number; end: number }[] = [];
  region.forEach((line, index) => {
    if (isBlank(line)) return;
    const last = parts[parts.length - 1];
    if (last && last.end === index) last.end += 1;
    else parts.push({ start: index, end: index + 1 });
  });
  const first = region.slice(parts[0]!.start, parts[0]!.end);
  const headerSize = headerLineCount(first);
  const firstKey = keyOf(first[0]!);
  return parts.map(({ start, end }, index) => {
    const page = region.slice(start, end);
    const size = index === 0 || keyOf(page[0]!) === firstKey ? Math.min(headerSize, headerLineCount(page)) : 0;
    return { start, end, header: page.slice(0, size), body: page.slice(size) };
  });
}

/** The header's first line and the lines of its wrapped names under it (`号`, `至`). */
function headerLineCount(page: readonly SourceLine[]): number {
  let count = 1;
  while (count < Math.min(HEADER_MAX_LINES, page.length - 1) && isHeaderContinuation(lineTokens(page[count]!.text))) {
    count += 1;
  }
  return count;
}

type Repairs = { line: number; before: string; after: string }[];

/** What a rebuilt chunk or table is: TAB rows with the journal entries they need, or why it could not be. */
type Rebuilt = { rows: SourceLine[]; repairs: Repairs } | { doubt: string };

/** A rebuilt table: each chunk's rows, in the order of the chunks. */
type RebuiltTable = { chunks: { chunk: Chunk; rows: SourceLine[] }[]; repairs: Repairs } | { doubt: string };

/** The lines a chunk's columns are learnt from, and each line's pieces. */
function tokensOf(lines: readonly SourceLine[], metric: Metric): Token[][] {
  return lines.map((line) => joinMarkers(lineTokens(line.text, metric)));
}

/** A line's pieces joined into cells: pieces of one line with a space, lines of a cell without. */
function cellTexts(lines: readonly Token[][][], count: number): string[] {
  return Array.from({ length: count }, (_, column) =>
    lines
      .map((cells) => cells[column]!.map((token) => token.text).join(' '))
      .filter((text) => text !== '')
      .reduce(joinCellLines, ''),
  );
}

/** A wrapped cell's lines join directly, but two Latin words keep the space the wrap took. */
function joinCellLines(before: string, after: string): string {
  if (before === '') return after;
  return /[a-z]$/i.test(before) && /^[a-z]/i.test(after) ? `${before} ${after}` : `${before}${after}`;
}

/** What placing a line's pieces needs: the chunk's columns, where its pieces lie, the pieces of the lines around. */
interface LineContext {
  bands: readonly Band[];
  metric: Metric;
  span: Span;
  neighbours: readonly Token[];
}

/** Places one line's pieces in the chunk's columns; a label spanning them is its own kind of line. */
function placeLine(line: SourceLine, context: LineContext): BodyLine | { doubt: string } {
  const { bands, metric } = context;
  const tokens = joinMarkers(lineTokens(line.text, metric));
  if (isSpanningLabel(tokens, bands, context.span, context.neighbours)) return { line, label: tokens[0]! };
  const placement = placeTokens(tokens, bands);
  if ('doubt' in placement) return { doubt: `第 ${line.no} 行：${placement.doubt}` };
  const cells: Token[][] = bands.map(() => []);
  placement.columns.forEach((column, index) => cells[column]!.push(tokens[index]!));
  return { line, cells };
}

/**
 * The header's cells: its first line's names, each a column when there are as many as columns
 * (else placed like a row's pieces), and the pieces of its wrapped lines under the names they
 * continue.
 */
function headerCells(
  header: readonly SourceLine[],
  bands: readonly Band[],
  metric: Metric,
): string[] | { doubt: string } {
  const lines = tokensOf(header, metric);
  const names = lines[0]!.length === bands.length ? lines[0]! : null;
  const placed: Token[][][] = [];
  for (const [index, tokens] of lines.entries()) {
    const underNames = names && index > 0 ? placeUnderNames(tokens, names) : null;
    const placement = underNames ? { columns: underNames } : placeTokens(tokens, bands);
    if ('doubt' in placement) return { doubt: `第 ${header[index]!.no} 行：${placement.doubt}` };
    const cells: Token[][] = bands.map(() => []);
    placement.columns.forEach((column, piece) => cells[column]!.push(tokens[piece]!));
    placed.push(cells);
  }
  return cellTexts(placed, bands.length);
}

/** One chunk's header row and body rows as TAB rows, or a doubt. */
function rebuildChunk(chunk: Chunk, count: number, fallback: Band[] | null, metric: Metric): Rebuilt {
  const bodyTokens = tokensOf(chunk.body, metric);
  const headerTokens = tokensOf(chunk.header, metric);
  // Each page lays its columns out anew: its own rows show where they are, else its own header's
  // names (centred over the columns), else the other pages' rows.
  const bands = columnBands(bodyTokens, count) ?? bandsBetweenNames(headerTokens[0] ?? [], count) ?? fallback;
  if (!bands) return { doubt: '没有一行的各段文字与表头的列一一对应' };
  const rows: SourceLine[] = [];
  const repairs: Repairs = [];
  if (chunk.header.length > 0) {
    const cells = headerCells(chunk.header, bands, metric);
    if ('doubt' in cells) return cells;
    rows.push(tabRow(chunk.header, cells, repairs));
  }
  const body: BodyLine[] = [];
  const span = {
    start: Math.min(...bodyTokens.flat().map((token) => token.start)),
    end: Math.max(...bodyTokens.flat().map((token) => token.end)),
  };
  for (const [index, line] of chunk.body.entries()) {
    const neighbours = [...(bodyTokens[index - 1] ?? []), ...(bodyTokens[index + 1] ?? [])];
    const placed = placeLine(line, { bands, metric, span, neighbours });
    if ('doubt' in placed) return placed;
    body.push(placed);
  }
  const grouped = groupRows(body, count);
  if ('doubt' in grouped) return grouped;
  for (const row of grouped) rows.push(rowLine(row, count, repairs));
  return { rows, repairs };
}

function rowLine(row: Row, count: number, repairs: Repairs): SourceLine {
  if ('label' in row) {
    const cells = [row.label.label.text, ...Array.from({ length: count - 1 }, () => '')];
    return tabRow([row.label.line], cells, repairs);
  }
  return tabRow(
    row.lines.map((line) => line.line),
    cellTexts(
      row.lines.map((line: PlacedLine) => line.cells),
      count,
    ),
    repairs,
  );
}

/** A TAB row standing for the given source lines, numbered as the first, journaled with their text. */
function tabRow(source: readonly SourceLine[], cells: string[], repairs: Repairs): SourceLine {
  const first = source[0]!;
  repairs.push({
    line: first.no,
    before: source.map((line) => line.text.trim()).join('⏎'),
    after: cells.join('⇥'),
  });
  const row: SourceLine = { no: first.no, text: cells.join('\t') };
  if (first.afterPageBreak) row.afterPageBreak = true;
  return row;
}

/** The whole region rebuilt in one metric, chunk by chunk. */
function rebuildRegion(region: readonly SourceLine[], metric: Metric): RebuiltTable {
  const chunks = chunksOf(region);
  const allBody = chunks.flatMap((chunk) => tokensOf(chunk.body, metric));
  const count = columnCount(tokensOf(chunks[0]!.header.slice(0, 1), metric)[0] ?? [], allBody);
  if (count === null) return { doubt: '各行的段数与表头的列数对不上' };
  const fallback = columnBands(allBody, count);
  const rebuilt: { chunk: Chunk; rows: SourceLine[] }[] = [];
  const repairs: Repairs = [];
  for (const chunk of chunks) {
    const result = rebuildChunk(chunk, count, fallback, metric);
    if ('doubt' in result) return result;
    rebuilt.push({ chunk, rows: result.rows });
    repairs.push(...result.repairs);
  }
  const rows = rebuilt.flatMap((part) => part.rows);
  const numbering = numberingDoubt(rows);
  if (numbering) return { doubt: numbering };
  if (!sameCharacters(region, rows)) return { doubt: '拆分后的文字与原文不一致' };
  return { chunks: rebuilt, repairs };
}

/**
 * Where row numbers fill the first column, every row has one, alone in its cell, and they go 1,
 * 2, 3… (starting again after a group label); anything else means lines went to the wrong row or
 * column. Header rows (the first and its repeats) and label rows are left aside.
 */
function numberingDoubt(rows: readonly SourceLine[]): string | null {
  const header = rows[0]?.text;
  const cellsOf = rows.filter((row) => row.text !== '' && row.text !== header).map((row) => row.text.split('\t'));
  const body = cellsOf.filter((cells) => cells.filter((cell) => cell.trim() !== '').length >= 2);
  const isNumber = (cells: string[]) => /^\d+$/.test(cells[0]!.trim());
  if (body.filter(isNumber).length * 2 < body.length) return null;
  const unnumbered = body.find((cells) => !isNumber(cells));
  if (unnumbered) return `“${unnumbered.join(' ').trim().slice(0, 20)}”一行没有序号`;
  let expected: number | null = null;
  for (const cells of cellsOf) {
    if (!isNumber(cells)) continue;
    const value = Number(cells[0]);
    if (expected !== null && value !== expected && value !== 1) return `序号 ${expected - 1} 之后是 ${value}`;
    expected = value + 1;
  }
  return null;
}

/** Every non-space character of the source lines is in the rows, and nothing else. */
export function sameCharacters(source: readonly SourceLine[], rows: readonly SourceLine[]): boolean {
  const sorted = (lines: readonly SourceLine[]) =>
    [...withoutWhitespace(lines.map((line) => line.text).join(''))].sort().join('');
  return sorted(source) === sorted(rows);
}

/** The text column's width in cells, from the lines of running text. */
function textColumnWidth(lines: readonly SourceLine[]): number | null {
  return columnWidth(lines.filter((line) => !isBlank(line)).map((line) => printedWidth(line.text.trimEnd())));
}

/**
 * A table whose every line has the same number of cells between runs of spaces: the column-gap
 * reading (`spacesToColumns` in tables.ts) reads it as it is.
 */
function readsByGaps(region: readonly SourceLine[]): boolean {
  const counts = new Set(
    region.filter((line) => !isBlank(line)).map((line) => line.text.trim().split(/[ \u3000]{2,}/).length),
  );
  return counts.size === 1 && !counts.has(1);
}

/**
 * The lines as the table rules see them: page furniture (running headers, page numbers) blank,
 * as a page break; form feeds gone.
 */
function withoutFurniture(lines: readonly SourceLine[]): SourceLine[] {
  return lines.map((line) =>
    isFurnitureLine(line.text) ? { ...line, text: '' } : { ...line, text: line.text.replace(/\f/g, '') },
  );
}

function regionWarning(region: readonly SourceLine[], doubt: string): string {
  const header = region
    .find((line) => !isBlank(line))!
    .text.trim()
    .replace(/\s+/g, ' ');
  const last = region.findLast((line) => !isBlank(line))!;
  return `第 ${region[0]!.no}–${last.no} 行像是一张表格（表头“${header}”），但无法可靠地拆成单元格（${doubt}），已按原样保留各行；请对照 PDF 核对。`;
}

/**
 * Rebuilds every table of a layout extraction as TAB rows, or keeps it as printed; journals both.
 * Page furniture inside a table stays where it is, between the chunks, for the furniture rules.
 */
export function layoutTablesToColumns(lines: SourceLine[], journal: Journal): SourceLine[] {
  const view = withoutFurniture(lines);
  const width = textColumnWidth(view);
  const regions = findTableRegions(view, width === null ? null : { width });
  const result: SourceLine[] = [];
  let cursor = 0;
  // Line by line, never `push(...lines)`: a spread of a whole file's lines overflows the stack.
  for (const { start, end } of regions) {
    for (const line of lines.slice(cursor, start)) result.push(line);
    for (const line of replaceRegion(lines.slice(start, end), view.slice(start, end), journal)) result.push(line);
    cursor = end;
  }
  for (const line of lines.slice(cursor)) result.push(line);
  return result;
}

function replaceRegion(original: SourceLine[], region: SourceLine[], journal: Journal): SourceLine[] {
  if (readsByGaps(region)) return original;
  const rebuilt = rebuildRegion(region, alignedMetric(region));
  if (!('doubt' in rebuilt)) {
    for (const repair of rebuilt.repairs) journal.repairs.push({ ...repair, kind: 'layout-as-columns' });
    return spliceChunks(original, rebuilt.chunks);
  }
  journal.warnings.push({
    line: original[0]!.no,
    code: 'uncertain-table',
    message: regionWarning(region, rebuilt.doubt),
  });
  return original.map((line, index) => (isBlank(region[index]!) ? line : { ...line, preformatted: original[0]!.no }));
}

/**
 * How the table was aligned: `pdftotext -layout` counts a column per character, an editor a
 * display cell per half-width character. In the right count, left-aligned cells start at one
 * column on every fully filled line; display cells win only where they line up clearly more
 * columns so.
 */
function alignedMetric(region: readonly SourceLine[]): Metric {
  const alignedColumns = (metric: Metric) =>
    chunksOf(region).reduce((sum, chunk) => {
      const lines = tokensOf(chunk.body, metric);
      const count = Math.max(0, ...lines.map((tokens) => tokens.length));
      const reference = lines.filter((tokens) => tokens.length === count);
      if (count < 2 || reference.length < 2) return sum;
      const aligned = Array.from({ length: count }, (_, column) =>
        reference.map((tokens) => tokens[column]!.start),
      ).filter((starts) => Math.max(...starts) - Math.min(...starts) <= 1);
      return sum + aligned.length;
    }, 0);
  // Equal text in cells lines up either way; a table typed in an editor misaligns every column
  // after a cell of Chinese text when counted in characters.
  return alignedColumns('cells') >= alignedColumns('characters') + 2 ? 'cells' : 'characters';
}

/** The region with each chunk's lines replaced by its rows; the lines between chunks (page breaks) stay. */
function spliceChunks(
  original: readonly SourceLine[],
  chunks: readonly { chunk: Chunk; rows: SourceLine[] }[],
): SourceLine[] {
  const result: SourceLine[] = [];
  let cursor = 0;
  for (const { chunk, rows } of chunks) {
    for (const line of [...original.slice(cursor, chunk.start), ...rows]) result.push(line);
    cursor = chunk.end;
  }
  return [...result, ...original.slice(cursor)];
}
