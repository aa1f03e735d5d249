import { describe, expect, it } from 'vitest';
import {
  removeLayoutSpaces,
  repairText,
  toSimplified,
  widenPunctuation,
} from '../../src/converter/repair/characters.ts';
import { doubledFragment, joinBrokenLine, joinText } from '../../src/converter/repair/join.ts';
import { stripExtractorMarkup } from '../../src/converter/repair/markup.ts';
import { cleanSourceLines } from '../../src/converter/repair/artefacts.ts';
import { htmlTableRows, pipesToColumns, spacesToColumns } from '../../src/converter/repair/tables.ts';
import { createJournal } from '../../src/converter/types.ts';

const issue = { year: 2021, number: 4, id: '2021-4', title: '2021年第4期' };

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
    expect(toSimplified('中小學體育與健康課程')).toBe('中小学体育与健康课程');
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

describe('repair stage: markup and artefacts', () => {
  it('strips extractor markup and names every piece it removed', () => {
    const journal = createJournal();
    expect(stripExtractorMarkup('## （二）推进生态廊道建设', 5, journal)).toBe('（二）推进生态廊道建设');
    expect(stripExtractorMarkup('- 组 长：**孙常建（区长）', 6, journal)).toBe('组 长：孙常建（区长）');
    expect(stripExtractorMarkup('细颗粒物（PM<sub>2.5</sub>）和PM_{2.5}', 7, journal)).toBe('细颗粒物（PM2.5）和PM2.5');
    expect(stripExtractorMarkup('注：带\\*的指标', 8, journal)).toBe('注：带*的指标');
    expect(journal.artefacts.map((artefact) => artefact.text)).toEqual(['## ', '- ', '**', '_{}', '<sub>', '</sub>']);
  });

  it('keeps a # that means “of which” rather than a heading', () => {
    expect(stripExtractorMarkup('#限额以上零售额\t亿元', 1, createJournal())).toBe('#限额以上零售额\t亿元');
  });

  it('removes page numbers and running headers, keeping the line numbering', () => {
    const journal = createJournal();
    const lines = cleanSourceLines(
      [
        { no: 1, text: '正文' },
        { no: 2, text: '- 3 -' },
        { no: 3, text: '济南市槐荫区人民政府公报（2021 年第 4 期） 区政府文件' },
      ],
      issue,
      '2021-4.txt',
      journal,
    );
    expect(lines).toEqual([
      { no: 1, text: '正文' },
      { no: 2, text: '' },
      { no: 3, text: '' },
    ]);
    expect(journal.artefacts.map((artefact) => artefact.kind)).toEqual(['page-number', 'running-header']);
  });

  it('stops on a running header that names another issue than the file', () => {
    expect(() =>
      cleanSourceLines(
        [{ no: 5, text: '济南市槐荫区人民政府公报（2021年第3期）' }],
        issue,
        '2021-4.txt',
        createJournal(),
      ),
    ).toThrow(/2021年第3期.*2021年第4期/);
  });

  it('reads rows laid out with runs of spaces as table rows', () => {
    const rows = spacesToColumns(
      [
        { no: 1, text: '指标名称    单位    累计' },
        { no: 2, text: '地区生产总值  亿元  180.2' },
        { no: 3, text: '区长  王明' },
      ],
      createJournal(),
    );
    expect(rows.map((row) => row.text)).toEqual(['指标名称\t单位\t累计', '地区生产总值\t亿元\t180.2', '区长  王明']);
  });
});

describe('repair stage: other table layouts', () => {
  it('reads a Markdown pipe table as TAB rows and drops its rule', () => {
    const journal = createJournal();
    const rows = pipesToColumns(
      [
        { no: 1, text: '| 指标 | 单位 |' },
        { no: 2, text: '| --- | :---: |' },
        { no: 3, text: '| 地区生产总值 | 亿元 |' },
      ],
      journal,
    );
    expect(rows.map((row) => row.text)).toEqual(['指标\t单位', '', '地区生产总值\t亿元']);
    expect(journal.artefacts[0]).toMatchObject({ line: 2, kind: 'table-rule' });
  });

  it('spreads merged HTML cells as the empty cells a printed table leaves', () => {
    const html =
      '<table><tr><th rowspan="2">序号</th><th colspan="2">2025年</th></tr><tr><th>市</th><th>区</th></tr><tr><td>1</td><td>25</td><td>26</td></tr></table>';
    expect(htmlTableRows(html)).toEqual([
      ['序号', '2025年', ''],
      ['', '市', '区'],
      ['1', '25', '26'],
    ]);
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
