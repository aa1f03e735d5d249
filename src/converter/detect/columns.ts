/**
 * Two columns printed side by side. `pdftotext -layout` writes every printed line of a page as one
 * text line, so on a two-column page each line holds a line of the left column, a run of spaces —
 * the gutter — and a line of the right column. Titles, tables and other blocks that span both
 * columns cut the page into bands, and a reader reads band by band: the left column, then the
 * right column. This module finds the gutter of each page from the text alone and rewrites the
 * page's lines in that order, so that the later stages see one column of text, as from any other
 * extraction. Pages without a gutter (every page of a one-column print, and every extraction
 * without a layout) are returned as they are.
 *
 * Positions are places on pdftotext's character grid. It puts each character on one place,
 * whatever its printed width, and pads with spaces to where the next word stood on the page, so
 * the columns line up by characters (code points), not by display cells: on one page a line of
 * seventeen Chinese characters ends at place 17 and the right column starts at one place on most
 * lines. The grid is only roughly the page, though: where a line holds more characters than its
 * neighbours (digits, Latin letters), pdftotext pushes the right column's text along, down to a
 * single space after the left column's; and it measures a line in the line's own type size, so a
 * title in large type stands further left than the column it is printed in.
 */
import { CJK, CJK_PUNCTUATION, isGazetteNameHeader, isPageNumber, matchRunningHeader } from '../../vocabulary/index.ts';
import type { Journal, Repair, SourceLine } from '../types.ts';

/** A run of grid places: from `start` up to, not including, `end`. */
interface Run {
  start: number;
  end: number;
}

/** The run of places between a page's two columns. */
export type Gutter = Run;

/**
 * The narrowest gap that divides a line wherever it stands: pdftotext separates words by a single
 * space, so a single blank divides only where Chinese text would have none (see `breaksOf`).
 */
const MIN_GAP_WIDTH = 2;
/**
 * A place belongs to a gutter when the lines reaching across it leave it blank at least this many
 * times as often as they print a character on it: lines spanning both columns (titles, tables)
 * print on it, but they are few beside the lines of the two columns.
 */
const BLANK_TO_PRINTED = 2;
/**
 * Fewest lines of column text on both sides of the gutter that show two columns: fewer could be
 * a signature or a pair of short cells beside each other.
 */
const MIN_SIDE_BY_SIDE_LINES = 3;
/**
 * Share of the lines with text on both sides of the gutter that must read as column text there:
 * justified running text, which has no space inside a line. Table rows, whose cells are separated
 * by spaces, fail this.
 */
const COLUMN_TEXT_SHARE = 0.5;
/**
 * The two columns of a page are of one width: the widest line of column text on the narrower side
 * must be at least two thirds as wide as on the wider, so that a table of contents with its page
 * numbers, or a table's narrow last columns beside its wrapped text, is not read as two columns.
 */
const MIN_WIDTH_RATIO = 2 / 3;
/**
 * The widest indent of a paragraph's first line from its column's edge: two characters, which the
 * grid shows as two to four places.
 */
const MAX_INDENT = 4;

const BLANK = /\s/;
const CHINESE = new RegExp(`[${CJK}${CJK_PUNCTUATION}]`);

/**
 * A line's characters, one per grid place, with its first and last printed places (-1 if blank),
 * where it is divided (`breaksOf`) and how many of those divisions are wide gaps.
 */
interface GridLine {
  glyphs: string[];
  first: number;
  last: number;
  breaks: Run[];
  wideGaps: number;
}

/** The places a piece of a line covers: from its first to its last printed place. */
interface Piece {
  first: number;
  last: number;
}

/** A line's pieces in the left and the right column (either may be missing). */
interface Sides {
  left: Piece | null;
  right: Piece | null;
}

/** A line with a piece on each side of the gutter. */
interface Pair {
  left: Piece;
  right: Piece;
}

function toGrid(text: string): GridLine {
  const glyphs = [...text];
  const first = glyphs.findIndex((glyph) => !BLANK.test(glyph));
  let last = glyphs.length - 1;
  while (last >= 0 && BLANK.test(glyphs[last]!)) last -= 1;
  const breaks = breaksOf(glyphs, first, last);
  const wideGaps = breaks.filter((found) => found.end - found.start >= MIN_GAP_WIDTH).length;
  return { glyphs, first, last, breaks, wideGaps };
}

