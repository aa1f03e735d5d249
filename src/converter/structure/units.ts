/**
 * The body of a document as units: one per non-blank line, one per table (its rows across page
 * breaks), each knowing whether a blank line or an indent set it apart. Also the measures of the
 * layout the extraction used: hard-wrapped columns and indented paragraphs.
 */
import { isTableRow } from '../detect/index.ts';
import { repairText } from '../repair/characters.ts';
import type { Journal, SourceLine } from '../types.ts';

export interface LineUnit {
  kind: 'line';
  no: number;
  text: string;
  blankBefore: boolean;
  bullet: boolean;
  /** The line starts with an indent (two spaces or a full-width space), as a paragraph's first line does. */
  indented: boolean;
}

export interface TableUnit {
  kind: 'table';
  no: number;
  lines: SourceLine[];
  blankBefore: boolean;
}

export type Unit = LineUnit | TableUnit;

/** Groups body lines into line units and table units (a table continues across page breaks). */
export function toUnits(lines: SourceLine[], journal: Journal): Unit[] {
  const units: Unit[] = [];
  // The body's first line starts a block, as if a blank line preceded it.
  let blankBefore = true;
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index]!;
    if (line.text.trim() === '') {
      blankBefore = true;
      continue;
    }
    if (isTableRow(line.text)) {
      const rows: SourceLine[] = [];
      let cursor = index;
      while (cursor < lines.length) {
        const current = lines[cursor]!;
        if (isTableRow(current.text) && current.table !== line.table) break;
        if (isTableRow(current.text)) rows.push(current);
        else if (current.text.trim() === '') {
          const next = lines.slice(cursor + 1).find((candidate) => candidate.text.trim() !== '');
          if (!next || !isTableRow(next.text)) break;
          rows.push(current);
        } else break;
        cursor += 1;
      }
      units.push({ kind: 'table', no: line.no, lines: rows, blankBefore });
      index = cursor - 1;
    } else {
      const indented = /^(?: {2,}|\u3000)/.test(line.text);
      units.push({
        kind: 'line',
        no: line.no,
        text: repairText(line.text.trim(), line.no, journal),
        blankBefore,
        bullet: line.bullet === true,
        indented,
      });
    }
    blankBefore = false;
  }
  return units;
}

/**
 * When the extraction hard-wrapped a narrow column, most lines have nearly the same length; a
 * line that reaches that width was cut by the layout, not ended by the writer. Returns the length
 * from which a line counts as full, or null for text with one paragraph per line.
 */
export function hardWrapWidth(units: Unit[]): number | null {
  const lengths = units
    .filter((unit): unit is LineUnit => unit.kind === 'line')
    .map((unit) => unit.text.length)
    .sort((a, b) => a - b);
  if (lengths.length < 6) return null;
  const width = lengths[Math.floor(0.9 * (lengths.length - 1))]!;
  const full = Math.ceil(width * 0.85);
  if (width < 12 || width > 45 || lengths.filter((length) => length >= full).length < lengths.length / 2) return null;
  return full;
}

/**
 * Some extractions keep the two-character indent that starts every Chinese paragraph and wrap the
 * rest of it flush left. Then the indent, not the punctuation, says where paragraphs begin.
 */
export function isIndentedLayout(units: Unit[]): boolean {
  const lines = units.filter((unit): unit is LineUnit => unit.kind === 'line');
  const indented = lines.filter((unit) => unit.indented).length;
  return indented >= 3 && indented >= lines.length * 0.15 && indented <= lines.length * 0.85;
}
