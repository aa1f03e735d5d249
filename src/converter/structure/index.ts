/**
 * Stage 5 — structure: segmented, repaired documents → documents with metadata and body blocks.
 * The 目录, when printed, supplies sections and page numbers and cross-checks every title.
 */
import { matchDateLine, organsFromTitle, isPersonnelTitle, withoutWhitespace } from '../../vocabulary/index.ts';
import type { DocumentSegment, SegmentedIssue, TocEntry } from '../segment/index.ts';
import type { Block, GazetteDocument, Journal } from '../types.ts';
import { buildBlocks } from './blocks.ts';
import { cleanTitle, documentType, inferSection } from './meta.ts';

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

/** Lines printed above the body — banner, speech subtitle and speaker, addressee — as paragraphs. */
function headBlocks(segment: DocumentSegment): Block[] {
  const paragraph = (text: string, line: number): Block => ({ kind: 'paragraph', text, lead: null, line });
  const blocks = segment.banner.map((line) => paragraph(line.text, line.no));
  if (segment.subtitle) blocks.push(paragraph(segment.subtitle.line.text, segment.subtitle.line.no));
  if (segment.speaker) blocks.push({ kind: 'speaker', ...segment.speaker });
  if (segment.addressee) blocks.push(paragraph(segment.addressee.text, segment.addressee.no));
  return blocks;
}

/**
 * The 印发 line closes the body. A second organ-and-date block right above it is the printer's
 * imprint (版记), not a signatory: it is shown with the 印发 line.
 */
function closeWithIssuedLine(blocks: Block[], segment: DocumentSegment): void {
  if (!segment.issued) return;
  const signature = blocks.find((block) => block.kind === 'signature');
  const last = blocks[blocks.length - 1];
  const imprint =
    last?.kind === 'signature' && last !== signature ? (blocks.pop() as Extract<Block, { kind: 'signature' }>) : null;
  const issuedLine = segment.issued.line.text;
  const text = imprint ? [...imprint.organs, imprint.date, issuedLine].join('\n') : issuedLine;
  blocks.push({ kind: 'issued', text, line: imprint?.line ?? segment.issued.line.no });
}

export function structureDocuments(
  segmented: SegmentedIssue,
  journal: Journal,
  issueColumnWidth: number | null = null,
): GazetteDocument[] {
  const count = segmented.documents.length;
  return segmented.documents.map((segment, index) => {
    const title = cleanTitle(segment.titleLines.map((line) => line.text).join(''));
    const docNumber = segment.docNumber?.value ?? null;
    const type = segment.kind === 'statistics' ? '统计数据' : documentType(title);
    const personnel = isPersonnelTitle(title);
    const blocks = headBlocks(segment);
    blocks.push(
      ...buildBlocks(
        segment.body,
        { title, numberedParagraphs: type === '批复' || segment.kind === 'statistics' || personnel, personnel },
        journal,
        { fallbackCaption: segment.kind === 'statistics' ? title : null, issueColumnWidth },
      ),
    );
    closeWithIssuedLine(blocks, segment);

    const signature = blocks.find((block) => block.kind === 'signature');
    const organs = signature ? signature.organs.map(withoutWhitespace) : organsFromTitle(title);
    const signed = signature ? matchDateLine(signature.date) : (segment.subtitle?.date ?? null);
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
        section: entry?.section ?? segment.headerSection ?? inferSection(segment.kind, title, organs, docNumber),
        title,
        organs,
        docNumber,
        date: signed?.iso ?? null,
        issuedDate: segment.issued?.iso ?? null,
        type,
        addressee: segment.addressee ? withoutWhitespace(segment.addressee.text) : null,
        speaker: segment.speaker ? { office: segment.speaker.office, name: segment.speaker.name } : null,
        printedPage: entry?.page ?? null,
        sourceLines: { start: segment.start, end: segment.end },
      },
      blocks,
    };
  });
}
