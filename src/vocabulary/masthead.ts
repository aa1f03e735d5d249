/**
 * The gazette's own furniture: its masthead `济南市槐荫区人民政府公报（2021 年第 1 期）`, which the
 * printed issue repeats as a running header (with the section of the page before or after it),
 * page numbers in their printed forms, the 目录 and its section labels, and the statistics title.
 */
import { asciiDigits } from './numerals.ts';

/** The gazette's name, as printed in the masthead and running headers. */
export const GAZETTE_NAME = '济南市槐荫区人民政府公报';
const NAME = '(?:济南市)?槐荫区人民政府公报';
/** The masthead with its issue, in text from which all whitespace was removed. */
const MASTHEAD = new RegExp(`${NAME}[（(]?(\\d{4})年第(\\d{1,2})期[）)]?`);

export interface RunningHeader {
  year: number;
  number: number;
  /** The section the header names beside the masthead (`区政府办公室文件`), if any. */
  section: string | null;
}

/**
 * A running header: the masthead with its issue, alone or with a section name before or after it
 * (`区委办公室区政府办公室文件 济南市槐荫区人民政府公报（2021 年第 1 期）`). A sentence that mentions
 * the gazette is not a header.
 */
export function matchRunningHeader(text: string): RunningHeader | null {
  const compact = asciiDigits(text).replace(/\s+/g, '');
  if (compact.length > 80) return null;
  const match = MASTHEAD.exec(compact);
  if (!match) return null;
  const before = compact.slice(0, match.index);
  const after = compact.slice(match.index + match[0].length);
  if (before !== '' && after !== '') return null;
  const side = before || after;
  if (side !== '' && matchSectionName(side) === null) return null;
  return { year: Number(match[1]), number: Number(match[2]), section: side === '' ? null : matchSectionName(side) };
}

/** The gazette's name alone on a line: the running header of pages that do not print the issue. */
export function isGazetteNameHeader(text: string): boolean {
  return new RegExp(`^${NAME}$`).test(text.trim());
}

/**
 * The name of a section of the gazette as running headers and the 目录 print it: `区政府文件`,
 * `区委办公室区政府办公室文件`, `人事任免`, `统计数据`, `工作报告`. A document's banner names its organ
 * in full (`…人民政府文件`) and is not a section name.
 */
export function matchSectionName(text: string): string | null {
  const compact = text.replace(/\s+/g, '');
  if (compact.length < 4 || compact.length > 16 || /人民政府|中共|[，。、；：（）()]/.test(compact)) return null;
  return /(?:文件|任免|数据|报告|讲话|公告|通告)$/.test(compact) ? compact : null;
}

/** A 目录 section label: `【区政府文件】`, or a bare section name on its own line. */
export function matchSectionLabel(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed.startsWith('【') && trimmed.endsWith('】')) {
    const inner = trimmed.slice(1, -1).replace(/\s+/g, '');
    return inner === '' || /[【】]/.test(inner) ? null : inner;
  }
  return matchSectionName(trimmed);
}

/** A page number left by the extraction: `12`, `- 12 -`, `— 12 —`, `第 12 页`, `第 1 页 共 2 页`, `12/50`. */
export function isPageNumber(text: string): boolean {
  const compact = asciiDigits(text).replace(/\s+/g, '');
  return /^(?:[-—–·]{1,2}\d{1,3}[-—–·]{1,2}|\d{1,3}|第\d{1,3}页(?:[，,/／]?共\d{1,3}页)?|\d{1,3}[/／]\d{1,3})$/.test(
    compact,
  );
}

/** The heading of the table of contents, `目 录`. */
export function isTocHeading(text: string): boolean {
  return text.replace(/\s+/g, '') === '目录';
}

/**
 * A 目录 entry ends with its printed page: `…（3）`, `…⇥(10)`, `… .....（27）`, or a bare number
 * after dot leaders or a TAB (`…………10`, `…⇥10`). Returns the page, or null.
 */
export function matchTocPage(text: string): number | null {
  const normalised = asciiDigits(text).trimEnd();
  const bracketed = /[（(] *(\d{1,3}) *[）)]$/.exec(normalised);
  if (bracketed) return Number(bracketed[1]);
  const bare = /(?:\.\.|……|…|\t|··) *(\d{1,3})$/.exec(normalised);
  return bare ? Number(bare[1]) : null;
}

/** Removes the page (and dot leaders before it) from the end of a 目录 entry. */
export function withoutTocPage(text: string): string {
  return asciiDigits(text)
    .trimEnd()
    .replace(/[（(] *\d{1,3} *[）)]$|\t *\d{1,3}$|[.…·]{2,} *\d{1,3}$|… *\d{1,3}$/, '')
    .replace(/[\s.…·]+$/, '');
}

const STATISTICS_TITLE = /^(\d{4}) *年 *1 *[-—–~～至] *(\d{1,2}) *月.*经济指标/;

/** The statistics table's title, `2021年1-12月全区主要经济指标完成情况`, with its period. */
export function matchStatisticsTitle(text: string): { year: number; endMonth: number } | null {
  const match = STATISTICS_TITLE.exec(asciiDigits(text).trim().replace(/\s+/g, ' '));
  return match ? { year: Number(match[1]), endMonth: Number(match[2]) } : null;
}
