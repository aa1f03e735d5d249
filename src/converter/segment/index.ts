/**
 * Stage 3 — segment: one issue's lines → its 目录 (if printed) and its documents, each divided
 * into zones: title, 文号, addressee (主送), body and the closing 印发 line. Boundaries come from
 * kinds of line: the 印发 line ends a document; a statistics title, a speech's dated subtitle or a
 * title followed by a 文号 line starts one.
 */
import {
  endsSentence,
  withoutWhitespace,
  isSalutation,
  matchDateLine,
  matchDocNumberLine,
  matchIssuedLine,
  ORGAN_LINE,
  matchSpeaker,
  matchSpeechSubtitle,
  matchSpeechSubtitleWithoutTail,
  matchStatisticsTitle,
  matchSubtitleDate,
  TITLE_ORGAN_OPENING,
  type DateMatch,
} from '../../vocabulary/index.ts';
import { isTabular, type SectionHint } from '../detect/index.ts';
import { GazetteInputError } from '../errors.ts';
import type { Journal, SourceLine } from '../types.ts';
import { readDocumentHead } from './head.ts';
import { splitTableOfContents, type TocEntry } from './toc.ts';

export { splitTableOfContents, type TocEntry } from './toc.ts';

export type SegmentKind = 'document' | 'statistics' | 'speech';

export interface DocumentSegment {
  kind: SegmentKind;
  /** Non-blank title lines (for a speech: title before the subtitle). */
  titleLines: SourceLine[];
  docNumber: { value: string; line: number } | null;
  addressee: SourceLine | null;
  /** For a speech: the dated subtitle (its lines joined), the speaker and the salutation. */
  subtitle: { line: SourceLine; date: DateMatch } | null;
  speaker: { office: string; name: string; line: number } | null;
  /** The document's banner (`…人民政府文件`) when printed above the 文号 and title. */
  banner: SourceLine[];
  /** Every line between the head and the 印发 line, blank lines included. */
  body: SourceLine[];
  issued: { iso: string | null; printed: string; line: SourceLine } | null;
  /** The section a running header names on the document's pages, if the extraction kept one. */
  headerSection: string | null;
  start: number;
  end: number;
}

export interface SegmentedIssue {
  toc: TocEntry[];
  documents: DocumentSegment[];
}

const nonBlank = (line: SourceLine) => line.text.trim() !== '';

/** Up to `count` non-blank lines from `index` on, looking no further than a few blank lines ahead. */
function nextNonBlank(lines: SourceLine[], index: number, count: number): SourceLine[] {
  const found: SourceLine[] = [];
  for (let cursor = index; cursor < lines.length && cursor < index + count * 4 && found.length < count; cursor += 1) {
    if (nonBlank(lines[cursor]!)) found.push(lines[cursor]!);
  }
  return found;
}

/** A speech's subtitle starting at `index` (over up to three non-blank lines), or null. */
function speechSubtitleAt(lines: SourceLine[], index: number): { lineCount: number; date: DateMatch } | null {
  if (!/^\s*[—–-]/.test(lines[index]!.text)) return null;
  const texts = nextNonBlank(lines, index, 3).map((line) => line.text);
  return matchSpeechSubtitle(texts) ?? matchSpeechSubtitleWithoutTail(texts);
}

/** How far down a stretch the 文号 of its first document may stand: table pieces read out of order, then a title. */
const HEAD_WINDOW = 24;

/** Most lines a narrow column wraps the statistics table's title over. */
const STATISTICS_TITLE_LINES = 3;

/**
 * The lines of the statistics table's title starting at `index`: the line alone when it names the
 * period and 经济指标 (`2022年1-12月全区主要经济指标完成情况`), or the title wrapped by a narrow column
 * (`2022年1-12月全区主要经济` ⏎ `指标完成情况`); a wrapped title's lines hold no punctuation of running
 * text and no table cells. Null when no statistics title starts there.
 */
