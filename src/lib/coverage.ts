/**
 * What the archive holds of the gazette's series: the gazette is quarterly (four issues a year,
 * 第1期 to 第4期), so every year and 期 between the first and the last issue held that has no
 * issue file is missing from the archive. Pure, so the gaps are unit-tested.
 */

export const ISSUES_PER_YEAR = 4;

export interface IssueRef {
  year: number;
  number: number;
}

export interface YearCoverage {
  year: number;
  /** 期 held, in order. */
  held: number[];
  /** 期 of the series with no file, between the first and the last issue held. */
  missing: number[];
}

/** Year by year, which issues are held and which are missing between the first and the last held. */
export function coverage(issues: IssueRef[]): YearCoverage[] {
  if (issues.length === 0) return [];
  const key = (issue: IssueRef) => issue.year * ISSUES_PER_YEAR + (issue.number - 1);
  const keys = new Set(issues.map(key));
  const first = Math.min(...keys);
  const last = Math.max(...keys);
  const years: YearCoverage[] = [];
  for (let current = first; current <= last; current++) {
    const year = Math.floor(current / ISSUES_PER_YEAR);
    const number = (current % ISSUES_PER_YEAR) + 1;
    if (years.at(-1)?.year !== year) years.push({ year, held: [], missing: [] });
    years.at(-1)![keys.has(current) ? 'held' : 'missing'].push(number);
  }
  return years;
}

/** Every missing issue, oldest first. */
export function missingIssues(issues: IssueRef[]): IssueRef[] {
  return coverage(issues).flatMap(({ year, missing }) => missing.map((number) => ({ year, number })));
}
