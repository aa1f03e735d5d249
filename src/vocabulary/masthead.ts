/**
 * The gazette's own furniture: its masthead `济南市槐荫区人民政府公报（2021 年第 1 期）`, which the
 * printed issue repeats as a running header (with the section of the page before or after it),
 * page numbers in their printed forms, the 目录 and its section labels, and the statistics title.
 */
import { asciiDigits } from './numerals.ts';
import { isCjk } from './text.ts';

/** The gazette's name, as printed in the masthead and running headers. */
export const GAZETTE_NAME = '济南市槐荫区人民政府公报';
const NAME = '(?:济南市)?槐荫区人民政府公报';
/** The masthead with its issue, in text from which all whitespace was removed. */
const MASTHEAD = new RegExp(`${NAME}[（(]?(\\d{4})年第(\\d{1,2})期[）)]?`);

export interface RunningHeader {
  year: number;
  number: number;
  /** The section the header names beside the masthead (`区政府办公室文件`), if any. */
  section: string | null;
}

/**
 * A running header: the masthead with its issue, alone or with a section name before or after it
 * (`区委办公室区政府办公室文件 济南市槐荫区人民政府公报（2021 年第 1 期）`). A sentence that mentions
 * the gazette is not a header.
 */
export function matchRunningHeader(text: string): RunningHeader | null {
  const compact = asciiDigits(text).replace(/\s+/g, '');
  if (compact.length > 80) return null;
  const match = MASTHEAD.exec(compact);
  if (!match) return null;
  const before = compact.slice(0, match.index);
  const after = compact.slice(match.index + match[0].length);
  if (before !== '' && after !== '') return null;
  const side = before || after;
  if (side !== '' && matchSectionName(side) === null) return null;
  return { year: Number(match[1]), number: Number(match[2]), section: side === '' ? null : matchSectionName(side) };
}

/** The gazette's name alone on a line: the running header of pages that do not print the issue. */
export function isGazetteNameHeader(text: string): boolean {
  return new RegExp(`^${NAME}$`).test(text.trim());
}

/**
 * The name of a section of the gazette as running headers and the 目录 print it: `区政府文件`,
 * `区委办公室区政府办公室文件`, `人事任免`, `统计数据`, `工作报告`. A document's banner names its organ
 * in full (`…人民政府文件`) and is not a section name.
 */
export function matchSectionName(text: string): string | null {
  const compact = text.replace(/\s+/g, '');
  if (compact.length < 4 || compact.length > 16 || /人民政府|中共|[，。、；：（）()]/.test(compact)) return null;
  return /(?:文件|任免|数据|报告|讲话|公告|通告)$/.test(compact) ? compact : null;
}

/** A 目录 section label: `【区政府文件】`, or a bare section name on its own line. */
export function matchSectionLabel(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed.startsWith('【') && trimmed.endsWith('】')) {
    const inner = trimmed.slice(1, -1).replace(/\s+/g, '');
    return inner === '' || /[【】]/.test(inner) ? null : inner;
  }
  return matchSectionName(trimmed);
}

/** A page number left by the extraction: `12`, `- 12 -`, `— 12 —`, `第 12 页`, `第 1 页 共 2 页`, `12/50`. */
export function isPageNumber(text: string): boolean {
  const compact = asciiDigits(text).replace(/\s+/g, '');
  return /^(?:[-—–·]{1,2}\d{1,3}[-—–·]{1,2}|\d{1,3}|第\d{1,3}页(?:[，,/／]?共\d{1,3}页)?|\d{1,3}[/／]\d{1,3})$/.test(
    compact,
  );
}

/** The heading of the table of contents, `目 录`. */
export function isTocHeading(text: string): boolean {
  return text.replace(/\s+/g, '') === '目录';
}

/** Characters a printed dot leader is made of. */
const LEADER = '.…·';
/** Punctuation a printed title can end with, right before a page printed after spaces. */
const TITLE_CLOSING = '）)》”’」』】';

const isDigit = (char: string) => char >= '0' && char <= '9';
const isWhitespace = (char: string) => char === ' ' || char === '\t' || char === '\u3000';

