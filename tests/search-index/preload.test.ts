import { describe, expect, it } from 'vitest';
import { withIndexPreloads } from '../../src/search-index/preload.ts';

const page = '<!doctype html><html><head><title>搜索</title></head><body></body></html>';

describe('the search page’s preloads of the index files', () => {
  it('lists the entry file with the cache tag Pagefind will ask for, and the metadata, inside <head>', () => {
    const html = withIndexPreloads(page, '/', 'zh-cn_abc123');
    const head = html.slice(0, html.indexOf('</head>'));
    expect(head).toContain(
      '<link rel="preload" href="/pagefind/pagefind-entry.json?ts=zh-cn_abc123" as="fetch" crossorigin="anonymous" data-meta-cache-tag="zh-cn_abc123">',
    );
    expect(head).toContain(
      '<link rel="preload" href="/pagefind/pagefind.zh-cn_abc123.pf_meta" as="fetch" crossorigin="anonymous">',
    );
  });

  it('puts them below the base path of a site in a folder', () => {
    expect(withIndexPreloads(page, '/gongbao/', 'zh-cn_abc123')).toContain(
      'href="/gongbao/pagefind/pagefind.zh-cn_abc123.pf_meta"',
    );
  });

  it('refuses a hash that could break out of the attribute, and a page without <head>', () => {
    expect(() => withIndexPreloads(page, '/', 'x" onload="alert(1)')).toThrow('Unexpected Pagefind metadata hash');
    expect(() => withIndexPreloads('<p>no head</p>', '/', 'zh-cn_abc')).toThrow('no </head>');
  });
});
