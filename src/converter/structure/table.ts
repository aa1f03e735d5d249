/**
 * Tables from TAB-separated rows. A table may be split across pages (a blank line between
 * chunks, sometimes with its header repeated); it may have a two-row header whose merged cells
 * show as empty cells; rows with a single filled cell label a group of rows; a row whose first
 * cell is empty right after a page break continues the row before it.
 */
import type { Journal, SourceLine, TableCell, TableModel } from '../types.ts';

interface RawRow {
  line: number;
  cells: string[];
  /** The row opens a new page chunk (a blank line came before it). */
  afterBreak: boolean;
}

const rowKey = (cells: string[]) =>
  cells
    .map((cell) => cell.replace(/\s+/g, ''))
    .join('\t')
    .replace(/(?<!\t)\t+$/, '');

function lastFilled(cells: string[]): number {
  for (let index = cells.length - 1; index >= 0; index -= 1) if (cells[index]!.trim() !== '') return index;
  return -1;
}

/** Splits the (repaired) cells of each row, remembering where page breaks fell. */
export function readRows(lines: SourceLine[]): RawRow[] {
  const rows: RawRow[] = [];
  let afterBreak = false;
  for (const line of lines) {
    if (line.text.trim() === '') {
      afterBreak = rows.length > 0;
      continue;
    }
    // A cell may hold several paragraphs (`<p>…</p> <p>…</p>` in the extraction), one per line.
    rows.push({ line: line.no, cells: line.text.split('\t'), afterBreak });
    afterBreak = false;
  }
  return rows;
}

const names = (cells: string[]) => cells.map((cell) => cell.replace(/\s+/g, '')).filter((cell) => cell !== '');

/**
 * Where each column of a repeated header variant lies in the first header: by header name; a
 * name that the first header spreads over merged columns maps to the last of them (the variant
 * lacks the merged neighbour). Null when the variant's columns are where the first header's are.
 */
function columnMap(first: string[], variant: string[]): Map<number, number> | null {
  const lastPositionOf = new Map<string, number>();
  first.forEach((cell, index) => {
    const name = cell.replace(/\s+/g, '');
    if (name !== '') lastPositionOf.set(name, index);
    else if (index > 0) {
      const previous = [...lastPositionOf.entries()].find(([, position]) => position === index - 1);
      if (previous) lastPositionOf.set(previous[0], index);
    }
  });
  const map = new Map<number, number>();
  variant.forEach((cell, index) => {
    const position = lastPositionOf.get(cell.replace(/\s+/g, ''));
    if (position !== undefined) map.set(index, position);
  });
  return [...map].every(([from, to]) => from === to) ? null : map;
}

/** Builds the table model from the rows of one table (page chunks included). */
export function buildTable(lines: SourceLine[], caption: string | null, journal: Journal): TableModel {
  const rows = readRows(lines);
  const header = rows[0]!;
  const headerNames = names(header.cells).join('\t');
  const headerWidth = header.cells.length;
  const body: RawRow[] = [];
  let secondHeader: RawRow | null = null;
  let afterRepeatedHeader = false;
  let chunkMap: Map<number, number> | null = null;
  const dropRepeatedHeader = (row: RawRow) => {
    journal.artefacts.push({
      line: row.line,
      kind: 'repeated-table-header',
      text: ((line) => line.raw ?? line.text)(lines.find((candidate) => candidate.no === row.line)!),
    });
  };
  rows.slice(1).forEach((row, index) => {
    if (names(row.cells).join('\t') === headerNames) {
      // A page repeats the header, sometimes laid out differently: its rows follow its layout.
      dropRepeatedHeader(row);
      chunkMap = columnMap(header.cells, row.cells);
      afterRepeatedHeader = true;
      return;
    }
    if (index === 0 && isSubHeader(header.cells, row.cells)) {
      secondHeader = row;
      return;
    }
    // A page that repeats a two-row header repeats both rows.
    if (afterRepeatedHeader && secondHeader && rowKey(row.cells) === rowKey((secondHeader as RawRow).cells)) {
      dropRepeatedHeader(row);
      return;
    }
    const map: Map<number, number> | null = chunkMap;
    const whole = splitJoinedCells(row.cells, headerWidth);
    const cells = whole !== row.cells ? whole : ((map && remap(row.cells, map)) ?? row.cells);
    body.push({ ...row, cells, afterBreak: row.afterBreak || afterRepeatedHeader });
    afterRepeatedHeader = false;
  });

  const columnCount = Math.max(
    1,
    ...[header, ...(secondHeader ? [secondHeader] : []), ...body].map((row) => lastFilled(row.cells) + 1),
  );
  const head = secondHeader
    ? twoRowHeader(header.cells, (secondHeader as RawRow).cells, columnCount)
    : [oneRowHeader(header.cells, columnCount)];
  const firstColumnNumbered =
    body.filter((row) => /^\d+$|^[一二三四五六七八九十]+$/.test(row.cells[0]?.trim() ?? '')).length >= body.length / 2;
  const shiftAt = secondHeader ? null : mergedGroupStart(head[0]!);
  const lastColumnFilled = body.filter((row) => (row.cells[columnCount - 1] ?? '').trim() !== '').length;

  const groups: TableModel['groups'] = [{ label: null, rows: [] }];
  let previous: TableCell[] | null = null;
  for (const row of body) {
    let cells = padded(row.cells, columnCount);
    const filled = cells.filter((cell) => cell !== '');
    if (columnCount >= 3 && filled.length === 1 && cells[0] !== '') {
      groups.push({ label: cells[0]!, rows: [] });
      previous = null;
      continue;
    }
    if (row.afterBreak && previous && firstColumnNumbered && cells[0] === '' && filled.length > 0) {
      journal.warnings.push({
        line: row.line,
        code: 'table-continuation-row',
        message: '表格分页处的续行已并入上一行，请核对。',
      });
      cells.forEach((cell, index) => {
        if (cell !== '') previous![index]!.text = `${previous![index]!.text}${cell}`;
      });
      continue;
    }
    // A row one cell short, whose last column is empty where nearly every row fills it, lacks
    // the cell under a merged header: it moves right, as the printed table shows it.
    const oneShort = lastFilled(row.cells) === columnCount - 2 && lastColumnFilled >= body.length * 0.8;
    if (shiftAt !== null && oneShort) {
      journal.warnings.push({
        line: row.line,
        code: 'table-ragged-row',
        message: '表格行比表头少一列，已按合并表头补一个空单元格，请核对。',
      });
      cells = padded([...cells.slice(0, shiftAt), '', ...cells.slice(shiftAt)], columnCount);
    } else if (
      lastFilled(row.cells) + 1 < columnCount &&
      lastFilled(row.cells) >= 0 &&
      row.cells.length < columnCount
    ) {
      journal.warnings.push({
        line: row.line,
        code: 'table-ragged-row',
        message: `表格行只有 ${lastFilled(row.cells) + 1} 列（表头 ${columnCount} 列），已在行尾补空单元格。`,
      });
    }
    previous = cells.map((text) => ({ text }));
    groups[groups.length - 1]!.rows.push(previous);
  }
  const bodyRows = groups.flatMap((group) => group.rows);
  const namedRows = bodyRows.filter(
    (cells) => /[\u4e00-\u9fffA-Z]/i.test(cells[0]?.text ?? '') && !/^[一二三四五六七八九十]+$/.test(cells[0]!.text),
  ).length;
  const rowHeaders =
    columnCount > 1 && bodyRows.length > 0 && namedRows === bodyRows.length && !/序号|编号/.test(header.cells[0] ?? '');
  return {
    caption,
    head,
    groups: groups.filter((group) => group.label !== null || group.rows.length > 0),
    columnCount,
    rowHeaders,
    line: header.line,
  };
}

