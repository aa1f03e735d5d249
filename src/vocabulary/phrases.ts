/**
 * The recurring phrases of gazette text that structure depends on: how a sentence ends, bracketed
 * notes, attachment labels and announcements, 专栏 boxes, a speech's forms of address, and the
 * measure words that follow a number in running text.
 */
import { asciiDigits } from './numerals.ts';

const CLOSING_MARKS = '”’」』）)》';

/**
 * The punctuation that ends a sentence, tested on a text's last character alone: a pattern
 * anchored only at the end would be tried at every position of a long paragraph.
 */
const SENTENCE_END = /^[。！？；：!?;:]$/;

/**
 * Sentence-final punctuation: a line ending with it completes its paragraph — also when closing
 * quotes or a bracketed note follow the sentence (`…。（区卫生健康局牵头）`).
 */
export function endsSentence(text: string): boolean {
  let end = text.trimEnd();
  if (isBracketedNote(end)) return true;
  // A bracketed note after the full stop: `…。（区X局负责）`.
  if (/[）)]/.test(end.slice(-1))) {
    const open = Math.max(end.lastIndexOf('（'), end.lastIndexOf('('));
    const inner = end.slice(open + 1, -1);
    if (open > 0 && !/[（）()]/.test(inner) && SENTENCE_END.test(end.slice(open - 1, open))) return true;
  }
  while (end !== '' && CLOSING_MARKS.includes(end[end.length - 1]!)) end = end.slice(0, -1);
  return SENTENCE_END.test(end.slice(-1));
}

/** A line that is one bracketed note and nothing else: `（区卫生健康局负责）`, `（共计14项）`. */
export function isBracketedNote(text: string): boolean {
  const trimmed = text.trim();
  if (!/^[（(]/.test(trimmed) || !/[）)]/.test(trimmed.slice(-1))) return false;
  return !/[（）()]/.test(trimmed.slice(1, -1));
}

/** `附件`, `附件 1`, `附件2：` on a line of its own: the label above an attachment. */
export function matchAttachmentLabel(text: string): string | null {
  const match = /^附件(\d*)[：:]?$/.exec(asciiDigits(text).replace(/\s+/g, ''));
  return match ? `附件${match[1] ?? ''}` : null;
}

/** `附件：…` announcing attachments inside the text. */
export function isAttachmentAnnouncement(text: string): boolean {
  return /^附件\d*[：:]./.test(text.replace(/\s+/g, ''));
}

/** The announcement's text after `附件：`. */
export function announcementItems(text: string): string {
  const trimmed = text.trim();
  return trimmed.slice(trimmed.search(/[：:]/) + 1);
}

/** The numbered box of a plan: `专栏1 主要指标`, `专栏 2 残疾人社会保障`. */
export function isBoxTitle(text: string): boolean {
  return /^专栏 *\d/.test(asciiDigits(text).trim());
}

/**
 * How a speech turns to its audience at the start of a paragraph: `各位代表！`, `同志们！`. Such an
 * exclamation opens a new paragraph wherever it stands (`各位代表，` may run on inside one).
 */
export function opensWithAddress(text: string): boolean {
  return /^(?:各位(?:代表|委员|同志|领导)|同志们|女士们、先生们)[！!]/.test(text.trim());
}

/** The salutation that opens a speech's text on a line of its own: `各位代表：`. */
export function isSalutation(text: string): boolean {
  return /^(?:各位(?:代表|委员|同志|领导)|同志们|女士们、先生们)[：:！!]$/.test(text.trim());
}

/** A dash that opens an item of a list of targets or principles: `——生产总值增长8%；`. */
export function opensWithDash(text: string): boolean {
  return /^——/.test(text.trim());
}

/**
 * Measure words and units that follow a number in running text (`14 所`, `3 年`, `88%`). A number
 * standing between spaces inside a sentence and followed by none of these is not part of the
 * sentence: it is a page number the extraction put inside the line (`黄 12 河战略`).
 */
export const MEASURE_WORDS =
  '年月日时分秒周天期季度岁个家项所名人户次位类条件批种台辆座栋层处套份篇本张部支只头匹吨亩米元万亿千百倍成届轮级段批起宗例场间组队团小分余多';

/** Opening and closing marks by kind: a half-width bracket pairs with a full-width one. */
const OPENING_KIND: Readonly<Record<string, string>> = {
  '（': 'paren',
  '(': 'paren',
  '“': 'quote',
  '《': 'title',
  '〔': 'number',
  '【': 'label',
};
const CLOSING_KIND: Readonly<Record<string, string>> = {
  '）': 'paren',
  ')': 'paren',
  '”': 'quote',
  '》': 'title',
  '〕': 'number',
  '】': 'label',
};

/**
 * The kinds of bracket and quote a text leaves open at its end (`（牵头单位：…，责任单位：` leaves a
 * bracket open): a sentence cannot have ended inside them.
 */
export function unclosedMarks(text: string): string[] {
  const open: string[] = [];
  for (const char of text) {
    const opening = OPENING_KIND[char];
    const closing = CLOSING_KIND[char];
    if (opening) open.push(opening);
    else if (closing && open.lastIndexOf(closing) !== -1) open.splice(open.lastIndexOf(closing), 1);
  }
  return open;
}

/** Whether a text closes a bracket or quote of one of these kinds. */
export function closesAny(text: string, kinds: readonly string[]): boolean {
  for (const char of text) if (CLOSING_KIND[char] && kinds.includes(CLOSING_KIND[char]!)) return true;
  return false;
}
