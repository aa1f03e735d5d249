/**
 * Stage 3 — segment: one issue's lines → its 目录 (if printed) and its documents, each divided
 * into zones: title, 文号, addressee (主送), body and the closing 印发 line. Boundaries come from
 * kinds of line: the 印发 line ends a document; a statistics title, a speech's dated subtitle or a
 * title followed by a 文号 line starts one.
 */
import {
  endsSentence,
  findDocNumber,
  isAddresseeLine,
  isSpeechSubtitle,
  isTableRow,
  isTocHeading,
  matchDateLine,
  matchDocNumberLine,
  matchIssuedLine,
  matchSectionLabel,
  matchStatisticsTitle,
  matchTocPage,
  withoutWhitespace,
} from '../detect/index.ts';
import { GazetteInputError } from '../errors.ts';
import type { Journal, SourceLine } from '../types.ts';

export interface TocEntry {
  section: string | null;
  /** The entry's title without the 文号 and page, whitespace removed. */
  title: string;
  docNumber: string | null;
  page: number;
  line: number;
}

export type SegmentKind = 'document' | 'statistics' | 'speech';

export interface DocumentSegment {
  kind: SegmentKind;
  /** Non-blank title lines (for a speech: title before the subtitle). */
  titleLines: SourceLine[];
  docNumber: { value: string; line: number } | null;
  addressee: SourceLine | null;
  /** For a speech: the dated subtitle. */
  subtitle: SourceLine | null;
  /** The document's banner (`…人民政府文件`) when printed above the 文号 and title. */
  banner: SourceLine[];
  /** Every line between the head and the 印发 line, blank lines included. */
  body: SourceLine[];
  issued: { iso: string | null; printed: string; line: SourceLine } | null;
  start: number;
  end: number;
}

export interface SegmentedIssue {
  toc: TocEntry[];
  documents: DocumentSegment[];
}

const nonBlank = (line: SourceLine) => line.text.trim() !== '';

/**
 * The 目录 runs from its heading while lines are section labels, blank, or entries ending with a
 * page number (an entry may wrap onto the next non-blank line).
 */
export function splitTableOfContents(lines: SourceLine[], journal: Journal): { toc: TocEntry[]; rest: SourceLine[] } {
  const first = lines.findIndex(nonBlank);
  if (first === -1 || !isTocHeading(lines[first]!.text)) return { toc: [], rest: lines };
  const toc: TocEntry[] = [];
  let section: string | null = null;
  let pending: SourceLine[] = [];
  let index = first + 1;
  for (; index < lines.length; index += 1) {
    const line = lines[index]!;
    const text = line.text.trim();
    if (text === '') continue;
    const label = matchSectionLabel(text);
    if (label) {
      section = label;
      continue;
    }
    if (/^[\s\-=_.—–]+$/.test(line.text)) continue;
    const page = matchTocPage(text);
    if (page !== null) {
      pending.push(line);
      toc.push(tocEntry(pending.map((part) => part.text.trim()).join(''), section, page, pending[0]!.no));
      pending = [];
      continue;
    }
    // An entry wrapped over several lines: its last line carries the page number.
    if (pending.length < 4 && !matchDocNumberLine(text) && entryEndsWithin(lines, index + 1, 4 - pending.length)) {
      pending.push(line);
      continue;
    }
    break;
  }
  for (const line of lines.slice(first, index)) {
    if (nonBlank(line)) journal.artefacts.push({ line: line.no, kind: 'table-of-contents', text: line.text });
  }
  return { toc, rest: lines.slice(index) };
}

/** Whether one of the next `count` non-blank lines ends a 目录 entry, with no section label before it. */
function entryEndsWithin(lines: SourceLine[], from: number, count: number): boolean {
  for (const line of lines.slice(from).filter(nonBlank).slice(0, count)) {
    if (matchSectionLabel(line.text) || matchDocNumberLine(line.text)) return false;
    if (matchTocPage(line.text) !== null) return true;
  }
  return false;
}

