/**
 * Character repairs that never change wording: spaces the PDF layout put between Chinese
 * characters, half-width punctuation in Chinese text, traditional characters misrecognised by
 * OCR, full-width digits. Every change is journaled with its line.
 */
import {
  asciiDigit,
  CJK,
  isCjk,
  isCjkOrCjkPunctuation,
  separatesOrgans,
  simplifiedForm,
} from '../../vocabulary/index.ts';
import type { Journal } from '../types.ts';

const LAYOUT_SPACE = new RegExp(
  `([${CJK}，。、；：？！（）《》“”%\\u2460-\\u2473])([ \\u3000]+)(?=([${CJK}0-9（《“]))|([0-9%])([ \\u3000]+)(?=[${CJK}])`,
  'g',
);

/** The run of Chinese characters ending just before `end` (scanning back over it only). */
function chineseWordBefore(text: string, end: number): string {
  let start = end;
  while (start > 0 && isCjk(text[start - 1])) start -= 1;
  return text.slice(start, end);
}

/** The run of Chinese characters starting at `start`. */
function chineseWordAfter(text: string, start: number): string {
  let end = start;
  while (end < text.length && isCjk(text[end])) end += 1;
  return text.slice(start, end);
}

/**
 * Removes spaces that PDF layout put inside Chinese text: between two Chinese characters
 * (`陈 锐`, `的 通 知`), and between Chinese and a number (`2021 年 4 月`, `达到 88%`). One pass:
 * each space looks only at the words on either side of it.
 */
export function removeLayoutSpaces(text: string, line: number, journal: Journal): string {
  let result = '';
  let last = 0;
  for (const match of text.matchAll(LAYOUT_SPACE)) {
    const spaceStart = match.index + (match[1] ?? match[4])!.length;
    const space = match[2] ?? match[5]!;
    const spaceEnd = spaceStart + space.length;
    // Digits on both sides of the space (`30.58 16.74`) are two values, not a layout gap.
    const digitsBothSides = /[0-9%]/.test(text[spaceStart - 1]!) && /\d/.test(text[spaceEnd] ?? '');
    if (digitsBothSides || separatesOrgans(chineseWordBefore(text, spaceStart), chineseWordAfter(text, spaceEnd)))
      continue;
    result += text.slice(last, spaceStart);
    last = spaceEnd;
    const context = (from: number, to: number) => text.slice(Math.max(0, from), to);
    journal.repairs.push({
      line,
      kind: 'removed-space',
      before: `${context(spaceStart - 2, spaceStart)}${space}${context(spaceEnd, spaceEnd + 2)}`,
      after: `${context(spaceStart - 2, spaceStart)}${context(spaceEnd, spaceEnd + 2)}`,
    });
  }
  return result + text.slice(last);
}

const WIDE: Record<string, string> = {
  ',': '，',
  ':': '：',
  ';': '；',
  '?': '？',
  '!': '！',
  '(': '（',
  ')': '）',
  '.': '。',
};

const CJK_CHAR = new RegExp(`[${CJK}]`);

/** Where each bracket closes, and which opener each closer closes: one pass with a stack. */
function bracketPairs(chars: readonly string[]): { closeOf: Map<number, number>; openOf: Map<number, number> } {
  const closeOf = new Map<number, number>();
  const openOf = new Map<number, number>();
  const open: number[] = [];
  chars.forEach((char, index) => {
    if (char === '(' || char === '（') open.push(index);
    else if ((char === ')' || char === '）') && open.length > 0) {
      const opener = open.pop()!;
      closeOf.set(opener, index);
      openOf.set(index, opener);
    }
  });
  return { closeOf, openOf };
}

/** For each position, how many Chinese characters stand before it. */
function chinesePrefixCounts(chars: readonly string[]): number[] {
  const counts = [0];
  for (const char of chars) counts.push(counts[counts.length - 1]! + (isCjk(char) ? 1 : 0));
  return counts;
}

/** The first character at or after `from` that is not a space. */
function nextVisible(chars: readonly string[], from: number): string | undefined {
  for (let index = from; index < chars.length; index += 1) if (chars[index] !== ' ') return chars[index];
  return undefined;
}

