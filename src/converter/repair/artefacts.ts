/**
 * Before segmenting: read tables laid out in other ways as TAB rows, remove what the extraction
 * added around the text — page breaks, page numbers, running headers, ruled lines — and strip
 * extractor markup from every line. Each removal is journaled.
 * A running header that names another issue than the file's stops the build.
 */
import { isGazetteNameHeader, isPageNumber, isSeparatorLine, isTableRow, matchRunningHeader } from '../detect/index.ts';
import { GazetteInputError } from '../errors.ts';
import type { IssueId, Journal, SourceLine } from '../types.ts';
import { stripExtractorMarkup } from './markup.ts';
import { tablesToColumns } from './tables.ts';

export function cleanSourceLines(lines: SourceLine[], issue: IssueId, file: string, journal: Journal): SourceLine[] {
  const cleaned: SourceLine[] = [];
  for (const line of tablesToColumns(lines, journal)) {
    if (line.text.includes('\f')) {
      // pdftotext marks each page break with a form feed.
      journal.artefacts.push({ line: line.no, kind: 'page-break', text: '\f' });
      line.text = line.text.replace(/\f/g, '');
    }
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
    if (!isTableRow(line.text) && isGazetteNameHeader(line.text)) {
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
    cleaned.push({ ...line, text: stripExtractorMarkup(line.text, line.no, journal), ...(bullet ? { bullet } : {}) });
  }
  return cleaned;
}
