import { describe, expect, it } from 'vitest';
import { coverage, missingIssues } from '../../src/lib/coverage.ts';

/** The five issues of content/ today. */
const HELD = [
  { year: 2020, number: 3 },
  { year: 2021, number: 1 },
  { year: 2021, number: 4 },
  { year: 2022, number: 2 },
  { year: 2022, number: 4 },
];

describe('coverage of the quarterly series', () => {
  it('finds the five issues missing between 2020年第3期 and 2022年第4期 of the five-issue archive', () => {
    expect(missingIssues(HELD)).toEqual([
      { year: 2020, number: 4 },
      { year: 2021, number: 2 },
      { year: 2021, number: 3 },
      { year: 2022, number: 1 },
      { year: 2022, number: 3 },
    ]);
  });

  it('counts neither the issues before the first held nor after the last as missing, and lists each year once', () => {
    expect(coverage(HELD)).toEqual([
      { year: 2020, held: [3], missing: [4] },
      { year: 2021, held: [1, 4], missing: [2, 3] },
      { year: 2022, held: [2, 4], missing: [1, 3] },
    ]);
  });

  it('counts a whole year with no issue as four missing issues, and is unaffected by input order', () => {
    expect(
      coverage([
        { year: 2024, number: 1 },
        { year: 2022, number: 4 },
      ]),
    ).toEqual([
      { year: 2022, held: [4], missing: [] },
      { year: 2023, held: [], missing: [1, 2, 3, 4] },
      { year: 2024, held: [1], missing: [] },
    ]);
    expect(missingIssues([{ year: 2021, number: 2 }])).toEqual([]);
    expect(coverage([])).toEqual([]);
  });
});