/** A 目录 entry from its joined lines: title, 文号 and page (already read by matchTocPage). */
function tocEntry(joined: string, section: string | null, page: number, line: number): TocEntry {
  const withoutPage = withoutWhitespace(
    joined.replace(/(?:\.{2,}|…+|·{2,})?\s*[（(]\s*\d{1,3}\s*[）)]\s*$|(?:\.{2,}|…+|\t|·{2,})\s*\d{1,3}\s*$/, ''),
  );
  const docNumber = findDocNumber(withoutPage);
  const title = withoutPage.replace(/[（(][^（()）]*〔\d{4}〕[^（()）]*号[）)]$/, '').replace(/[.…]+$/, '');
  return { section, title, docNumber, page, line };
}

/** Lines of one wrapped head line joined, numbered as the first. */
function joinedLine(lines: SourceLine[]): SourceLine {
  return { no: lines[0]!.no, text: lines.map((line) => line.text.trim()).join('') };
}

/** Title lines directly above `index`: up to six non-blank lines that do not end a sentence. */
function titleStartBefore(lines: SourceLine[], index: number, floor: number): number {
  let start = index;
  let taken = 0;
  for (let cursor = index - 1; cursor >= floor && taken < 6; cursor -= 1) {
    const text = lines[cursor]!.text.trim();
    if (text === '') continue;
    if (endsSentence(text) || matchDateLine(text) || isTableRow(lines[cursor]!.text) || matchIssuedLine(text)) break;
    start = cursor;
    taken += 1;
  }
  return start;
}

/**
 * Indexes (into `lines`) where a new document begins inside a stretch ended by one 印发 line: a
 * statistics title, the title above a speech's dated subtitle, or the title above a 文号 line
 * that is not part of the head of the document begun just before.
 */
function documentStarts(lines: SourceLine[]): number[] {
  const starts = [lines.findIndex(nonBlank)];
  const startAt = (index: number) => {
    if (index > starts[starts.length - 1]!) starts.push(index);
  };
  /** Whether body text (a finished sentence, a table row) stands between the last start and `index`. */
  const bodySince = (index: number) =>
    lines
      .slice(starts[starts.length - 1]!, index)
      .some((line) => nonBlank(line) && (endsSentence(line.text) || isTableRow(line.text)));
  lines.forEach((line, index) => {
    if (!nonBlank(line) || isTableRow(line.text)) return;
    if (matchStatisticsTitle(line.text)) startAt(index);
    else if (isSpeechSubtitle(line.text) && bodySince(index)) startAt(titleStartBefore(lines, index, 0));
    else if (matchDocNumberLine(line.text) && bodySince(index)) startAt(titleStartBefore(lines, index, 0));
  });
  return starts.filter((start) => start >= 0);
}

export function segmentIssue(file: string, lines: SourceLine[], journal: Journal): SegmentedIssue {
  const { toc, rest } = splitTableOfContents(lines, journal);
  const documents: DocumentSegment[] = [];
  let stretch: SourceLine[] = [];
  const flush = (closing: SourceLine | null) => {
    if (!stretch.some(nonBlank)) {
      stretch = [];
      return;
    }
    const starts = documentStarts(stretch);
    starts.forEach((start, position) => {
      const end = starts[position + 1] ?? stretch.length;
      const isLast = position === starts.length - 1;
      documents.push(parseSegment(file, stretch.slice(start, end), isLast ? closing : null));
    });
    stretch = [];
  };
  for (const line of rest) {
    if (matchIssuedLine(line.text)) {
      stretch.push(line);
      flush(line);
    } else {
      stretch.push(line);
    }
  }
  flush(null);
  return { toc, documents };
}

