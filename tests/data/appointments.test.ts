/**
 * The appointments parser against the raw issue files: the items it reads are the items printed,
 * person by person and in order, found in the raw text by a simple pattern that does not use the
 * converter: with all white space removed (so wrapped items and spaced names join up), a name of
 * two to four characters after `：`, `；` or `。`, then 为 (appointed) or 的 (removed), then 济南.
 */
import { describe, expect, it } from 'vitest';
import { parseAppointments, parseItem, type AppointmentRecord } from '../../src/data/appointments.ts';
import { atLeast } from '../support/at-least.ts';
import { ARCHIVED_SOURCES, RAW_ISSUES } from '../support/archived-sources.ts';

const records = ARCHIVED_SOURCES.flatMap(parseAppointments);

function rawItems(lines: readonly string[]): { name: string; removed: boolean }[] {
  const text = lines.join('').replace(/\s+/g, '');
  return [...text.matchAll(/[：；。]-?(\p{Script=Han}{2,4})(为|的)济南/gu)].map((match) => ({
    name: match[1]!,
    removed: match[2] === '的',
  }));
}

/** One entry per item (an item with two posts gives two records with one anchor). */
function items(list: readonly AppointmentRecord[]): AppointmentRecord[] {
  const seen = new Set<string>();
  return list.filter((record) => {
    const key = `${record.documentId}#${record.anchor}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

describe('the appointments parser', () => {
  for (const [issue, lines] of RAW_ISSUES) {
    it(`${issue}: reads every item printed in the raw text, the same people in the same order`, () => {
      const printed = atLeast(8, rawItems(lines), `personnel items in the raw text of ${issue}`);
      const parsed = items(records.filter((record) => record.documentId.startsWith(`${issue}-`)));
      expect(parsed.map((record) => ({ name: record.name, removed: record.action === '免去' }))).toEqual(printed);
    });
  }

  it('yields 186 items, 199 records: one per post', () => {
    expect(items(records)).toHaveLength(186);
    expect(records).toHaveLength(199);
  });

  it('reads a name printed with a space as one name', () => {
    const spaced = parseItem('高 申的济南市槐荫区西客站片区发展服务中心副主任职务；', '免去');
    expect(spaced.name).toBe('高申');
    expect(records.filter((record) => record.name === '高申')).toHaveLength(1);
  });

  it('reads one item over wrapped lines as one item with its whole organ', () => {
    const item = records.find((record) => record.name === '杨士芬')!;
    expect(item.organ).toBe(
      '济南市槐荫区农业综合服务中心（济南市槐荫区沿黄流域生态农业促进中心、济南市槐荫区扶贫发展中心）',
    );
    expect(item).toMatchObject({ position: '副主任', note: '挂职，时间一年', action: '任命' });
  });

  it('splits posts joined by 、, a post without its organ keeping the organ before it', () => {
    expect(parseItem('陈建防为济南槐荫城市建设投资集团有限公司董事长、总经理；', '任命').posts).toEqual([
      { organ: '济南槐荫城市建设投资集团有限公司', position: '董事长', note: null },
      { organ: '济南槐荫城市建设投资集团有限公司', position: '总经理', note: null },
    ]);
    expect(parseItem('王东为甲办公室主任、乙管理局局长（兼）；', '任命').posts).toEqual([
      { organ: '甲办公室', position: '主任', note: null },
      { organ: '乙管理局', position: '局长', note: '兼' },
    ]);
  });

  it('reads the notes after 职务 of a removal as notes of the post', () => {
    expect(parseItem('董忠的济南槐荫工业园区投资促进中心主任职务（保留原职级待遇）；', '免去').posts).toEqual([
      { organ: '济南槐荫工业园区投资促进中心', position: '主任', note: '保留原职级待遇' },
    ]);
  });

  it('gives every record a name, an organ, a post, a date, a 文号 and an anchor', () => {
    for (const record of atLeast(199, records, 'appointment records')) {
      expect(record.name, record.item).toMatch(/^\p{Script=Han}{2,4}$/u);
      expect(record.organ.length, record.item).toBeGreaterThanOrEqual(4);
      expect(record.position.length, record.item).toBeGreaterThanOrEqual(2);
      expect(record.organ.endsWith('副'), record.item).toBe(false);
      expect(record.date, record.item).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(record.docNumber, record.item).toMatch(/任〔\d{4}〕\d+号$/);
      expect(record.anchor).toMatch(/^任免\d+$/);
    }
  });

  it('reads the 聘任 of 2021-4 as its own action', () => {
    expect(records.filter((record) => record.action === '聘任').map((record) => record.name)).toEqual(['张济']);
  });
});
