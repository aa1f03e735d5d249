/**
 * The printed 目录 (table of contents) at the start of an issue: section labels and entries, each
 * entry a title, its 文号 and the page it starts on, possibly wrapped over lines. It supplies the
 * documents' sections and printed pages; it is not rendered as body text.
 *
 * Extraction tools give the pages in one of two ways. Most keep each page on its entry's last
 * line (`…号）（3）`, `…号）⇥3`, pdftotext -layout's `…号）      3`, pdf.js's `…号） 3`). pdftotext's
 * reading order writes the page column apart: after the entries of each 目录 page, a run of bare
 * numbers, one a line. Detect has removed those as page numbers; the journal says where they stood.
 */
import {
  findDocNumber,
  isGazetteNameHeader,
  isTocHeading,
  matchDocNumberLine,
  matchRunningHeader,
  matchSectionLabel,
  matchStatisticsTitle,
  matchTocPage,
  printedWidth,
  withoutTocPage,
  withoutTrailingLeaders,
  withoutWhitespace,
} from '../../vocabulary/index.ts';
import type { Artefact, Journal, SourceLine } from '../types.ts';

export interface TocEntry {
  section: string | null;
  /** The entry's title without the 文号 and page, whitespace removed. */
  title: string;
  docNumber: string | null;
  /** The printed page; null when the extraction's pages could not be paired with the entries. */
  page: number | null;
  line: number;
}

/** Most lines one 目录 entry may be printed over, its page on the last. */
const ENTRY_MAX_LINES = 5;

/**
 * Slack, in cells, when telling a wrapped line from one that ended: widths in cells only
 * approximate the printed widths (digits and Latin letters are narrower than half a character).
 */
const WRAP_SLACK = 2;

/** Where running headers and bare page numbers stood before detect removed them. */
interface RemovedFurniture {
  headers: Set<number>;
  pages: Map<number, Artefact>;
}

/** What a line is to the 目录. */
type TocLine =
  /** The body's first page: the 目录 pages carry no running header. */
  | { kind: 'header' }
  | { kind: 'blank' }
  /**
   * A bare number from the 目录's page column, printed apart from its entry: kept as text, or
   * removed by detect as a page's own number (where the issue's pages are numbered bare).
   */
  | { kind: 'page'; page: number; artefact: Artefact | null }
  | { kind: 'label'; section: string }
  /** A line that is only a 文号: the head of the body's first document. */
  | { kind: 'doc-number' }
  /** A line of an entry, with the page it ends with, if any. */
  | { kind: 'text'; page: number | null };

interface ReadLine {
  line: SourceLine;
  index: number;
  read: TocLine;
}

const nonBlank = (line: SourceLine) => line.text.trim() !== '';

/**
 * The 目录 runs from its heading to where the body begins: the first running header, the title
 * above the first 文号 line, or (when the pages stand on the entry lines) the first line that is
 * neither a label nor part of an entry ending with a page.
 */
export function splitTableOfContents(lines: SourceLine[], journal: Journal): { toc: TocEntry[]; rest: SourceLine[] } {
  const first = lines.findIndex(nonBlank);
  if (first === -1 || !isTocHeading(lines[first]!.text)) return { toc: [], rest: lines };
  const furniture = removedFurniture(journal);
  const pagesApart = pagesPrintedApart(lines, first + 1, furniture);
  const { end, readLines } = readTocLines(lines, first + 1, furniture, pagesApart);
  const toc = tocEntries(readLines, pagesApart, journal);
  journalTocLines(lines.slice(first, end), readLines, journal);
  return { toc, rest: withoutHeaderLeftInPlace(lines.slice(end), journal) };
}

/**
 * The running header that ends the 目录 is page furniture. Detect removes it, except where a
 * table module read it, with the 目录 line above it, as a row of two columns (pdftotext -layout
 * prints both with runs of spaces): removed here, as detect would have.
 */
function withoutHeaderLeftInPlace(rest: SourceLine[], journal: Journal): SourceLine[] {
  const header = rest[0];
  if (!header || !matchRunningHeader(header.text)) return rest;
  journal.artefacts.push({ line: header.no, kind: 'running-header', text: header.text });
  const textAfter = rest.findIndex((line, index) => index > 0 && nonBlank(line));
  return rest.map((line, index) => {
    if (index === 0) return { ...line, text: '' };
    return index === textAfter ? { ...line, afterPageBreak: true } : line;
  });
}

