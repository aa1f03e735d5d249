import { describe, expect, it } from 'vitest';
import { restorePrintedCharacters } from '../../src/converter/detect/characters.ts';
import { removeInlinePageNumbers, removePageFurniture } from '../../src/converter/detect/furniture.ts';
import { stripExtractorMarkup } from '../../src/converter/detect/markup.ts';
import { headerCells, spacedTablesToColumns } from '../../src/converter/detect/spaced-tables.ts';
import { htmlTableRows, pipesToColumns, spacesToColumns } from '../../src/converter/detect/tables.ts';
import { createJournal } from '../../src/converter/types.ts';

const issue = { year: 2021, number: 4, id: '2021-4', title: '2021年第4期' };

describe('detect stage: extractor markup and page furniture', () => {
  it('strips extractor markup and names every piece it removed', () => {
    const journal = createJournal();
    expect(stripExtractorMarkup('## （二）推进生态廊道建设', 5, journal)).toBe('（二）推进生态廊道建设');
    expect(stripExtractorMarkup('- 组 长：**孙常建（区长）', 6, journal)).toBe('组 长：孙常建（区长）');
    expect(stripExtractorMarkup('细颗粒物（PM<sub>2.5</sub>）和PM_{2.5}', 7, journal)).toBe('细颗粒物（PM2.5）和PM2.5');
    expect(stripExtractorMarkup('注：带\\*的指标', 8, journal)).toBe('注：带*的指标');
    expect(journal.artefacts.map((artefact) => artefact.text)).toEqual(['## ', '- ', '**', '_{}', '<sub>', '</sub>']);
  });

  it('strips tags until none is left, so that removing one cannot assemble another', () => {
    const journal = createJournal();
    expect(stripExtractorMarkup('<scr<b>ipt>alert(1)</scr</b>ipt>关于印发<<i>i>方案</i>的通知', 3, journal)).toBe(
      'alert(1)关于印发方案的通知',
    );
    expect(journal.artefacts.map((artefact) => artefact.text)).toEqual([
      '<b>',
      '</b>',
      '<i>',
      '</i>',
      '<script>',
      '</script>',
      '<i>',
    ]);
  });

  it('reads radicals back as the ideographs a simplified-Chinese page prints, each journaled', () => {
    const journal = createJournal();
    // ⼾ (U+2F3E) is equivalent to the traditional 戶; the page printed 户.
    const lines = restorePrintedCharacters([{ no: 7, text: '⼈⺠群众，个体⼯商⼾' }], journal);
    expect(lines[0]!.text).toBe('人民群众，个体工商户');
    expect(journal.repairs.map(({ kind, before, after }) => `${kind} ${before}→${after}`)).toEqual([
      'encoded-character ⼈→人',
      'encoded-character ⺠→民',
      'encoded-character ⼯→工',
      'encoded-character ⼾→户',
    ]);
  });

  it('removes bidirectional controls and zero-width characters, each journaled as a repair naming it', () => {
    const journal = createJournal();
    const lines = restorePrintedCharacters(
      [
        { no: 1, text: '\u202e关于印发\u200b方案的通知\u202c' },
        { no: 2, text: '济槐政发\u2066〔2021〕\u20601号\ufeff\u200d\u200c\u2069\u202a\u202b\u202d\u2067\u2068' },
        { no: 3, text: '正文没有隐藏字符。' },
      ],
      journal,
    );
    expect(lines.map((line) => line.text)).toEqual(['关于印发方案的通知', '济槐政发〔2021〕1号', '正文没有隐藏字符。']);
    expect(journal.repairs.map(({ line, kind, before, after }) => `${line} ${kind} ${before}→${after}`)).toEqual([
      '1 invisible-character U+202E→',
      '1 invisible-character U+200B→',
      '1 invisible-character U+202C→',
      ...[
        'U+2066',
        'U+2060',
        'U+FEFF',
        'U+200D',
        'U+200C',
        'U+2069',
        'U+202A',
        'U+202B',
        'U+202D',
        'U+2067',
        'U+2068',
      ].map((name) => `2 invisible-character ${name}→`),
    ]);
  });

  it('keeps a # that means “of which” rather than a heading', () => {
    expect(stripExtractorMarkup('#限额以上零售额\t亿元', 1, createJournal())).toBe('#限额以上零售额\t亿元');
  });

  it('removes page numbers and running headers, keeping the line numbering', () => {
    const journal = createJournal();
    const { lines, sectionHints } = removePageFurniture(
      [
        { no: 1, text: '正文' },
        { no: 2, text: '- 3 -' },
        { no: 3, text: '济南市槐荫区人民政府公报（2021 年第 4 期） 区政府文件' },
        { no: 4, text: '续文' },
      ],
      issue,
      '2021-4.txt',
      journal,
    );
    expect(lines).toEqual([
      { no: 1, text: '正文' },
      { no: 2, text: '' },
      { no: 3, text: '' },
      { no: 4, text: '续文', afterPageBreak: true },
    ]);
    expect(journal.artefacts.map((artefact) => artefact.kind)).toEqual(['page-number', 'running-header']);
    expect(sectionHints).toEqual([{ line: 3, section: '区政府文件' }]);
  });

  it('removes a section name set apart from the masthead where the 目录 names that section, even between a title and its 文号', () => {
    const journal = createJournal();
    const texts = [
      '【区政府办公室文件】',
      '济南市槐荫区人民政府公报（2021 年第 4 期）',
      '',
      '政府工作报告',
      '',
      '槐荫区人民政府办公室关于甲事项的',
      '通知',
      '第 3 页',
      '',
      '济南市槐荫区人民政府公报（2021 年第 4 期）',
      '',
      '区政府办公室文件',
      '',
      '槐政办字〔2021〕1号',
    ];
    const { lines } = removePageFurniture(
      texts.map((text, index) => ({ no: index + 1, text })),
      issue,
      '2021-4.txt',
      journal,
    );
    expect(lines.filter((line) => line.text !== '').map((line) => line.text)).toEqual([
      '【区政府办公室文件】',
      '政府工作报告',
      '槐荫区人民政府办公室关于甲事项的',
      '通知',
      '槐政办字〔2021〕1号',
    ]);
  });

  it('keeps a bare number alone on its line as text where it stands among the text, not at a page’s edge', () => {
    const header = '济南市槐荫区人民政府公报（2021 年第 4 期）';
    const texts = (lines: { no: number; text: string }[]) =>
      lines.filter((line) => line.text !== '').map((line) => line.text);
    const convert = (pages: string[]) =>
      removePageFurniture(
        pages.map((text, index) => ({ no: index + 1, text })),
        issue,
        '2021-4.txt',
        createJournal(),
      ).lines;
    // pdf.js: each page's header and number before its text.
    const pdfjs = [header, '1', '权重', '25', header, '2', '20', '正文'];
    expect(texts(convert(pdfjs))).toEqual(['权重', '25', '20', '正文']);
    // pdftotext: the number ends its page, a form feed starts the next.
    const pdftotext = [header, '权重', '25', '', '1', `\f${header}`, '20', '正文', '', '2', '\f'];
    expect(texts(convert(pdftotext))).toEqual(['权重', '25', '20', '正文']);
    // poppler on two columns may set a page's number inside the page: one page on from the last, it is still the page's.
    const midPage = [header, '权重', '25', '', '1', `\f${header}`, '标题', '2', '', '正文', '20', '续文', '', '\f'];
    expect(texts(convert(midPage))).toEqual(['权重', '25', '标题', '正文', '20', '续文']);
    // Pages numbered `— 1 —`: no bare number is a page's, even right under a header.
    const decorated = [header, '— 1 —', '权重', '25', header, '— 2 —', '正文', header, '20', '— 3 —'];
    expect(texts(convert(decorated))).toEqual(['权重', '25', '正文', '20']);
  });

  it('stops on a running header that names another issue than the file', () => {
    expect(() =>
      removePageFurniture(
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

describe('detect stage: tables in other layouts', () => {
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

describe('detect stage: page numbers inside a line', () => {
  it('removes a number standing between spaces inside a sentence, with a warning', () => {
    const journal = createJournal();
    expect(removeInlinePageNumbers('把握“黄 12 河战略”和“强省会”', 4, journal)).toBe('把握“黄河战略”和“强省会”');
    expect(journal.artefacts).toEqual([{ line: 4, kind: 'page-number', text: ' 12 ' }]);
    expect(journal.warnings[0]).toMatchObject({ line: 4, code: 'page-number-in-line' });
  });

  it('keeps counted numbers, ordinals and numbered labels', () => {
    for (const text of ['新建 33 所中小学', '用 3 年时间', '排名第 22 位', '专栏 2 残疾人社会保障', '达到 88%以上']) {
      expect(removeInlinePageNumbers(text, 1, createJournal())).toBe(text);
    }
  });
});

describe('detect stage: tables with single spaces between columns', () => {
  const lines = (texts: string[]) => texts.map((text, index) => ({ no: index + 1, text }));

  it('rebuilds a header printed one fragment per line and places short rows’ figures on the right', () => {
    const journal = createJournal();
    const rows = spacedTablesToColumns(
      lines([
        '注：带*的指标为季度出数',
        '指标名称 单位',
        '累计',
        '完成',
        '同比',
        '(±%)',
        '地区生产总值* 亿元 146.1 20.6',
        '规模以上工业增加值 亿元 31.7',
        '进出口总额 亿元',
        '实际使用外资 万美元 1356.4 1315.7',
      ]),
      journal,
    );
    expect(rows.map((row) => row.text)).toEqual([
      '注：带*的指标为季度出数',
      '指标名称\t单位\t累计完成\t同比(±%)',
      '',
      '',
      '',
      '',
      '地区生产总值*\t亿元\t146.1\t20.6',
      '规模以上工业增加值\t亿元\t\t31.7',
      '进出口总额\t亿元\t\t',
      '实际使用外资\t万美元\t1356.4\t1315.7',
    ]);
    expect(journal.warnings.map((warning) => [warning.line, warning.code])).toEqual([
      [2, 'uncertain-table'],
      [8, 'table-ragged-row'],
    ]);
  });

  it('leaves prose with spaces alone', () => {
    const prose = lines(['槐荫区代理区长 孙常建', '各位代表：', '现在，我代表区人民政府向大会报告']);
    expect(spacedTablesToColumns(prose, createJournal())).toEqual(prose);
  });

  it('groups header fragments evenly over the remaining columns, or gives up', () => {
    expect(headerCells([['指标', '单位'], ['累计'], ['完成']], 3)).toEqual({
      cells: ['指标', '单位', '累计完成'],
      regrouped: true,
    });
    expect(headerCells([['指标', '单位'], ['累计'], ['完成'], ['同比']], 4)).toBeNull();
    expect(headerCells([['指标', '单位'], ['累计'], ['同比']], 4)).toEqual({
      cells: ['指标', '单位', '累计', '同比'],
      regrouped: false,
    });
  });
});
