/**
 * The statistics parser against the raw issue files: every row it reads is a row printed in
 * the raw text, with the same figures in the same order, found by a simple count that does not
 * use the converter.
 */
import { describe, expect, it } from 'vitest';
import { figure, indicatorName, indicators, parseStatistics, type StatisticsRow } from '../../src/data/statistics.ts';
import { atLeast } from '../support/at-least.ts';
import { ARCHIVED_SOURCES, RAW_ISSUES } from '../support/archived-sources.ts';

const rows = ARCHIVED_SOURCES.flatMap(parseStatistics);

/**
 * Independent reading of a raw file: after the last line that is only a title ending in
 * 主要经济指标完成情况, every line that starts with a name (with its # or *) followed by a unit
 * is a row; its figures are the numbers after the unit (a dash or nothing is no figure).
 */
function rawRows(lines: readonly string[]): { name: string; figures: number[] }[] {
  const title = lines.findLastIndex((line) => /^[#\s]*\d{4} *年 *1-\d{1,2} *月全区主要经济指标完成情况\s*$/.test(line));
  if (title === -1) return [];
  return lines
    .slice(title + 1)
    .map((line) => /^([#\p{Script=Han}（）]+\*?)[\t ]+(?:亿元|万美元)(.*)$/u.exec(line.trim()))
    .filter((match) => match !== null)
    .map((match) => ({
      name: match[1]!,
      figures: (match[2]!.match(/-?\d+(?:\.\d+)?/g) ?? []).map(Number),
    }));
}

const figuresOf = (row: StatisticsRow) => [row.cumulative, row.growth].filter((value) => value !== null);

describe('the statistics parser', () => {
  it('reads a printed name into the matched indicator and its flags', () => {
    expect(indicatorName('地区生产总值*')).toEqual({ indicator: '地区生产总值', quarterly: true, subItem: false });
    expect(indicatorName('#限额以上零售额')).toEqual({ indicator: '限额以上零售额', quarterly: false, subItem: true });
    expect(indicatorName('社会消费品 零售总额＊')).toEqual({
      indicator: '社会消费品零售总额',
      quarterly: true,
      subItem: false,
    });
  });

  it('reads a dash or an empty cell as no figure, and a minus sign as negative', () => {
    expect([figure('—'), figure(''), figure('-0.9'), figure('−1.2'), figure('7809.5')]).toEqual([
      null,
      null,
      -0.9,
      -1.2,
      7809.5,
    ]);
  });

  for (const [issue, lines] of RAW_ISSUES) {
    it(`${issue}: yields exactly the rows printed in the raw text, with their figures in order`, () => {
      const printed = atLeast(7, rawRows(lines), `statistics rows in the raw text of ${issue}`);
      const parsed = rows.filter((row) => row.documentId.startsWith(`${issue}-`));
      expect(parsed.map((row) => ({ name: row.printedName, figures: figuresOf(row) }))).toEqual(printed);
    });
  }

  it('yields 48 rows of 12 indicators over five periods, none of them quarterly by one issue and not another', () => {
    const all = indicators(rows);
    expect(rows).toHaveLength(48);
    expect(all.map((indicator) => indicator.name)).toEqual([
      '地区生产总值',
      '规模以上工业增加值',
      '规模以上工业营业收入',
      '规模以上工业利润总额',
      '固定资产投资',
      '社会消费品零售总额',
      '限额以上零售额',
      '进出口总额',
      '出口总额',
      '进口总额',
      '实际使用外资',
      '一般公共预算收入',
    ]);
    for (const indicator of all)
      expect(new Set(indicator.rows.map((row) => row.quarterly)).size, indicator.name).toBe(1);
  });

  it('makes a # row a sub-item of the row above it', () => {
    const all = indicators(rows);
    expect(all.filter((indicator) => indicator.parent).map((indicator) => [indicator.name, indicator.parent])).toEqual([
      ['限额以上零售额', '社会消费品零售总额'],
      ['出口总额', '进出口总额'],
    ]);
  });

  it('keeps periods apart: 2021 and 2022 are the only years with a 1-12月 figure of 地区生产总值', () => {
    const gdp = indicators(rows).find((indicator) => indicator.name === '地区生产总值')!;
    expect(gdp.periods).toEqual([3, 6, 9, 12]);
    expect(gdp.rows.filter((row) => row.endMonth === 12).map((row) => [row.year, row.cumulative])).toEqual([
      [2021, 701.1],
      [2022, 746.8],
    ]);
  });
});