function printedAt(line: GridLine, place: number): boolean {
  const glyph = line.glyphs[place];
  return glyph !== undefined && !BLANK.test(glyph);
}

function printedWithin(line: GridLine, run: Run): boolean {
  for (let place = run.start; place < run.end; place += 1) if (printedAt(line, place)) return true;
  return false;
}

/**
 * Where a line is divided: runs of blanks between its printed places that are at least two wide,
 * or a single blank between two Chinese characters — running Chinese text has no spaces, so there
 * pdftotext met a gap on the page (between the columns, or between a table's cells).
 */
function breaksOf(glyphs: readonly string[], first: number, last: number): Run[] {
  const breaks: Run[] = [];
  let place = first;
  while (place < last) {
    if (!BLANK.test(glyphs[place]!)) {
      place += 1;
      continue;
    }
    const start = place;
    while (BLANK.test(glyphs[place]!)) place += 1;
    const betweenChinese = CHINESE.test(glyphs[start - 1]!) && CHINESE.test(glyphs[place]!);
    if (place - start >= MIN_GAP_WIDTH || betweenChinese) breaks.push({ start, end: place });
  }
  return breaks;
}

/** Running text of a column: no space inside it, as justified Chinese text is printed. */
function isColumnText(line: GridLine, piece: Piece): boolean {
  return line.glyphs.slice(piece.first, piece.last + 1).every((glyph) => !BLANK.test(glyph));
}

function lastPrintedBefore(line: GridLine, place: number): number {
  let last = place - 1;
  while (!printedAt(line, last)) last -= 1;
  return last;
}

function firstPrintedFrom(line: GridLine, place: number): number {
  let first = place;
  while (!printedAt(line, first)) first += 1;
  return first;
}

/** The two pieces of a line on either side of a gap in it. */
function dividedAt(line: GridLine, gap: Run): Sides {
  return {
    left: line.first < gap.start ? { first: line.first, last: lastPrintedBefore(line, gap.start) } : null,
    right: line.last >= gap.end ? { first: firstPrintedFrom(line, gap.end), last: line.last } : null,
  };
}

/** Where a line meets the gutter: the gutter itself where the line is blank there, else its widest break overlapping it. */
function breakAtGutter(line: GridLine, gutter: Gutter): Run | null {
  if (!printedWithin(line, gutter)) return gutter;
  let widest: Run | null = null;
  for (const found of line.breaks) {
    const overlaps = found.start < gutter.end && found.end > gutter.start;
    if (overlaps && (widest === null || found.end - found.start > widest.end - widest.start)) widest = found;
  }
  return widest;
}

/**
 * Where a line of a two-column page belongs. A line on one side of the gutter is that column's.
 * Otherwise it holds a line of each column where it has a wide gap — a column's line has none, so
 * a line with two spans the page (a table's row) — wherever that gap stands: pdftotext places a
 * line with large type (a title) too far left, and pushes a column's text along where the text
 * before it took more places than room on paper. A line without a wide gap divides at a single
 * blank between Chinese characters where it meets the gutter (columns packed one space apart), or
 * at its only such blank when both pieces read as column text (a title beside a column's line).
 * Otherwise a line that stops short of the right column is the left column's, one that starts in
 * the gutter and runs into the right column is the right column's, and any other line spans both.
 */
function lineSides(line: GridLine, gutter: Gutter): Sides | 'spans' {
  const whole = { first: line.first, last: line.last };
  if (line.last < gutter.start) return { left: whole, right: null };
  if (line.first >= gutter.end) return { left: null, right: whole };
  if (line.wideGaps > 1) return 'spans';
  const wideGap = line.breaks.find((found) => found.end - found.start >= MIN_GAP_WIDTH);
  if (wideGap !== undefined) return dividedAt(line, wideGap);
  const meeting = breakAtGutter(line, gutter);
  if (meeting !== null) return dividedAt(line, meeting);
  if (line.breaks.length === 1) {
    const sides = dividedAt(line, line.breaks[0]!);
    const pieces = [sides.left, sides.right];
    return pieces.every((piece) => piece !== null && isColumnText(line, piece)) ? sides : 'spans';
  }
  if (line.first < gutter.start && line.last < gutter.end) return { left: whole, right: null };
  if (line.first >= gutter.start && line.last >= gutter.end) return { left: null, right: whole };
  return 'spans';
}

