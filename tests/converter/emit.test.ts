import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { bodyToMarkdown, documentId } from '../../src/converter/emit/index.ts';
import { tableToHtml } from '../../src/converter/emit/table.ts';
import { remarkNoAutolinks } from '../../src/lib/no-autolinks.ts';
import type { Block } from '../../src/converter/types.ts';

/** The pipeline Astro's unified processor runs over our Markdown (CommonMark, raw HTML allowed, as there). */
const toHtml = (markdown: string) =>
  String(
    unified()
      .use(remarkParse)
      .use(remarkNoAutolinks)
      .use(remarkRehype, { allowDangerousHtml: true })
      .use(rehypeStringify, { allowDangerousHtml: true })
      .processSync(markdown),
  );

const paragraph = (text: string): Block => ({ kind: 'paragraph', text, lead: null, line: 1 });

describe('emit stage', () => {
  it('never lets source text become Markdown or HTML', () => {
    const hostile = [
      '#限额以上零售额',
      '**重点**指标',
      '1. 不是列表',
      '* 不是列表',
      '_不是强调_',
      '| 不是 | 表格 |',
      '<p>标签</p>',
      '<script>alert(1)</script>',
      '> 不是引用',
      '    不是代码',
    ];
    const html = toHtml(bodyToMarkdown(hostile.map(paragraph)));
    expect(html).not.toMatch(/<(h\d|ol|ul|li|em|strong|table|blockquote|pre|code|script)\b/);
    expect(html).toContain('&#x3C;script>alert(1)&#x3C;/script>');
    for (const text of ['#限额以上零售额', '**重点**指标', '1. 不是列表', '_不是强调_']) expect(html).toContain(text);
  });

  it('renders a run-in lead as strong text without breaking the sentence', () => {
    const html = toHtml(
      bodyToMarkdown([
        { kind: 'paragraph', text: '（一）加强组织领导。依托委员会开展工作。', lead: '（一）加强组织领导', line: 1 },
      ]),
    );
    expect(html).toBe('<p><strong>（一）加强组织领导</strong>。依托委员会开展工作。</p>');
  });

  it('renders headings at the depth the structure stage chose', () => {
    const html = toHtml(bodyToMarkdown([{ kind: 'heading', depth: 3, text: '（一）指导思想', line: 1 }]));
    expect(html).toBe('<h3>（一）指导思想</h3>');
  });

  it('emits tables with caption, scoped header cells, spans and a focusable scroll region', () => {
    const html = tableToHtml({
      caption: '主要指标',
      head: [
        [
          { text: '指标', rowSpan: 2 },
          { text: '2025年', colSpan: 2 },
        ],
        [{ text: '市' }, { text: '区' }],
      ],
      groups: [{ label: '一、健康生活', rows: [[{ text: '<b>素养</b>' }, { text: '25' }, { text: '26' }]] }],
      columnCount: 3,
      rowHeaders: true,
      line: 1,
    });
    expect(html).toBe(
      '<div class="table-scroll" role="region" aria-label="表格：主要指标" tabindex="0"><table><caption>主要指标</caption>' +
        '<thead><tr><th scope="col" rowspan="2">指标</th><th scope="colgroup" colspan="2">2025年</th></tr><tr><th scope="col">市</th><th scope="col">区</th></tr></thead>' +
        '<tbody><tr><th scope="rowgroup" colspan="3">一、健康生活</th></tr><tr><th scope="row">&#x3C;b>素养&#x3C;/b></th><td>25</td><td>26</td></tr></tbody></table></div>',
    );
  });

  it('keeps the items of an attachment list on their own lines', () => {
    expect(toHtml(bodyToMarkdown([paragraph('附件：1. 甲目录\n2. 乙名单')]))).toBe(
      '<p>附件：1. 甲目录<br>\n2. 乙名单</p>',
    );
  });

  it('identifies a document by its issue and two-digit position', () => {
    expect(documentId('2021-4', 3)).toBe('2021-4-03');
  });
});
