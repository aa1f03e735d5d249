/**
 * Stage 2 — detect: what each line of the extraction is. Tables laid out in other ways become TAB
 * rows; page furniture (page numbers, running headers, form feeds, ruled lines) and extractor
 * markup (`# `, `- `, `**`, HTML tags) are recognised and removed, each journaled as an artefact;
 * every remaining line gets its place on the printed page (indent and width in display cells).
 * The kinds of line the later stages ask about (a 文号, a date, a numbering marker…) are the
 * shared vocabulary in `src/vocabulary/`.
 */
import { indentWidth, printedWidth } from '../../vocabulary/index.ts';
import type { IssueId, Journal, SourceLine } from '../types.ts';
import { restorePrintedCharacters } from './characters.ts';
import { readColumnsInOrder } from './columns.ts';
import { removeInlinePageNumbers, removePageFurniture, type SectionHint } from './furniture.ts';
import { columnWidth } from './layout.ts';
import { stripExtractorMarkup } from './markup.ts';
import { layoutTablesToColumns } from './layout-tables.ts';
import { lineTablesToColumns } from './line-tables.ts';
import { spacedTablesToColumns } from './spaced-tables.ts';
import { markupTablesToColumns, spacesToColumns } from './tables.ts';

export type { SectionHint } from './furniture.ts';
export { isSeparatorLine } from './furniture.ts';

/** The width recorded for a line the layout stretched to the full column. */
export const FULL_LINE = Number.POSITIVE_INFINITY;

/** A line with a space between (nearly) every two characters: letter-spaced by justification. */
export function isLetterSpaced(text: string): boolean {
  const chars = [...text.trim()];
  const gaps = chars.filter(
    (char, index) => char === ' ' && chars[index - 1] !== ' ' && chars[index + 1] !== ' ',
  ).length;
  const visible = chars.length - gaps;
  return gaps >= 4 && gaps >= (visible - 1) * 0.8;
}

export function isTableRow(text: string): boolean {
  return text.includes('\t');
}

/** A line of a table: a TAB row, or a line of a table kept as printed. */
export function isTabular(line: SourceLine): boolean {
  return isTableRow(line.text) || line.preformatted !== undefined;
}

export interface DetectedLines {
  lines: SourceLine[];
  /** Sections named by running headers, as evidence for the documents they head. */
  sectionHints: SectionHint[];
  /**
   * The width of the printed column over the whole issue, in cells, where the extraction kept the
   * printed lines; documents too short to measure their own column fall back on it.
   */
  columnWidth: number | null;
}

/** Lines of an issue, cleaned of furniture and markup, with their measures on the page. */
export function detectLines(lines: SourceLine[], issue: IssueId, file: string, journal: Journal): DetectedLines {
  // Two-column pages are read in reading order before any line is told by its neighbours.
  const printed = readColumnsInOrder(restorePrintedCharacters(lines, journal), journal);
  // A layout extraction's tables go before the plain column-gap reading, which would cut their
  // rows line by line.
  const laidOut = layoutTablesToColumns(markupTablesToColumns(printed, journal), journal);
  const furnished = removePageFurniture(spacesToColumns(laidOut, journal), issue, file, journal);
  // Rows of a single-space table are told by their neighbours, so page furniture goes first.
  const withoutFurniture = lineTablesToColumns(spacedTablesToColumns(furnished.lines, journal), journal);
  const { sectionHints } = furnished;
  const detected = withoutFurniture.map((line): SourceLine => {
    if (line.text.trim() === '' || line.preformatted !== undefined) return line;
    const bullet = /^\s*[-*+][ \t]+\S/.test(line.text);
    const text = stripExtractorMarkup(line.text, line.no, journal);
    // A line stretched to the column's width by spacing comes out with a space between every
    // character: it is a full line, whatever its characters measure.
    const width = isLetterSpaced(text) ? FULL_LINE : printedWidth(text.trimEnd());
    const measured: SourceLine = { ...line, text, indent: indentWidth(text), width };
    if (bullet) measured.bullet = true;
    return measured;
  });
  const printedLines = detected.filter((line) => line.width !== undefined && !isTabular(line));
  const issueColumn = columnWidth(printedLines.map((line) => line.width!));
  if (issueColumn === null) return { lines: detected, sectionHints, columnWidth: null };
  const withoutInlineNumbers = detected.map((line) =>
    line.width === undefined || isTabular(line)
      ? line
      : { ...line, text: removeInlinePageNumbers(line.text, line.no, journal) },
  );
  return { lines: withoutInlineNumbers, sectionHints, columnWidth: issueColumn };
}
