import { describe, expect, it } from 'vitest';
import config from '../../astro.config.mjs';
import { bodyToMarkdown } from '../../src/converter/emit/index.ts';

interface Renderer {
  render(markdown: string): Promise<{ code: string }>;
}
interface UnifiedProcessor {
  createRenderer(shared: Record<string, unknown>): Promise<Renderer>;
}

/** A paragraph of source text as the site renders it: the converter's Markdown through the site's own processor. */
async function renderParagraph(text: string): Promise<string> {
  const processor = config.markdown?.processor as unknown as UnifiedProcessor;
  const renderer = await processor.createRenderer({ syntaxHighlight: false });
  const markdown = bodyToMarkdown([{ kind: 'paragraph', text, lead: null, line: 1 }]);
  return (await renderer.render(markdown)).code;
}

describe('source text never becomes a link', () => {
  it('keeps a web address followed by Chinese punctuation and words as text', async () => {
    const text = '网址http://www.jinan.gov.cn/col/col1/index.html，欢迎访问。';
    expect(await renderParagraph(text)).toBe(`<p>${text}</p>`);
  });

  it('keeps an address that starts with www. as text', async () => {
    expect(await renderParagraph('请登录 www.huaiyin.gov.cn，查询。')).toBe('<p>请登录 www.huaiyin.gov.cn，查询。</p>');
  });

  it('keeps an e-mail address as text, not a mailto: link', async () => {
    expect(await renderParagraph('邮箱：hyzfb@jinan.gov.cn。')).toBe('<p>邮箱：hyzfb@jinan.gov.cn。</p>');
  });

  it('keeps an address in angle brackets, and what follows it, as escaped text', async () => {
    const html = await renderParagraph('<https://evil.example><!--');
    expect(html).toBe('<p>&#x3C;https://evil.example>&#x3C;!--</p>');
  });

  it('does not link Markdown that reaches the processor unescaped either', async () => {
    const processor = config.markdown?.processor as unknown as UnifiedProcessor;
    const renderer = await processor.createRenderer({ syntaxHighlight: false });
    const html = (await renderer.render('<https://evil.example> <hyzfb@jinan.gov.cn> https://x.example')).code;
    expect(html).not.toContain('<a');
  });
});