export function statisticsTitleAt(lines: SourceLine[], index: number): SourceLine[] | null {
  const candidates = nextNonBlank(lines, index, STATISTICS_TITLE_LINES);
  const wrappable = (line: SourceLine) => !isTabular(line) && !/[，。；：,;:]/.test(line.text);
  for (let count = 1; count <= candidates.length; count += 1) {
    const taken = candidates.slice(0, count);
    if (count > 1 && !wrappable(taken[count - 1]!)) return null;
    if (matchStatisticsTitle(joinedText(taken))) return withTitleTail(taken, candidates[count]);
  }
  return null;
}

/** A title that names 经济指标 but not yet what of them (`…经济指标` ⏎ `完成情况`) takes in its tail. */
function withTitleTail(title: SourceLine[], next: SourceLine | undefined): SourceLine[] {
  const complete = /(?:情况|表)$/;
  if (complete.test(joinedText(title)) || next === undefined || isTabular(next)) return title;
  return complete.test(joinedText([...title, next])) && next.text.trim().length <= 8 ? [...title, next] : title;
}

const joinedText = (lines: readonly SourceLine[]) => lines.map((line) => line.text.trim()).join('');

/** Title lines directly above `index`: up to six non-blank lines that do not end a sentence. */
function titleStartBefore(lines: SourceLine[], index: number, floor: number): number {
  let start = index;
  let taken = 0;
  for (let cursor = index - 1; cursor >= floor && taken < 6; cursor -= 1) {
    const text = lines[cursor]!.text.trim();
    if (text === '') continue;
    if (endsSentence(text) || matchDateLine(text) || isTabular(lines[cursor]!) || matchIssuedLine(text)) break;
    start = cursor;
    taken += 1;
  }
  return start;
}

/**
 * Indexes (into `lines`) where a new document begins inside a stretch ended by one 印发 line: a
 * statistics title, the title above a speech's dated subtitle, or the title above a 文号 line
 * that is not part of the head of the document begun just before. One pass: whether body text
 * (a finished sentence, a table row) stands since the last start is tracked as it goes.
 */
function documentStarts(lines: SourceLine[]): number[] {
  const first = lines.findIndex(nonBlank);
  if (first === -1) return [];
  const starts = [first];
  let bodySinceStart = false;
  lines.forEach((line, index) => {
    if (index < first || !nonBlank(line)) return;
    let start: number | null = null;
    if (!isTabular(line)) {
      if (statisticsTitleAt(lines, index)) start = index;
      else if (bodySinceStart && (speechSubtitleAt(lines, index) || matchDocNumberLine(line.text))) {
        const titleStart = titleStartBefore(lines, index, starts[starts.length - 1]!);
        // A 文号 or subtitle with no title above it (a line out of place in the extraction) starts nothing.
        if (titleStart < index) start = titleStart;
      }
    }
    if (start !== null && start > starts[starts.length - 1]!) {
      starts.push(start);
      bodySinceStart = lines.slice(start, index + 1).some(isBodyText);
    }
    if (isBodyText(line)) bodySinceStart = true;
  });
  return starts;
}

function isBodyText(line: SourceLine): boolean {
  return nonBlank(line) && (endsSentence(line.text) || isTabular(line));
}

/**
 * Lines that belong to no document where they stand: text with no title above it, or a signature
 * or 印发 line on its own. Extractions that read a page out of order (poppler's reading order on
 * two columns) leave such fragments; they are given to a document and the build says so.
 */
interface Orphan {
  lines: SourceLine[];
  closing: SourceLine | null;
}

