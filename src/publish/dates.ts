/**
 * Dates that become metadata must exist. The converter's detect stage reads `2021年2月30日` as a
 * date with no ISO form (iso = null) and the document would silently lose its date, so every
 * line that is a signing date, a 印发 line or a speech's dated subtitle is checked here, with the
 * line and column staff need to find it. A date in running text that does not exist is printed as
 * the gazette prints it, but staff are warned to compare it with the PDF.
 */
import { isoDate, matchDateLine, matchIssuedLine, matchSubtitleDate, type DateMatch } from '../vocabulary/index.ts';
import { GazetteInputError } from '../converter/index.ts';
import type { SourceLine } from '../converter/index.ts';

/** Why `2021年2月30日` is not a date, in the words staff read. */
function whyImpossible(printed: string): string {
  const [year, month, day] = printed.match(/\d+/g)!.map(Number) as [number, number, number];
  if (month < 1 || month > 12) return `一年只有12个月，没有${month}月`;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}年${month}月只有${days}天，没有${day}日`;
}

/** The date a line holds as metadata, and what the date is called on that line. */
function metadataDate(text: string): { date: DateMatch; role: string } | null {
  const issued = matchIssuedLine(text);
  if (issued) return { date: issued, role: '印发日期' };
  const signed = matchDateLine(text);
  if (signed) return { date: signed, role: '落款日期' };
  const spoken = matchSubtitleDate(text);
  if (spoken) return { date: spoken, role: '讲话日期' };
  return null;
}

/** A warning of the publishing checks, in the form of the converter's journal warnings. */
export interface DateWarning {
  line: number;
  code: 'impossible-date';
  message: string;
}

/** `2021年2月30日` anywhere in a line, in ASCII or full-width digits. */
const DATE_IN_TEXT = /([0-9０-９]{4})\s*年\s*([0-9０-９]{1,2})\s*月\s*([0-9０-９]{1,2})\s*日/g;

function asciiNumber(digits: string): number {
  return Number(digits.replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0)));
}

export function checkDates(
  file: string,
  lines: SourceLine[],
): { errors: GazetteInputError[]; warnings: DateWarning[] } {
  const errors: GazetteInputError[] = [];
  const warnings: DateWarning[] = [];
  for (const line of lines) {
    const found = metadataDate(line.text);
    if (found) {
      if (found.date.iso !== null) continue;
      errors.push(
        new GazetteInputError(
          file,
          line.no,
          `${found.role}“${found.date.printed}”不存在：${whyImpossible(found.date.printed)}。`,
          '请对照 PDF 核对这一行的日期，多半是提取或录入时数字错了；改正后运行 npm run check 再检查。',
          line.text.search(/[0-9０-９]{4}/) + 1,
        ),
      );
      continue;
    }
    for (const match of line.text.matchAll(DATE_IN_TEXT)) {
      const [year, month, day] = [match[1]!, match[2]!, match[3]!].map(asciiNumber) as [number, number, number];
      if (isoDate(year, month, day) !== null) continue;
      const printed = `${year}年${month}月${day}日`;
      warnings.push({
        line: line.no,
        code: 'impossible-date',
        message: `正文中的日期“${printed}”不存在（${whyImpossible(printed)}）；原文保留，请核对 PDF。`,
      });
    }
  }
  return { errors, warnings };
}