/** Page furniture spans the page (or stands alone on it). */
function isPageFurniture(text: string): boolean {
  return matchRunningHeader(text) !== null || isGazetteNameHeader(text) || isPageNumber(text);
}

/**
 * A line stays where it is, whole, when it is page furniture or carries the form feed that marks
 * the page break: the furniture stage journals and removes both.
 */
function staysWhole(line: SourceLine): boolean {
  return line.text.includes('\f') || isPageFurniture(line.text);
}

/**
 * The extraction's pages: a form feed starts a new page (pdftotext writes one at the end of every
 * page, so the next page's first line starts with it). Without form feeds, one page.
 */
export function splitIntoPages(lines: readonly SourceLine[]): SourceLine[][] {
  const pages: SourceLine[][] = [[]];
  for (const line of lines) {
    if (line.text.includes('\f') && pages.at(-1)!.length > 0) pages.push([]);
    pages.at(-1)!.push(line);
  }
  return pages;
}

/** Runs of places, at least two wide, that the lines reaching across them mostly leave blank. */
function blankRuns(lines: readonly GridLine[]): Gutter[] {
  const width = Math.max(0, ...lines.map((line) => line.glyphs.length));
  const runs: Gutter[] = [];
  for (let place = 0; place < width; place += 1) {
    let printed = 0;
    let blankBetween = 0;
    for (const line of lines) {
      if (printedAt(line, place)) printed += 1;
      else if (line.first >= 0 && line.first < place && line.last > place) blankBetween += 1;
    }
    if (blankBetween === 0 || blankBetween < printed * BLANK_TO_PRINTED) continue;
    const run = runs.at(-1);
    if (run !== undefined && run.end === place) run.end = place + 1;
    else runs.push({ start: place, end: place + 1 });
  }
  return runs.filter((run) => run.end - run.start >= MIN_GAP_WIDTH);
}

/**
 * Where consecutive lines divide at a wide gap into two pieces of column text, when no run of places
 * is blank on most lines of the page: above or below a table that spans the page, whose rows print
 * across the gutter. Each stretch of at least three such lines one after the other whose gaps
 * overlap gives the places all their gaps share.
 */
function sharedBreaks(lines: readonly GridLine[]): Gutter[] {
  const runs: Gutter[] = [];
  let shared: Run | null = null;
  let stretch = 0;
  for (const line of lines) {
    const only = wideGapBetweenColumnText(line);
    const overlap: Run | null =
      only && shared ? { start: Math.max(shared.start, only.start), end: Math.min(shared.end, only.end) } : null;
    if (only === null) [shared, stretch] = [null, 0];
    else if (overlap !== null && overlap.start < overlap.end) [shared, stretch] = [overlap, stretch + 1];
    else [shared, stretch] = [only, 1];
    if (shared !== null && stretch === MIN_SIDE_BY_SIDE_LINES) runs.push(shared);
    else if (shared !== null && stretch > MIN_SIDE_BY_SIDE_LINES) runs[runs.length - 1] = shared;
  }
  return runs;
}

/** The line's one break, when it is a wide gap dividing the line into two pieces of column text; else null. */
function wideGapBetweenColumnText(line: GridLine): Run | null {
  const only = line.breaks.length === 1 ? line.breaks[0]! : null;
  if (only === null || only.end - only.start < MIN_GAP_WIDTH) return null;
  const { left, right } = dividedAt(line, only);
  return left && right && isColumnText(line, left) && isColumnText(line, right) ? only : null;
}

/**
 * Where the lines divided once are divided, when no run of places is blank on most of them: on a
 * page whose grid is tight, each left column's line ends a place or two further than its
 * neighbour and the right column's text follows a single space after it. Each group of lines
 * whose breaks start at neighbouring places gives the run from the first to the last such start.
 */
function breakClusters(lines: readonly GridLine[]): Gutter[] {
  const starts = lines.flatMap((line) => {
    const breaks = line.breaks;
    return breaks.length === 1 ? [breaks[0]!.start] : [];
  });
  const places = [...new Set(starts)].sort((a, b) => a - b);
  const clusters: Gutter[] = [];
  for (const place of places) {
    const cluster = clusters.at(-1);
    if (cluster !== undefined && cluster.end === place) cluster.end = place + 1;
    else clusters.push({ start: place, end: place + 1 });
  }
  const size = (cluster: Gutter) => starts.filter((start) => start >= cluster.start && start < cluster.end).length;
  return clusters.filter((cluster) => size(cluster) >= MIN_SIDE_BY_SIDE_LINES).sort((a, b) => size(b) - size(a));
}

