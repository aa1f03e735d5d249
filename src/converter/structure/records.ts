/**
 * A document body as records: one per printed line of text, one per table (its rows across page
 * breaks). Each line record knows what set it apart from the line above (a blank line, a page
 * break) and where it stood on the page; the wrap rules then merge the printed lines of one
 * paragraph, heading or title into one logical line.
 */
import { isTableRow } from '../detect/index.ts';
import type { SourceLine } from '../types.ts';

export interface LineRecord {
  kind: 'line';
  /** The first source line of the record. */
  no: number;
  text: string;
  /** The printed lines merged into this record, in order (one until the wrap rules join lines). */
  lines: SourceLine[];
  /** A blank line (or, once lines are rejoined, the start of a new logical line) came before it. */
  gapBefore: boolean;
  /** Page furniture stood between this record and the text above it. */
  afterPageBreak: boolean;
  bullet: boolean;
}

export interface TableRecord {
  kind: 'table';
  no: number;
  lines: SourceLine[];
  gapBefore: boolean;
  /** The table could not be rebuilt: its lines are kept as printed. */
  preformatted?: boolean;
}

export type BodyRecord = LineRecord | TableRecord;

function tableRows(lines: SourceLine[], index: number): { rows: SourceLine[]; end: number } {
  const first = lines[index]!;
  const rows: SourceLine[] = [];
  let cursor = index;
  while (cursor < lines.length) {
    const current = lines[cursor]!;
    if (isTableRow(current.text)) {
      if (current.table !== first.table) break;
      rows.push(current);
    } else if (current.text.trim() === '') {
      // A blank line (a page break) inside a table: the table goes on if a row follows it.
      let next = cursor + 1;
      while (next < lines.length && lines[next]!.text.trim() === '') next += 1;
      if (next >= lines.length || !isTableRow(lines[next]!.text)) break;
      rows.push(current);
    } else break;
    cursor += 1;
  }
  return { rows, end: cursor };
}

/** The lines of the table kept as printed that starts at `index`, over the page breaks inside it. */
function preformattedLines(lines: SourceLine[], index: number): { rows: SourceLine[]; end: number } {
  const id = lines[index]!.preformatted;
  let end = index + 1;
  for (let cursor = end; cursor < lines.length; cursor += 1) {
    const line = lines[cursor]!;
    if (line.preformatted === id) end = cursor + 1;
    else if (line.text.trim() !== '') break;
  }
  return { rows: lines.slice(index, end), end };
}

/** Groups body lines into line records and table records (a table continues across page breaks). */
export function toRecords(lines: SourceLine[]): BodyRecord[] {
  const records: BodyRecord[] = [];
  // The body's first line starts a block, as if a blank line preceded it.
  let gapBefore = true;
  let afterPageBreak = false;
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index]!;
    if (line.afterPageBreak) afterPageBreak = true;
    if (line.text.trim() === '') {
      gapBefore = true;
      continue;
    }
    if (line.preformatted !== undefined) {
      const { rows, end } = preformattedLines(lines, index);
      records.push({ kind: 'table', no: line.no, lines: rows, gapBefore, preformatted: true });
      index = end - 1;
    } else if (isTableRow(line.text)) {
      const { rows, end } = tableRows(lines, index);
      records.push({ kind: 'table', no: line.no, lines: rows, gapBefore });
      index = end - 1;
    } else {
      records.push({
        kind: 'line',
        no: line.no,
        text: line.text.trim(),
        lines: [line],
        gapBefore,
        afterPageBreak,
        bullet: line.bullet === true,
      });
    }
    gapBefore = false;
    afterPageBreak = false;
  }
  return records;
}
