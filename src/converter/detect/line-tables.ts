/**
 * Tables in text extracted without positions (pdf.js joins a page's text items line by line): a
 * header line naming the columns, single spaces between the names, then the rows, each opening
 * with its number. A row whose cells each fit on one line is one line, its cells single spaces
 * apart; a row with a wrapped cell goes on over the next lines, its cells' lines one after the
 * other. Such a table is rebuilt as TAB rows when every row's cells can be told: the one-line rows
 * show how wide each column's text runs, and a wrapped cell's lines but the last are that wide.
 * The header repeated after a page break is kept as a TAB row, for the table stage to drop.
 */
import {
  displayWidth,
  endsSentence,
  hasCjk,
  matchAttachmentLabel,
  matchDateLine,
  matchDocNumberLine,
  matchIssuedLine,
  matchMarker,
  withoutWhitespace,
} from '../../vocabulary/index.ts';
import type { Journal, SourceLine } from '../types.ts';
import { columnWidth } from './layout.ts';
import { sameCharacters } from './layout-tables.ts';
import { joinMarkers, lineTokens } from './positions.ts';

/** Longest column name, in characters. */
const NAME_MAX = 8;
/** Fewest numbered rows that make a table. */
const MIN_ROWS = 2;
/** Most lines a row's wrapped cells take after its number (cells of narrow columns, a few characters a line). */
const ROW_REACH = 48;
/** A wrapped line is full when it falls short of the column's widest text by at most a character. */
const FULL_SLACK = 2;
/** A line this share of the running text's width is running text, not a cell's. */
const FULL_LINE_SHARE = 0.8;

const CLAUSE_PUNCTUATION = /[，。；：、！？,;:!?]/;
const FIGURE = /^[-+>≥<≤]?\d[\d,]*(?:\.\d+)?[%‰]?$/;

const isBlank = (line: SourceLine) => line.text.trim() === '';
const piecesOf = (line: SourceLine) => joinMarkers(lineTokens(line.text.trim())).map((token) => token.text);
const isName = (piece: string) =>
  [...piece].length <= NAME_MAX && !CLAUSE_PUNCTUATION.test(piece) && !FIGURE.test(piece);

/** `序号 名称 牵头编制部门`: two names or more, one of Chinese words, not a title spaced letter by letter. */
function headerNames(line: SourceLine): string[] | null {
  if (line.text.includes('\t') || line.preformatted !== undefined) return null;
  const names = piecesOf(line);
  if (names.length < 2 || !names.every(isName) || names.every((name) => [...name].length === 1)) return null;
  return names.some((name) => hasCjk(name) && [...name].length >= 2) ? names : null;
}

/** The row number a line opens with (`12 宗教活动场所…`, `57` alone), or null; a line of figures (`38 41 ≥39`) has none. */
function rowNumber(line: SourceLine): number | null {
  const match = /^(\d{1,3})(?:\s+(\S+)|$)/.exec(line.text.trim());
  if (!match || (match[2] !== undefined && FIGURE.test(match[2]))) return null;
  return Number(match[1]);
}

/** `二、曲艺（共1项）` alone on its line: the label over a group of rows. */
const isGroupLabel = (line: SourceLine) =>
  piecesOf(line).length === 1 && matchMarker(line.text)?.type === 'chinese' && !line.text.includes('\t');

/** A table's header: its lines (a name wrapped onto the line above or below the names) and its cells. */
interface Header {
  lines: SourceLine[];
  cells: string[];
  /** The names were broken over more lines than can be put together with confidence. */
  fragmented?: boolean;
}

/**
 * The header whose names stand on line `index`: with the first name's beginning on the line above
 * (`序` over `号 项目名称 项目保护单位`) and the last name's end on the line below (`类型`), when
 * such short pieces stand there alone.
 */
