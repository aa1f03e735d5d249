/**
 * Dates that become metadata must exist. The converter's detect stage reads `2021年2月30日` as a
 * date with no ISO form (iso = null) and the document would silently lose its date, so every
 * line that is a signing date, a 印发 line or a speech's dated subtitle is checked here, with the
 * line and column staff need to find it.
 */
import { isSpeechSubtitle, matchDateLine, matchIssuedLine, type DateMatch } from '../converter/detect/index.ts';
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
  if (isSpeechSubtitle(text)) {
    const spoken = matchDateLine(/[0-9０-９]{4}.*?日/.exec(text)![0]);
    if (spoken) return { date: spoken, role: '讲话日期' };
  }
  return null;
}

export function checkDates(file: string, lines: SourceLine[]): GazetteInputError[] {
  const errors: GazetteInputError[] = [];
  for (const line of lines) {
    const found = metadataDate(line.text);
    if (!found || found.date.iso !== null) continue;
    errors.push(
      new GazetteInputError(
        file,
        line.no,
        `${found.role}“${found.date.printed}”不存在：${whyImpossible(found.date.printed)}。`,
        '请对照 PDF 核对这一行的日期，多半是提取或录入时数字错了；改正后运行 npm run check 再检查。',
        line.text.search(/[0-9０-９]{4}/) + 1,
      ),
    );
  }
  return errors;
}