/** The row's cells moved to the first header's columns; null when a filled cell has no place there. */
/**
 * A row short of cells whose cells hold several paragraphs: the extraction put neighbouring cells
 * into one (`<p>甲</p> <p>乙</p>`). Each paragraph becomes a cell when that makes the row whole.
 */
function splitJoinedCells(cells: string[], columnCount: number): string[] {
  const used = cells.slice(0, lastFilled(cells) + 1);
  const split = used.flatMap((cell) => cell.split('\n'));
  return used.some((cell) => cell.includes('\n')) && split.length === columnCount ? split : cells;
}

function remap(cells: string[], map: Map<number, number>): string[] | null {
  const result: string[] = [];
  for (const [index, cell] of cells.entries()) {
    const to = map.get(index);
    if (to === undefined && cell.trim() !== '') return null;
    if (to !== undefined) result[to] = cell;
  }
  return Array.from(result, (cell) => cell ?? '');
}

/** The first column of the first header cell that spans several columns, or null. */
function mergedGroupStart(headerRow: TableCell[]): number | null {
  let column = 0;
  for (const cell of headerRow) {
    if ((cell.colSpan ?? 1) > 1) return column;
    column += cell.colSpan ?? 1;
  }
  return null;
}

function padded(cells: string[], count: number): string[] {
  const result = cells.slice(0, count).map((cell) => cell.trim());
  while (result.length < count) result.push('');
  return result;
}

/** A second header row fills the columns that the first row's merged cells left empty. */
function isSubHeader(first: string[], second: string[]): boolean {
  if ((second[0] ?? '').trim() !== '') return false;
  return (
    second.some((cell, index) => cell.trim() !== '' && (first[index] ?? '').trim() === '') &&
    second.every((cell) => !/^\d+$/.test(cell.trim()))
  );
}

/** Header cells followed by empty cells span them (`工作任务⇥⇥具体要求`). */
function oneRowHeader(cells: string[], count: number): TableCell[] {
  const row = padded(cells, count);
  const result: TableCell[] = [];
  row.forEach((text, index) => {
    if (text === '' && result.length > 0 && index > 0) {
      const last = result[result.length - 1]!;
      last.colSpan = (last.colSpan ?? 1) + 1;
    } else {
      result.push({ text });
    }
  });
  return result;
}

/**
 * Two header rows: a first-row cell over an empty second-row cell spans both rows; a first-row
 * cell followed by empty cells spans the columns the second row fills beneath them.
 */
function twoRowHeader(firstCells: string[], secondCells: string[], count: number): TableCell[][] {
  const first = padded(firstCells, count);
  const second = padded(secondCells, count);
  const top: TableCell[] = [];
  const bottom: TableCell[] = [];
  first.forEach((text, index) => {
    if (text === '') {
      const last = top[top.length - 1];
      if (last) last.colSpan = (last.colSpan ?? 1) + 1;
      return;
    }
    top.push(second[index] === '' ? { text, rowSpan: 2 } : { text });
  });
  second.forEach((text) => {
    if (text !== '') bottom.push({ text });
  });
  return [top, bottom];
}
