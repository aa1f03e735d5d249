/**
 * Stage 4 — repair: character repairs on every line of every document, wording never changed —
 * layout spaces removed, half-width punctuation widened, misrecognised traditional characters and
 * full-width digits replaced — each journaled with its line. Table rows are repaired cell by cell
 * (a cell may hold several paragraphs, one per line). Joining broken lines is decided by the
 * structure stage and done by `joinBrokenLine` (join.ts).
 */
import type { DocumentSegment } from '../segment/index.ts';
import type { Journal, SourceLine } from '../types.ts';
import { repairText } from './characters.ts';

export { repairText } from './characters.ts';
export { joinBrokenLine, joinText } from './join.ts';

function repairCell(cell: string, line: number, journal: Journal): string {
  return cell
    .split('\n')
    .map((part) => repairText(part.trim().replace(/[ \u3000]{2,}/g, ' '), line, journal))
    .filter((part, _index, parts) => part !== '' || parts.length === 1)
    .join('\n');
}

/** One line repaired: running text trimmed and repaired, a table row cell by cell. */
export function repairLine(line: SourceLine, journal: Journal): SourceLine {
  // A table kept as printed keeps its spaces: they are all that shows its columns.
  if (line.text.trim() === '' || line.preformatted !== undefined) return line;
  const text = line.text.includes('\t')
    ? line.text
        .split('\t')
        .map((cell) => repairCell(cell, line.no, journal))
        .join('\t')
    : repairText(line.text.trim(), line.no, journal);
  return text === line.text ? line : { ...line, text, raw: line.raw ?? line.text };
}

/** Every line of a segmented document repaired, in reading order. */
export function repairSegment(segment: DocumentSegment, journal: Journal): DocumentSegment {
  const repair = (line: SourceLine) => repairLine(line, journal);
  return {
    ...segment,
    banner: segment.banner.map(repair),
    titleLines: segment.titleLines.map(repair),
    addressee: segment.addressee && repair(segment.addressee),
    subtitle: segment.subtitle && { ...segment.subtitle, line: repair(segment.subtitle.line) },
    body: segment.body.map(repair),
    issued: segment.issued && { ...segment.issued, line: repair(segment.issued.line) },
  };
}
