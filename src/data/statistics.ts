/**
 * The economic statistics every issue closes with (`2021年1-12月全区主要经济指标完成情况`): one row
 * per indicator and period, read from the table the converter emitted, and grouped into
 * indicators across issues.
 *
 * How indicators are matched across issues (the rule the statistics pages document):
 * - the printed name is kept as printed (`地区生产总值*`, `#限额以上零售额`);
 * - a trailing `*` marks a figure published quarterly and a leading `#` a sub-item ("of which")
 *   of the nearest row above without `#`; both are read as flags and removed for the match;
 * - spaces are removed; two rows are the same indicator when name and unit are then equal.
 * Nothing is matched by hand: an indicator printed under another name becomes another indicator.
 *
 * Periods are cumulative from January (`1-9月`); a period of 3 months is never compared with one
 * of 12: series are kept per period length.
 */
import { matchStatisticsTitle } from '../vocabulary/index.ts';
import { elementsNamed, elementText } from '../lib/hast-elements.ts';
import { bodyBlocks, type SourceDocument } from './source.ts';

export interface StatisticsRow {
  /** The matched indicator (see the rule above): `地区生产总值`. */
  indicator: string;
  /** As printed in this issue: `地区生产总值*`. */
  printedName: string;
  unit: string;
  /** Published quarterly (`*`). */
  quarterly: boolean;
  /** The indicator this row is a sub-item of (`#`), or null. */
  parent: string | null;
  year: number;
  /** The period is January to this month: 3 for `1-3月`. */
  endMonth: number;
  /** 累计完成, or null where the table prints no figure (empty or `—`). */
  cumulative: number | null;
  /** 同比 in per cent, or null where none is printed. */
  growth: number | null;
  /** The document the row was read from. */
  documentId: string;
}

const FLAG_QUARTERLY = /[*＊]$/;
const FLAG_SUB_ITEM = /^[#＃]/;

/** The rule above: the printed name without its flags and spaces. */
export function indicatorName(printed: string): { indicator: string; quarterly: boolean; subItem: boolean } {
  const compact = printed.replace(/\s+/g, '');
  return {
    indicator: compact.replace(FLAG_QUARTERLY, '').replace(FLAG_SUB_ITEM, ''),
    quarterly: FLAG_QUARTERLY.test(compact),
    subItem: FLAG_SUB_ITEM.test(compact),
  };
}

/** A printed figure: `443.6`, `-0.9`; empty or a dash is no figure. */
export function figure(text: string): number | null {
  const compact = text.replace(/\s+/g, '').replace(/^[−–]/, '-');
  return /^-?\d+(?:\.\d+)?$/.test(compact) ? Number(compact) : null;
}

/** The rows of one statistics document, or [] for any other document. */
export function parseStatistics(document: SourceDocument): StatisticsRow[] {
  const period = matchStatisticsTitle(document.title);
  if (!period) return [];
  const rows: StatisticsRow[] = [];
  for (const block of bodyBlocks(document.body)) {
    if (block.kind !== 'html') continue;
    for (const table of elementsNamed(block.html, 'table')) {
      let parent: string | null = null;
      for (const body of elementsNamed(table, 'tbody')) {
        for (const row of elementsNamed(body, 'tr')) {
          const cells = row.children.filter((child) => child.type === 'element').map(elementText);
          if (cells.length !== 4) continue;
          const [printedName, unit, cumulative, growth] = cells as [string, string, string, string];
          const name = indicatorName(printedName);
          if (!name.subItem) parent = name.indicator;
          rows.push({
            indicator: name.indicator,
            printedName,
            unit,
            quarterly: name.quarterly,
            parent: name.subItem ? parent : null,
            year: period.year,
            endMonth: period.endMonth,
            cumulative: figure(cumulative),
            growth: figure(growth),
            documentId: document.id,
          });
        }
      }
    }
  }
  return rows;
}

export interface Indicator {
  name: string;
  unit: string;
  quarterly: boolean;
  parent: string | null;
  /** Rows in time order (year, then period end). */
  rows: StatisticsRow[];
  /** The period lengths (months) this indicator has figures for, ascending. */
  periods: number[];
}

/** Rows grouped into indicators by name and unit, in the order the tables print them. */
export function indicators(rows: readonly StatisticsRow[]): Indicator[] {
  const byKey = new Map<string, Indicator>();
  for (const row of rows) {
    const key = `${row.indicator}\u0000${row.unit}`;
    const indicator = byKey.get(key) ?? {
      name: row.indicator,
      unit: row.unit,
      quarterly: false,
      parent: row.parent,
      rows: [],
      periods: [],
    };
    indicator.quarterly ||= row.quarterly;
    indicator.rows.push(row);
    byKey.set(key, indicator);
  }
  for (const indicator of byKey.values()) {
    indicator.rows.sort((a, b) => a.year - b.year || a.endMonth - b.endMonth);
    indicator.periods = [...new Set(indicator.rows.map((row) => row.endMonth))].sort((a, b) => a - b);
  }
  return [...byKey.values()];
}

/** `1-9月` */
export function periodLabel(endMonth: number): string {
  return endMonth === 1 ? '1月' : `1-${endMonth}月`;
}
