import { describe, expect, it } from 'vitest';
import { GazetteInputError } from '../../src/converter/errors.ts';
import { splitLines } from '../../src/converter/read/index.ts';
import { segmentIssue, splitTableOfContents } from '../../src/converter/segment/index.ts';
import { createJournal } from '../../src/converter/types.ts';

const lines = (text: string) => splitLines(text.replace(/^\n/, ''));

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
});
