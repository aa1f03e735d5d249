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
 * accepted after a bracketed year (`济槐政字〔2021〕15`) or a 机关代字 (`济槐政任2022 12`), because
 * `2021 15` alone is more likely two figures than a 文号.
 */
export function parseDocNumber(input: string): DocNumber | null {
  const match = PATTERN.exec(tidy(input));
  if (!match?.groups) return null;
  const { prefix = '', bracketed, y1, y2, serial, hao } = match.groups;
  if (!hao && !bracketed && !prefix) return null;
  const year = Number(y1 ?? y2);
  if (year < 1949 || year > 2100) return null;
  return { prefix, year, serial: Number(serial) };
}

/** The form the gazette prints: `济槐政字〔2021〕15号`. */
export function formatDocNumber({ prefix, year, serial }: DocNumber): string {
  return printedDocNumber(prefix, year, serial);
}

/**
 * Whether a query's 机关代字 names a document's series. Residents drop the leading characters
 * (`槐政字` for `济槐政字`, the 济 of Jinan being implied) but never the distinguishing tail (字, 任,
 * 办发), so the query's 代字 must end the document's; an empty one names every series.
 */
function sameSeries(query: DocNumber, candidate: DocNumber): boolean {
  return candidate.prefix.endsWith(query.prefix);
}

/** Whether a parsed query designates a document's 文号. */
export function docNumberMatches(query: DocNumber, candidate: DocNumber): boolean {
  return query.year === candidate.year && query.serial === candidate.serial && sameSeries(query, candidate);
}

/**
 * The 文号s among `known` (every document's 文号, which the search page reads from Pagefind's
 * `docNumber` filter) that the query designates; empty when the query is not a 文号.
 */
export function matchingDocNumbers(query: string, known: Iterable<string>): string[] {
  const parsed = parseDocNumber(query);
  if (!parsed) return [];
  return parsedKnown(known)
    .filter(({ candidate }) => docNumberMatches(parsed, candidate))
    .map(({ docNumber }) => docNumber);
}

function parsedKnown(known: Iterable<string>): { docNumber: string; candidate: DocNumber }[] {
  return [...known].flatMap((docNumber) => {
    const candidate = parseDocNumber(docNumber);
    return candidate ? [{ docNumber, candidate }] : [];
  });
}

/** How many of the nearest 文号 a query for a missing one is offered. */
export const NEAREST_DOC_NUMBERS = 3;

/**
 * For a 文号 query the archive does not hold, the archive's 文号 nearest to it in the same series
 * (same 机关代字 ending): the same year first, by distance of serial, then the nearest years.
 * Empty when the query is not a 文号 or the series is not in the archive.
 */
export function nearestDocNumbers(query: string, known: Iterable<string>): string[] {
  const parsed = parseDocNumber(query);
  if (!parsed) return [];
  const distance = ({ year, serial }: DocNumber) => [Math.abs(year - parsed.year), Math.abs(serial - parsed.serial)];
  return parsedKnown(known)
    .filter(({ candidate }) => sameSeries(parsed, candidate))
    .map((entry) => ({ ...entry, distance: distance(entry.candidate) }))
    .sort(
      (a, b) =>
        a.distance[0]! - b.distance[0]! || a.distance[1]! - b.distance[1]! || a.docNumber.localeCompare(b.docNumber),
    )
    .slice(0, NEAREST_DOC_NUMBERS)
    .map(({ docNumber }) => docNumber);
}
