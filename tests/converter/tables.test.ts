/**
 * Tables in text extracted from printed PDFs: `pdftotext -layout` (pieces placed by their
 * columns on the page), pdf.js (rows line by line, cells a single space apart), and the tables
 * neither can be rebuilt from, kept as printed. Each promise is checked on small extractions
 * written as the tools write them.
 */
import { describe, expect, it } from 'vitest';
import { removePageFurniture } from '../../src/converter/detect/furniture.ts';
import { columnBands, placeTokens } from '../../src/converter/detect/layout-columns.ts';
import { layoutTablesToColumns } from '../../src/converter/detect/layout-tables.ts';
import { lineTablesToColumns } from '../../src/converter/detect/line-tables.ts';
import { joinMarkers, lineTokens } from '../../src/converter/detect/positions.ts';
import { spacedTablesToColumns } from '../../src/converter/detect/spaced-tables.ts';
import { buildBlocks } from '../../src/converter/structure/blocks.ts';
import { createJournal, type SourceLine } from '../../src/converter/types.ts';

const numbered = (texts: string[], from = 1): SourceLine[] => texts.map((text, index) => ({ no: from + index, text }));
const rowsOf = (lines: SourceLine[]) =>
  lines.filter((line) => line.text.includes('\t')).map((line) => line.text.split('\t'));

/** The non-space characters of the lines, sorted: a multiset to compare. */
const characters = (lines: SourceLine[]) =>
  [...lines.map((line) => line.text.replace(/\s+/g, '')).join('')].sort().join('');

const LAYOUT_TABLE = [
  '序     文件名称       文号    有效期 登记号',
  '号                        至',
  '  槐荫区人民政府办公室关 槐政办发 2022年6 HYDR-2017-',
  '1 于印发槐荫区城乡低保边 （2017）2号 月16日 0020001',
  '  缘家庭救助办法的通知',
  '  济南市槐荫区人民政府关 济槐政发 2021年 HYDR-2019-',
  '2 于印发槐荫区产业发展扶 （2019）1号 12月31 0010001',
  '  持政策的通知                 日',
  '',
  '',
  '                               —1—',
  '\f区政府文件           济南市槐荫区人民政府公报（2021 年第 4 期）',
  '序     文件名称       文号    有效期 登记号',
  '号                        至',
  '  济南市槐荫区人民政府关 济槐政发 2021年 HYDR-2019-',
  '3 于印发槐荫区产业扶持专 （2019）2号 12月31 0010002',
  '  项资金管理办法的通知             日',
  '    （2021年11月2日印发）',
];

const STATISTICS_TABLE = [
  ' 2020年1-9月全区主要经济指标完成情况',
  '     指标名称          单位 累计完成     同比 (±%)',
  '    地区生产总值*        亿元  443.6     -0.9',
  '  规模以上工业增加值        亿元           -12.0',
  '  规模以上工业营业收入       亿元  122.8     -5.5',
  '     进出口总额         亿元',
  '    实际使用外资         万美元 95.8      -4.1',
  '   注：带*的指标为季度出数',
];

