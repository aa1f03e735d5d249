/**
 * The converter: one raw issue file → its documents, ready to emit as Markdown, and a journal of
 * every artefact removed, repair made and doubt raised. Pure: bytes in, data out.
 */
import { GazetteInputError } from './errors.ts';
import { cleanSourceLines } from './repair/artefacts.ts';
import { decodeIssueBytes, issueIdFromFileName, splitLines } from './read/index.ts';
import { segmentIssue } from './segment/index.ts';
import { structureDocuments } from './structure/index.ts';
import { createJournal, type ConvertedIssue } from './types.ts';

export function convertIssue(fileName: string, bytes: Uint8Array): ConvertedIssue {
  const issue = issueIdFromFileName(fileName);
  const { text } = decodeIssueBytes(bytes, fileName);
  const journal = createJournal();
  const lines = cleanSourceLines(splitLines(text), issue, fileName, journal);
  const segmented = segmentIssue(fileName, lines, journal);
  const documents = structureDocuments(segmented, journal);
  if (documents.length === 0) {
    throw new GazetteInputError(
      fileName,
      1,
      '文件中没有找到任何公文。',
      '请检查是否粘贴了公报正文，每篇文件应以“（某年某月某日印发）”一行结束。',
    );
  }
  return { file: fileName, issue, documents, journal };
}

export { GazetteInputError } from './errors.ts';
export type * from './types.ts';
