import { describe, expect, it } from 'vitest';
import { attachments, tocItems } from '../../src/lib/headings.ts';

describe('tocItems', () => {
  it('links each heading by its id and levels them from the document’s top depth, at most four deep', () => {
    const items = tocItems([
      { depth: 2, slug: 'a', text: '一、总体要求' },
      { depth: 3, slug: 'b', text: '（一）任务' },
      { depth: 6, slug: 'c', text: '细目' },
    ]);
    expect(items).toEqual([
      { href: '#a', text: '一、总体要求', level: 1 },
      { href: '#b', text: '（一）任务', level: 2 },
      { href: '#c', text: '细目', level: 4 },
    ]);
  });
});

describe('attachments', () => {
  it('finds the attachment headings in the forms the gazette prints, naming each by number and title', () => {
    const found = attachments([
      { depth: 2, slug: 'x', text: '一、附件管理要求' },
      { depth: 2, slug: 'a1', text: '附件1 继续实施的区政府规范性文件目录' },
      { depth: 3, slug: 'a', text: '附件： 2022年槐荫区政务公开重点工作任务分解表' },
      { depth: 2, slug: 'b', text: '附件' },
    ]);
    expect(found.map((item) => [item.href, item.text])).toEqual([
      ['#a1', '附件1 继续实施的区政府规范性文件目录'],
      ['#a', '2022年槐荫区政务公开重点工作任务分解表'],
      ['#b', '附件'],
    ]);
  });
});
