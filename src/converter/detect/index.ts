/**
 * Stage 2 — detect: what kind of text is one line? Each function recognises one kind by its form
 * (a date, a 文号, a numbering marker…), never by its position or its wording.
 */
import { chineseNumeralValue, CJK, withoutWhitespace } from './patterns.ts';

export * from './patterns.ts';

const FULL_WIDTH_DIGITS = /[０-９]/g;

const CHINESE_YEAR_DIGITS: Record<string, string> = {
  〇: '0',
  零: '0',
  一: '1',
  二: '2',
  三: '3',
  四: '4',
  五: '5',
  六: '6',
  七: '7',
  八: '8',
  九: '9',
};
const CHINESE_DATE =
  /([〇零一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月\s*([一二三四五六七八九十]{1,3})\s*日/g;

/**
 * Text as the detectors read it: full-width digits as ASCII, and dates written in Chinese
 * numerals (`二〇二一年十一月二日`, the older official style) as Arabic ones.
 */
function asciiDigits(text: string): string {
  return text
    .replace(FULL_WIDTH_DIGITS, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0))
    .replace(CHINESE_DATE, (whole, year: string, month: string, day: string) => {
      const monthValue = chineseNumeralValue(month);
      const dayValue = chineseNumeralValue(day);
      if (monthValue === null || dayValue === null) return whole;
      return `${[...year].map((digit) => CHINESE_YEAR_DIGITS[digit]).join('')}年${monthValue}月${dayValue}日`;
    });
}

/** `YYYY-MM-DD` for a real calendar date, else null (2021年2月30日 is not a date). */
export function isoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const DATE_PARTS = '(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日';

export interface DateMatch {
  /** ISO date, or null when the printed date does not exist in the calendar. */
  iso: string | null;
  printed: string;
}

function dateFrom(match: RegExpExecArray): DateMatch {
  return {
    iso: isoDate(Number(match[1]), Number(match[2]), Number(match[3])),
    printed: `${Number(match[1])}年${Number(match[2])}月${Number(match[3])}日`,
  };
}

const ISSUED_LINE = new RegExp(
  `^\\s*(?:[（(]\\s*${DATE_PARTS}\\s*印\\s*发\\s*[）)]|(?:[${CJK}（）()]{2,40}?(?:政府|办公室|委员会|区委|委)\\s+)?${DATE_PARTS}\\s*印\\s*发)\\s*$`,
);

/**
 * The closing 印发 line, the one reliable end-of-document marker: `（2021年11月23日印发）`, or as
 * the imprint (版记) prints it, `2021年11月23日印发` with or without the printing office before it.
 */
export function matchIssuedLine(text: string): DateMatch | null {
  const match = ISSUED_LINE.exec(asciiDigits(text));
  if (!match) return null;
  const parts = match[1] !== undefined ? match.slice(1, 4) : match.slice(4, 7);
  return dateFrom([match[0], ...parts] as unknown as RegExpExecArray);
}

/** A line that is only a date, as under a signature (`2021年11月2日`). */
export function matchDateLine(text: string): DateMatch | null {
  const match = new RegExp(`^\\s*${DATE_PARTS}\\s*$`).exec(asciiDigits(text));
  return match ? dateFrom(match) : null;
}

const DOC_NUMBER = new RegExp(
  `^\\s*([${CJK}](?:\\s*[${CJK}]){1,9})\\s*[〔\\[（(【﹝［]\\s*(\\d{4})\\s*[〕\\]）)】﹞］]\\s*第?\\s*(\\d{1,4})\\s*号\\s*$`,
);

/** A line consisting only of a 文号, normalised to `济槐政字〔2021〕15号`. */
export function matchDocNumberLine(text: string): string | null {
  const match = DOC_NUMBER.exec(asciiDigits(text));
  if (!match) return null;
  return `${withoutWhitespace(match[1]!)}〔${match[2]}〕${Number(match[3])}号`;
}

const DOC_NUMBER_ANYWHERE = new RegExp(
  `([${CJK}](?:\\s*[${CJK}]){1,9})\\s*[〔\\[（(【﹝［]\\s*(\\d{4})\\s*[〕\\]）)】﹞］]\\s*(\\d{1,4})\\s*号`,
);

/** The first 文号 inside a longer text (a 目录 entry), normalised. */
export function findDocNumber(text: string): string | null {
  const match = DOC_NUMBER_ANYWHERE.exec(asciiDigits(text));
  return match ? `${withoutWhitespace(match[1]!)}〔${match[2]}〕${Number(match[3])}号` : null;
}

/** The addressee (主送) line: a short line ending with a colon, e.g. `各街道办事处，区政府各部门：`. */
export function isAddresseeLine(text: string): boolean {
  const trimmed = text.trim();
  return /[：:]$/.test(trimmed) && trimmed.length <= 80 && !/[。；]/.test(trimmed);
}

/** Numbering markers, from the outermost rank to the innermost. */
export type MarkerType =
  | 'article' // 第一条
  | 'chinese' // 一、
  | 'chinese-paren' // （一）
  | 'arabic-dot' // 1.
  | 'arabic-paren' // （1）
  | 'circled'; // ①

export const MARKER_RANK: Record<MarkerType, number> = {
  article: 0,
  chinese: 1,
  'chinese-paren': 2,
  'arabic-dot': 3,
  'arabic-paren': 4,
  circled: 5,
};

export interface Marker {
  type: MarkerType;
  marker: string;
  rest: string;
}

const MARKERS: [MarkerType, RegExp][] = [
  ['article', /^(第[一二三四五六七八九十百]+条)\s*(.*)$/],
  ['chinese', /^([一二三四五六七八九十]+、)\s*(.*)$/],
  ['chinese-paren', /^([（(]\s*[一二三四五六七八九十]+\s*[）)])\s*(.*)$/],
  ['arabic-dot', /^(\d{1,2}\s*[.．、](?!\d))\s*(.*)$/],
  ['arabic-paren', /^([（(]\s*\d{1,2}\s*[）)])\s*(.*)$/],
  ['circled', /^([\u2460-\u2473])\s*(.*)$/],
];

/** The number a marker counts: 一、→1, （十二）→12, 3.→3, ④→4, 第五条→5. */
export function markerValue(marker: Marker): number | null {
  if (marker.type === 'circled') return marker.marker.codePointAt(0)! - 0x2460 + 1;
  const digits = /\d+/.exec(marker.marker);
  if (digits) return Number(digits[0]);
  const numeral = /[〇零一二两三四五六七八九十]+/.exec(marker.marker);
  return numeral ? chineseNumeralValue(numeral[0]) : null;
}

/** Recognises a numbering marker at the start of a line. */
export function matchMarker(text: string): Marker | null {
  const trimmed = text.trim();
  for (const [type, pattern] of MARKERS) {
    const match = pattern.exec(trimmed);
    if (match) return { type, marker: match[1]!, rest: match[2]! };
  }
  return null;
}

/** `附件`, `附件 1`, `附件2：` on a line of its own: the label above an attachment. */
export function matchAttachmentLabel(text: string): string | null {
  const match = /^\s*附\s*件\s*(\d*)\s*(?:[：:]\s*)?$/.exec(asciiDigits(text));
  return match ? `附件${match[1] ?? ''}` : null;
}

/** `附件：…` announcing attachments inside the text. */
export function isAttachmentAnnouncement(text: string): boolean {
  return /^\s*附\s*件\s*(?:\d+\s*)?[：:]\s*\S/.test(text);
}

/**
 * A section label of the 目录: `【区政府文件】`, or a bare `区政府文件`, `人事任免`, `统计数据`.
 * Section labels abbreviate (区政府); a document's banner names the organ in full
 * (`…人民政府文件`, `中共…文件`) and is not a label.
 */
export function matchSectionLabel(text: string): string | null {
  const match =
    /^\s*【\s*(.+?)\s*】\s*$/.exec(text) ??
    /^\s*(?!.*(?:人民政府|中共))([^\s，。、；：（）()]{2,16}(?:文件|任免|数据))\s*$/.exec(text);
  return match ? withoutWhitespace(match[1]!) : null;
}

/** The heading of the table of contents, `目 录`. */
export function isTocHeading(text: string): boolean {
  return withoutWhitespace(text) === '目录';
}

/**
 * A 目录 entry ends with its printed page: `…（3）`, `…⇥(10)`, `… .....（27）`, or a bare number
 * after dot leaders or a TAB (`…………10`, `…⇥10`).
 */
export function matchTocPage(text: string): number | null {
  const normalised = asciiDigits(text);
  const match =
    /(?:\.{2,}|…+)?\s*[（(]\s*(\d{1,3})\s*[）)]\s*$/.exec(normalised) ??
    /(?:\.{2,}|…+|\t|·{2,})\s*(\d{1,3})\s*$/.exec(normalised);
  return match ? Number(match[1]) : null;
}

const STATS_TITLE = /^\s*(\d{4})\s*年\s*1\s*[-—–~～至]\s*(\d{1,2})\s*月\s*(.*?(?:主要)?经济指标.*)$/;

/** The statistics table's title, `2021年1-12月全区主要经济指标完成情况`, with its period. */
export function matchStatisticsTitle(text: string): { year: number; endMonth: number } | null {
  const match = STATS_TITLE.exec(asciiDigits(text));
  return match ? { year: Number(match[1]), endMonth: Number(match[2]) } : null;
}

/** A page number left by the extraction: `12`, `- 12 -`, `—12—`, `第 12 页`. */
export function isPageNumber(text: string): boolean {
  return /^\s*(?:[-—–·]\s*\d{1,3}\s*[-—–·]|\d{1,3}|第\s*\d{1,3}\s*页(?:\s*(?:[，,/／]\s*)?共\s*\d{1,3}\s*页)?|\d{1,3}\s*[/／]\s*\d{1,3})\s*$/.test(
    asciiDigits(text),
  );
}

const RUNNING_HEADER = /^\s*(?:济南市)?槐荫区人民政府公报\s*(?:[（(]\s*)?(\d{4})\s*年\s*第\s*(\d{1,2})\s*期\s*[）)]?/;
const GAZETTE_NAME_ONLY = /^\s*(?:济南市)?槐荫区人民政府公报\s*$/;

/** The gazette's name alone on a line: the running header of pages that do not print the issue. */
export function isGazetteNameHeader(text: string): boolean {
  return GAZETTE_NAME_ONLY.test(text);
}

/** The masthead / running header `济南市槐荫区人民政府公报（2021 年第 1 期）`, possibly with a section name. */
export function matchRunningHeader(text: string): { year: number; number: number } | null {
  const compact = asciiDigits(text);
  const match = RUNNING_HEADER.exec(compact);
  if (!match) return null;
  const tail = compact.slice(match[0].length).trim();
  // A running header carries at most a section name after the issue; a sentence is body text.
  if (tail.length > 20 || /[。，；]/.test(tail)) return null;
  return { year: Number(match[1]), number: Number(match[2]) };
}

/** A line of dashes or equals signs: a rule drawn by the extraction, not text. */
export function isSeparatorLine(text: string): boolean {
  return /^[\s\-=_—–]{3,}$/.test(text) && /[-=_]{3,}/.test(text);
}

export function isTableRow(text: string): boolean {
  return text.includes('\t');
}

/**
 * Sentence-final punctuation: a line ending with it completes its paragraph — also when a
 * bracketed note follows the sentence (`…。（区卫生健康局牵头）`).
 */
export function endsSentence(text: string): boolean {
  const trimmed = text.trim();
  return (
    /[。！？；：!?;:][”’」』）)》]*(?:[（(][^（）()]*[）)])?$/.test(trimmed) || /^[（(][^（）()]*[）)]$/.test(trimmed)
  );
}

/** The numbered box of a plan: `专栏1 主要指标`, `专栏 2 残疾人社会保障`. */
export function isBoxTitle(text: string): boolean {
  return /^\s*专栏\s*\d+/.test(text);
}

/** A speech's dated subtitle, `——2021年4月13日在区十八届人大五次会议上`. */
export function isSpeechSubtitle(text: string): boolean {
  return new RegExp(`^\\s*[—–-]{1,2}\\s*${DATE_PARTS}\\s*在.+(?:会议|大会|会)上`).test(asciiDigits(text));
}
