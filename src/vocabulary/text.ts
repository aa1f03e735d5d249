/**
 * Characters of Chinese text: which are Chinese, how wide each is on the printed page, and the
 * whitespace that extraction leaves. Display width follows Unicode's East Asian Width (via
 * `get-east-asian-width`): a Chinese character or full-width sign is two cells, an ASCII letter or
 * digit one. Ambiguous characters (“” — … ·) are wide, as Chinese fonts print them.
 */
import { eastAsianWidth, eastAsianWidthType } from 'get-east-asian-width';

/** Unified ideographs (with extension A and compatibility forms) plus 〇, as a character-class body. */
export const CJK = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\u3007';
/** The full-width punctuation of Chinese typesetting. */
export const CJK_PUNCTUATION = '，。、；：？！“”‘’（）《》〈〉【】〔〕—…·「」『』％';
const CJK_CHAR = new RegExp(`[${CJK}]`);

export function isCjk(char: string | undefined): boolean {
  return char !== undefined && CJK_CHAR.test(char);
}

export function isCjkOrCjkPunctuation(char: string | undefined): boolean {
  return char !== undefined && (CJK_CHAR.test(char) || CJK_PUNCTUATION.includes(char));
}

export function hasCjk(text: string): boolean {
  return CJK_CHAR.test(text);
}

/** Removes every whitespace character, for comparing and normalising titles and numbers. */
export function withoutWhitespace(text: string): string {
  return text.replace(/\s+/g, '');
}

/** Cells a character takes on the printed line: 2 for Chinese and full-width forms, else 1. */
export function charWidth(char: string): number {
  if (char === '\t') return 1;
  return eastAsianWidth(char.codePointAt(0)!, { ambiguousAsWide: true });
}

/** The display width of a text in cells (a TAB counts as one). */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += charWidth(char);
  return width;
}

/**
 * Cells of a text whose width depends on the font: East Asian Ambiguous characters (curly quotes
 * `“”‘’`, `…`, `·`) count as wide, but a page set with proportional quotes prints them narrow.
 */
export function ambiguousCells(text: string): number {
  let count = 0;
  for (const char of text) if (char !== '\t' && eastAsianWidthType(char.codePointAt(0)!) === 'ambiguous') count += 1;
  return count;
}

/** The width of the whitespace a line starts with (an ideographic space is two cells). */
export function indentWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    if (char === ' ') width += 1;
    else if (char === '\u3000') width += 2;
    else break;
  }
  return width;
}

/** Half-width punctuation that Chinese typesetting prints full-width beside Chinese text. */
const WIDENED_IN_CHINESE = ',:;!?()';

/**
 * The width a line took on the printed page, in cells: as displayWidth, but half-width
 * punctuation beside a Chinese character counts as full-width — the extraction wrote `,` where
 * the page printed `，`.
 */
export function printedWidth(text: string): number {
  const chars = [...text];
  let width = 0;
  chars.forEach((char, index) => {
    const besideChinese = isCjk(chars[index - 1]) || isCjk(chars[index + 1]);
    width += WIDENED_IN_CHINESE.includes(char) && besideChinese ? 2 : charWidth(char);
  });
  return width;
}

/**
 * Line-breaking rules of Chinese typesetting (禁则, GB/T 15834 and the W3C's clreq): these never
 * start a line — closing brackets and quotes, the pause, stop and other sentence marks, the
 * ellipsis and the dash (which come in pairs and stay with the text before them) …
 */
export const NO_LINE_START = '，。、；：？！）》〉】〕」』”’…—·％%,.;:?!)';
/** … and these never end one: opening brackets and quotes. */
export const NO_LINE_END = '（《〈【〔「『“‘(';