function headerAt(lines: readonly SourceLine[], index: number): Header | null {
  const names = index < lines.length ? headerNames(lines[index]!) : null;
  if (!names) return null;
  const header: Header = { lines: [lines[index]!], cells: [...names] };
  const above = lines[index - 1];
  if (above && isWrappedPiece(above) && [...names[0]!].length <= 2) {
    header.lines.unshift(above);
    header.cells[0] = `${above.text.trim()}${names[0]}`;
  } else {
    const fragments = fragmentsAbove(lines, index);
    if (fragments.length > 0) Object.assign(header, { lines: [...fragments, ...header.lines], fragmented: true });
  }
  const below = lines[index + 1];
  if (below && isWrappedPiece(below) && rowNumber(lines[index + 2] ?? below) !== null) {
    header.lines.push(below);
    header.cells[header.cells.length - 1] += below.text.trim();
  }
  return header;
}

/** Most lines of name pieces a header is broken into above its line of names (`序` / `号` / `重点工`). */
const FRAGMENT_LINES = 4;

/**
 * Lines of short name pieces right above a header's line of names: the header broken over them.
 * Which piece continues which name cannot be told, but they are the table's.
 */
function fragmentsAbove(lines: readonly SourceLine[], index: number): SourceLine[] {
  const fragments: SourceLine[] = [];
  for (let above = index - 1; above >= 0 && fragments.length < FRAGMENT_LINES; above -= 1) {
    const line = lines[above]!;
    const pieces = piecesOf(line);
    const short = pieces.length > 0 && pieces.every((piece) => isName(piece) && [...piece].length <= 3);
    if (
      !short ||
      isBlank(line) ||
      matchAttachmentLabel(line.text) ||
      matchMarker(line.text) ||
      line.text.includes('\t')
    ) {
      break;
    }
    fragments.unshift(line);
  }
  return fragments;
}

/** A piece of a name wrapped onto a line of its own: a character or two, no figure. */
function isWrappedPiece(line: SourceLine): boolean {
  const pieces = piecesOf(line);
  return pieces.length === 1 && [...pieces[0]!].length <= 2 && isName(pieces[0]!) && rowNumber(line) === null;
}

const headerKey = (header: Header) => withoutWhitespace(header.lines.map((line) => line.text).join(''));

/** The table's header repeated from line `index` on (after a page break), its wrapped first piece included. */
function repeatAt(lines: readonly SourceLine[], index: number, key: string): Header | null {
  const header = [headerAt(lines, index), headerAt(lines, index + 1)].find(
    (candidate) => candidate !== null && candidate.lines[0] === lines[index],
  );
  return header && headerKey(header) === key ? header : null;
}

/** The lines of one table: its header, then its rows, labels and repeated headers, in order. */
interface TableLines {
  header: Header;
  /** Index after the header's lines. */
  start: number;
  /** Index after the table's last line. */
  end: number;
}

/**
 * How far the table under a header goes: while lines open the next numbered row (again from 1
 * after a group label), carry a group label, repeat the header after a page break, or go on with
 * the current row — at most as many lines as a row can wrap over before the next row opens.
 */
function tableExtent(lines: readonly SourceLine[], header: Header, start: number): number {
  const key = headerKey(header);
  let expected = 1;
  let end = start;
  let index = start;
  while (index < lines.length) {
    const line = lines[index]!;
    const repeat = repeatAt(lines, index, key);
    if (isBlank(line)) index += 1;
    else if (rowNumber(line) === expected || (rowNumber(line) === 1 && expected > 1)) {
      expected = rowNumber(line)! + 1;
      index += 1;
      end = index;
    } else if (isGroupLabel(line) && rowFollows(lines, index)) {
      index += 1;
      end = index;
    } else if (repeat) {
      index = lines.indexOf(repeat.lines[repeat.lines.length - 1]!) + 1;
    } else if (expected > 1 ? continuesRow(lines, index, expected) : wrapsHeader(lines, index)) {
      index += 1;
      end = index;
    } else break;
  }
  const next = lines[index];
  return next && end === index && endsLastCell(next, lines.slice(start, end), header.cells.length) ? end + 1 : end;
}

