import { describe, expect, it } from 'vitest';
import { detectLines } from '../../src/converter/detect/index.ts';
import { GazetteInputError } from '../../src/converter/errors.ts';
import { issueIdFromFileName, splitLines } from '../../src/converter/read/index.ts';
import { segmentIssue, splitTableOfContents } from '../../src/converter/segment/index.ts';
import { createJournal } from '../../src/converter/types.ts';

const lines = (text: string) => splitLines(text.replace(/^\n/, ''));

/** The 目录 as segment reads it: after detect has removed page furniture, journaled. */
function readToc(text: string) {
  const journal = createJournal();
  const detected = detectLines(lines(text), issueIdFromFileName('2023-1.txt'), '2023-1.txt', journal);
  return { ...splitTableOfContents(detected.lines, journal), journal };
}

const entryPages = (toc: { title: string; page: number | null }[]) => toc.map((entry) => [entry.title, entry.page]);

const NOTICE = `
济南市槐荫区人民政府关于甲事项的通知

济槐政字〔2023〕1号

各街道办事处，区政府各部门：

正文。

济南市槐荫区人民政府

2023年1月5日

（2023年1月5日印发）
`;

describe('segment stage', () => {
  it('ends a document at its 印发 line and divides it into title, 文号, addressee and body', () => {
    const [document] = segmentIssue('2023-1.txt', lines(NOTICE), createJournal()).documents;
    expect(document!.titleLines.map((line) => line.text)).toEqual(['济南市槐荫区人民政府关于甲事项的通知']);
    expect(document!.docNumber).toEqual({ value: '济槐政字〔2023〕1号', line: 3 });
    expect(document!.addressee?.text).toBe('各街道办事处，区政府各部门：');
    expect(document!.issued?.iso).toBe('2023-01-05');
    expect(document!.body.filter((line) => line.text).map((line) => line.text)).toEqual([
      '正文。',
      '济南市槐荫区人民政府',
      '2023年1月5日',
    ]);
  });

  it('starts a statistics document at the statistics title after the last 印发 line', () => {
    const text = `${NOTICE}\n2023年1-3月全区主要经济指标完成情况\n\n指标\t单位\n总值\t亿元\n`;
    const { documents } = segmentIssue('2023-1.txt', lines(text), createJournal());
    expect(documents.map((document) => document.kind)).toEqual(['document', 'statistics']);
  });

  it('reads a statistics title wrapped by a narrow column, and not the table header under it, as the title', () => {
    for (const title of ['2023年1-3月全区主要经济\n指标完成情况', '2023年1-3月全区主要经济指标\n完成情况']) {
      const text = `${NOTICE}\n${title}\n指标名称 单位 累计完成 同比（±%）\n地区生产总值* 亿元 146.1 20.6\n`;
      const { documents } = segmentIssue('2023-1.txt', lines(text), createJournal());
      expect(documents.map((document) => document.kind)).toEqual(['document', 'statistics']);
      expect(documents[1]!.titleLines.map((line) => line.text).join('')).toBe('2023年1-3月全区主要经济指标完成情况');
    }
  });

  it('does not take a sentence about the economy wrapped over two lines for a statistics title', () => {
    const text = NOTICE.replace('正文。', '2023年1-3月，全区主要经济\n指标平稳增长。');
    const { documents } = segmentIssue('2023-1.txt', lines(text), createJournal());
    expect(documents.map((document) => document.kind)).toEqual(['document']);
  });

  it('gives table pieces read after a 印发 line to the document before, not to the next title', () => {
    const second = NOTICE.replace('甲事项', '乙事项').replace('1号', '2号');
    const text = `${NOTICE}\n文号\n登记号\n槐政办发\nHYDR-2016-\n${second}`;
    const journal = createJournal();
    const { documents } = segmentIssue('2023-1.txt', lines(text), journal);
    expect(documents.map((document) => document.titleLines.map((line) => line.text).join(''))).toEqual([
      '济南市槐荫区人民政府关于甲事项的通知',
      '济南市槐荫区人民政府关于乙事项的通知',
    ]);
    expect(documents[0]!.body.map((line) => line.text)).toEqual(expect.arrayContaining(['文号', 'HYDR-2016-']));
    expect(journal.warnings.map((warning) => warning.code)).toContain('uncertain-structure');
  });

  it('starts a speech at its title above a dated subtitle, with no 印发 line needed', () => {
    const text = `政府工作报告\n\n——2023年1月10日在区人民代表大会第三次会议上\n\n各位代表：\n\n报告正文。\n${NOTICE}`;
    const { documents } = segmentIssue('2023-1.txt', lines(text), createJournal());
    expect(documents.map((document) => [document.kind, document.titleLines.map((line) => line.text).join('')])).toEqual(
      [
        ['speech', '政府工作报告'],
        ['document', '济南市槐荫区人民政府关于甲事项的通知'],
      ],
    );
  });

  it('moves a speech subtitle’s tail that the extraction set above it back to its end, journaled', () => {
    const text = `政府工作报告\n\n上\n\n——2023年1月10日在区人民代表大会第三次会议\n\n各位代表：\n\n报告正文。\n${NOTICE}`;
    const journal = createJournal();
    const [speech] = segmentIssue('2023-1.txt', lines(text), journal).documents;
    expect(speech!.titleLines.map((line) => line.text)).toEqual(['政府工作报告']);
    expect(speech!.subtitle?.line.text).toBe('——2023年1月10日在区人民代表大会第三次会议上');
    expect(journal.repairs).toContainEqual({
      line: 3,
      kind: 'moved-fragment',
      before: '上',
      after: '——2023年1月10日在区人民代表大会第三次会议上',
    });
  });

  it('gives a signature read after its 印发 line to the document before it, not to the next title', () => {
    const reordered = NOTICE.replace(
      '济南市槐荫区人民政府\n\n2023年1月5日\n\n（2023年1月5日印发）',
      '（2023年1月5日印发）\n\n济南市槐荫区人民政府\n\n2023年1月5日',
    );
    const text = `${reordered}\n${NOTICE.replaceAll('甲', '乙').replace('1号', '2号')}`;
    const journal = createJournal();
    const { documents } = segmentIssue('2023-1.txt', lines(text), journal);
    expect(documents.map((document) => document.titleLines.map((line) => line.text).join(''))).toEqual([
      '济南市槐荫区人民政府关于甲事项的通知',
      '济南市槐荫区人民政府关于乙事项的通知',
    ]);
    expect(documents[0]!.body.filter((line) => line.text).map((line) => line.text)).toEqual([
      '正文。',
      '济南市槐荫区人民政府',
      '2023年1月5日',
    ]);
    expect(journal.warnings.map((warning) => warning.code)).toContain('uncertain-structure');
  });

  it('builds a document that lacks its 印发 line and warns, without asking for text the PDF may lack', () => {
    const journal = createJournal();
    const withoutIssuedLine =
      NOTICE.replace('（2023年1月5日印发）', '') + NOTICE.replace('甲', '乙').replace('1号', '2号');
    const { documents } = segmentIssue('2023-1.txt', lines(withoutIssuedLine), journal);
    expect(documents.map((document) => document.issued?.iso ?? null)).toEqual([null, '2023-01-05']);
    expect(journal.warnings).toHaveLength(1);
    expect(journal.warnings[0]!.message).toMatch(/没有“（某年某月某日印发）”一行.*已按完整文件发布/);
    expect(journal.warnings[0]!.message).not.toMatch(/应以.*印发.*结束/);
  });

  it('stops with file, line and what to check when text stands where no document begins', () => {
    expect(() => segmentIssue('2023-1.txt', lines('正文第一句。\n\n正文第二句。\n'), createJournal())).toThrow(
      GazetteInputError,
    );
    try {
      segmentIssue('2023-1.txt', lines('正文第一句。\n\n正文第二句。\n'), createJournal());
    } catch (error) {
      expect((error as GazetteInputError).format()).toMatch(/^2023-1\.txt:1:1: 错误：.*前面没有标题/);
    }
  });

  it('reads the 目录 into entries with section, 文号 and page, and names its lines as artefacts', () => {
    const journal = createJournal();
    const toc = `目 录\n\n【区政府文件】\n\n济南市槐荫区人民政府关于甲事项的通知（济槐政字〔2023〕1号）（1）\n\n【统计数据】\n\n2023年1-3月全区主要经济指标完成情况....\t(5)\n`;
    const { toc: entries, rest } = splitTableOfContents(lines(toc + NOTICE), journal);
    expect(entries).toEqual([
      {
        section: '区政府文件',
        title: '济南市槐荫区人民政府关于甲事项的通知',
        docNumber: '济槐政字〔2023〕1号',
        page: 1,
        line: 5,
      },
      { section: '统计数据', title: '2023年1-3月全区主要经济指标完成情况', docNumber: null, page: 5, line: 9 },
    ]);
    expect(rest.find((line) => line.text.trim() !== '')?.text).toBe('济南市槐荫区人民政府关于甲事项的通知');
    expect(journal.artefacts.filter((artefact) => artefact.kind === 'table-of-contents')).toHaveLength(5);
  });

  it('joins a 目录 entry wrapped onto the next line', () => {
    const toc = `目 录\n\n【区政府文件】\n\n济南市槐荫区人民政府关于甲事项的通知（济\n\n槐政字〔2023〕1号)\t(3)\n`;
    const { toc: entries } = splitTableOfContents(lines(toc + NOTICE), createJournal());
    expect(entries[0]).toMatchObject({
      title: '济南市槐荫区人民政府关于甲事项的通知',
      docNumber: '济槐政字〔2023〕1号',
      page: 3,
    });
  });

  describe('a 目录 whose pages stand apart from its entries, as pdftotext’s reading order gives them', () => {
    const HEADER = '\f济南市槐荫区人民政府公报（2023 年第 1 期）\n';

    it('pairs each run of bare page numbers with the entries closed before it', () => {
      const toc = `目 录\n【区政府文件】\n济南市槐荫区人民政府关于甲事项的通知（济槐政字〔2023〕1号）\n济南市槐荫区人民政府关于进一步加强城市管理工作推进乙事项的通知\n（济槐政字〔2023〕2号）\n\n1\n4\n\f【人事任免】\n济南市槐荫区人民政府关于任免张三职务的通知（济槐政任〔2023〕1号）\n\n6\n`;
      const { toc: entries } = readToc(toc + HEADER + NOTICE);
      expect(entryPages(entries)).toEqual([
        ['济南市槐荫区人民政府关于甲事项的通知', 1],
        ['济南市槐荫区人民政府关于进一步加强城市管理工作推进乙事项的通知', 4],
        ['济南市槐荫区人民政府关于任免张三职务的通知', 6],
      ]);
      expect(entries.map((entry) => entry.section)).toEqual(['区政府文件', '区政府文件', '人事任免']);
    });

    it('continues an entry wrapped from one 目录 page to the next across the run of pages between them', () => {
      const toc = `目 录\n【区政府文件】\n济南市槐荫区人民政府关于甲事项的通知（济槐政字〔2023〕1号）\n济南市槐荫区人民政府关于印发槐荫区推进学前教育普及普惠发展总\n\n1\n\f体规划的通知（济槐政字〔2023〕2号）\n\n3\n`;
      const { toc: entries } = readToc(toc + HEADER + NOTICE);
      expect(entryPages(entries)).toEqual([
        ['济南市槐荫区人民政府关于甲事项的通知', 1],
        ['济南市槐荫区人民政府关于印发槐荫区推进学前教育普及普惠发展总体规划的通知', 3],
      ]);
    });

    it('ends an entry without a 文号 where its line stopped short of the column', () => {
      const toc = `目 录\n【工作报告】\n政府工作报告\n关于槐荫区2022年财政预算执行情况和2023年财政预算草案的报告\n【区政府文件】\n济南市槐荫区人民政府关于甲事项的通知（济槐政字〔2023〕1号）\n\n1\n9\n15\n`;
      const { toc: entries } = readToc(toc + HEADER + NOTICE);
      expect(entryPages(entries)).toEqual([
        ['政府工作报告', 1],
        ['关于槐荫区2022年财政预算执行情况和2023年财政预算草案的报告', 9],
        ['济南市槐荫区人民政府关于甲事项的通知', 15],
      ]);
      expect(entries[0]!.section).toBe('工作报告');
    });

    it('keeps the entries and their sections without pages, and warns, when a run of pages does not pair with them', () => {
      const toc = `目 录\n【区政府文件】\n济南市槐荫区人民政府关于甲事项的通知（济槐政字〔2023〕1号）\n济南市槐荫区人民政府关于乙事项的通知（济槐政字〔2023〕2号）\n\n1\n`;
      const { toc: entries, journal } = readToc(toc + HEADER + NOTICE);
      expect(entries.map((entry) => [entry.section, entry.docNumber, entry.page])).toEqual([
        ['区政府文件', '济槐政字〔2023〕1号', null],
        ['区政府文件', '济槐政字〔2023〕2号', null],
      ]);
      expect(journal.warnings).toEqual([expect.objectContaining({ line: 3, code: 'toc-pages-unpaired' })]);
    });

    it('journals the page column’s numbers as 目录 lines, not as the pages’ own numbers', () => {
      const toc = `目 录\n【区政府文件】\n济南市槐荫区人民政府关于甲事项的通知（济槐政字〔2023〕1号）\n\n1\n`;
      const { journal } = readToc(toc + HEADER + NOTICE);
      const tocLines = journal.artefacts.filter((artefact) => artefact.kind === 'table-of-contents');
      expect(tocLines.sort((a, b) => a.line - b.line).map((artefact) => artefact.text)).toEqual([
        '目 录',
        '【区政府文件】',
        '济南市槐荫区人民政府关于甲事项的通知（济槐政字〔2023〕1号）',
        '1',
      ]);
      expect(journal.artefacts.filter((artefact) => artefact.kind === 'page-number')).toEqual([]);
    });

    it('ends at the title above the first 文号 line when no running header marks the body', () => {
      const toc = `目 录\n【区政府文件】\n济南市槐荫区人民政府关于甲事项的通知（济槐政字〔2023〕1号）\n\n1\n\n`;
      const { toc: entries, rest } = readToc(toc + NOTICE);
      expect(entries).toHaveLength(1);
      expect(rest.find((line) => line.text.trim() !== '')?.text).toBe('济南市槐荫区人民政府关于甲事项的通知');
    });
  });

  it('ends the 目录 at the running header that begins the body, removing it as page furniture', () => {
    const toc = `目 录\n【区政府文件】\n济南市槐荫区人民政府关于甲事项的通知（济槐政字〔2023〕1号） 1\n`;
    const {
      toc: entries,
      rest,
      journal,
    } = readToc(`${toc}济南市槐荫区人民政府公报（2023 年第 1 期） 区政府文件\n${NOTICE}`);
    expect(entryPages(entries)).toEqual([['济南市槐荫区人民政府关于甲事项的通知', 1]]);
    expect(rest.find((line) => line.text.trim() !== '')?.text).toBe('济南市槐荫区人民政府关于甲事项的通知');
    expect(journal.artefacts.map((artefact) => artefact.kind)).toContain('running-header');
  });
});