describe('tables in pdftotext -layout text', () => {
  it('rebuilds a table from where its pieces stand, a wrapped cell’s lines joined into the cell', () => {
    const rows = rowsOf(layoutTablesToColumns(numbered(LAYOUT_TABLE), createJournal()));
    expect(rows[0]).toEqual(['序号', '文件名称', '文号', '有效期至', '登记号']);
    expect(rows[1]).toEqual([
      '1',
      '槐荫区人民政府办公室关于印发槐荫区城乡低保边缘家庭救助办法的通知',
      '槐政办发（2017）2号',
      '2022年6月16日',
      'HYDR-2017-0020001',
    ]);
    expect(rows[2]![3]).toBe('2021年12月31日');
  });

  it('keeps the header repeated on the next page as a row, for the table stage to drop, and the page furniture between', () => {
    const lines = layoutTablesToColumns(numbered(LAYOUT_TABLE), createJournal());
    const rows = rowsOf(lines);
    expect(rows.map((cells) => cells[0])).toEqual(['序号', '1', '2', '序号', '3']);
    expect(lines.some((line) => line.text.includes('—1—'))).toBe(true);
  });

  it('places a figure under its column when the cell before it is empty, and parts header names a single space apart', () => {
    const rows = rowsOf(layoutTablesToColumns(numbered(STATISTICS_TABLE), createJournal()));
    expect(rows[0]).toEqual(['指标名称', '单位', '累计完成', '同比 (±%)']);
    expect(rows[2]).toEqual(['规模以上工业增加值', '亿元', '', '-12.0']);
    expect(rows[4]).toEqual(['进出口总额', '亿元', '', '']);
  });

  it('journals every rebuilt row with the lines it came from', () => {
    const journal = createJournal();
    layoutTablesToColumns(numbered(LAYOUT_TABLE), journal);
    const row = journal.repairs.find((repair) => repair.line === 3)!;
    expect(row.kind).toBe('layout-as-columns');
    expect(row.before.split('⏎')).toHaveLength(3);
  });

  it('never loses or adds a character: the rebuilt rows hold exactly the non-space characters of their lines', () => {
    for (const table of [LAYOUT_TABLE, STATISTICS_TABLE]) {
      const source = numbered(table);
      expect(characters(layoutTablesToColumns(source, createJournal()))).toBe(characters(source));
    }
  });

  it('keeps a table whose columns cannot be told as one preformatted region, with a warning saying why', () => {
    const journal = createJournal();
    const lines = layoutTablesToColumns(
      numbered([
        '序    指标    全市基 我区     2022年        2030年',
        '号          期水平 基期',
        '               水平   市      区     市 区',
        ' 1 人均预期寿命',
        '    （岁） 79.52 79.85 80     80   82.5 82.5',
        ' 2 婴儿死亡率',
        '    （‰）   2.3 0.88 3.3 3.3      2.5   2.5',
        '   备注：未写明年份的槐荫基期水平值，均为2020年数值。',
      ]),
      journal,
    );
    expect(lines.slice(0, 7).every((line) => line.preformatted === 1)).toBe(true);
    expect(lines[7]!.preformatted).toBeUndefined();
    expect(lines.slice(0, 7).map((line) => line.text)).toContain('    （岁） 79.52 79.85 80     80   82.5 82.5');
    expect(journal.warnings).toEqual([expect.objectContaining({ line: 1, code: 'uncertain-table' })]);
  });

  it('leaves a table whose every line has the same cells between runs of spaces to the column-gap reading', () => {
    const source = numbered([
      '指标名称     单位    累计完成',
      '地区生产总值   亿元    443.6',
      '固定资产投资   亿元    20.5',
    ]);
    expect(layoutTablesToColumns(source, createJournal())).toEqual(source);
  });

  it('takes no sentence spaced around its numbers for a table', () => {
    const source = numbered([
      '排名由 2015 年的第 33 位上升至 2020 年',
      '的第 27 位，五年间上升了 6 个位次。税',
      '收收入在全省排名第 22 位，上升了 3 个',
    ]);
    expect(layoutTablesToColumns(source, createJournal())).toEqual(source);
  });

  it('places a line’s pieces in the columns they overlap, two figures never in one cell', () => {
    const bands = columnBands(
      [lineTokens('地区生产总值*  亿元  443.6  -0.9'), lineTokens('规模以上工业   亿元  122.8  -5.5')],
      4,
    )!;
    expect(placeTokens(lineTokens('固定资产投资   亿元         0.6'), bands)).toEqual({ columns: [0, 1, 3] });
    expect(placeTokens(lineTokens('固定资产投资 亿元 95 >96 12'), bands)).toEqual({
      doubt: 'more pieces than columns',
    });
  });

  it('keeps a numbering marker, a unit in brackets and a sign with the piece they belong to', () => {
    const pieces = (text: string) => joinMarkers(lineTokens(text)).map((token) => token.text);
    expect(pieces('1. 符合条件的残疾人 100')).toEqual(['1. 符合条件的残疾人', '100']);
    expect(pieces('参保率 (%) 95 > 600')).toEqual(['参保率 (%)', '95', '> 600']);
  });
});

