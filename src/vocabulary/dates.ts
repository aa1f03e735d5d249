/**
 * Dates as the gazette prints them (`2021年11月2日`, with spaces or full-width or Chinese digits),
 * and the lines built around a date: the signing date, the closing 印发 line and a speech's dated
 * subtitle.
 */
import { asciiDigits } from './numerals.ts';
import { PRINTING_OFFICE_NAME } from './organs.ts';

/** `YYYY-MM-DD` for a real calendar date, else null (2021年2月30日 is not a date). */
export function isoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Year, month and day of a printed date, as capture groups 1–3 (ASCII digits). */
export const DATE_PARTS = '(\\d{4}) *年 *(\\d{1,2}) *月 *(\\d{1,2}) *日';

export interface DateMatch {
  /** ISO date, or null when the printed date does not exist in the calendar. */
  iso: string | null;
  /** The date as the gazette prints it without spaces: `2021年4月13日`. */
  printed: string;
}

function dateFromParts(year: string, month: string, day: string): DateMatch {
  return {
    iso: isoDate(Number(year), Number(month), Number(day)),
    printed: `${Number(year)}年${Number(month)}月${Number(day)}日`,
  };
}

const DATE_LINE = new RegExp(`^${DATE_PARTS}$`);

/** A line that is only a date, as under a signature (`2021年11月2日`). */
export function matchDateLine(text: string): DateMatch | null {
  const match = DATE_LINE.exec(asciiDigits(text).trim().replace(/\s+/g, ' '));
  return match ? dateFromParts(match[1]!, match[2]!, match[3]!) : null;
}

const DATE_ANYWHERE = new RegExp(DATE_PARTS);

/** The first date in a text. */
export function findDate(text: string): DateMatch | null {
  const match = DATE_ANYWHERE.exec(asciiDigits(text).replace(/\s+/g, ' '));
  return match ? dateFromParts(match[1]!, match[2]!, match[3]!) : null;
}

const BRACKETED_ISSUED = new RegExp(`^[（(] *${DATE_PARTS} *印 *发 *[）)]$`);
const IMPRINT_ISSUED = new RegExp(`^${DATE_PARTS} *印 *发$`);
/** The printing office before an imprint-style 印发 date: `…人民政府办公室 2021年11月23日印发`. */
const PRINTING_OFFICE = new RegExp(`^${PRINTING_OFFICE_NAME}$`);
/** What may stand before a bracketed 印发 date on the imprint's one line: the office and a date. */
const IMPRINT_PREFIX = new RegExp(`^(?:${PRINTING_OFFICE_NAME})? *(?:${DATE_PARTS})?$`);

/**
 * The closing 印发 line, the one reliable end-of-document marker: `（2021年11月23日印发）`, or as
 * the imprint (版记) prints it, `2021年11月23日印发` with or without the printing office before it,
 * or the office and its date on the same line before the bracketed date.
 */
export function matchIssuedLine(text: string): DateMatch | null {
  const line = asciiDigits(text).trim().replace(/\s+/g, ' ');
  const bracketed = BRACKETED_ISSUED.exec(line);
  if (bracketed) return dateFromParts(bracketed[1]!, bracketed[2]!, bracketed[3]!);
  const open = Math.max(line.lastIndexOf('（'), line.lastIndexOf('('));
  if (open > 0 && IMPRINT_PREFIX.test(line.slice(0, open).trim())) {
    const closing = BRACKETED_ISSUED.exec(line.slice(open));
    if (closing) return dateFromParts(closing[1]!, closing[2]!, closing[3]!);
  }
  const lastSpace = line.lastIndexOf(' ', line.search(/\d{4} *年/));
  const office = lastSpace > 0 ? line.slice(0, lastSpace) : '';
  if (office !== '' && !PRINTING_OFFICE.test(office)) return null;
  const imprint = IMPRINT_ISSUED.exec(office === '' ? line : line.slice(lastSpace + 1));
  return imprint ? dateFromParts(imprint[1]!, imprint[2]!, imprint[3]!) : null;
}

const SUBTITLE_START = new RegExp(`^[—–-]{1,2} *${DATE_PARTS} *在`);
const SUBTITLE_MEETING = '(?:会议|大会|会|座谈会|仪式)';
const SUBTITLE_END = new RegExp(`${SUBTITLE_MEETING}上(?:的(?:讲话|报告|发言))?$`);
const SUBTITLE_END_WITHOUT_TAIL = new RegExp(`${SUBTITLE_MEETING}$`);

/** The date opening a speech's subtitle (`——2021年4月13日在…`), read from its first line alone. */
export function matchSubtitleDate(text: string): DateMatch | null {
  const start = SUBTITLE_START.exec(asciiDigits(text).trim().replace(/\s+/g, ' '));
  return start ? dateFromParts(start[1]!, start[2]!, start[3]!) : null;
}

/**
 * A speech's dated subtitle, `——2021年4月13日在济南市槐荫区第十八届人民代表大会第五次会议上`, given
 * as the lines it may be printed over: the number of lines it takes (the subtitle wraps in a
 * narrow column) and its date, or null.
 */
export function matchSpeechSubtitle(lines: readonly string[]): { lineCount: number; date: DateMatch } | null {
  return subtitleEndingWith(lines, SUBTITLE_END);
}

/**
 * A speech's subtitle whose last word (`上`, `上的讲话`) is missing: an extraction that orders a
 * page's blocks by position may set a wrapped subtitle's last line apart from it.
 */
export function matchSpeechSubtitleWithoutTail(
  lines: readonly string[],
): { lineCount: number; date: DateMatch } | null {
  return subtitleEndingWith(lines, SUBTITLE_END_WITHOUT_TAIL);
}

function subtitleEndingWith(lines: readonly string[], end: RegExp): { lineCount: number; date: DateMatch } | null {
  const date = matchSubtitleDate(lines[0] ?? '');
  if (!date) return null;
  let joined = '';
  for (let count = 1; count <= Math.min(3, lines.length); count += 1) {
    joined += lines[count - 1]!.replace(/\s+/g, '');
    if (end.test(joined)) return { lineCount: count, date };
  }
  return null;
}

/** The period a plan's title names in brackets, alone on a line: `（2021—2024年）`, `(2021-2028年)`. */
export function isBracketedPeriod(text: string): boolean {
  return /^[（(]\d{4} *[—–\-~～至]{1,2} *\d{4} *年[）)]$/.test(text.replace(/\s+/g, ''));
}