/**
 * Whether the bracket opening at `index` encloses Chinese text or numbers a line or follows
 * Chinese. `firstVisible` is where the text's first character that is not a space stands.
 */
function widensBracket(
  chars: readonly string[],
  index: number,
  close: number | undefined,
  chinese: number[],
  firstVisible: number,
): boolean {
  const end = close ?? chars.length;
  const innerLength = end - index - 1;
  const innerChinese = chinese[end]! - chinese[index + 1]! > 0;
  // A numbering marker `(1)` opening a line of Chinese text takes the full-width form too. Only a
  // short inside is read, so that no bracket costs more than its own characters.
  const leadingMarker =
    close !== undefined &&
    index <= firstVisible &&
    innerLength <= 2 &&
    /^\d{1,2}$/.test(chars.slice(index + 1, end).join('')) &&
    isCjk(nextVisible(chars, close + 1));
  // A short bracket of symbols or numbers right after Chinese text (`比例(%)`, `同比(±%)`) too.
  const afterChinese = isCjk(chars[index - 1]) && close !== undefined && innerLength <= 6;
  return innerChinese || leadingMarker || afterChinese;
}

/** Whether half-width `,` `:` `;` `?` `!` at `index` punctuates Chinese text. */
function widensMark(chars: readonly string[], index: number): boolean {
  const before = chars[index - 1];
  const after = chars[index + 1] === ' ' ? chars[index + 2] : chars[index + 1];
  const betweenDigits = /\d/.test(before ?? '') && /\d/.test(chars[index + 1] ?? '');
  const betweenLatin = /[A-Z0-9]/i.test(before ?? '') && /[A-Z]/i.test(chars[index + 1] ?? '');
  return !betweenDigits && !betweenLatin && (isCjkOrCjkPunctuation(before) || isCjkOrCjkPunctuation(after));
}

/** Whether `.` at `index` is a full stop typed after Chinese (`刘宇.`); `1.5` and `PM2.5` keep theirs. */
function widensFullStop(chars: readonly string[], index: number): boolean {
  return isCjk(chars[index - 1]) && (index === chars.length - 1 || isCjk(chars[index + 1]) || chars[index + 1] === ' ');
}

/**
 * Widens half-width punctuation used in Chinese text (`,` `:` `;` `?` `!` and brackets that
 * enclose Chinese). Numbers (`528,374`, `8:30`, `1.5`), Latin text and brackets around numbers
 * or symbols (`(2017)`, `(±%)`) keep their half-width forms. Linear: brackets are paired once.
 */
export function widenPunctuation(text: string, line: number, journal: Journal): string {
  if (!CJK_CHAR.test(text)) return text;
  const chars = [...text];
  const { closeOf, openOf } = bracketPairs(chars);
  const chinese = chinesePrefixCounts(chars);
  const firstVisible = chars.findIndex((char) => char !== ' ');
  const widened = new Set<number>();
  chars.forEach((char, index) => {
    if (char === '(') {
      const close = closeOf.get(index);
      if (!widensBracket(chars, index, close, chinese, firstVisible)) return;
      widened.add(index);
      if (close !== undefined && chars[close] === ')') widened.add(close);
    } else if (char === ')' && !widened.has(index)) {
      // A closing bracket that ends a full-width pair opened earlier (`（…)`) is widened too.
      const opener = openOf.get(index);
      if (opener !== undefined && chars[opener] === '（') widened.add(index);
    } else if ((',:;?!'.includes(char) && widensMark(chars, index)) || (char === '.' && widensFullStop(chars, index))) {
      widened.add(index);
    }
  });
  if (widened.size === 0) return text;
  const result: string[] = [];
  chars.forEach((char, index) => {
    if (!widened.has(index)) {
      // The space an ASCII writer puts after `,` or `:` has no place after full-width punctuation.
      if (char === ' ' && widened.has(index - 1) && ',:;?!.'.includes(chars[index - 1]!)) return;
      result.push(char);
      return;
    }
    journal.repairs.push({ line, kind: 'widened-punctuation', before: char, after: WIDE[char]! });
    result.push(WIDE[char]!);
  });
  return result.join('');
}

/** How far back from a join a bracket left open may still be paired by the line joined. */
const MAX_BRACKET_REACH = 500;

