/**
 * Tables whose columns are separated by single spaces, as narrow extractions print a statistics
 * table: `地区生产总值* 亿元 146.1 20.6`, each row a label (Chinese text) followed by short cells —
 * figures, dashes, units — and a header printed above the rows one fragment per line
 * (`指标名称 单位` / `累计` / `完成` / `同比` / `(±%)`) because the printed header's cells were two
 * lines high. The rows become TAB rows and the header one TAB row; every change is journaled, and
 * where a row is short of cells or the header had to be regrouped, a warning says what was
 * decided.
 */
import { CJK } from '../../vocabulary/index.ts';
import type { Journal, SourceLine } from '../types.ts';
import { joinMarkers, lineTokens } from './positions.ts';

/** Fewest rows that make a table rather than a few short lines. */
const MIN_ROWS = 3;
/** Longest header fragment line, in characters. */
const HEADER_LINE_MAX = 12;
/** Most header lines above the rows. */
const HEADER_MAX_LINES = 8;

const FIGURE = /^[-+]?\d[\d,]*(?:\.\d+)?[%‰]?$|^[—–-]{1,3}$/;
const UNIT = new RegExp(`^[${CJK}%‰/]{1,4}$`);
const LABEL = new RegExp(`^[#*]?[${CJK}（）()、·]{2,}[*＊]?$|[${CJK}]`);

function tokens(text: string): string[] {
  return text.trim().split(/ +/);
}

/** A row: a label, then only figures and units; returns its cells, or null. */
function rowCells(line: SourceLine): string[] | null {
  if (line.text.includes('\t') || line.preformatted !== undefined) return null;
  const cells = tokens(line.text);
  if (cells.length < 2 || !LABEL.test(cells[0]!) || cells[0]!.length < 2) return null;
  return cells.slice(1).every((cell) => FIGURE.test(cell) || UNIT.test(cell)) ? cells : null;
}

const isBlank = (line: SourceLine) => line.text.trim() === '';

/** Runs of candidate rows (blank lines between them allowed): [first, last] indexes. */
function rowRuns(lines: SourceLine[]): [number, number][] {
  const runs: [number, number][] = [];
  let start = -1;
  let last = -1;
  lines.forEach((line, index) => {
    if (isBlank(line)) return;
    if (rowCells(line)) {
      if (start === -1) start = index;
      last = index;
      return;
    }
    if (start !== -1) runs.push([start, last]);
    start = -1;
  });
  if (start !== -1) runs.push([start, last]);
  return runs.filter(([first, end]) => {
    const rows = lines.slice(first, end + 1).filter((line) => !isBlank(line));
    const withFigures = rows.filter((line) =>
      rowCells(line)!
        .slice(1)
        .some((cell) => /\d/.test(cell)),
    );
    return rows.length >= MIN_ROWS && withFigures.length * 2 >= rows.length;
  });
}

/**
 * The line's names when it names every column on its own (`指标名称 单位 累计完成 同比 (±%)`, a
 * unit in brackets going with the name before it): short names, no figures, no punctuation.
 */
function namesOfEveryColumn(line: SourceLine, columnCount: number): string[] | null {
  if (line.text.includes('\t') || line.preformatted !== undefined || /[。；：，,;:]/.test(line.text)) return null;
  const names = joinMarkers(lineTokens(line.text.trim())).map((token) => token.text);
  const isName = (name: string) => !(FIGURE.test(name) && /\d/.test(name)) && [...name].length <= HEADER_LINE_MAX;
  return names.length === columnCount && names.every(isName) ? names : null;
}

/**
 * The header lines directly above a run: the line right above when it names every column, else
 * short lines of names, no sentence punctuation, no figures. A line naming several columns
 * (`指标名称 单位`) opens the header: short lines above it belong to the text before the table.
 */
function headerLines(lines: SourceLine[], first: number, columnCount: number): number[] {
  let above = first - 1;
  while (above >= 0 && isBlank(lines[above]!)) above -= 1;
  if (above >= 0 && namesOfEveryColumn(lines[above]!, columnCount)) return [above];
  const found: number[] = [];
  for (let index = first - 1; index >= 0 && found.length < HEADER_MAX_LINES; index -= 1) {
    const line = lines[index]!;
    if (isBlank(line)) continue;
    const text = line.text.trim();
    if (
      line.text.includes('\t') ||
      line.preformatted !== undefined ||
      text.replace(/ /g, '').length > HEADER_LINE_MAX ||
      /[。；：，,;:]/.test(text)
    )
      break;
    if (tokens(text).some((cell) => FIGURE.test(cell) && /\d/.test(cell))) break;
    found.unshift(index);
  }
  const opening = found.findLastIndex((index) => tokens(lines[index]!.text).length >= 2);
  return opening === -1 ? found : found.slice(opening);
}

