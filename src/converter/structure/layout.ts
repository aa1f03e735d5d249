/**
 * The layout model of a document body: how the extraction laid the printed page out in text.
 * Measured in display cells (a Chinese character is two, an ASCII letter or digit one), from the
 * lines themselves, never from a threshold fitted to one file:
 *
 * - the column's width, when the extraction kept the printed lines (hard-wrapped text: most lines
 *   end within a few cells of one width); null when each paragraph is one line;
 * - the common left margin, and whether paragraphs start with an indent and continue flush left;
 * - whether blank lines say anything: not when one follows every line, nor when there are none.
 */
import { endsSentence } from '../../vocabulary/index.ts';
import { columnWidth } from '../detect/layout.ts';
import type { BodyRecord, LineRecord } from './records.ts';

export interface LayoutModel {
  /** Cells of a full line of the column, or null when the layout did not wrap the text. */
  wrapWidth: number | null;
  /** Cells of blank margin common to every line (kept by layout-preserving extractions). */
  margin: number;
  /** A paragraph's first line is indented and the rest are flush left, as printed. */
  indentedParagraphs: boolean;
  /** Blank lines separate blocks, so a missing one says two lines belong together. */
  gapsMeaningful: boolean;
  /**
   * The printed lines were merged into paragraphs by the layout (wrap.ts), so where one logical
   * line ends and the next begins the page showed a new paragraph.
   */
  rejoined: boolean;
}

/** The indent that opens a Chinese paragraph: two characters. */
export const PARAGRAPH_INDENT = 4;

function linesOf(records: readonly BodyRecord[]): LineRecord[] {
  return records.filter((record): record is LineRecord => record.kind === 'line');
}

function measure(record: LineRecord): { indent: number; width: number } {
  const line = record.lines[0]!;
  return { indent: line.indent ?? 0, width: line.width ?? record.text.length * 2 };
}

/**
 * Whether a body that does not show its own column (too short, or mostly table cells) fits the
 * issue's: one line reaches it and hardly any runs past it by more than a justified line can (a
 * one-column notice in an issue of narrow columns has lines twice as wide).
 */
function fitsColumn(widths: readonly number[], column: number): boolean {
  const measured = widths.filter(Number.isFinite);
  const reaching = measured.some((width) => width >= column - PARAGRAPH_INDENT - 2);
  const beyond = measured.filter((width) => width > column + PARAGRAPH_INDENT).length;
  return reaching && beyond <= measured.length * 0.1;
}

/**
 * Whether the extraction kept the indent that opens a paragraph: some lines, not most, are
 * indented, and they are indented where a paragraph can start: as a share of the lines (short
 * paragraphs indent many), or after a line that ended a sentence or stopped short of the column
 * (long paragraphs indent few, but each after an end).
 */
function indentsOpenParagraphs(
  lines: readonly LineRecord[],
  measures: readonly { indent: number; width: number }[],
  margin: number,
  wrapWidth: number | null,
): boolean {
  const indented = measures.flatMap((m, index) => (m.indent - margin >= 2 ? [index] : []));
  if (indented.length < 3 || indented.length > lines.length * 0.85) return false;
  if (indented.length >= lines.length * 0.15) return true;
  const afterAnEnd = indented.filter((index) => {
    const above = lines[index - 1];
    if (above === undefined) return true;
    const width = measures[index - 1]!.width - margin;
    return (
      endsSentence(above.text) ||
      /[：:]$/.test(above.text) ||
      (wrapWidth !== null && width < wrapWidth - PARAGRAPH_INDENT)
    );
  });
  return afterAnEnd.length >= indented.length * 0.75;
}

/** The layout model of a body; `issueColumnWidth` serves a body too short to measure its own. */
export function measureLayout(records: readonly BodyRecord[], issueColumnWidth: number | null = null): LayoutModel {
  const lines = linesOf(records);
  const measures = lines.map(measure);
  const margin = measures.length === 0 ? 0 : measures.reduce((least, m) => Math.min(least, m.indent), Infinity);
  const widths = measures.map((m) => m.width - margin);
  const ownWidth = columnWidth(widths);
  const wrapWidth =
    ownWidth ?? (issueColumnWidth !== null && fitsColumn(widths, issueColumnWidth) ? issueColumnWidth : null);
  const indentedParagraphs = indentsOpenParagraphs(lines, measures, margin, wrapWidth);
  const pairs = lines.slice(1).filter((record) => !record.afterPageBreak);
  const gaps = pairs.filter((record) => record.gapBefore).length;
  const gapsMeaningful = wrapWidth === null || (gaps > pairs.length * 0.05 && gaps < pairs.length * 0.8);
  return { wrapWidth, margin, indentedParagraphs, gapsMeaningful, rejoined: false };
}

/** The record's first line's indent beyond the margin, in cells. */
export function relativeIndent(record: LineRecord, layout: LayoutModel): number {
  return measure(record).indent - layout.margin;
}

/** The width of the record's last printed line beyond the margin, in cells. */
export function lastLineWidth(record: LineRecord, layout: LayoutModel): number {
  const line = record.lines[record.lines.length - 1]!;
  return (line.width ?? line.text.length * 2) - layout.margin;
}

/** The layout model in words, for the journal: `column 36 cells, margin 0, indents kept, blank lines mean nothing`. */
export function describeLayout(layout: LayoutModel): string {
  return [
    layout.wrapWidth === null ? 'not wrapped' : `column ${layout.wrapWidth} cells`,
    `margin ${layout.margin}`,
    layout.indentedParagraphs ? 'paragraph indents kept' : 'no paragraph indents',
    layout.gapsMeaningful ? 'blank lines separate blocks' : 'blank lines mean nothing',
  ].join(', ');
}