export function segmentIssue(
  file: string,
  lines: SourceLine[],
  journal: Journal,
  sectionHints: SectionHint[] = [],
): SegmentedIssue {
  const { toc, rest } = splitTableOfContents(lines, journal);
  const parts: (DocumentSegment | Orphan)[] = [];
  let stretch: SourceLine[] = [];
  const flush = (closing: SourceLine | null) => {
    const leading = leadingSignature(stretch) || leadingFragments(stretch);
    if (leading > 0) {
      parts.push({ lines: stretch.slice(0, leading), closing: null });
      stretch = stretch.slice(leading);
    }
    const starts = documentStarts(stretch);
    starts.forEach((start, position) => {
      const end = starts[position + 1] ?? stretch.length;
      const isLast = position === starts.length - 1;
      parts.push(parseSegment(stretch.slice(start, end), isLast ? closing : null, journal));
    });
    if (starts.length === 0 && closing) parts.push({ lines: [], closing });
    stretch = [];
  };
  for (const line of rest) {
    stretch.push(line);
    if (matchIssuedLine(line.text)) flush(line);
  }
  flush(null);
  const documents = placeOrphans(file, parts, journal);
  for (const document of documents) {
    if (document.kind === 'document' && !document.issued) warnMissingIssuedLine(document, journal);
  }
  assignHeaderSections(documents, sectionHints);
  return { toc, documents };
}

/**
 * The number of lines a signature takes at the head of a stretch (its organs' lines and its date),
 * or 0. An extraction that orders a page's blocks by position may read a document's 印发 line
 * before the signature above it: the signature then opens the next stretch, where it belongs to no
 * document's head.
 */
function leadingSignature(stretch: SourceLine[]): number {
  let organs = 0;
  for (let index = 0; index < stretch.length; index += 1) {
    const text = stretch[index]!.text.trim();
    if (text === '') continue;
    if (ORGAN_LINE.test(text)) organs += 1;
    else return organs > 0 && matchDateLine(text) ? index + 1 : 0;
  }
  return 0;
}

/**
 * The number of lines at the head of a stretch before an official document's title, or 0: short
 * pieces (a table's cells poppler read after the 印发 line of the document they belong to) above
 * the line that opens the title with its issuing organ, with the 文号 below it. A title opens with
 * its organ (GB/T 9704), so nothing above that line is the title's.
 */
function leadingFragments(stretch: SourceLine[]): number {
  const visible = stretch.map((line, index) => ({ line, index })).filter(({ line }) => nonBlank(line));
  const head = visible.slice(0, HEAD_WINDOW);
  const numberAt = head.findIndex(({ line }) => matchDocNumberLine(line.text));
  if (numberAt <= 0) return 0;
  const organAt = head
    .slice(0, numberAt)
    .findIndex(({ line }) => TITLE_ORGAN_OPENING.test(withoutWhitespace(line.text)));
  if (organAt <= 0) return 0;
  const pieces = head.slice(0, organAt).map(({ line }) => line.text);
  return pieces.every((text) => !endsSentence(text)) ? head[organAt]!.index : 0;
}

function isOrphan(part: DocumentSegment | Orphan): part is Orphan {
  return !('kind' in part);
}

/**
 * Gives every orphan to a document: a 印发 line to the nearest document that lacks one (after it
 * first, where a column read early belongs), other lines to the document before them (a signature
 * read after its 印发 line), or after them when none precedes. Refuses the issue only when no
 * document was found at all.
 */
function placeOrphans(file: string, parts: (DocumentSegment | Orphan)[], journal: Journal): DocumentSegment[] {
  const documents = parts.filter((part): part is DocumentSegment => !isOrphan(part));
  const orphans = parts.filter(isOrphan);
  if (documents.length === 0 && orphans.length > 0) throw noTitleAbove(file, orphans[0]!);
  for (const orphan of orphans) {
    const position = parts.indexOf(orphan);
    const before = parts.slice(0, position).filter((part): part is DocumentSegment => !isOrphan(part));
    const after = parts.slice(position + 1).filter((part): part is DocumentSegment => !isOrphan(part));
    const lacking = (document: DocumentSegment) => document.kind === 'document' && document.issued === null;
    const nearestBefore = [...before].reverse();
    const home = orphan.closing
      ? (after.find(lacking) ?? nearestBefore.find(lacking) ?? nearestBefore[0] ?? after[0]!)
      : (nearestBefore[0] ?? after[0]!);
    adopt(home, orphan, journal);
  }
  return documents;
}

