/**
 * The words the statistics pages say about figures: values with their unit, growth, a period, and
 * the one-sentence summary of an indicator. The charts' text alternatives are made here too, so
 * that a chart and its alternative can never say different things.
 */
import { periodLabel, type Indicator, type StatisticsRow } from './statistics.ts';

/** `746.8亿元` */
export function valueText(value: number, unit: string): string {
  return `${value}${unit}`;
}

/** `同比增长3.5%`, `同比下降1.2%`, `同比持平` */
export function growthText(growth: number): string {
  if (growth === 0) return '同比持平';
  return growth > 0 ? `同比增长${growth}%` : `同比下降${Math.abs(growth)}%`;
}

/** `2022年1-12月` */
export function rowPeriod(row: Pick<StatisticsRow, 'year' | 'endMonth'>): string {
  return `${row.year}年${periodLabel(row.endMonth)}`;
}

/** What one row says: `2022年1-12月累计完成746.8亿元，同比增长3.5%`. */
export function rowText(row: StatisticsRow): string {
  const parts = [
    row.cumulative !== null ? `累计完成${valueText(row.cumulative, row.unit)}` : null,
    row.growth !== null ? growthText(row.growth) : null,
  ].filter(Boolean);
  return `${rowPeriod(row)}${parts.length > 0 ? parts.join('，') : '未公布数字'}`;
}

/** One sentence: how many periods the gazette has, and what the latest one with figures says. */
export function indicatorSummary(indicator: Indicator): string {
  const first = indicator.rows[0]!;
  const last = indicator.rows[indicator.rows.length - 1]!;
  const span = indicator.rows.length === 1 ? rowPeriod(first) : `${rowPeriod(first)}至${rowPeriod(last)}`;
  const latest = indicator.rows.findLast((row) => row.cumulative !== null || row.growth !== null);
  if (!latest)
    return `${indicator.name}在公报的统计表中出现 ${indicator.rows.length} 期（${span}），但都没有公布数字。`;
  return `${indicator.name}在公报的统计表中出现 ${indicator.rows.length} 期（${span}），最近公布数字的一期为${rowText(latest)}。`;
}

/** A chart's text alternative: its title, then each bar's label and value. */
export function chartAlternative(title: string, bars: readonly { label: string; text: string }[]): string {
  return `${title}：${bars.map((bar) => `${bar.label} ${bar.text}`).join('；')}。`;
}
