/**
 * Citations linked in the text: a synthetic pair of documents (the five archived issues cite no
 * archived document yet), resolved as build-content resolves them and rendered by Astro's Markdown
 * pipeline with the site's plugins, as the build renders every document.
 */
import { createMarkdownProcessor, type RehypePlugins } from '@astrojs/markdown-remark';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { describe, expect, it } from 'vitest';
import config from '../../astro.config.mjs';
import { citationsByDocument } from '../../src/data/citations.ts';
import { rehypeCitationLinks } from '../../src/lib/citation-links.ts';
import { syntheticSource } from '../support/synthetic-source.ts';

const CITED = syntheticSource(
  '2021-1-03',
  '济南市槐荫区人民政府关于甲的通知',
  '济槐政发〔2020〕3号',
  '各街道办事处：\n\n现将有关事项通知如下。\n',
);
const CITING = syntheticSource(
  '2021-4-07',
  '关于乙的通知',
  null,
  [
    '根据《济南市槐荫区人民政府关于甲的通知》（济槐政发 〔2020〕 3号）和《中华人民共和国丙法》，参照济发〔2020〕6号执行。',
    '',
    '- 继续执行济槐政发〔2020〕3号。',
    '',
    '<table><tr><th>文号</th><th>标题</th></tr><tr><td>济槐政发〔2020〕3号</td><td>关于甲的通知</td></tr><tr><td>济发〔2020〕6号</td><td>丁</td></tr></table>',
    '',
  ].join('\n'),
);
const FRONT_MATTER = {
  title: CITING.title,
  docNumber: null,
  citations: citationsByDocument([CITED, CITING]).get(CITING.id),
};

async function render(rehypePlugins: RehypePlugins, frontmatter: Record<string, unknown> = FRONT_MATTER) {
  const processor = await createMarkdownProcessor({
    gfm: true,
    smartypants: false,
    syntaxHighlight: false,
    rehypePlugins,
  });
  return fromHtml((await processor.render(CITING.body, { frontmatter })).code, { fragment: true });
}

describe('citations linked in the text', () => {
  it('links each citation of an archived document — in a paragraph, a list and a table — to it, under the base', async () => {
    const links = selectAll('a.citation', await render([[rehypeCitationLinks, { base: '/gongbao/' }]]));
    expect(links.map((link) => [toText(link), link.properties.href])).toEqual([
      ['《济南市槐荫区人民政府关于甲的通知》', '/gongbao/2021/1/03/'],
      ['济槐政发 〔2020〕 3号', '/gongbao/2021/1/03/'],
      ['济槐政发〔2020〕3号', '/gongbao/2021/1/03/'],
      ['济槐政发〔2020〕3号', '/gongbao/2021/1/03/'],
    ]);
  });

  it('never changes the wording: the text reads the same with and without the links', async () => {
    const linked = await render([[rehypeCitationLinks, { base: '/' }]]);
    expect(selectAll('a.citation', linked)).toHaveLength(4);
    expect(toText(linked)).toBe(toText(await render([])));
  });

  it('links nothing in a document whose citations are not archived, or that cites nothing', async () => {
    const unresolved = { ...FRONT_MATTER, citations: citationsByDocument([CITING]).get(CITING.id) };
    expect(unresolved.citations!.length).toBeGreaterThan(0);
    expect(selectAll('a', await render([[rehypeCitationLinks, { base: '/' }]], unresolved))).toEqual([]);
    expect(selectAll('a', await render([[rehypeCitationLinks, { base: '/' }]], { title: CITING.title }))).toEqual([]);
  });

  it('is one of the site’s Markdown plugins (astro.config.mjs), which renders the links', async () => {
    const renderer = await config.markdown!.processor!.createRenderer({ syntaxHighlight: false });
    const { code } = await renderer.render(CITING.body, { frontmatter: FRONT_MATTER });
    expect(selectAll('a.citation', fromHtml(code, { fragment: true }))).toHaveLength(4);
  });
});