/** Moves an orphan's lines into a document (and its 印发 line, if the document lacks one). */
function adopt(home: DocumentSegment, orphan: Orphan, journal: Journal): void {
  const lines = orphan.lines.filter(nonBlank);
  const closing = orphan.closing && home.issued === null ? orphan.closing : null;
  const moved = orphan.closing && !closing ? [...lines, orphan.closing] : lines;
  for (const line of moved) home.body.push(line);
  if (closing) home.issued = { ...matchIssuedLine(closing.text)!, line: closing };
  const first = lines[0] ?? orphan.closing!;
  const title = withoutWhitespace(home.titleLines.map((line) => line.text).join(''));
  journal.warnings.push({
    line: first.no,
    code: 'uncertain-structure',
    message: `第 ${first.no} 行起的文字（“${first.text.trim().slice(0, 16)}”）不在任何文件的位置上，可能是提取时版面顺序错乱；已归入文件“${title}”，请对照 PDF 核对。`,
  });
}

function noTitleAbove(file: string, orphan: Orphan): GazetteInputError {
  const first = orphan.lines.find(nonBlank) ?? orphan.closing!;
  return new GazetteInputError(
    file,
    first.no,
    `从第 ${first.no} 行开始的文字前面没有标题，也找不到文号行或主送机关行，无法判断这是哪篇文件的内容。`,
    '请对照 PDF 检查这段文字前面是否漏复制了文件标题（以及文号、主送机关），或这段文字是否被粘贴到了错误的位置。',
  );
}

/**
 * A running header names the section of the page it heads: of the document whose text follows it.
 * A document takes the section of the first header inside its lines, or of the header just before
 * its first line when only page furniture stands between them.
 */
function assignHeaderSections(documents: DocumentSegment[], hints: SectionHint[]): void {
  documents.forEach((document, index) => {
    const previousEnd = index === 0 ? 0 : documents[index - 1]!.end;
    const inside = hints.find((hint) => hint.line >= document.start && hint.line <= document.end);
    const before = hints.filter((hint) => hint.line > previousEnd && hint.line < document.start).at(-1);
    document.headerSection = (before ?? inside)?.section ?? null;
  });
}

function parseSegment(lines: SourceLine[], closing: SourceLine | null, journal: Journal): DocumentSegment | Orphan {
  const content = closing ? lines.slice(0, lines.indexOf(closing)) : lines;
  const visible = content.filter(nonBlank);
  const first = visible[0];
  if (!first) return { lines: [], closing };
  const issuedMatch = closing ? matchIssuedLine(closing.text) : null;
  const base = {
    start: first.no,
    end: (closing ?? visible[visible.length - 1]!).no,
    issued: closing && issuedMatch ? { ...issuedMatch, line: closing } : null,
    headerSection: null,
    banner: [],
    docNumber: null,
    addressee: null,
    subtitle: null,
    speaker: null,
  };
  const bodyAfter = (line: SourceLine) => content.slice(content.indexOf(line) + 1);

  const statisticsTitle = statisticsTitleAt(content, content.indexOf(first));
  if (statisticsTitle) {
    return { ...base, kind: 'statistics', titleLines: statisticsTitle, body: bodyAfter(statisticsTitle.at(-1)!) };
  }
  const speech = readSpeechHead(visible, journal);
  if (speech) {
    return {
      ...base,
      kind: 'speech',
      titleLines: speech.titleLines,
      subtitle: speech.subtitle,
      speaker: speech.speaker,
      addressee: speech.salutation,
      body: bodyAfter(speech.last),
    };
  }
  const head = readDocumentHead(visible, journal);
  if (!head) return { lines: content, closing };
  return {
    ...base,
    kind: 'document',
    titleLines: head.titleLines,
    banner: head.banner,
    docNumber: head.docNumber,
    addressee: head.addressee,
    body: bodyAfter(head.last),
  };
}

/**
 * A document without its 印发 line that is followed by another document is complete as far as
 * the file shows (a file cut off at its end is caught by the issue's closing statistics check):
 * it is built, and staff are told what was seen.
 */
