import { describe, expect, it } from 'vitest';
import { removeLayoutSpaces, repairText, widenPunctuation } from '../../src/converter/repair/characters.ts';
import { doubledFragment, joinBrokenLine, joinText } from '../../src/converter/repair/join.ts';
import { createJournal } from '../../src/converter/types.ts';
import { simplifiedForm } from '../../src/vocabulary/index.ts';

describe('repair stage: characters', () => {
  it('removes layout spaces between Chinese characters and logs each removal', () => {
    const journal = createJournal();
    expect(removeLayoutSpaces('关于公布 的 通 知，陈 锐（副区长）', 7, journal)).toBe('关于公布的通知，陈锐（副区长）');
    expect(journal.repairs).toHaveLength(4);
    expect(journal.repairs.every((repair) => repair.line === 7 && repair.kind === 'removed-space')).toBe(true);
  });

  it('removes spaces inside dates and between Chinese and numbers', () => {
    expect(removeLayoutSpaces('于 2021 年 4 月 2 日 起，达到 88%以上', 1, createJournal())).toBe(
      '于2021年4月2日起，达到88%以上',
    );
  });

  it('keeps a space that separates two organ names or two values', () => {
    expect(removeLayoutSpaces('区财政局 区自然资源局', 1, createJournal())).toBe('区财政局 区自然资源局');
    expect(removeLayoutSpaces('30.58 16.74', 1, createJournal())).toBe('30.58 16.74');
  });

  it('widens half-width punctuation in Chinese text but not in numbers or Latin text', () => {
    const journal = createJournal();
    expect(widenPunctuation('部门: 区农业农村局, 参与部门;其他(牵头)', 1, journal)).toBe(
      '部门：区农业农村局，参与部门；其他（牵头）',
    );
    expect(widenPunctuation('面积528,374平方米，时间8:30，数值226.72 (2017)，PM2.5', 1, createJournal())).toBe(
      '面积528,374平方米，时间8:30，数值226.72 (2017)，PM2.5',
    );
    // A short bracket right after Chinese text is part of it: `比例(%)` reads as `比例（%）`.
    expect(widenPunctuation('比例(%)与同比(±%)', 1, createJournal())).toBe('比例（%）与同比（±%）');
    expect(journal.repairs.every((repair) => repair.kind === 'widened-punctuation')).toBe(true);
  });

  it('closes a full-width bracket opened before a half-width closing one', () => {
    expect(widenPunctuation('（区卫生健康局牵头，按职责分工负责)', 1, createJournal())).toBe(
      '（区卫生健康局牵头，按职责分工负责）',
    );
  });

  it('maps misrecognised traditional characters to the simplified ones', () => {
    expect([...'中小學體育與健康課程'].map((char) => simplifiedForm(char) ?? char).join('')).toBe(
      '中小学体育与健康课程',
    );
    // Characters of GB 2312 are never touched, even where OpenCC would map them (乾隆, 著作).
    expect(['乾', '著', '后'].map(simplifiedForm)).toEqual([null, null, null]);
    const journal = createJournal();
    expect(repairText('中小學', 3, journal)).toBe('中小学');
    expect(journal.repairs).toEqual([{ line: 3, kind: 'traditional-character', before: '學', after: '学' }]);
  });

  it('writes full-width digits as ASCII digits', () => {
    expect(repairText('人均２．５平方米', 1, createJournal())).toBe('人均2.5平方米');
  });

  it('warns about Latin words standing in for Chinese ones without changing the wording', () => {
    const journal = createJournal();
    expect(repairText('督导检查 and 问责机制', 9, journal)).toBe('督导检查 and 问责机制');
    expect(journal.warnings[0]).toMatchObject({ line: 9, code: 'suspicious-latin-word' });
  });
});

describe('repair stage: joining lines', () => {
  it('joins Chinese directly and Latin words with a space', () => {
    expect(joinText('及时回应', '群众诉求')).toBe('及时回应群众诉求');
    expect(joinText('use the', 'system')).toBe('use the system');
  });

  it('reports text doubled at a page break without removing it', () => {
    expect(doubledFragment('习近平新时代中国特色社会主义思想', '主义思想学习教育')).toBe('主义思想');
    const journal = createJournal();
    expect(joinBrokenLine('明确整改责', '责任单位', 12, journal)).toBe('明确整改责责任单位');
    expect(journal.warnings[0]).toMatchObject({ line: 12, code: 'doubled-at-break' });
    expect(journal.repairs[0]).toMatchObject({ line: 12, kind: 'joined-lines' });
  });
});
