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

/**
 * Removes spaces that PDF layout put inside Chinese text: between two Chinese characters
 * (`陈 锐`, `的 通 知`), and between Chinese and a number (`2021 年 4 月`, `达到 88%`).
 */
export function removeLayoutSpaces(text: string, line: number, journal: Journal): string {
  const pattern = new RegExp(
    `([${CJK}，。、；：？！（）《》“”%\\u2460-\\u2473])([ \\u3000]+)(?=([${CJK}0-9（《“]))|([0-9%])([ \\u3000]+)(?=[${CJK}])`,
    'g',
  );
  let result = '';
  let last = 0;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text))) {
    const spaceStart = match.index + (match[1] ?? match[4])!.length;
    const space = match[2] ?? match[5]!;
    const before = text.slice(0, spaceStart);
    const after = text.slice(spaceStart + space.length);
    // Digits on both sides of the space (`30.58 16.74`) are two values, not a layout gap.
    const digitsBothSides = /[0-9%]$/.test(before) && /^\d/.test(after);
    const wordBefore = before.match(new RegExp(`[${CJK}]+$`))?.[0] ?? '';
    const wordAfter = after.match(new RegExp(`^[${CJK}]+`))?.[0] ?? '';
    if (digitsBothSides || separatesOrgans(wordBefore, wordAfter)) continue;
    result += text.slice(last, spaceStart);
    last = spaceStart + space.length;
    journal.repairs.push({
      line,
      kind: 'removed-space',
      before: `${before.slice(-2)}${space}${after.slice(0, 2)}`,
      after: `${before.slice(-2)}${after.slice(0, 2)}`,
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

/** Index of the bracket closing the one at `open`, or -1. */
function matchingClose(text: string, open: number): number {
  let depth = 0;
  for (let index = open; index < text.length; index += 1) {
    const char = text[index];
    if (char === '(' || char === '（') depth += 1;
    if (char === ')' || char === '）') {
      depth -= 1;
      if (depth === 0) return index;
    }
  }
  return -1;
}

/**
 * Widens half-width punctuation used in Chinese text (`,` `:` `;` `?` `!` and brackets that
 * enclose Chinese). Numbers (`528,374`, `8:30`, `1.5`), Latin text and brackets around numbers
 * or symbols (`(2017)`, `(±%)`) keep their half-width forms.
 */
export function widenPunctuation(text: string, line: number, journal: Journal): string {
  if (!new RegExp(`[${CJK}]`).test(text)) return text;
  const chars = [...text];
  const widened = new Set<number>();
  for (let index = 0; index < chars.length; index += 1) {
    const char = chars[index]!;
    if (char === '(') {
      const close = matchingClose(chars.join(''), index);
      const inner = close === -1 ? chars.slice(index + 1).join('') : chars.slice(index + 1, close).join('');
      // A numbering marker `(1)` opening a line of Chinese text takes the full-width form too.
      const leadingMarker =
        chars.slice(0, index).every((c) => c === ' ') &&
        /^\d{1,2}$/.test(inner) &&
        isCjk(chars.slice(close + 1).find((c) => c !== ' '));
      // A short bracket of symbols or numbers right after Chinese text (`比例(%)`, `同比(±%)`) too.
      const afterChinese = isCjk(chars[index - 1]) && close !== -1 && inner.length <= 6;
      if (new RegExp(`[${CJK}]`).test(inner) || leadingMarker || afterChinese) {
        widened.add(index);
        if (close !== -1 && chars[close] === ')') widened.add(close);
      }
    } else if (char === ')' && !widened.has(index)) {
      // A closing bracket that ends a full-width pair opened earlier (`（…)`) is widened too.
      const opened = chars.slice(0, index).lastIndexOf('（');
      const closedSince = opened !== -1 && chars.slice(opened + 1, index).some((c) => c === '）' || c === ')');
      if (opened !== -1 && !closedSince) widened.add(index);
    } else if (',:;?!'.includes(char)) {
      const before = chars[index - 1];
      const after = chars[index + 1] === ' ' ? chars[index + 2] : chars[index + 1];
      const betweenDigits = /\d/.test(before ?? '') && /\d/.test(chars[index + 1] ?? '');
      const betweenLatin = /[A-Z0-9]/i.test(before ?? '') && /[A-Z]/i.test(chars[index + 1] ?? '');
      if (
        !betweenDigits &&
        !betweenLatin &&
        (isCjkOrCjkPunctuation(before) || isCjkOrCjkPunctuation(after) || isCjk(after))
      ) {
        widened.add(index);
      }
    } else if (
      char === '.' &&
      isCjk(chars[index - 1]) &&
      (index === chars.length - 1 || isCjk(chars[index + 1]) || chars[index + 1] === ' ')
    ) {
      // A full stop typed as `.` after Chinese (`刘宇.`); `1.5`, `1.` markers and `PM2.5` keep theirs.
      widened.add(index);
    }
  }
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
