/**
 * Stage 3 — segment: one issue's lines → its 目录 (if printed) and its documents, each divided
 * into zones: title, 文号, addressee (主送), body and the closing 印发 line. Boundaries come from
 * kinds of line: the 印发 line ends a document; a statistics title, a speech's dated subtitle or a
 * title followed by a 文号 line starts one.
 */
import {
  endsSentence,
  isSalutation,
  matchDateLine,
  matchDocNumberLine,
  matchIssuedLine,
  matchSpeaker,
  matchSpeechSubtitle,
  matchStatisticsTitle,
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
  return matchSpeechSubtitle(nextNonBlank(lines, index, 3).map((line) => line.text));
}

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
      if (matchStatisticsTitle(line.text)) start = index;
      else if (bodySinceStart && (speechSubtitleAt(lines, index) || matchDocNumberLine(line.text))) {
        start = titleStartBefore(lines, index, starts[starts.length - 1]!);
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

export function segmentIssue(
  file: string,
  lines: SourceLine[],
  journal: Journal,
  sectionHints: SectionHint[] = [],
): SegmentedIssue {
  const { toc, rest } = splitTableOfContents(lines, journal);
  const documents: DocumentSegment[] = [];
  let stretch: SourceLine[] = [];
  const flush = (closing: SourceLine | null) => {
    const starts = documentStarts(stretch);
    starts.forEach((start, position) => {
      const end = starts[position + 1] ?? stretch.length;
      const isLast = position === starts.length - 1;
      documents.push(parseSegment(file, stretch.slice(start, end), isLast ? closing : null, journal));
    });
    if (starts.length === 0 && closing) throw emptyBeforeIssuedLine(file, closing);
    stretch = [];
  };
  for (const line of rest) {
    stretch.push(line);
    if (matchIssuedLine(line.text)) flush(line);
  }
  flush(null);
  assignHeaderSections(documents, sectionHints);
  return { toc, documents };
}

function emptyBeforeIssuedLine(file: string, closing: SourceLine): GazetteInputError {
  return new GazetteInputError(
    file,
    closing.no,
    '这一行印发行上方没有文件内容：两行印发行之间缺了一篇文件，或印发行重复了。',
    '请对照 PDF 检查这里是否漏复制了一篇文件，或删除重复的印发行。',
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

function parseSegment(
  file: string,
  lines: SourceLine[],
  closing: SourceLine | null,
  journal: Journal,
): DocumentSegment {
  const content = closing ? lines.slice(0, lines.indexOf(closing)) : lines;
  const visible = content.filter(nonBlank);
  const first = visible[0];
  if (!first) throw emptyBeforeIssuedLine(file, closing!);
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

  if (matchStatisticsTitle(first.text)) {
    return { ...base, kind: 'statistics', titleLines: [first], body: bodyAfter(first) };
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
  const head = readDocumentHead(file, visible, journal);
  if (!closing) warnMissingIssuedLine(visible, head.title, journal);
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
function warnMissingIssuedLine(visible: SourceLine[], title: string, journal: Journal): void {
  const last = visible[visible.length - 1]!;
  journal.warnings.push({
    line: visible[0]!.no,
    code: 'uncertain-structure',
    message: `文件“${title}”没有“（某年某月某日印发）”一行，最后一行是第 ${last.no} 行“${last.text.trim().slice(0, 20)}”；已按完整文件发布。若 PDF 中这篇文件后面还有内容，请补上复制时漏掉的部分。`,
  });
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
    const subtitle = matchSpeechSubtitle(visible.slice(index, index + 3).map((line) => line.text));
    if (!subtitle) continue;
    const subtitleLines = visible.slice(index, index + subtitle.lineCount);
    const joined: SourceLine = {
      no: subtitleLines[0]!.no,
      text: subtitleLines.map((line) => line.text.trim()).join(''),
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
      titleLines: visible.slice(0, index),
      subtitle: { line: joined, date: subtitle.date },
      speaker,
      salutation,
      last: visible[cursor - 1]!,
    };
  }
  return null;
}