describe('tables in text extracted line by line (pdf.js)', () => {
  const HERITAGE = [
    '第六批区级非物质文化遗产名录',
    '序',
    '号 项目名称 项目保护单位',
    '一、传统手工技艺（共2项）',
    '1 大元釉里红烧制技艺 济南槐荫泮圣彩艺艺术馆',
    '2 鲁厚源回锅牛肉制作技',
    '艺 济南市槐荫区鲁厚源牛肉坊',
    '',
    '序',
    '号 项目名称 项目保护单位',
    '3 古筝艺术（山东古筝乐） 山东德音琴社非物质文化遗产保护有限公',
    '司',
    '（2021年12月30日印发）',
  ];

  it('rebuilds numbered rows printed a line each, cells a single space apart, the header’s first name wrapped above', () => {
    const rows = rowsOf(lineTablesToColumns(numbered(HERITAGE), createJournal()));
    expect(rows[0]).toEqual(['序号', '项目名称', '项目保护单位']);
    expect(rows[1]).toEqual(['一、传统手工技艺（共2项）', '', '']);
    expect(rows[2]).toEqual(['1', '大元釉里红烧制技艺', '济南槐荫泮圣彩艺艺术馆']);
  });

  it('splits a wrapped row’s pieces into cells where a line falls short of its column’s width', () => {
    const rows = rowsOf(lineTablesToColumns(numbered(HERITAGE), createJournal()));
    expect(rows[3]).toEqual(['2', '鲁厚源回锅牛肉制作技艺', '济南市槐荫区鲁厚源牛肉坊']);
    expect(rows[5]).toEqual(['3', '古筝艺术（山东古筝乐）', '山东德音琴社非物质文化遗产保护有限公司']);
  });

  it('keeps the header repeated after a page break, and stops before the 印发 line', () => {
    const lines = lineTablesToColumns(numbered(HERITAGE), createJournal());
    expect(rowsOf(lines).filter((cells) => cells[0] === '序号')).toHaveLength(2);
    expect(lines[lines.length - 1]!.text).toBe('（2021年12月30日印发）');
  });

  it('never loses or adds a character', () => {
    const source = numbered(HERITAGE);
    expect(characters(lineTablesToColumns(source, createJournal()))).toBe(characters(source));
  });

  it('does not take a heading between two tables for a label over a group of rows', () => {
    const lines = lineTablesToColumns(
      numbered([
        '序号 名称 牵头编制部门',
        '1 槐荫区防汛应急预案 区水务局',
        '2 槐荫区地震应急预案 区应急局',
        '二、事故灾难类',
        '序号 名称 牵头编制部门',
        '1 槐荫区火灾事故应急预案 区消防救援大队',
        '2 槐荫区辐射事故应急预案 区生态环境分局',
      ]),
      createJournal(),
    );
    expect(lines[3]!.text).toBe('二、事故灾难类');
  });

  it('keeps a numbered table whose cells cannot be told as printed, with a warning, up to where the text resumes', () => {
    const journal = createJournal();
    const lines = lineTablesToColumns(
      numbered([
        '序',
        '号 文件名称 文号 有效期',
        '至 登记号',
        '1',
        '槐荫区人民政府办公室关',
        '缘家庭救助办法的通知',
        '槐政办发',
        '2',
        '济南市槐荫区人民政府关',
        '持政策的通知',
        '济槐政发',
        '各有关部门和单位要认真做好文件的衔接工作。',
      ]),
      journal,
    );
    expect(lines.slice(0, 11).every((line) => line.preformatted === 1)).toBe(true);
    expect(lines[11]!.preformatted).toBeUndefined();
    expect(journal.warnings[0]).toMatchObject({ line: 1, code: 'uncertain-table' });
  });

  it('takes a line naming every column, a unit in brackets with its name, as a statistics table’s header', () => {
    const rows = rowsOf(
      spacedTablesToColumns(
        numbered([
          '指标名称 单位 累计完成 同比 (±%)',
          '地区生产总值* 亿元 443.6 -0.9',
          '规模以上工业增加值 亿元 -12.0',
          '规模以上工业营业收入 亿元 122.8 -5.5',
        ]),
        createJournal(),
      ),
    );
    expect(rows[0]).toEqual(['指标名称', '单位', '累计完成', '同比 (±%)']);
    expect(rows[2]).toEqual(['规模以上工业增加值', '亿元', '', '-12.0']);
  });
});

describe('row numbers and page numbers', () => {
  const issue = { year: 2020, number: 3, id: '2020-3', title: '2020年第3期' };

  it('keeps a bare number between a table’s rows as the next row’s number', () => {
    const { lines } = removePageFurniture(
      numbered(['56 洪水影响评价（类）审批 行政', '许可', '57', '单池容积五百立方米以上的农村可再生能源', '行政']),
      issue,
      '2020-3.txt',
      createJournal(),
    );
    expect(lines[2]!.text).toBe('57');
  });

  it('still removes a page number printed right under the running header', () => {
    const { lines } = removePageFurniture(
      numbered([
        '6 开办外籍人员子女学校审批 行政',
        '济南市槐荫区人民政府公报（2020 年第 3 期） 区政府文件',
        '7',
        '序',
        '8 社会团体登记 行政',
      ]),
      issue,
      '2020-3.txt',
      createJournal(),
    );
    expect(lines[2]!.text).toBe('');
  });
});

describe('a table kept as printed in the document body', () => {
  it('becomes a preformatted block of its lines, their shared indent removed, its caption kept as text', () => {
    const lines: SourceLine[] = [
      { no: 1, text: '健康槐荫行动主要指标' },
      { no: 2, text: '  序    指标    全市基', preformatted: 2 },
      { no: 3, text: '', preformatted: 2 },
      { no: 4, text: '   1 人均预期寿命 79.52', preformatted: 2 },
      { no: 5, text: '现予公布。' },
    ];
    const blocks = buildBlocks(lines, { title: '通知', numberedParagraphs: false, personnel: false }, createJournal());
    expect(blocks.map((block) => block.kind)).toEqual(['paragraph', 'preformatted', 'paragraph']);
    expect(blocks[1]).toMatchObject({ lines: ['序    指标    全市基', ' 1 人均预期寿命 79.52'] });
  });
});