/** How wide a column is: its widest line of column text. */
function widest(pieces: readonly Piece[]): number {
  return Math.max(...pieces.map((piece) => piece.last + 1 - piece.first));
}

/** The longest stretch of consecutive lines that pass the test. */
function longestStretch<T>(items: readonly T[], test: (item: T) => boolean): number {
  let longest = 0;
  let current = 0;
  for (const item of items) {
    current = test(item) ? current + 1 : 0;
    longest = Math.max(longest, current);
  }
  return longest;
}

/** A line that meets the run divided, with its two pieces, or null. */
function sideBySide(line: GridLine, run: Run): Pair | null {
  const meeting = breakAtGutter(line, run);
  const sides = meeting === null ? null : dividedAt(line, meeting);
  return sides?.left && sides.right ? { left: sides.left, right: sides.right } : null;
}

/** Both pieces of the pair are column text. */
function isColumnPair(line: GridLine, pair: Pair | null): pair is Pair {
  return pair !== null && isColumnText(line, pair.left) && isColumnText(line, pair.right);
}

/**
 * The case for a run of places being the gutter between two columns of text, as the number of
 * lines that read as two lines of column text beside each other across it; 0 when there is no
 * case: fewer than three such lines one after the other (columns are runs of lines; a table's
 * cells beside each other are broken up by its rows; on a page of two or three lines, one fewer
 * than its lines), fewer such lines than half the lines with
 * text on both sides that are divided at most once (table rows aside), or two sides not of about
 * one width.
 */
function columnEvidence(lines: readonly GridLine[], run: Run): number {
  const divided = lines.map((line) => ({ line, pair: sideBySide(line, run) }));
  const columnLines = divided.filter(({ line, pair }) => isColumnPair(line, pair)).map(({ pair }) => pair!);
  const dividedOnce = divided.filter(({ line, pair }) => pair !== null && line.wideGaps <= 1).length;
  const stretch = longestStretch(divided, ({ line, pair }) => isColumnPair(line, pair));
  // A page holding only a column's last lines (a document's end) is too short to show three.
  const needed = Math.max(1, Math.min(MIN_SIDE_BY_SIDE_LINES, lines.length - 1));
  if (stretch < needed || columnLines.length < dividedOnce * COLUMN_TEXT_SHARE) return 0;
  const left = widest(columnLines.map((pair) => pair.left));
  const right = widest(columnLines.map((pair) => pair.right));
  return Math.min(left, right) >= Math.max(left, right) * MIN_WIDTH_RATIO ? columnLines.length : 0;
}

/** Of the candidate runs, the one with the best case for being the gutter, if that case has at least `least` lines. */
function bestGutter(lines: readonly GridLine[], candidates: readonly Gutter[], least: number): Gutter | null {
  let best: Gutter | null = null;
  let bestEvidence = Math.max(0, least - 1);
  for (const candidate of candidates) {
    const evidence = columnEvidence(lines, candidate);
    if (evidence > bestEvidence) [best, bestEvidence] = [candidate, evidence];
  }
  return best;
}

/**
 * The gutter of a page, from the texts of its lines (page furniture left out), or null when the
 * page is not printed in two columns. The gutter is a run of at least two places that the lines
 * reaching across it mostly leave blank, with column text on both sides of it on at least three
 * lines one after the other and on most of the lines divided there, and the two sides of about
 * one width. Where tables spanning the page print across it, no run is blank on most lines: then
 * the places the wide gaps of consecutive lines of column text share. Where pdftotext packed the
 * columns a single space apart, neither shows: then where the lines divided once are divided, if
 * most of them are two lines of column text divided there.
 */
export function findGutter(texts: readonly string[]): Gutter | null {
  const lines = texts.map(toGrid).filter((line) => line.first >= 0);
  // A line of two columns is divided once, between them: a line divided more often is a table's
  // row, which says nothing of where the gutter is.
  const dividedOnce = lines.filter((line) => line.wideGaps <= 1);
  return (
    bestGutter(lines, blankRuns(dividedOnce), 0) ??
    bestGutter(lines, sharedBreaks(lines), 0) ??
    bestGutter(lines, breakClusters(dividedOnce), Math.ceil(dividedOnce.length * COLUMN_TEXT_SHARE))
  );
}

