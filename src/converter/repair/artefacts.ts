/**
 * Before segmenting: remove what the extraction added around the text — page numbers, running
 * headers, ruled lines — and strip extractor markup from every line. Each removal is journaled.
 * A running header that names another issue than the file's stops the build.
 */
import { isPageNumber, isSeparatorLine, isTableRow, matchRunningHeader } from '../detect/index.ts';
import { GazetteInputError } from '../errors.ts';
import type { IssueId, Journal, SourceLine } from '../types.ts';
import { stripExtractorMarkup } from './markup.ts';

/** Two or more spaces inside a line separate columns of a table laid out with spaces. */
const COLUMN_GAP = /(?<=\S)[ \u3000]{2,}(?=\S)/g;

/** The cells a line would have if its column gaps separate columns; 1 when it has no gap. */
function gapCells(line: SourceLine | undefined): number {
  if (!line || line.text.includes('\t')) return 0;
  return line.text.trim().split(COLUMN_GAP).length;
}

/**
 * Rows of a table laid out with spaces instead of TABs: consecutive lines with column gaps, each
 * with three or more cells, or two when a neighbour has two as well (so that a lone `区长  王明`
 * beside a table stays text). Their gaps become TABs (journaled), so the table stage reads them.
 */
export function spacesToColumns(lines: SourceLine[], journal: Journal): SourceLine[] {
  return lines.map((line, index) => {
    const cells = gapCells(line);
    const neighbours = [gapCells(lines[index - 1]), gapCells(lines[index + 1])];
    const isRow = cells >= 2 && neighbours.some((count) => count >= 2 && (cells >= 3 ? count >= 3 : count === 2));
    if (!isRow) return line;
    journal.repairs.push({ line: line.no, kind: 'spaces-as-columns', before: line.text, after: line.text.trim().replace(COLUMN_GAP, '⇥') });
    return { ...line, text: line.text.trim().replace(COLUMN_GAP, '\t') };
  });
}

export function cleanSourceLines(lines: SourceLine[], issue: IssueId, file: string, journal: Journal): SourceLine[] {
  const cleaned: SourceLine[] = [];
  for (const line of spacesToColumns(lines, journal)) {
    const header = isTableRow(line.text) ? null : matchRunningHeader(line.text);
    if (header) {
      if (header.year !== issue.year || header.number !== issue.number) {
        throw new GazetteInputError(
          file,
          line.no,
          `页眉写的是 ${header.year}年第${header.number}期，但文件名表明这是 ${issue.title}。`,
          '请确认文件名中的年份和期号与公报刊头一致；若文件名有误，请改名后重新提交。',
        );
      }
      journal.artefacts.push({ line: line.no, kind: 'running-header', text: line.text });
      cleaned.push({ no: line.no, text: '' });
      continue;
    }
    if (!isTableRow(line.text) && isPageNumber(line.text)) {
      journal.artefacts.push({ line: line.no, kind: 'page-number', text: line.text });
      cleaned.push({ no: line.no, text: '' });
      continue;
    }
    if (isSeparatorLine(line.text)) {
      journal.artefacts.push({ line: line.no, kind: 'separator-line', text: line.text });
      cleaned.push({ no: line.no, text: '' });
      continue;
    }
    const bullet = /^\s*[-*+][ \t]+\S/.test(line.text);
    const text = stripExtractorMarkup(line.text, line.no, journal);
    cleaned.push(bullet ? { no: line.no, text, bullet } : { no: line.no, text });
  }
  return cleaned;
}