function warnMissingIssuedLine(document: DocumentSegment, journal: Journal): void {
  const visible = [...document.titleLines, ...document.body].filter(nonBlank);
  const last = visible[visible.length - 1]!;
  const title = withoutWhitespace(document.titleLines.map((line) => line.text).join(''));
  journal.warnings.push({
    line: document.start,
    code: 'uncertain-structure',
    message: `文件“${title}”没有“（某年某月某日印发）”一行，最后一行是第 ${last.no} 行“${last.text.trim().slice(0, 20)}”；已按完整文件发布。若 PDF 中这篇文件后面还有内容，请补上复制时漏掉的部分。`,
  });
}

/** The longest tail of a subtitle the extraction may place apart from it (`上`, `上的讲话`). */
const SUBTITLE_TAIL_MAX = 4;

/**
 * A speech's subtitle at `index`, read as printed or with its tail found among the title lines
 * above: a centred subtitle wrapped onto a line of its own (`上`) is a separate block to an
 * extraction that orders blocks by position, which may set it before the subtitle. The tail is
 * moved back after the subtitle and journaled.
 */
function subtitleAt(
  visible: SourceLine[],
  index: number,
  journal: Journal,
): { subtitle: { lineCount: number; date: DateMatch }; tail: SourceLine | null } | null {
  const texts = visible.slice(index, index + 3).map((line) => line.text);
  const printed = matchSpeechSubtitle(texts);
  if (printed) return { subtitle: printed, tail: null };
  if (matchSubtitleDate(texts[0] ?? '') === null) return null;
  for (const tail of visible.slice(1, index)) {
    const fragment = tail.text.trim();
    if (fragment.length > SUBTITLE_TAIL_MAX) continue;
    for (let count = 1; count <= texts.length; count += 1) {
      const withTail = [...texts.slice(0, count - 1), texts[count - 1]!.trimEnd() + fragment];
      const subtitle = matchSpeechSubtitle(withTail);
      if (subtitle?.lineCount !== count) continue;
      journal.repairs.push({
        line: tail.no,
        kind: 'moved-fragment',
        before: fragment,
        after: `${texts[count - 1]!.trim()}${fragment}`,
      });
      return { subtitle, tail };
    }
  }
  return null;
}

interface SpeechHead {
  titleLines: SourceLine[];
  subtitle: { line: SourceLine; date: DateMatch };
  speaker: { office: string; name: string; line: number } | null;
  salutation: SourceLine | null;
  last: SourceLine;
}

/**
 * A speech or report: title lines, the dated subtitle `——2021年4月13日在…会议上` (possibly wrapped),
 * the speaker (`槐荫区代理区长 孙常建`) and the salutation `各位代表：` — no 文号, addressee or 印发 line.
 */
function readSpeechHead(visible: SourceLine[], journal: Journal): SpeechHead | null {
  for (let index = 1; index < Math.min(visible.length, 7); index += 1) {
    const found = subtitleAt(visible, index, journal);
    if (!found) continue;
    const { subtitle, tail } = found;
    const subtitleLines = visible.slice(index, index + subtitle.lineCount);
    const joined: SourceLine = {
      no: subtitleLines[0]!.no,
      text: subtitleLines.map((line) => line.text.trim()).join('') + (tail?.text.trim() ?? ''),
    };
    let cursor = index + subtitle.lineCount;
    const speakerMatch = visible[cursor] ? matchSpeaker(visible[cursor]!.text) : null;
    const speaker = speakerMatch ? { ...speakerMatch, line: visible[cursor]!.no } : null;
    if (speaker) {
      const printed = visible[cursor]!.text.trim();
      const tidy = `${speaker.office} ${speaker.name}`;
      // Office and name keep one space between them; spaces inside a name (`王  明`) are layout.
      if (printed !== tidy)
        journal.repairs.push({ line: speaker.line, kind: 'removed-space', before: printed, after: tidy });
      cursor += 1;
    }
    const salutation = visible[cursor] && isSalutation(visible[cursor]!.text) ? visible[cursor]! : null;
    if (salutation) cursor += 1;
    return {
      titleLines: visible.slice(0, index).filter((line) => line !== tail),
      subtitle: { line: joined, date: subtitle.date },
      speaker,
      salutation,
      last: visible[cursor - 1]!,
    };
  }
  return null;
}
