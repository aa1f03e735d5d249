/**
 * Numbers as the gazette writes them: ASCII digits, full-width digits (０-９) and Chinese
 * numerals (十二, 二〇二一年). Detectors read text through `asciiDigits`, so every pattern is
 * written once, for ASCII digits.
 */

const CHINESE_DIGITS: Readonly<Record<string, number>> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** Reads a Chinese numeral up to 99 (一, 十二, 二十三); returns null for anything else. */
export function chineseNumeralValue(numeral: string): number | null {
  if (!/^[〇零一二两三四五六七八九十]+$/.test(numeral)) return null;
  if (!numeral.includes('十')) return numeral.length === 1 ? (CHINESE_DIGITS[numeral] ?? null) : null;
  const [tens, ones] = numeral.split('十') as [string, string];
  if (numeral.split('十').length > 2) return null;
  const tensValue = tens === '' ? 1 : CHINESE_DIGITS[tens];
  const onesValue = ones === '' ? 0 : CHINESE_DIGITS[ones];
  if (tensValue === undefined || onesValue === undefined) return null;
  return tensValue * 10 + onesValue;
}

export const FULL_WIDTH_DIGIT = /[０-９]/g;

/** A full-width digit (`３`) as its ASCII digit. */
export function asciiDigit(char: string): string {
  return String.fromCharCode(char.charCodeAt(0) - 0xfee0);
}

const YEAR_DIGITS: Readonly<Record<string, string>> = {
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

/** Full-width digits as ASCII, character for character: every offset stays where it was. */
export function halfWidthDigits(text: string): string {
  return text.replace(FULL_WIDTH_DIGIT, asciiDigit);
}

/**
 * Text as the detectors read it: full-width digits as ASCII, and dates written in Chinese
 * numerals (`二〇二一年十一月二日`, the older official style) as Arabic ones.
 */
export function asciiDigits(text: string): string {
  return halfWidthDigits(text).replace(CHINESE_DATE, (whole, year: string, month: string, day: string) => {
    const monthValue = chineseNumeralValue(month);
    const dayValue = chineseNumeralValue(day);
    if (monthValue === null || dayValue === null) return whole;
    return `${[...year].map((digit) => YEAR_DIGITS[digit]).join('')}年${monthValue}月${dayValue}日`;
  });
}
