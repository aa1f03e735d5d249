/**
 * Page furniture: what the printed page carries besides the text, and extraction keeps — form
 * feeds between pages, page numbers (on their own line, or stranded inside a sentence), running
 * headers with the masthead and the section name, ruled lines. Each is removed and journaled as an
 * artefact; the line after it remembers that a page break stood there, and the sections the
 * running headers name are kept as evidence for the documents they head.
 */
import {
  asciiDigits,
  CJK,
  isGazetteNameHeader,
  isPageNumber,
  matchDocNumberLine,
  matchRunningHeader,
  matchSectionName,
  matchSubtitleDate,
  MEASURE_WORDS,
} from '../../vocabulary/index.ts';
import { GazetteInputError } from '../errors.ts';
import type { IssueId, Journal, SourceLine } from '../types.ts';

/** A running header's section name and the line it stood on. */
export interface SectionHint {
  line: number;
  section: string;
}

/** A line of dashes or equals signs: a rule drawn by the extraction, not text. */
export function isSeparatorLine(text: string): boolean {
  return /^[\s\-=_—–]{3,}$/.test(text) && /[-=_]{3}/.test(text);
}

/** Words that a number belongs to when it follows them: `第 3`, `专栏 2`, `附件 1`, `共 5`. */
const NUMBERED_LABEL = /(?:[第前后约近共达超逾计图表款项章节]|专栏|附件|附表|附图)$/;

/** Words that join a number to another (`3 至5家`, `1 和2号线`): the number is part of a range or list. */
const RANGE_WORDS = '至到和或与及、';

const INLINE_NUMBER = new RegExp(`(?<=[${CJK}]) +(\\d{1,3}) +(?=([${CJK}]))`, 'g');

/**
 * A page number the extraction put inside a sentence: digits between spaces, with Chinese text on
 * both sides, not counted by the word after it (`14 所` is a count, `黄 12 河战略` a page number)
 * and not numbering a label (`第 3`, `专栏 2`). Only looked for where the extraction kept the
 * printed lines (a page's footer can slide into a line only there); extractions with one
 * paragraph per line also put spaces around numbers (`筛选 3 至5家`). Returns the line without it,
 * journaled; the line unchanged otherwise.
 */
export function removeInlinePageNumbers(text: string, line: number, journal: Journal): string {
  return text.replace(INLINE_NUMBER, (whole: string, digits: string, next: string, offset: number) => {
    const before = text.slice(Math.max(0, offset - 2), offset);
    if (MEASURE_WORDS.includes(next) || RANGE_WORDS.includes(next) || NUMBERED_LABEL.test(before)) return whole;
    journal.artefacts.push({ line, kind: 'page-number', text: whole });
    journal.warnings.push({
      line,
      code: 'page-number-in-line',
      message: `句中的数字“${digits}”前后空格、后面不是量词，像是排进正文的页码，已删除；请对照 PDF 核对。`,
    });
    return '';
  });
}

function mismatchedIssue(
  file: string,
  line: number,
  header: { year: number; number: number },
  issue: IssueId,
): GazetteInputError {
  return new GazetteInputError(
    file,
    line,
    `页眉写的是 ${header.year}年第${header.number}期，但文件名表明这是 ${issue.title}。`,
    '请确认文件名中的年份和期号与公报刊头一致；若文件名有误，请改名后重新提交。',
  );
}

/** What a line of page furniture is, or null for text. */
function furnitureKind(text: string): 'running-header' | 'page-number' | 'separator-line' | null {
  if (isSeparatorLine(text)) return 'separator-line';
  if (text.includes('\t')) return null;
  if (matchRunningHeader(text) || isGazetteNameHeader(text)) return 'running-header';
  if (isPageNumber(text)) return 'page-number';
  return null;
}

const isBlank = (line: SourceLine | undefined) => line === undefined || line.text.trim() === '';

/**
 * The section name of a running header printed apart from the masthead: extractions that read
 * the header's two boxes separately put it on a line of its own — next to the masthead, or, in
 * two columns, between the columns, set off by blank lines. Only looked for after the issue's first
 * masthead (a 目录 before it may list bare section names as its labels).
 *
 * A title can look the same (`政府工作报告` beside a section `工作报告`), so where the issue names
 * its sections elsewhere — 目录 labels `【…】`, running headers that carry one, the same name set
 * off on two pages — only those names are headers; a title's place never vetoes one (a title broken
 * by a page has the next page's header between it and its 文号). Where it does not, a line with a
 * speech's subtitle or a 文号 right under it is taken for a title.
 */
function isDetachedSectionName(
  lines: SourceLine[],
  index: number,
  mastheadSeen: boolean,
  knownSections: ReadonlySet<string>,
): boolean {
  const name = mastheadSeen ? matchSectionName(lines[index]!.text.trim()) : null;
  if (name === null || !isSetOffAsHeader(lines, index)) return false;
  return knownSections.size > 0 ? knownSections.has(name) : !isTitleAbove(lines, index);
}