/** A line of a two-column page and where it belongs: its sides, or whole (it spans, or is furniture), or blank. */
interface PlacedLine {
  line: SourceLine;
  grid: GridLine;
  place: Sides | 'whole' | 'blank';
}

function placeLine(line: SourceLine, gutter: Gutter): PlacedLine {
  const grid = toGrid(line.text);
  if (grid.first < 0) return { line, grid, place: 'blank' };
  const sides = staysWhole(line) ? 'spans' : lineSides(grid, gutter);
  return { line, grid, place: sides === 'spans' ? 'whole' : sides };
}

/**
 * Where each column's text starts: the leftmost start of its pieces on the lines blank in the
 * gutter (a line that strays into the gutter, or a title standing too far left, says nothing of it).
 */
function columnEdges(placed: readonly PlacedLine[], gutter: Gutter): { left: number; right: number } {
  let left = Infinity;
  let right = Infinity;
  for (const { grid, place } of placed) {
    if (typeof place !== 'object' || printedWithin(grid, gutter)) continue;
    if (place.left) left = Math.min(left, place.left.first);
    if (place.right) right = Math.min(right, place.right.first);
  }
  return { left: Number.isFinite(left) ? left : 0, right: Number.isFinite(right) ? right : gutter.end };
}

/** The page cut into bands at the lines that stay whole: the lines between two of them, and each whole line alone. */
function bandsOf(placed: readonly PlacedLine[]): PlacedLine[][] {
  const bands: PlacedLine[][] = [];
  let band: PlacedLine[] = [];
  for (const line of placed) {
    if (line.place !== 'whole') {
      band.push(line);
      continue;
    }
    if (band.length > 0) bands.push(band);
    bands.push([line]);
    band = [];
  }
  if (band.length > 0) bands.push(band);
  return bands;
}

/**
 * A band holds two columns of text when one of its lines has a line of each column beside each
 * other: column text on both sides, each starting at its column's edge or a paragraph's indent
 * from it. Otherwise the band is part of something that spans the page — a table's rows between
 * its spanning rows, whose cells may fall on either side of the gutter — and stays as printed.
 */
function holdsTwoColumns(band: readonly PlacedLine[], edges: { left: number; right: number }): boolean {
  const atEdge = (piece: Piece, edge: number) => piece.first - edge <= MAX_INDENT;
  return band.some(
    ({ grid, place }) =>
      typeof place === 'object' &&
      place.left !== null &&
      place.right !== null &&
      isColumnText(grid, place.left) &&
      isColumnText(grid, place.right) &&
      atEdge(place.left, edges.left) &&
      atEdge(place.right, edges.right),
  );
}

/**
 * One piece of a line as a line of its column: indented by as many places as it starts after the
 * column's edge, so that indents are measured in the column, as in a one-column print. The piece
 * keeps the line's number.
 */
function columnLine({ line, grid }: PlacedLine, piece: Piece, indent: number): SourceLine {
  const text = grid.glyphs.slice(piece.first, piece.last + 1).join('');
  return { ...line, text: ' '.repeat(Math.max(0, indent)) + text };
}

/**
 * How far the right piece of a line is indented in its column. A piece a single blank after the
 * left one was pushed there by pdftotext (the left one took more places than room on paper), so
 * where it stood on the page is unknown: it is taken to be flush, as most lines of a column are.
 */
function rightIndent(sides: Sides, right: Piece, edge: number): number {
  const pushed = sides.left !== null && right.first - sides.left.last - 1 < MIN_GAP_WIDTH;
  return pushed ? 0 : right.first - edge;
}

/**
 * A band of two columns in reading order: the left column's lines, then the right column's, then
 * the blank lines that closed the band. A blank line inside the band stays with the left column.
 */