function parseSegment(file: string, lines: SourceLine[], closing: SourceLine | null): DocumentSegment {
  const content = closing ? lines.slice(0, lines.indexOf(closing)) : lines;
  const visible = content.filter(nonBlank);
  if (visible.length === 0) {
    throw new GazetteInputError(
      file,
      closing!.no,
      '这一行印发行上方没有文件内容：两行印发行之间缺了一篇文件，或印发行重复了。',
      '请对照 PDF 检查这里是否漏复制了一篇文件，或删除重复的印发行。',
    );
  }
  const first = visible[0]!;
  const issuedMatch = closing ? matchIssuedLine(closing.text) : null;
  const issued = closing && issuedMatch ? { ...issuedMatch, line: closing } : null;
  const base = { start: first.no, end: (closing ?? visible[visible.length - 1]!).no, issued };

  if (matchStatisticsTitle(first.text)) {
    return {
      ...base,
      kind: 'statistics',
      titleLines: [first],
      banner: [],
      docNumber: null,
      addressee: null,
      subtitle: null,
      body: content.slice(content.indexOf(first) + 1),
    };
  }

  const subtitleIndex = visible.slice(0, 7).findIndex((line) => isSpeechSubtitle(line.text));
  if (subtitleIndex > 0) {
    const subtitle = visible[subtitleIndex]!;
    return {
      ...base,
      kind: 'speech',
      titleLines: visible.slice(0, subtitleIndex),
      banner: [],
      docNumber: null,
      addressee: null,
      subtitle,
      body: content.slice(content.indexOf(subtitle) + 1),
    };
  }

  // The head: title lines, then the 文号 line and/or the addressee line, within the first lines.
  const numberIndex = visible.slice(0, 8).findIndex((line) => matchDocNumberLine(line.text));
  // The banner of an official document (`济南市槐荫区人民政府文件`) may stand above the 文号, with
  // the title below it: then the title runs from the 文号 to the addressee.
  const banner =
    numberIndex > 0 && visible.slice(0, numberIndex).every((line) => /文件$/.test(withoutWhitespace(line.text)))
      ? visible.slice(0, numberIndex)
      : [];
  const afterNumber = numberIndex === -1 ? 0 : numberIndex + 1;
  let addresseeIndex = visible
    .slice(afterNumber, afterNumber + (numberIndex === -1 || banner.length > 0 ? 6 : 3))
    .findIndex((line) => isAddresseeLine(line.text));
  let addresseeStart = addresseeIndex === -1 ? -1 : afterNumber + addresseeIndex;
  // An addressee wrapped over lines: the lines above its colon that list recipients (commas).
  while (
    addresseeStart > afterNumber &&
    /[，、]/.test(visible[addresseeStart - 1]!.text) &&
    !endsSentence(visible[addresseeStart - 1]!.text)
  )
    addresseeStart -= 1;
  // Below a 文号, the addressee comes first (after the title, under a banner); a colon further
  // down ends a sentence of the body.
  const titleBelow =
    banner.length > 0 &&
    addresseeStart > afterNumber &&
    visible.slice(afterNumber, addresseeStart).every((line) => !endsSentence(line.text));
  if (numberIndex !== -1 && addresseeStart > afterNumber && !titleBelow) addresseeIndex = addresseeStart = -1;
  const addressee =
    addresseeIndex === -1 ? null : joinedLine(visible.slice(addresseeStart, afterNumber + addresseeIndex + 1));
  const titleStart = titleBelow ? afterNumber : 0;
  const titleEnd = titleBelow ? addresseeStart : numberIndex !== -1 ? numberIndex : addressee ? addresseeStart : -1;
  if (titleEnd <= 0) {
    throw new GazetteInputError(
      file,
      first.no,
      `从第 ${first.no} 行开始的文件找不到文号行或主送机关行，无法确定标题到哪里结束。`,
      '每篇文件的标题下应有单独一行文号（如 济槐政字〔2023〕1号）或以冒号结尾的主送机关行；请对照 PDF 补齐或检查是否漏复制了内容。',
    );
  }
  if (!closing) {
    throw new GazetteInputError(
      file,
      first.no,
      `从第 ${first.no} 行开始的文件“${withoutWhitespace(
        visible
          .slice(0, titleEnd)
          .map((line) => line.text)
          .join(''),
      )}”没有结尾的印发行，文件可能被截断了。`,
      '每篇文件应以“（2023年1月5日印发）”这样的一行结束；请对照 PDF 检查是否漏复制了文件末尾。',
    );
  }
  const lastHead = addressee ? visible[afterNumber + addresseeIndex]! : visible[numberIndex]!;
  return {
    ...base,
    kind: 'document',
    titleLines: visible.slice(titleStart, titleEnd),
    banner: titleBelow ? banner : [],
    docNumber:
      numberIndex === -1
        ? null
        : { value: matchDocNumberLine(visible[numberIndex]!.text)!, line: visible[numberIndex]!.no },
    addressee,
    subtitle: null,
    body: content.slice(content.indexOf(lastHead) + 1),
  };
}