/** A line alone between blank lines, or within two lines of other page furniture. */
function isSetOffAsHeader(lines: readonly SourceLine[], index: number): boolean {
  const setOff = isBlank(lines[index - 1]) && isBlank(lines[index + 1]);
  return (
    setOff ||
    [-2, -1, 1, 2].some((offset) => {
      const neighbour = lines[index + offset];
      return neighbour !== undefined && furnitureKind(neighbour.text.replace(/\f/g, '')) !== null;
    })
  );
}

/**
 * The section names an issue states where they cannot be a title: its 目录's `【…】` labels, its
 * running headers' section boxes, and names set off as a header on more than one page after the
 * first masthead (the 目录 may set its entries off the same way).
 */
export function knownSectionNames(lines: readonly SourceLine[]): Set<string> {
  const known = new Set<string>();
  const setOffCounts = new Map<string, number>();
  let mastheadSeen = false;
  lines.forEach((line, index) => {
    const text = line.text.replace(/\f/g, '').trim();
    const label = /^【[^【】]+】$/.test(text) ? matchSectionName(text.slice(1, -1)) : null;
    const header = matchRunningHeader(text);
    if (label) known.add(label);
    if (header?.section) known.add(header.section);
    mastheadSeen ||= header !== null;
    const name = matchSectionName(text);
    if (mastheadSeen && name && isSetOffAsHeader(lines, index))
      setOffCounts.set(name, (setOffCounts.get(name) ?? 0) + 1);
  });
  for (const [name, count] of setOffCounts) if (count > 1) known.add(name);
  return known;
}

/** A title (`政 府 工 作 报 告`) rather than a header: a speech's dated subtitle or a 文号 follows it. */
function isTitleAbove(lines: SourceLine[], index: number): boolean {
  const next = lines.slice(index + 1, index + 4).find((line) => !isBlank(line));
  return next !== undefined && (matchSubtitleDate(next.text) !== null || matchDocNumberLine(next.text) !== null);
}

/** Most lines a table row's wrapped cells take, from one row's number to the next (narrow columns, a few characters a line). */
const ROW_REACH = 48;

/**
 * A bare number on its own line that numbers a row of a table, as pdf.js writes a row whose cells
 * wrap (`57` at the line's start, then its cells' lines): the row numbered one less stands a few
 * lines above it, or the row numbered one more a few lines below, page breaks aside.
 * A page number is set in from the margin, ends its page (a blank line or the next page's
 * running header follows) or stands right under the page's running header; the next one is a
 * page further on.
 */
function isRowNumber(lines: readonly SourceLine[], index: number): boolean {
  const number = /^(\d{1,3})\s*$/.exec(lines[index]!.text);
  if (!number || !opensText(lines[index + 1]) || !opensText(previousText(lines, index))) return false;
  const value = Number(number[1]);
  const opensRow = (text: string, row: number) => new RegExp(`^${row}(?:[ \t]|$)`).test(text);
  return (
    (value > 1 && rowWithin(lines, index, -1, (text) => opensRow(text, value - 1))) ||
    rowWithin(lines, index, 1, (text) => opensRow(text, value + 1))
  );
}

/** The nearest line above that is not blank. */
function previousText(lines: readonly SourceLine[], index: number): SourceLine | undefined {
  for (let cursor = index - 1; cursor >= 0; cursor -= 1) if (lines[cursor]!.text.trim() !== '') return lines[cursor];
  return undefined;
}

/** The line carries text: a row's cell, not a blank line or the running header around a page's number. */
function opensText(line: SourceLine | undefined): boolean {
  const text = line?.text.trim() ?? '';
  return text !== '' && !line!.text.includes('\f') && furnitureKind(text) === null;
}

/** Whether a line within reach in one direction (-1 up, 1 down) opens the row. */
function rowWithin(
  lines: readonly SourceLine[],
  index: number,
  step: -1 | 1,
  opens: (text: string) => boolean,
): boolean {
  let seen = 0;
  for (let cursor = index + step; cursor >= 0 && cursor < lines.length && seen < ROW_REACH; cursor += step) {
    const text = lines[cursor]!.text.replace(/\f/g, '').trim();
    if (opens(text)) return true;
    // A table goes on over a page break: the page's furniture is passed over, not counted.
    if (text === '' || furnitureKind(text) !== null) continue;
    seen += 1;
  }
  return false;
}

/** Fewest decorated page numbers that show how an issue numbers its pages. */
const DECORATED_PAGES_MIN = 3;

const isBareNumber = (text: string) => /^\s*\d{1,3}\s*$/.test(text);

/** How the issue's pages are marked, which says where a bare number alone on its line can be a page's. */
interface PageMarks {
  /** Pages are numbered in a decorated form (`— 12 —`, `第 12 页`, `12/30`), at least three times. */
  decoratedNumbers: boolean;
  /** The extraction shows where pages end: form feeds or running headers. */
  edges: boolean;
  /** Page numbers stand under the running header (pdf.js), rather than above the next page's. */
  numberUnderHeader: boolean;
}

const isHeaderLine = (line: SourceLine | undefined) =>
  line !== undefined && furnitureKind(line.text.replace(/\f/g, '').trim()) === 'running-header';

