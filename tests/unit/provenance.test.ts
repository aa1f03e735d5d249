import { describe, expect, it } from 'vitest';
import { issueProvenance } from '../../src/lib/provenance.ts';
import type { IssueReport } from '../../src/publish/issues.ts';

const report: IssueReport = {
  issue: '2021-4',
  title: '2021年第4期',
  file: '2021-4.txt',
  documents: [
    { id: '2021-4-01', order: 1, title: '关于甲的通知', docNumber: '济槐政字〔2021〕1号', lines: [3, 40] },
    { id: '2021-4-02', order: 2, title: '关于乙的意见', docNumber: null, lines: [42, 176] },
  ],
  counts: { documents: 2, artefacts: 3, repairs: 4, warnings: 2 },
  artefacts: [
    { line: 13, kind: 'extractor-markup', text: '- ' },
    { line: 90, kind: 'page-number', text: '12' },
    { line: 198, kind: 'extractor-markup', text: '- ' },
  ],
  repairs: [
    { line: 3, kind: 'removed-space', before: '结果 的', after: '结果的' },
    { line: 5, kind: 'joined-lines', before: '甲', after: '甲' },
    { line: 6, kind: 'joined-lines', before: '乙', after: '乙' },
    { line: 7, kind: 'widened-punctuation', before: ',', after: '，' },
  ],
  warnings: [
    { line: 57, code: 'suspicious-latin-word', message: '中文句中出现英文单词“and”…请核对 PDF。' },
    { line: 1, code: 'toc-mismatch', message: '…' },
  ],
};

describe('issueProvenance', () => {
  it('counts what was removed and repaired in plain words, most frequent first', () => {
    expect(issueProvenance(report)).toMatchObject({
      issue: '2021-4',
      title: '2021年第4期',
      documents: 2,
      removed: [
        { words: '提取软件留下的标记符号', count: 2 },
        { words: '页码', count: 1 },
      ],
      repaired: [
        { words: '把因印刷换行而断开的句子接回一行', count: 2 },
        { words: '删除字与字之间多出的空格', count: 1 },
        { words: '把半角标点改为印刷版的全角标点', count: 1 },
      ],
    });
  });

  it('words each warning for a reader, without the staff’s instructions, and names the document its line belongs to', () => {
    expect(issueProvenance(report).warnings).toEqual([
      { words: '中文句中夹有英文单词，可能是提取错误；原文保留', order: 2, title: '关于乙的意见' },
      { words: '目录与正文不完全一致', order: null, title: null },
    ]);
  });
});