function readBand(band: readonly PlacedLine[], edges: { left: number; right: number }): SourceLine[] {
  const left: SourceLine[] = [];
  const right: SourceLine[] = [];
  let blanks: SourceLine[] = [];
  for (const placed of band) {
    if (typeof placed.place !== 'object') {
      blanks.push(placed.line);
      continue;
    }
    left.push(...blanks);
    blanks = [];
    const { left: leftPiece, right: rightPiece } = placed.place;
    if (leftPiece) left.push(columnLine(placed, leftPiece, leftPiece.first - edges.left));
    if (rightPiece) right.push(columnLine(placed, rightPiece, rightIndent(placed.place, rightPiece, edges.right)));
  }
  return [...left, ...right, ...blanks];
}

/** The nearest line in one direction (-1 up, 1 down) that is not blank. */
function nearestPrinted(placed: readonly PlacedLine[], index: number, step: -1 | 1): PlacedLine | undefined {
  for (let cursor = index + step; cursor >= 0 && cursor < placed.length; cursor += step) {
    if (placed[cursor]!.place !== 'blank') return placed[cursor];
  }
  return undefined;
}

/** A line holding a line of each column. */
const isPair = (placed: PlacedLine | undefined) =>
  placed !== undefined && typeof placed.place === 'object' && placed.place.left !== null && placed.place.right !== null;

/**
 * A line of the right column that pdftotext pushed left into the gutter (the left column is blank
 * beside it, so nothing held it in place) reads as spanning the page. Between two lines that hold a
 * line of each column, a single piece of column text reaching past the gutter and no wider than
 * the right column's lines is the right column's; a line wider than that (a title or a label set
 * across the page) spans it.
 */
function rightLinesPushedLeft(placed: readonly PlacedLine[], gutter: Gutter): PlacedLine[] {
  const rightWidth = Math.max(
    0,
    ...placed.flatMap(({ place }) =>
      typeof place === 'object' && place.left !== null && place.right !== null
        ? [place.right.last + 1 - place.right.first]
        : [],
    ),
  );
  return placed.map((line, index) => {
    const { grid } = line;
    const whole = { first: grid.first, last: grid.last };
    const single = line.place === 'whole' && !staysWhole(line.line) && grid.breaks.length === 0;
    if (!single || grid.last < gutter.end || !isColumnText(grid, whole)) return line;
    if (whole.last + 1 - whole.first > rightWidth + 1) return line;
    if (!isPair(nearestPrinted(placed, index, -1)) || !isPair(nearestPrinted(placed, index, 1))) return line;
    return { ...line, place: { left: null, right: whole } };
  });
}

/**
 * A page's lines in reading order: lines that stay whole (spanning lines, furniture) where they
 * are; between two of them, the left column's lines, then the right column's.
 */
export function readPageInOrder(page: readonly SourceLine[], gutter: Gutter): SourceLine[] {
  const placed = rightLinesPushedLeft(
    page.map((line) => placeLine(line, gutter)),
    gutter,
  );
  const edges = columnEdges(placed, gutter);
  return bandsOf(placed).flatMap((band) =>
    holdsTwoColumns(band, edges) ? readBand(band, edges) : band.map(({ line }) => line),
  );
}

/** What was done to a page, for the journal: where it stood in the file and where its gutter was. */
function describeReordering(page: readonly SourceLine[], ordered: readonly SourceLine[], gutter: Gutter): Repair {
  const divided = ordered.length - page.length;
  return {
    line: page[0]!.no,
    kind: 'columns-in-reading-order',
    before: `第 ${page[0]!.no}–${page.at(-1)!.no} 行：一页两栏并排，栏间在每行第 ${gutter.start + 1}–${gutter.end} 个字符处`,
    after: `逐段先读左栏、再读右栏：${divided} 行分为左右两半，跨两栏的行留在原处`,
  };
}

/**
 * The lines of an extraction with every two-column page in reading order, journaling one repair
 * per page so read. A piece of a line keeps the line's number, so that messages still cite the
 * line of the file; the numbers of a page so read are no longer in order.
 */
export function readColumnsInOrder(lines: readonly SourceLine[], journal: Journal): SourceLine[] {
  return splitIntoPages(lines).flatMap((page) => {
    const gutter = findGutter(page.filter((line) => !staysWhole(line)).map((line) => line.text));
    if (gutter === null) return page;
    const ordered = readPageInOrder(page, gutter);
    if (ordered.length === page.length && ordered.every((line, index) => line === page[index])) return page;
    journal.repairs.push(describeReordering(page, ordered, gutter));
    return ordered;
  });
}