function pageMarks(lines: readonly SourceLine[]): PageMarks {
  let decorated = 0;
  let edges = false;
  let underHeader = 0;
  let aboveHeader = 0;
  lines.forEach((line, index) => {
    const text = line.text.replace(/\f/g, '');
    edges ||= line.text.includes('\f') || isHeaderLine(line);
    if (!isPageNumber(text)) return;
    if (!isBareNumber(text)) decorated += 1;
    if (isHeaderLine(previousText(lines, index))) underHeader += 1;
    if (isHeaderLine(nextText(lines, index))) aboveHeader += 1;
  });
  return { decoratedNumbers: decorated >= DECORATED_PAGES_MIN, edges, numberUnderHeader: underHeader > aboveHeader };
}

/** The number a page-number line prints (`— 12 —`, `第 12 页`, `12/50`, `12`). */
function pageValue(text: string): number | null {
  const digits = /\d{1,3}/.exec(asciiDigits(text));
  return digits ? Number(digits[0]) : null;
}

/** The nearest line below that is not blank. */
function nextText(lines: readonly SourceLine[], index: number): SourceLine | undefined {
  for (let cursor = index + 1; cursor < lines.length; cursor += 1)
    if (lines[cursor]!.text.trim() !== '') return lines[cursor];
  return undefined;
}

/**
 * Whether a line stands where this extraction puts a page's number, blank lines aside: on a form
 * feed or just before one, at the start or end of the text, and on the side of the running header
 * the issue's other page numbers take (under it in pdf.js, above the next page's elsewhere). A
 * table's figure alone on its line stands among the cells, or on the other side of a header.
 */
function atPageEdge(lines: readonly SourceLine[], index: number, marks: PageMarks): boolean {
  const above = previousText(lines, index);
  const below = nextText(lines, index);
  if (lines[index]!.text.includes('\f') || above === undefined || below === undefined || below.text.includes('\f'))
    return true;
  return marks.numberUnderHeader ? isHeaderLine(above) : isHeaderLine(below);
}

/**
 * A bare number alone on its line that is text, not a page's number: where the issue numbers its
 * pages in a decorated form; where the extraction shows page edges and the number stands away from
 * them and does not follow the last page number in sequence (poppler may set a page's number
 * between a title and its 文号, one page on from the last); or where it numbers a table's row.
 */
function isBareNumberText(
  lines: readonly SourceLine[],
  index: number,
  marks: PageMarks,
  lastPage: number | null,
): boolean {
  const text = lines[index]!.text.replace(/\f/g, '');
  if (!isBareNumber(text)) return isRowNumber(lines, index);
  const value = Number(text.trim());
  const inSequence = lastPage !== null && (value === lastPage + 1 || value === lastPage + 2);
  return (
    marks.decoratedNumbers ||
    (marks.edges && !atPageEdge(lines, index, marks) && !inSequence) ||
    isRowNumber(lines, index)
  );
}

/** A line of page furniture (a page number, a running header, a ruled line), form feeds aside. */
export function isFurnitureLine(text: string): boolean {
  return furnitureKind(text.replace(/\f/g, '')) !== null;
}

/**
 * Removes page furniture from the lines (each removed line stays as an empty line, so line numbers
 * hold), journaling every removal, and returns the sections named by running headers.
 */
export function removePageFurniture(
  lines: SourceLine[],
  issue: IssueId,
  file: string,
  journal: Journal,
): { lines: SourceLine[]; sectionHints: SectionHint[] } {
  const sectionHints: SectionHint[] = [];
  let pageBreak = false;
  let mastheadSeen = false;
  const knownSections = knownSectionNames(lines);
  const marks = pageMarks(lines);
  let lastPage: number | null = null;
  const cleaned = lines.map((line, index): SourceLine => {
    let text = line.text;
    if (text.includes('\f')) {
      // pdftotext marks each page break with a form feed.
      journal.artefacts.push({ line: line.no, kind: 'page-break', text: '\f' });
      text = text.replace(/\f/g, '');
      pageBreak = true;
    }
    let kind = furnitureKind(text);
    if (kind === 'page-number' && isBareNumberText(lines, index, marks, lastPage)) kind = null;
    if (kind === 'page-number') lastPage = pageValue(text) ?? lastPage;
    else if (kind === null && isDetachedSectionName(lines, index, mastheadSeen, knownSections)) {
      kind = 'running-header';
      sectionHints.push({ line: line.no, section: matchSectionName(text.trim())! });
    }
    if (kind !== null) {
      const header = kind === 'running-header' ? matchRunningHeader(text) : null;
      if (header && (header.year !== issue.year || header.number !== issue.number)) {
        throw mismatchedIssue(file, line.no, header, issue);
      }
      if (header) mastheadSeen = true;
      if (header?.section) sectionHints.push({ line: line.no, section: header.section });
      journal.artefacts.push({ line: line.no, kind, text });
      pageBreak = true;
      return { ...line, text: '' };
    }
    if (text.trim() === '') return { ...line, text };
    const result: SourceLine = { ...line, text };
    if (pageBreak) result.afterPageBreak = true;
    pageBreak = false;
    return result;
  });
  return { lines: cleaned, sectionHints };
}