/** Running headers and bare page numbers detect removed, by line. */
function removedFurniture(journal: Journal): RemovedFurniture {
  const furniture: RemovedFurniture = { headers: new Set(), pages: new Map() };
  for (const artefact of journal.artefacts) {
    if (artefact.kind === 'running-header') furniture.headers.add(artefact.line);
    if (artefact.kind === 'page-number' && /^\d{1,3}$/.test(artefact.text.trim())) {
      furniture.pages.set(artefact.line, artefact);
    }
  }
  return furniture;
}

/**
 * What a line is to the 目录. A 目录 writes its labels one way: once one is in 【】, a bare section
 * name (`政府工作报告`, which ends like one) is an entry whose page stands apart.
 */
function readLine(line: SourceLine, furniture: RemovedFurniture, bareLabels: boolean): TocLine {
  const text = line.text.trim();
  if (furniture.headers.has(line.no) || matchRunningHeader(text) || isGazetteNameHeader(text))
    return { kind: 'header' };
  const removedPage = text === '' ? furniture.pages.get(line.no) : undefined;
  if (removedPage) return { kind: 'page', page: Number(removedPage.text.trim()), artefact: removedPage };
  if (/^\d{1,3}$/.test(text)) return { kind: 'page', page: Number(text), artefact: null };
  if (/^[\s\-=_.—–]*$/.test(text)) return { kind: 'blank' };
  const section = matchSectionLabel(text);
  if (section && (bareLabels || text.startsWith('【'))) return { kind: 'label', section };
  if (matchDocNumberLine(text)) return { kind: 'doc-number' };
  return { kind: 'text', page: matchTocPage(text) };
}

/**
 * Whether the 目录's pages stand apart from its entries: the first page after the heading is a
 * bare number on a line of its own, or no page comes before the body. Read once, up to that page.
 */
function pagesPrintedApart(lines: SourceLine[], from: number, furniture: RemovedFurniture): boolean {
  for (let index = from; index < lines.length; index += 1) {
    const read = readLine(lines[index]!, furniture, true);
    if (read.kind === 'text' && read.page !== null) return false;
    if (read.kind === 'page' || read.kind === 'header' || read.kind === 'doc-number') return true;
  }
  return true;
}

/** A line ending a sentence or an address: body text, never part of a 目录. */
const endsLikeBodyText = (text: string) => /[。！？；：!?;:]$/.test(text.trimEnd());

/** How far the 目录 has been read: the entry still open, and how its labels are written. */
interface ReadingState {
  pagesApart: boolean;
  /** The first line of an entry not yet closed: if the body begins there, those lines are its title. */
  open: number | null;
  openLines: number;
  /** The end of the open entry's text, to see its 文号 close it. */
  tail: string;
  bracketedLabels: boolean;
}

/**
 * The 目录's lines, read one by one until the body begins, and the index where it begins. An
 * entry closes at its page, a label or a page number, and, pages apart, at its 文号 or a
 * statistics title.
 */
function readTocLines(
  lines: SourceLine[],
  from: number,
  furniture: RemovedFurniture,
  pagesApart: boolean,
): { end: number; readLines: ReadLine[] } {
  const readLines: ReadLine[] = [];
  const finish = (end: number) => ({ end, readLines: readLines.filter((read) => read.index < end) });
  const state: ReadingState = { pagesApart, open: null, openLines: 0, tail: '', bracketedLabels: false };
  for (let index = from; index < lines.length; index += 1) {
    const line = lines[index]!;
    const read = readLine(line, furniture, !state.bracketedLabels);
    const bodyStart = bodyBeginsAt(read, line, index, state);
    if (bodyStart !== null) return finish(bodyStart);
    readLines.push({ line, index, read });
    advance(state, read, line, index);
    // Pages on the entry lines: an entry that has not reached its page within a few lines is body text.
    if (!pagesApart && state.openLines >= ENTRY_MAX_LINES) return finish(state.open!);
  }
  return finish(pagesApart ? lines.length : (state.open ?? lines.length));
}

/**
 * Where the body begins, if this line shows it: at a running header, at the title above a 文号
 * line, at the title above a sentence (pages apart, where entries need not end with a page), or,
 * pages on the entry lines, at an entry that a label interrupts before its page.
 */
function bodyBeginsAt(read: TocLine, line: SourceLine, index: number, state: ReadingState): number | null {
  if (read.kind === 'header') return state.pagesApart ? index : (state.open ?? index);
  if (read.kind === 'doc-number') return state.open ?? index;
  if (read.kind === 'label' && !state.pagesApart && state.open !== null) return state.open;
  const sentence = read.kind === 'text' && read.page === null && endsLikeBodyText(line.text);
  return state.pagesApart && sentence ? (state.open ?? index) : null;
}

