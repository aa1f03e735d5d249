/**
 * A synthetic archive of any number of issues, made deterministically from the real issue files
 * in content/ for the scale benchmark (scripts/bench-scale.ts), never committed. Issue N of a
 * year is the real issue N of that year where there is one, else made from a real issue with the
 * same number (so that its statistics cover months 1 to 3N, as the checks demand), with every
 * year moved to the synthetic year (dates, 〔年份〕 of 文号, statistics periods) and every 文号's
 * serial number moved by the issue's number, so that no 文号 repeats across the archive and no
 * document is a word-for-word copy of another.
 * Wording is otherwise the real issues', so the converter meets the real shapes of text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { YEAR_CLOSE_BRACKETS, YEAR_OPEN_BRACKETS } from '../../src/vocabulary/doc-numbers.ts';

export interface SyntheticIssue {
  /** `2023-1.txt` */
  file: string;
  text: string;
}

interface Source {
  year: number;
  number: number;
  text: string;
}

/** The real issues in `folder`, by issue number (1-4). */
function sourcesByNumber(folder: string): Map<number, Source[]> {
  const byNumber = new Map<number, Source[]>();
  for (const file of readdirSync(folder).sort()) {
    const match = /^(\d{4})-([1-4])\.txt$/.exec(file);
    if (!match) continue;
    const source = { year: Number(match[1]), number: Number(match[2]), text: readFileSync(join(folder, file), 'utf8') };
    byNumber.set(source.number, [...(byNumber.get(source.number) ?? []), source]);
  }
  return byNumber;
}

const YEAR_BEFORE_NIAN = /(?<!\d)((?:19|20)\d{2})(?=[ \t\u3000]*年)/g;
const DOC_NUMBER_YEAR_AND_SERIAL = new RegExp(
  `([${YEAR_OPEN_BRACKETS}][ \\t\\u3000]*)((?:19|20)\\d{2})([ \\t\\u3000]*[${YEAR_CLOSE_BRACKETS}][ \\t\\u3000]*第?[ \\t\\u3000]*)(\\d+)(?=[ \\t\\u3000]*号)`,
  'g',
);

/** The real issue's text as issue `number` of `year`: years moved by the same amount, 文号 serials by `serialOffset`. */
export function moveIssue(source: Source, year: number, serialOffset: number): string {
  const shift = year - source.year;
  const moved = (text: string) => String(Number(text) + shift);
  return source.text
    .replace(
      DOC_NUMBER_YEAR_AND_SERIAL,
      (_, open: string, docYear: string, between: string, serial: string) =>
        `${open}${moved(docYear)}${between}${Number(serial) + serialOffset}`,
    )
    .replace(YEAR_BEFORE_NIAN, moved);
}

/**
 * `count` issues, four a year, the last year ending with issue `count`: the newest year is the
 * newest real issue's, so that the archive reaches back `count / 4` years.
 */
export function syntheticArchive(contentFolder: string, count: number): SyntheticIssue[] {
  const sources = sourcesByNumber(contentFolder);
  for (const number of [1, 2, 3, 4])
    if (!sources.get(number)?.length)
      throw new Error(`${contentFolder} has no issue ${number} to make synthetic issues from.`);
  const newestYear = Math.max(...[...sources.values()].flat().map((source) => source.year));
  const years = Math.ceil(count / 4);
  const issues: SyntheticIssue[] = [];
  for (let index = 0; index < count; index += 1) {
    const year = newestYear - years + 1 + Math.floor(index / 4);
    const number = (index % 4) + 1;
    const candidates = sources.get(number)!;
    // A real issue stays in its own year (its pages keep their addresses); other years take turns.
    const source = candidates.find((candidate) => candidate.year === year) ?? candidates[year % candidates.length]!;
    // A real issue keeps its 文号 (the golden searches look them up); a moved one starts its serial
    // numbers at 1,000 × its number, where no real 文号 and no other issue of its year reaches.
    const serialOffset = source.year === year ? 0 : number * 1000;
    issues.push({ file: `${year}-${number}.txt`, text: moveIssue(source, year, serialOffset) });
  }
  return issues;
}