/** The index where the run of characters passing `test` that ends right before `end` starts. */
function runStart(text: string, end: number, test: (char: string) => boolean): number {
  let start = end;
  while (start > 0 && test(text[start - 1]!)) start -= 1;
  return start;
}

/** A 目录 entry line split into the entry's text and the page printed at its end. */
interface TocLineParts {
  entry: string;
  page: number;
}

/** `…（3）`, `…⇥(10)`, `… .....（27）`: the page in brackets. */
function bracketedPage(text: string): TocLineParts | null {
  if (!/[）)]$/.test(text)) return null;
  const digitsEnd = runStart(text, text.length - 1, (char) => char === ' ');
  const digitsStart = runStart(text, digitsEnd, isDigit);
  const open = runStart(text, digitsStart, (char) => char === ' ') - 1;
  if (digitsEnd - digitsStart < 1 || digitsEnd - digitsStart > 3 || open < 0 || !'（('.includes(text[open]!))
    return null;
  return { entry: text.slice(0, open), page: Number(text.slice(digitsStart, digitsEnd)) };
}

/**
 * A bare page: after dot leaders or a TAB (`…………10`, `…⇥10`), or after spaces where the title
 * ends with a Chinese character or closing punctuation (`…号）      10` from pdftotext -layout,
 * `…号） 10` from pdf.js). A single character between spaces before the number is a
 * letter-spaced line (`〔 2 0 2 0 〕 1 0`), not a title and its page.
 */
function barePage(text: string): TocLineParts | null {
  const digitsStart = runStart(text, text.length, isDigit);
  const digits = text.length - digitsStart;
  if (digits < 1 || digits > 3) return null;
  const beforeSpaces = runStart(text, digitsStart, (char) => char === ' ');
  const leader = text.slice(Math.max(0, beforeSpaces - 2), beforeSpaces);
  const afterLeader = leader === '..' || leader === '··' || leader.endsWith('…') || leader.endsWith('\t');
  const page = { entry: text.slice(0, digitsStart), page: Number(text.slice(digitsStart)) };
  if (afterLeader) return page;
  const titleEnd = runStart(text, digitsStart, isWhitespace);
  if (titleEnd === digitsStart || titleEnd === 0) return null;
  const last = text[titleEnd - 1]!;
  const letterSpaced = titleEnd >= 2 && isWhitespace(text[titleEnd - 2]!);
  return (isCjk(last) || TITLE_CLOSING.includes(last)) && !letterSpaced ? page : null;
}

/**
 * A 目录 entry's line ends with its printed page: `…（3）`, `…⇥(10)`, `… .....（27）`, a bare number
 * after dot leaders or a TAB (`…………10`, `…⇥10`), or after spaces (`…号）      10`, `…号） 10`).
 * Read from the end, one character at a time, so that no run of spaces or dots is scanned twice
 * (issue files are untrusted input).
 */
function splitTocPage(text: string): TocLineParts | null {
  const normalised = asciiDigits(text).trimEnd();
  return bracketedPage(normalised) ?? barePage(normalised);
}

/** The page a 目录 entry's line ends with, or null. */
export function matchTocPage(text: string): number | null {
  return splitTocPage(text)?.page ?? null;
}

/** Removes the dot leaders (and spaces around them) a 目录 entry's text ends with. */
export function withoutTrailingLeaders(text: string): string {
  return text.slice(
    0,
    runStart(text, text.length, (char) => LEADER.includes(char) || isWhitespace(char)),
  );
}

/** Removes the page (and dot leaders before it) from the end of a 目录 entry. */
export function withoutTocPage(text: string): string {
  return withoutTrailingLeaders(splitTocPage(text)?.entry ?? asciiDigits(text));
}

const STATISTICS_TITLE = /^(\d{4}) *年 *1 *[-—–~～至] *(\d{1,2}) *月.*经济指标/;

/** The statistics table's title, `2021年1-12月全区主要经济指标完成情况`, with its period. */
export function matchStatisticsTitle(text: string): { year: number; endMonth: number } | null {
  const match = STATISTICS_TITLE.exec(asciiDigits(text).trim().replace(/\s+/g, ' '));
  return match ? { year: Number(match[1]), endMonth: Number(match[2]) } : null;
}
