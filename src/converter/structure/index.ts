/**
 * Stage 5 — structure: segmented documents → documents with metadata and body blocks. The 目录,
 * when printed, supplies sections and page numbers and cross-checks every title.
 */
import { matchDateLine, withoutWhitespace } from '../detect/index.ts';
import { repairText } from '../repair/characters.ts';
import type { DocumentSegment, SegmentedIssue, TocEntry } from '../segment/index.ts';
import type { Block, GazetteDocument, Journal } from '../types.ts';
import { buildBlocks } from './blocks.ts';
import { cleanTitle, documentType, inferSection, isPersonnelTitle, organsFromTitle } from './meta.ts';

function titleOf(segment: DocumentSegment, journal: Journal): string {
  return cleanTitle(segment.titleLines.map((line) => repairText(line.text.trim(), line.no, journal)).join(''));
}

/** Pairs documents with 目录 entries: in order when the counts agree, else by 文号 or title. */
function tocEntryFor(
  toc: TocEntry[],
  index: number,
  count: number,
  title: string,
  docNumber: string | null,
): TocEntry | null {
  if (toc.length === 0) return null;
  if (toc.length === count) return toc[index] ?? null;
  return toc.find((entry) => (docNumber && entry.docNumber === docNumber) || entry.title === title) ?? null;
}

export function structureDocuments(segmented: SegmentedIssue, journal: Journal): GazetteDocument[] {
  const count = segmented.documents.length;
  return segmented.documents.map((segment, index) => {
    const title = titleOf(segment, journal);
    const docNumber = segment.docNumber?.value ?? null;
    const type = segment.kind === 'statistics' ? '统计数据' : documentType(title);
    const personnel = isPersonnelTitle(title);
    const blocks: Block[] = segment.banner.map((line) => ({
      kind: 'paragraph',
      text: repairText(line.text.trim(), line.no, journal),
      lead: null,
      line: line.no,
    }));
    if (segment.subtitle) {
      blocks.push({
        kind: 'paragraph',
        text: repairText(segment.subtitle.text.trim(), segment.subtitle.no, journal),
        lead: null,
        line: segment.subtitle.no,
      });
    }
    if (segment.addressee) {
      blocks.push({
        kind: 'paragraph',
        text: repairText(segment.addressee.text.trim(), segment.addressee.no, journal),
        lead: null,
        line: segment.addressee.no,
      });
    }
    blocks.push(
      ...buildBlocks(
        segment.body,
        {
          title,
          numberedParagraphs: type === '批复' || segment.kind === 'statistics' || personnel,
          personnel,
          speech: segment.kind === 'speech',
        },
        journal,
        segment.kind === 'statistics' ? title : null,
      ),
    );
    const signature = blocks.find((block) => block.kind === 'signature');
    if (segment.issued) {
      const issuedLine = repairText(segment.issued.line.text.trim(), segment.issued.line.no, journal);
      // A second organ-and-date block right above the 印发 line is the printer's imprint (版记),
      // not a signatory: it is shown with the 印发 line.
      const last = blocks[blocks.length - 1];
      const imprint =
        last?.kind === 'signature' && last !== signature
          ? (blocks.pop() as Extract<Block, { kind: 'signature' }>)
          : null;
      const text = imprint ? [...imprint.organs, imprint.date, issuedLine].join('\n') : issuedLine;
      blocks.push({ kind: 'issued', text, line: imprint?.line ?? segment.issued.line.no });
    }

    const organs = signature?.kind === 'signature' ? signature.organs.map(withoutWhitespace) : organsFromTitle(title);
    const signed =
      signature?.kind === 'signature'
        ? matchDateLine(signature.date)
        : segment.subtitle
          ? matchDateLine(segment.subtitle.text.replace(/^\s*[—–-]+\s*/, '').replace(/日.*$/, '日'))
          : null;
    const entry = tocEntryFor(segmented.toc, index, count, title, docNumber);
    if (entry && withoutWhitespace(entry.title) !== title) {
      journal.warnings.push({
        line: entry.line,
        code: 'toc-mismatch',
        message: `目录中的标题“${entry.title}”与正文标题“${title}”不一致。`,
      });
    }
    if (signed?.iso && segment.issued?.iso && signed.iso !== segment.issued.iso) {
      journal.warnings.push({
        line: segment.issued.line.no,
        code: 'signature-date-differs',
        message: `成文日期 ${signed.printed} 与印发日期 ${segment.issued.printed} 不同，请核对。`,
      });
    }
    return {
      meta: {
        order: index + 1,
        section: entry?.section ?? inferSection(segment.kind, title, organs, docNumber),
        title,
        organs,
        docNumber,
        date: signed?.iso ?? null,
        issuedDate: segment.issued?.iso ?? null,
        type,
        addressee: segment.addressee ? withoutWhitespace(segment.addressee.text) : null,
        printedPage: entry?.page ?? null,
        sourceLines: { start: segment.start, end: segment.end },
      },
      blocks,
    };
  });
}