/**
 * Where widening must start again after a line was joined at `joinedAt`: at the first bracket the
 * text before the join leaves open (within MAX_BRACKET_REACH), or two characters before the join,
 * and one visible character earlier still, so that the window starts as the text around it does.
 * Read backwards over at most MAX_BRACKET_REACH characters, whatever the paragraph's length.
 */
function widenFrom(text: string, joinedAt: number): number {
  const floor = Math.max(0, joinedAt - MAX_BRACKET_REACH);
  let start = Math.max(floor, joinedAt - 2);
  let closers = 0;
  for (let index = joinedAt - 1; index >= floor; index -= 1) {
    const char = text[index];
    if (char === ')' || char === '）') closers += 1;
    else if (char === '(' || char === '（') {
      if (closers > 0) closers -= 1;
      else start = index;
    }
  }
  while (start > 0 && text[start - 1] === ' ') start -= 1;
  return Math.max(0, start - 1);
}

/**
 * widenPunctuation after a line was joined onto a paragraph at `joinedAt`: a bracket opened before
 * the break may close after it (`（…` ⏎ `…)`), so the text is widened again from the first bracket
 * the text before the break leaves open, or from just before the break. The text before that was
 * widened when its own lines joined, so each join costs its own line, not the whole paragraph.
 */
export function widenAfterJoin(text: string, joinedAt: number, line: number, journal: Journal): string {
  const start = widenFrom(text, joinedAt);
  return start === 0
    ? widenPunctuation(text, line, journal)
    : text.slice(0, start) + widenPunctuation(text.slice(start), line, journal);
}

/** Replaces misrecognised traditional characters and full-width digits, journaling each. */
export function normaliseCharacters(text: string, line: number, journal: Journal): string {
  const chars = [...text];
  return chars
    .map((char, index) => {
      // The full-width point inside a number written in full-width digits (`２．５`); after an
      // ASCII digit it ends a numbering marker (`4．2021年年底前`) and stays.
      const beforeDigit = chars[index - 1] ?? '';
      const afterDigit = chars[index + 1] ?? '';
      const fullWidthNumber = /[０-９]/.test(beforeDigit) || /[０-９]/.test(afterDigit);
      if (char === '．' && fullWidthNumber && /[0-9０-９]/.test(beforeDigit) && /[0-9０-９]/.test(afterDigit)) {
        journal.repairs.push({ line, kind: 'full-width-digit', before: char, after: '.' });
        return '.';
      }
      // A bullet or katakana dot between Chinese words stands for the interpunct (间隔号) `·`.
      if ('•∙・'.includes(char) && isCjk(chars[index - 1]) && isCjk(chars[index + 1])) {
        journal.repairs.push({ line, kind: 'middle-dot', before: char, after: '·' });
        return '·';
      }
      const simplified = simplifiedForm(char);
      if (simplified) {
        journal.repairs.push({ line, kind: 'traditional-character', before: char, after: simplified });
        return simplified;
      }
      if (/[０-９]/.test(char)) {
        const digit = asciiDigit(char);
        journal.repairs.push({ line, kind: 'full-width-digit', before: char, after: digit });
        return digit;
      }
      return char;
    })
    .join('');
}

/** Latin words that replace Chinese function words in some extractions (`督导检查 and 问责机制`). */
export function findSuspiciousLatinWords(text: string, line: number, journal: Journal): void {
  const pattern = new RegExp(`[${CJK}]\\s*\\b(and|etc|or|the|of)\\b\\s*[${CJK}]`, 'g');
  for (const match of text.matchAll(pattern)) {
    journal.warnings.push({
      line,
      code: 'suspicious-latin-word',
      message: `中文句中出现英文单词“${match[1]}”（${match[0]}），可能是提取错误；原文保留，请核对 PDF。`,
    });
  }
}

/** All character repairs of one line of running text, in a fixed order. */
export function repairText(text: string, line: number, journal: Journal): string {
  const normalised = normaliseCharacters(text, line, journal);
  const widened = widenPunctuation(normalised, line, journal);
  const spaced = removeLayoutSpaces(widened, line, journal);
  findSuspiciousLatinWords(spaced, line, journal);
  return spaced;
}