/**
 * The line right under the last row finishes its last cell (`其他` / `事项`): one short piece, no
 * wider than that column's text on the rows printed in one line, not a numbered heading, a
 * sentence, a bracketed line (the 印发 line), a date or an attachment label.
 */
function endsLastCell(line: SourceLine, table: readonly SourceLine[], count: number): boolean {
  const pieces = piecesOf(line);
  const text = line.text.trim();
  if (pieces.length !== 1 || line.text.includes('\t') || endsSentence(text) || /^[（(【〔]/.test(text)) return false;
  if (matchMarker(text) || matchIssuedLine(text) || matchDateLine(text) || matchAttachmentLabel(text)) return false;
  const lastPieces = table
    .filter((row) => rowNumber(row) !== null && piecesOf(row).length === count)
    .map((row) => displayWidth(piecesOf(row)[count - 1]!));
  return lastPieces.length > 0 && displayWidth(pieces[0]!) <= Math.max(...lastPieces);
}

/**
 * A numbered row comes right after the line: a label over a group of rows is; a heading between
 * two tables has the next table's header after it.
 */
function rowFollows(lines: readonly SourceLine[], index: number): boolean {
  const next = lines.slice(index + 1).find((line) => !isBlank(line));
  return next !== undefined && rowNumber(next) !== null;
}

/**
 * Before the first row, a line of short names goes on with a header wrapped over several lines
 * (`期水平` / `我区` / `基期` …) when the first row follows.
 */
function wrapsHeader(lines: readonly SourceLine[], index: number): boolean {
  if (!piecesOf(lines[index]!).every(isName)) return false;
  for (let next = index + 1; next < lines.length && next <= index + ROW_REACH; next += 1) {
    if (rowNumber(lines[next]!) === 1) return true;
    if (!piecesOf(lines[next]!).every(isName)) return false;
  }
  return false;
}

/** A line between two numbered rows (the next row opens before the text resumes) belongs to the row above. */
function continuesRow(lines: readonly SourceLine[], index: number, expected: number): boolean {
  // A line numbered like a section is a heading after the table, not a cell's.
  if (isGroupLabel(lines[index]!) || endsTheText(lines[index]!)) return false;
  for (let next = index + 1; next < lines.length && next <= index + ROW_REACH; next += 1) {
    const line = lines[next]!;
    if (isBlank(line)) continue;
    if (endsTheText(line) || (rowNumber(line) !== null && rowNumber(line) !== expected)) return false;
    if (rowNumber(line) === expected || (isGroupLabel(line) && rowFollows(lines, next))) return true;
    if (headerAt(lines, next) || headerAt(lines, next + 1)) return true;
  }
  return false;
}

/**
 * Lines no table holds: the 印发 line, a date line, a 文号, an attachment label, a TAB row (a
 * table of another kind): a table never goes on past one.
 */
function endsTheText(line: SourceLine): boolean {
  const text = line.text.trim();
  return (
    line.text.includes('\t') ||
    matchIssuedLine(text) !== null ||
    matchDateLine(text) !== null ||
    matchDocNumberLine(text) !== null ||
    matchAttachmentLabel(text) !== null
  );
}

/** Every table of numbered rows under a header line of names. */
function findTables(lines: readonly SourceLine[]): TableLines[] {
  const tables: TableLines[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    const header = headerAt(lines, index);
    if (!header) continue;
    const start = lines.indexOf(header.lines[header.lines.length - 1]!) + 1;
    const end = tableExtent(lines, header, start);
    const rows = lines.slice(start, end).filter((line) => rowNumber(line) !== null).length;
    if (rows < MIN_ROWS) continue;
    tables.push({ header, start, end });
    index = end - 1;
  }
  return tables;
}

/** A table's body cut into rows: each a number's line and the lines after it, or a label, or a repeated header. */
type BodyPart =
  | { row: SourceLine[] }
  | { label: SourceLine }
  | { header: SourceLine[] }
  | { pageBreak: SourceLine }
  | { stray: SourceLine };

function bodyParts(lines: readonly SourceLine[], table: TableLines): BodyPart[] {
  const parts: BodyPart[] = [];
  const key = headerKey(table.header);
  for (let index = table.start; index < table.end; index += 1) {
    const line = lines[index]!;
    const repeat = repeatAt(lines, index, key);
    const last = parts[parts.length - 1];
    if (isBlank(line)) parts.push({ pageBreak: line });
    else if (repeat) {
      parts.push({ header: repeat.lines });
      index = lines.indexOf(repeat.lines[repeat.lines.length - 1]!);
    } else if (rowNumber(line) !== null) parts.push({ row: [line] });
    else if (isGroupLabel(line) && rowFollows(lines, index)) parts.push({ label: line });
    else if (last && 'row' in last) last.row.push(line);
    else parts.push({ stray: line });
  }
  return parts.filter((part, index) => !('pageBreak' in part) || 'header' in (parts[index + 1] ?? {}));
}

/** The widest text each column holds on rows whose first line has a piece for every cell. */
function columnWidths(rows: readonly SourceLine[][], count: number): number[] {
  const widths = Array.from({ length: count }, () => 0);
  for (const row of rows) {
    const pieces = piecesOf(row[0]!);
    if (pieces.length !== count) continue;
    pieces.forEach((piece, column) => (widths[column] = Math.max(widths[column]!, displayWidth(piece))));
  }
  return widths;
}

/**
 * A row's cells from its pieces in reading order: each cell takes the next piece, and the pieces
 * after it while the last one taken is as wide as the column runs (a wrapped line) and pieces
 * remain for the cells after; the last cell takes the rest. A one-line row of a piece per column
 * keeps its pieces, the lines after it continuing its last cell. Null when the pieces do not fill
 * every cell.
 */
function rowCells(row: readonly SourceLine[], widths: readonly number[]): string[] | null {
  const count = widths.length;
  const first = piecesOf(row[0]!);
  const rest = row.slice(1).flatMap(piecesOf);
  if (first.length === count) return [...first.slice(0, -1), [first[count - 1]!, ...rest].join('')];
  const pieces = [...first, ...rest];
  if (pieces.length < count || widths.slice(1).some((width) => width === 0)) return null;
  // The first cell is the row's number, alone.
  const cells: string[] = [pieces[0]!];
  let next = 1;
  for (let column = 1; column < count; column += 1) {
    const last = column === count - 1;
    let cell = pieces[next]!;
    next += 1;
    // A cell's first line is as wide as its column runs when it wraps: the lines after it are
    // measured against it too.
    const full = Math.max(widths[column]!, displayWidth(cell)) - FULL_SLACK;
    while (!last && displayWidth(pieces[next - 1]!) >= full && pieces.length - next > count - 1 - column) {
      cell += pieces[next]!;
      next += 1;
    }
    if (last) cell += pieces.slice(next).join('');
    cells.push(cell);
  }
  return cells;
}

type Rebuilt = { rows: SourceLine[]; repairs: { line: number; before: string; after: string }[] } | { doubt: string };

/** The table as TAB rows, or why its rows cannot be told. */
function rebuild(lines: readonly SourceLine[], table: TableLines): Rebuilt {
  const count = table.header.cells.length;
  const parts = bodyParts(lines, table);
  const widths = columnWidths(
    parts.flatMap((part) => ('row' in part ? [part.row] : [])),
    count,
  );
  const result: { rows: SourceLine[]; repairs: { line: number; before: string; after: string }[] } = {
    rows: [],
    repairs: [],
  };
  const emit = (source: readonly SourceLine[], cells: string[]) => {
    result.repairs.push({
      line: source[0]!.no,
      before: source.map((line) => line.text.trim()).join('⏎'),
      after: cells.join('⇥'),
    });
    result.rows.push({ ...source[0]!, text: cells.join('\t') });
  };
  if (table.header.fragmented) return { doubt: '表头的名称断在好几行里，分不清哪段属于哪一列' };
  emit(table.header.lines, table.header.cells);
  for (const part of parts) {
    if ('stray' in part) return { doubt: `第 ${part.stray.no} 行“${part.stray.text.trim()}”不在任何一行里` };
    if ('pageBreak' in part) result.rows.push(part.pageBreak);
    else if ('header' in part) emit(part.header, table.header.cells);
    else if ('label' in part) emit([part.label], [part.label.text.trim(), ...Array<string>(count - 1).fill('')]);
    else {
      const cells = rowCells(part.row, widths);
      if (!cells) return { doubt: `第 ${part.row[0]!.no} 行起的一行分不出 ${count} 个单元格` };
      emit(part.row, cells);
    }
  }
  return result;
}

/**
 * Lines under a table that could not be rebuilt, up to where the text resumes: its last row's
 * cells' lines, none wider than the table's own lines, a sentence's end only where the line
 * before runs on. A blank line (a page break), a line as wide as the running text, a heading, a
 * note (`备注：…`), the 印发 line, a date or an attachment label ends them.
 */
function trailingCellLines(lines: readonly SourceLine[], table: TableLines, textWidth: number | null): number {
  const widest = Math.max(...lines.slice(table.start, table.end).map((line) => displayWidth(line.text.trim())));
  let index = table.end;
  for (; index < lines.length; index += 1) {
    const line = lines[index]!;
    const text = line.text.trim();
    if (text === '' || line.text.includes('\t') || line.preformatted !== undefined) break;
    if (displayWidth(text) > widest || (textWidth !== null && displayWidth(text) >= textWidth * FULL_LINE_SHARE)) break;
    if (endsSentence(text) && endsSentence(lines[index - 1]!.text)) break;
    if (matchMarker(text) || matchIssuedLine(text) || matchDateLine(text) || matchAttachmentLabel(text)) break;
    if (/^[^\s：:（(]{1,4}[：:]/.test(text)) break;
  }
  return index;
}

function tableWarning(lines: readonly SourceLine[], first: number, end: number, doubt: string): string {
  const header = lines[first]!.text.trim();
  return `第 ${lines[first]!.no}–${lines[end - 1]!.no} 行是一张带序号的表格（表头从“${header}”起），但无法可靠地拆成单元格（${doubt}），已按原样保留各行；请对照 PDF 核对。`;
}

/**
 * Rebuilds every table of numbered rows as TAB rows, journaling each row. A table whose cells
 * cannot be told is kept as printed (a preformatted region, with a warning), its last row's
 * lines under it included, so that no cell is run into a paragraph.
 */
export function lineTablesToColumns(lines: SourceLine[], journal: Journal): SourceLine[] {
  const textWidth = columnWidth(lines.filter((line) => !isBlank(line)).map((line) => displayWidth(line.text.trim())));
  const result: SourceLine[] = [];
  let cursor = 0;
  for (const table of findTables(lines)) {
    const first = lines.indexOf(table.header.lines[0]!);
    if (first < cursor) continue;
    for (const line of lines.slice(cursor, first)) result.push(line);
    const rebuilt = rebuild(lines, table);
    if (!('doubt' in rebuilt) && sameCharacters(lines.slice(first, table.end), rebuilt.rows)) {
      for (const row of rebuilt.rows) result.push(row);
      for (const repair of rebuilt.repairs) journal.repairs.push({ ...repair, kind: 'lines-as-columns' });
      cursor = table.end;
      continue;
    }
    const end = trailingCellLines(lines, table, textWidth);
    const doubt = 'doubt' in rebuilt ? rebuilt.doubt : '拆分后的文字与原文不一致';
    journal.warnings.push({
      line: lines[first]!.no,
      code: 'uncertain-table',
      message: tableWarning(lines, first, end, doubt),
    });
    const id = lines[first]!.no;
    for (const line of lines.slice(first, end)) result.push(isBlank(line) ? line : { ...line, preformatted: id });
    cursor = end;
  }
  return [...result, ...lines.slice(cursor)];
}