/**
 * The header's cells from its fragments: the first line gives the first columns; the other
 * fragments fill the remaining columns in order, evenly grouped when there are more fragments
 * than columns (`累计`+`完成`, `同比`+`(±%)`). Null when they cannot be grouped evenly.
 */
export function headerCells(
  fragmentLines: string[][],
  columnCount: number,
): { cells: string[]; regrouped: boolean } | null {
  const [leading = [], ...rest] = fragmentLines;
  const fragments = rest.flat();
  const remaining = columnCount - leading.length;
  if (remaining < 0) return null;
  if (fragments.length === remaining) return { cells: [...leading, ...fragments], regrouped: false };
  if (remaining === 0 || fragments.length % remaining !== 0) return null;
  const size = fragments.length / remaining;
  const grouped = Array.from({ length: remaining }, (_, group) =>
    fragments.slice(group * size, (group + 1) * size).join(''),
  );
  return { cells: [...leading, ...grouped], regrouped: true };
}

/**
 * A short row's cells placed under the header: the label and units from the left, figures from
 * the right — a statistics table leaves the cumulative column empty for figures published only as
 * a growth rate, never the growth rate itself.
 */
function placeCells(cells: string[], columnCount: number): string[] {
  const placed = Array.from({ length: columnCount }, () => '');
  const words = cells.filter((cell, index) => index === 0 || !FIGURE.test(cell));
  const figures = cells.filter((cell, index) => index > 0 && FIGURE.test(cell));
  words.forEach((cell, index) => (placed[index] = cell));
  figures.forEach((cell, index) => (placed[columnCount - figures.length + index] = cell));
  return placed;
}

/** Rewrites single-space tables as TAB rows, journaling each row and the regrouped header. */
export function spacedTablesToColumns(lines: SourceLine[], journal: Journal): SourceLine[] {
  const result = [...lines];
  for (const [first, last] of rowRuns(lines)) {
    const rows = lines.slice(first, last + 1).filter((line) => !isBlank(line));
    const columnCount = Math.max(...rows.map((line) => rowCells(line)!.length));
    const header = headerLines(lines, first, columnCount);
    const names = header.length === 1 ? namesOfEveryColumn(lines[header[0]!]!, columnCount) : null;
    const grouped = names
      ? { cells: names, regrouped: false }
      : header.length > 0
        ? headerCells(
            header.map((index) => tokens(lines[index]!.text)),
            columnCount,
          )
        : null;
    if (header.length > 0 && grouped) {
      const headerText = grouped.cells.join('\t');
      const firstHeader = lines[header[0]!]!;
      journal.repairs.push({
        line: firstHeader.no,
        kind: 'spaces-as-columns',
        before: header.map((index) => lines[index]!.text.trim()).join('⏎'),
        after: grouped.cells.join('⇥'),
      });
      result[header[0]!] = { ...firstHeader, text: headerText };
      for (const index of header.slice(1)) result[index] = { ...lines[index]!, text: '' };
      if (grouped.regrouped) {
        journal.warnings.push({
          line: firstHeader.no,
          code: 'uncertain-table',
          message: `表头分在 ${header.length} 行里，已按 ${columnCount} 列拼合为“${grouped.cells.join('”“')}”；请对照 PDF 核对。`,
        });
      }
    }
    for (const line of rows) {
      const cells = rowCells(line)!;
      const placed = placeCells(cells, columnCount);
      const index = lines.indexOf(line);
      result[index] = { ...line, text: placed.join('\t') };
      journal.repairs.push({
        line: line.no,
        kind: 'spaces-as-columns',
        before: line.text.trim(),
        after: placed.join('⇥'),
      });
      if (cells.length < columnCount && cells.slice(1).some((cell) => FIGURE.test(cell))) {
        journal.warnings.push({
          line: line.no,
          code: 'table-ragged-row',
          message: `表格行“${line.text.trim()}”只有 ${cells.length} 格（表头 ${columnCount} 列）：数字已靠右放在最后几列，其余留空；请对照 PDF 核对。`,
        });
      }
    }
  }
  return result;
}