function advance(state: ReadingState, read: TocLine, line: SourceLine, index: number): void {
  if (read.kind === 'label' && line.text.trim().startsWith('【')) state.bracketedLabels = true;
  if (read.kind !== 'text') {
    if (read.kind === 'label' || read.kind === 'page') closeOpenEntry(state);
    return;
  }
  state.tail = entryTail(state.tail, line);
  if (read.page !== null || (state.pagesApart && closesEntryApart(state.tail))) {
    closeOpenEntry(state);
    return;
  }
  state.open ??= index;
  state.openLines += 1;
}

function closeOpenEntry(state: ReadingState): void {
  state.open = null;
  state.openLines = 0;
  state.tail = '';
}

/** Longer than any 文号 in brackets, spaces included. */
const TAIL_LENGTH = 48;

/**
 * The end of an entry read so far, with this line: enough to see a 文号 wrapped over two lines
 * (`…（济槐政字〔2020〕7` / `号）`), without joining a long entry again at every line.
 */
function entryTail(tail: string, line: SourceLine): string {
  return (tail + line.text.trim()).slice(-TAIL_LENGTH);
}

/** With pages apart, an entry certainly ends with its 文号 in brackets, or with a statistics title. */
function closesEntryApart(tail: string): boolean {
  return endsWithBracketedDocNumber(tail) || matchStatisticsTitle(tail) !== null;
}

/** `…（济槐政字〔2021〕20号）`: text ending with a 文号 in brackets. */
function endsWithBracketedDocNumber(text: string): boolean {
  if (!/[）)]$/.test(text)) return false;
  const open = Math.max(text.lastIndexOf('（'), text.lastIndexOf('('));
  return open >= 0 && findDocNumber(text.slice(open)) !== null;
}

/**
 * The 目录's entries from its lines. An entry closes at its page; with pages apart, also at its
 * 文号, a statistics title, a line that stopped short of the column, or a label. Each run of
 * pages is then paired with the entries closed since the run before; an entry wrapped from one
 * 目录 page to the next continues across the run between them.
 */
function tocEntries(readLines: ReadLine[], pagesApart: boolean, journal: Journal): TocEntry[] {
  const content = readLines.filter((read) => read.read.kind !== 'blank');
  const column = pagesApart ? tocColumnWidth(content) : 0;
  const nextEntryLines = entryLinesAfter(content);
  const reader = new EntryReader(pagesApart, journal);
  content.forEach(({ line, read }, position) => {
    if (read.kind === 'label') reader.label(read.section);
    if (read.kind === 'page') reader.page(read.page, line.no);
    if (read.kind !== 'text') return;
    reader.text(line, read.page, (tail) => pagesApart && endsApart(tail, line, nextEntryLines[position], column));
  });
  return reader.finish();
}

/** For each line, the next entry line, across runs of pages; none after a label or at the end. */
function entryLinesAfter(content: ReadLine[]): (ReadLine | undefined)[] {
  const next: (ReadLine | undefined)[] = [];
  let following: ReadLine | undefined;
  for (let position = content.length - 1; position >= 0; position -= 1) {
    next[position] = following;
    const { read } = content[position]!;
    if (read.kind === 'text') following = content[position];
    else if (read.kind !== 'page') following = undefined;
  }
  return next;
}

/** Entries as the 目录's lines close them, and the runs of pages printed apart paired with them. */
class EntryReader {
  private readonly entries: TocEntry[] = [];
  /** Entries closed without a page, waiting for the run of pages after them. */
  private waiting: TocEntry[] = [];
  private pages: { page: number; line: number }[] = [];
  private section: string | null = null;
  private pending: SourceLine[] = [];
  private tail = '';
  private readonly pagesApart: boolean;
  private readonly journal: Journal;

  constructor(pagesApart: boolean, journal: Journal) {
    this.pagesApart = pagesApart;
    this.journal = journal;
  }

  label(section: string): void {
    this.pairPages();
    this.close(null);
    this.section = section;
  }

  /** Pages apart, an entry still open here was wrapped onto the next 目录 page. */
  page(page: number, line: number): void {
    if (!this.pagesApart) this.close(null);
    this.pages.push({ page, line });
  }

  text(line: SourceLine, page: number | null, endsHere: (tail: string) => boolean): void {
    this.pairPages();
    this.pending.push(line);
    this.tail = entryTail(this.tail, line);
    if (page !== null) this.close(page);
    else if (endsHere(this.tail)) this.close(null);
  }

  finish(): TocEntry[] {
    this.close(null);
    if (this.pages.length > 0 || this.waiting.length > 0) this.pairPages(true);
    return this.entries;
  }

