/**
 * 文号 (document numbers): `济槐政字〔2021〕15号` — 机关代字, year in 六角括号 〔〕, serial, 号.
 * Extractions and typists print the brackets as （）()【】[]［］﹝﹞, put spaces anywhere and write
 * full-width digits; every form is normalised to the printed one. Shared by the converter (a
 * document's own 文号, 目录 entries), the search page (a 文号 typed as a query) and the schema.
 */
import { CJK } from './text.ts';
import { asciiDigits, halfWidthDigits } from './numerals.ts';

/** Brackets that stand in for the year's 〔〕 in the wild. */
export const YEAR_OPEN_BRACKETS = '〔［[(（【〖{｛﹝';
export const YEAR_CLOSE_BRACKETS = '〕］\\])）】〗}｝﹞';

/** The printed form: `济槐政字〔2021〕15号`. */
export function formatDocNumber(prefix: string, year: number | string, serial: number | string): string {
  return `${prefix}〔${year}〕${Number(serial)}号`;
}

/** The shape of a normalised 文号, for schemas. */
export const DOC_NUMBER_SHAPE = /^\S+〔\d{4}〕\d+号$/;

/** 机关代字: two to ten Chinese characters, spaces between them allowed. */
const ORGAN_CODE = `[${CJK}](?: ?[${CJK}]){1,9}`;
const docNumberPattern = (gap: string) =>
  `(${ORGAN_CODE.replace(/ \?/g, gap)})${gap}[${YEAR_OPEN_BRACKETS}]${gap}(\\d{4})${gap}[${YEAR_CLOSE_BRACKETS}]${gap}第?${gap}(\\d{1,4})${gap}号`;
const DOC_NUMBER = docNumberPattern(' ?');
const DOC_NUMBER_LINE = new RegExp(`^${DOC_NUMBER}$`);
const DOC_NUMBER_ANYWHERE = new RegExp(DOC_NUMBER);

/** Text as 文号 patterns read it: ASCII digits, one space for any run of whitespace. */
function compact(text: string): string {
  return asciiDigits(text).trim().replace(/\s+/g, ' ');
}

/** A line consisting only of a 文号, normalised to `济槐政字〔2021〕15号`. */
export function matchDocNumberLine(text: string): string | null {
  const match = DOC_NUMBER_LINE.exec(compact(text));
  return match ? formatDocNumber(match[1]!.replace(/ /g, ''), match[2]!, match[3]!) : null;
}

/** The first 文号 inside a longer text (a 目录 entry, a citation), normalised. */
export function findDocNumber(text: string): string | null {
  const match = DOC_NUMBER_ANYWHERE.exec(compact(text));
  return match ? formatDocNumber(match[1]!.replace(/ /g, ''), match[2]!, match[3]!) : null;
}

/**
 * Words of running text that the 机关代字 pattern would otherwise take in front of a cited 文号
 * (`贯彻国办发〔2005〕18号`): a code never holds them, so the code starts after the last of them.
 */
const CITING_WORDS = /^.*(?:关于|贯彻|落实|根据|按照|依据|依照|参照|执行|印发|转发|发布|废止|[按据和及与或])/;

/** Every 文号 in running text: where it stands in the text as given, and its normalised form. */
export function findDocNumbers(text: string): { start: number; end: number; docNumber: string }[] {
  // halfWidthDigits keeps every character's position, so offsets in `digits` are offsets in `text`.
  const digits = halfWidthDigits(text);
  const found: { start: number; end: number; docNumber: string }[] = [];
  for (const match of digits.matchAll(new RegExp(docNumberPattern('[ \\t\\u3000]*'), 'g'))) {
    const printedCode = match[1]!;
    const cut = CITING_WORDS.exec(printedCode)?.[0].length ?? 0;
    const code = printedCode.slice(cut).replace(/\s+/g, '');
    if (code.length < 2) continue;
    found.push({
      start: match.index + cut,
      end: match.index + match[0].length,
      docNumber: formatDocNumber(code, match[2]!, match[3]!),
    });
  }
  return found;
}

/** 文号 series whose documents are personnel decisions (`济槐政任〔2021〕8号`). */
export function isPersonnelDocNumber(docNumber: string | null): boolean {
  return docNumber !== null && /任〔/.test(docNumber);
}
