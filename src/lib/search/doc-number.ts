/**
 * 文号 (document numbers) as residents type them. The gazette prints `济槐政字〔2021〕15号`, but
 * people copy it from Word, WeChat or a printed page as `济槐政字(2021)15号`, `[2021]`, `【2021】`,
 * `2021年15号`, with full-width digits or stray spaces. Pagefind cannot match these (the brackets
 * are punctuation and the rest splits into single characters), so the search page parses the
 * query itself and looks the number up among every document's 文号.
 */
import { asciiDigits } from '../../vocabulary/numerals.ts';
import {
  formatDocNumber as printedDocNumber,
  YEAR_CLOSE_BRACKETS,
  YEAR_OPEN_BRACKETS,
} from '../../vocabulary/doc-numbers.ts';

export interface DocNumber {
  /** 机关代字, e.g. `济槐政字`; empty when the query gives only year and serial (`〔2021〕15号`). */
  prefix: string;
  year: number;
  serial: number;
}

const PATTERN = new RegExp(
  `^(?<prefix>\\p{Script=Han}{0,12})(?:(?<bracketed>[${YEAR_OPEN_BRACKETS}](?<y1>\\d{4})[${YEAR_CLOSE_BRACKETS}])|(?<y2>\\d{4})年?)第?(?<serial>\\d{1,5})(?<hao>号)?$`,
  'u',
);

/** Full-width digits (０-９) to ASCII; all whitespace (including U+3000) removed. */
function tidy(input: string): string {
  return asciiDigits(input).replace(/\s+/gu, '');
}

/**
 * Reads a whole query as a 文号, or returns null when it is not one. A serial without 号 is
 * accepted only after a bracketed year (`济槐政字〔2021〕15`), because `2021 15` alone is more
 * likely two figures than a 文号.
 */
export function parseDocNumber(input: string): DocNumber | null {
  const match = PATTERN.exec(tidy(input));
  if (!match?.groups) return null;
  const { prefix = '', bracketed, y1, y2, serial, hao } = match.groups;
  if (!hao && !bracketed) return null;
  const year = Number(y1 ?? y2);
  if (year < 1949 || year > 2100) return null;
  return { prefix, year, serial: Number(serial) };
}

/** The form the gazette prints: `济槐政字〔2021〕15号`. */
export function formatDocNumber({ prefix, year, serial }: DocNumber): string {
  return printedDocNumber(prefix, year, serial);
}

/** Whether a parsed query designates a document's 文号 (a query without prefix matches any prefix). */
export function docNumberMatches(query: DocNumber, candidate: DocNumber): boolean {
  return (
    query.year === candidate.year &&
    query.serial === candidate.serial &&
    (query.prefix === '' || query.prefix === candidate.prefix)
  );
}

/**
 * The 文号s among `known` (every document's 文号, which the search page reads from Pagefind's
 * `docNumber` filter) that the query designates; empty when the query is not a 文号.
 */
export function matchingDocNumbers(query: string, known: Iterable<string>): string[] {
  const parsed = parseDocNumber(query);
  if (!parsed) return [];
  return [...known].filter((docNumber) => {
    const candidate = parseDocNumber(docNumber);
    return candidate !== null && docNumberMatches(parsed, candidate);
  });
}