  private close(page: number | null): void {
    if (this.pending.length === 0) return;
    const joined = this.pending.map((part) => part.text.trim()).join('');
    const entry = tocEntry(joined, this.section, page, this.pending[0]!.no);
    this.entries.push(entry);
    if (page === null) this.waiting.push(entry);
    this.pending = [];
    this.tail = '';
  }

  private pairPages(atEnd = false): void {
    if (this.pages.length === 0 && !atEnd) return;
    pairRunOfPages(this.waiting.splice(0), this.pages, this.journal);
    this.pages = [];
  }
}

/** The width of the 目录's column: its widest entry line, in cells. */
function tocColumnWidth(content: ReadLine[]): number {
  return content.reduce(
    (widest, { line, read }) => (read.kind === 'text' ? Math.max(widest, printedWidth(line.text.trim())) : widest),
    0,
  );
}

/**
 * With pages apart, whether an entry line without a page is the entry's last: its 文号 closes it,
 * or a statistics title, or it stopped short — the next line's first word would have fitted on
 * it, so the line was not wrapped — or no entry line follows before a label or the end.
 */
function endsApart(tail: string, line: SourceLine, next: ReadLine | undefined, column: number): boolean {
  if (closesEntryApart(tail) || next === undefined) return true;
  const room = column - printedWidth(line.text.trim());
  return room >= firstWordWidth(next.line.text.trim()) + WRAP_SLACK;
}

/** Opening brackets and quotes never end a line: they go down with the character after them. */
const OPENING = '（(〔［[《〈“‘「『【';
/** Closing punctuation never starts a line: it goes up with the character before it. */
const CLOSING = '）)〕］]》〉”’」』】，。、；：！？,.;:!?';

/** The width of a line's first unbreakable piece: a character or a number, with its punctuation. */
function firstWordWidth(text: string): number {
  const chars = [...text];
  let end = 0;
  while (end < chars.length && OPENING.includes(chars[end]!)) end += 1;
  if (/[a-z0-9]/i.test(chars[end] ?? '')) {
    while (end < chars.length && /[a-z0-9.]/i.test(chars[end]!)) end += 1;
  } else {
    end += 1;
  }
  while (end < chars.length && CLOSING.includes(chars[end]!)) end += 1;
  return printedWidth(chars.slice(0, end).join(''));
}

/**
 * Pages printed apart pair one to one, in order, with the entries they follow. When the counts
 * differ (an entry split or joined, a number lost), no page can be trusted: the entries keep
 * their titles and sections, without pages, and staff are told.
 */
function pairRunOfPages(entries: TocEntry[], pages: { page: number; line: number }[], journal: Journal): void {
  if (entries.length === pages.length) {
    entries.forEach((entry, index) => (entry.page = pages[index]!.page));
    return;
  }
  const line = entries[0]?.line ?? pages[0]!.line;
  const listed =
    entries.length === 0
      ? `目录第 ${line} 行起的 ${pages.length} 个页码前面没有对应的标题`
      : `目录第 ${line} 行起有 ${entries.length} 条标题，其后列出的页码却有 ${pages.length} 个`;
  journal.warnings.push({
    line,
    code: 'toc-pages-unpaired',
    message: `${listed}，对不上：已按目录读取标题和栏目，但不采用这些页码。可能复制时漏了或多了页码，或某条标题被拆开、合并了；请对照 PDF 核对目录。`,
  });
}

/**
 * Every 目录 line is journaled as removed; so are the bare numbers of its page column, which
 * detect had taken for the pages' own numbers.
 */
function journalTocLines(tocLines: SourceLine[], readLines: ReadLine[], journal: Journal): void {
  for (const line of tocLines) {
    if (nonBlank(line)) journal.artefacts.push({ line: line.no, kind: 'table-of-contents', text: line.text });
  }
  for (const { read } of readLines) {
    if (read.kind === 'page' && read.artefact !== null) read.artefact.kind = 'table-of-contents';
  }
}

/** A 目录 entry from its joined lines: title, 文号 and page (already read by matchTocPage). */
function tocEntry(joined: string, section: string | null, page: number | null, line: number): TocEntry {
  const withoutPage = withoutWhitespace(withoutTocPage(joined));
  const docNumber = findDocNumber(withoutPage);
  const bracket = Math.max(withoutPage.lastIndexOf('（'), withoutPage.lastIndexOf('('));
  const title =
    docNumber && bracket > 0 && findDocNumber(withoutPage.slice(bracket)) === docNumber
      ? withoutPage.slice(0, bracket)
      : withoutPage;
  return { section, title: withoutTrailingLeaders(title), docNumber, page, line };
}
