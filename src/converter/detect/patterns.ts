/**
 * Character classes shared by the stages. CJK here means the unified ideographs plus 〇;
 * CJK punctuation is the full-width set used in Chinese typesetting.
 */
export const CJK = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\u3007';
export const CJK_PUNCTUATION = '，。、；：？！“”‘’（）《》〈〉【】〔〕—…·「」『』％';
export const CJK_CHAR = new RegExp(`[${CJK}]`);

export function isCjk(char: string | undefined): boolean {
  return char !== undefined && CJK_CHAR.test(char);
}

export function isCjkOrCjkPunctuation(char: string | undefined): boolean {
  return char !== undefined && (CJK_CHAR.test(char) || CJK_PUNCTUATION.includes(char));
}

/** Removes every whitespace character, for comparing and normalising titles and numbers. */
export function withoutWhitespace(text: string): string {
  return text.replace(/\s+/g, '');
}

const CHINESE_DIGITS: Record<string, number> = {
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
  const tensValue = tens === '' ? 1 : CHINESE_DIGITS[tens];
  const onesValue = ones === '' ? 0 : CHINESE_DIGITS[ones];
  if (tensValue === undefined || onesValue === undefined) return null;
  return tensValue * 10 + onesValue;
}
