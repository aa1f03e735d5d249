/**
 * The converter: one raw issue file → its documents, ready to emit as Markdown, and a journal of
 * every artefact removed, repair made, doubt raised and structural decision taken. Pure: bytes
 * in, data out. The stages run in the order their folders are named:
 * read → detect → segment → repair → structure (→ emit, called by the publishing step).
 */
import { detectLines } from './detect/index.ts';
import { GazetteInputError } from './errors.ts';
import { decodeIssueBytes, issueIdFromFileName, splitLines } from './read/index.ts';
import { repairSegment } from './repair/index.ts';
import { segmentIssue } from './segment/index.ts';
import { structureDocuments } from './structure/index.ts';
import { createJournal, type ConvertedIssue } from './types.ts';

export function convertIssue(fileName: string, bytes: Uint8Array): ConvertedIssue {
  const issue = issueIdFromFileName(fileName);
  const { text } = decodeIssueBytes(bytes, fileName);
  const journal = createJournal();
  const { lines, sectionHints, columnWidth } = detectLines(splitLines(text), issue, fileName, journal);
  const segmented = segmentIssue(fileName, lines, journal, sectionHints);
  const repaired = { ...segmented, documents: segmented.documents.map((segment) => repairSegment(segment, journal)) };
  const documents = structureDocuments(repaired, journal, columnWidth);
  if (documents.length === 0) {
    throw new GazetteInputError(
      fileName,
      1,
      '文件中没有找到任何公文。',
      '请检查是否粘贴了公报正文：每期公报应包含若干篇文件（标题、文号、正文）和最后的统计数据表。',
    );
  }
  return { file: fileName, issue, documents, journal };
}

export { GazetteInputError } from './errors.ts';
export type * from './types.ts';
