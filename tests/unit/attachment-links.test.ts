import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { rehypeAttachmentLinks } from '../../src/lib/attachment-links.ts';

function render(markdown: string): string {
  return String(
    unified().use(remarkParse).use(remarkRehype).use(rehypeAttachmentLinks).use(rehypeStringify).processSync(markdown),
  );
}

describe('rehypeAttachmentLinks', () => {
  it('links an announced attachment to its heading, which gets a short id', () => {
    const html = render('现印发给你们。\n\n附件：健康槐荫行动主要指标\n\n## 附件 健康槐荫行动主要指标\n');
    expect(html).toContain('<p><a href="#附件">附件：健康槐荫行动主要指标</a></p>');
    expect(html).toContain('<h2 id="附件">附件 健康槐荫行动主要指标</h2>');
  });

  it('does not mistake a title that starts with a year for a numbered attachment', () => {
    const html = render('附件：2022年工作任务分解表\n\n### 附件： 2022年工作任务分解表\n');
    expect(html).toContain('<p><a href="#附件">附件：2022年工作任务分解表</a></p>');
  });

  it('links numbered attachments announced in a list and in the paragraph after it', () => {
    const html = render(
      '- 附件：1. 继续实施的目录\n\n2\\. 废止的目录\n\n## 附件1 继续实施的目录\n\n## 附件2 废止的目录\n',
    );
    expect(html).toContain('<li><a href="#附件1">附件：1. 继续实施的目录</a></li>');
    expect(html).toContain('<p><a href="#附件2">2. 废止的目录</a></p>');
    expect(html).toContain('<h2 id="附件2">');
  });

  it('links each announcement to the next heading of that title when a document encloses two with the same numbering', () => {
    const html = render('附件：甲名单\n\n### 附件1 甲名单\n\n附件：甲名单\n\n### 附件1 甲名单\n');
    expect(html.match(/href="#[^"]+"/g)).toEqual(['href="#附件1"', 'href="#附件1-2"']);
    expect(html).toContain('<h3 id="附件1-2">');
  });

  it('leaves text that merely mentions an attachment, and documents without attachments, as they are', () => {
    expect(render('名单见附件1。\n\n## 附件1 名单\n')).toContain('<p>名单见附件1。</p>');
    expect(render('附件：名单\n\n## 一、总体要求\n')).toBe('<p>附件：名单</p>\n<h2>一、总体要求</h2>');
  });
});
