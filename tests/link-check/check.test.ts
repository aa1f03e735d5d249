/**
 * The link check (src/link-check/) on small sites made in memory, one kind of reference at a time,
 * and its command line on a site folder; the real builds, at the root and below /gongbao/, pass it
 * on every `npm run build` (tests/support/global-setup.ts, tests/deploy/nginx.test.ts).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkLinks, type BuiltSite } from '../../src/link-check/index.ts';

const BELOW = { site: 'https://www.example.gov.cn/gongbao/', base: '/gongbao/' };

const page = (head: string, body: string) =>
  `<!doctype html><html lang="zh-CN"><head><title>t</title>${head}</head><body>${body}</body></html>`;

/** A site below /gongbao/ that names each kind of reference the check reads, all of them sound. */
const SOUND: Record<string, string> = {
  'index.html': page(
    '<link rel="stylesheet" href="/gongbao/_astro/site.css"><link rel="manifest" href="/gongbao/manifest.webmanifest">' +
      '<link rel="canonical" href="https://www.example.gov.cn/gongbao/">' +
      '<script type="application/ld+json">{"@context":"https://schema.org","url":"https://www.example.gov.cn/gongbao/2021/4/"}</script>' +
      '<script type="module">import"/gongbao/_astro/page.js";</script>',
    '<a href="#main">跳到正文</a><main id="main"><a href="2021/4/">相对链接</a> <a href="/gongbao/2021/4/#%E9%99%84%E4%BB%B6">附件</a>' +
      ' <a href="/gongbao/search/?q=耕地">搜索</a> <a href="https://other.example/">外部网站</a>' +
      '<img src="/gongbao/icons/180.png" srcset="/gongbao/icons/180.png 1x, /gongbao/icons/512.png 2x" alt="">' +
      '<form action="/gongbao/search/"></form></main>',
  ),
  '2021/4/index.html': page('', '<h2 id="附件">附件</h2><a href="../../">首页</a>'),
  'search/index.html': page('', '<h1>搜索</h1>'),
  '_astro/site.css':
    'body { background: url(/gongbao/icons/180.png); } a { background: url("data:image/png;base64,AA"); }',
  '_astro/page.js': 'import{a}from"./shared.js";a();',
  '_astro/shared.js': 'export const a=()=>{};',
  'icons/180.png': '',
  'icons/512.png': '',
  'manifest.webmanifest': '{"start_url":"/gongbao/","icons":[{"src":"/gongbao/icons/512.png"}]}',
  'data/documents.json': '[{"id":"2021-4-01","url":"/gongbao/2021/4/"}]',
  'pagefind/result-cards.json': '{"abc":{"url":"/2021/4/","meta":{"title":"t"}}}',
  'pagefind/pagefind.js': 'export const x = "/elsewhere/";',
  'sitemap-index.xml':
    '<sitemapindex><sitemap><loc>https://www.example.gov.cn/gongbao/sitemap-0.xml</loc></sitemap></sitemapindex>',
  'sitemap-0.xml': '<urlset><url><loc>https://www.example.gov.cn/gongbao/2021/4/</loc></url></urlset>',
  'robots.txt': 'User-agent: *\nAllow: /gongbao/\n\nSitemap: https://www.example.gov.cn/gongbao/sitemap-index.xml\n',
};

function site(files: Record<string, string>): BuiltSite {
  return { files: new Set(Object.keys(files)), read: (path) => files[path]! };
}

/** SOUND with one file's text changed. */
function broken(file: string, from: string, to: string): BuiltSite {
  const text = SOUND[file]!;
  if (!text.includes(from)) throw new Error(`${file} does not contain ${from}`);
  return site({ ...SOUND, [file]: text.replace(from, to) });
}

describe('the link check', () => {
  it('passes a site whose every link, asset, JSON URL, sitemap entry and anchor resolves below its base', () => {
    expect(checkLinks(site(SOUND), BELOW)).toEqual([]);
  });

  it('passes the same files as a site at the root once their base is gone', () => {
    const atRoot = Object.fromEntries(
      Object.entries(SOUND).map(([path, text]) => [path, text.replaceAll('/gongbao/', '/')]),
    );
    expect(checkLinks(site(atRoot), { site: 'https://gazette.example.gov.cn/', base: '/' })).toEqual([]);
  });

  const cases: [string, BuiltSite, { file: string; url: string; where: string; reason: string | RegExp }][] = [
    [
      'a link to a page that was not built',
      broken('index.html', 'href="2021/4/"', 'href="2021/9/"'),
      { file: 'index.html', url: '2021/9/', where: '<a href>', reason: 'no such file in the site' },
    ],
    [
      'a root-relative link that leaves the base path',
      broken('index.html', 'href="/gongbao/search/?q', 'href="/search/?q'),
      {
        file: 'index.html',
        url: '/search/?q=耕地',
        where: '<a href>',
        reason: /outside the site's base path \/gongbao\//,
      },
    ],
    [
      'an in-page anchor without its element',
      broken('index.html', 'href="#main"', 'href="#top"'),
      { file: 'index.html', url: '#top', where: '<a href>', reason: 'no element with id “top” on index.html' },
    ],
    [
      'an anchor on another page without its element (percent-encoded)',
      broken('2021/4/index.html', 'id="附件"', 'id="附件1"'),
      {
        file: 'index.html',
        url: '/gongbao/2021/4/#%E9%99%84%E4%BB%B6',
        where: '<a href>',
        reason: 'no element with id “附件” on 2021/4/index.html',
      },
    ],
    [
      'one candidate of a srcset',
      broken('index.html', '/gongbao/icons/512.png 2x', '/gongbao/icons/1024.png 2x'),
      { file: 'index.html', url: '/gongbao/icons/1024.png', where: '<img srcset>', reason: 'no such file in the site' },
    ],
    [
      'a form that submits nowhere',
      broken('index.html', '<form action="/gongbao/search/">', '<form action="/gongbao/find/">'),
      { file: 'index.html', url: '/gongbao/find/', where: '<form action>', reason: 'no such file in the site' },
    ],
    [
      'a JSON-LD URL on the site',
      broken(
        'index.html',
        '"url":"https://www.example.gov.cn/gongbao/2021/4/"',
        '"url":"https://www.example.gov.cn/gongbao/2021/5/"',
      ),
      {
        file: 'index.html',
        url: 'https://www.example.gov.cn/gongbao/2021/5/',
        where: 'JSON-LD url',
        reason: 'no such file in the site',
      },
    ],
    [
      'a canonical URL on the site but outside its folder',
      broken('index.html', 'href="https://www.example.gov.cn/gongbao/">', 'href="https://www.example.gov.cn/">'),
      {
        file: 'index.html',
        url: 'https://www.example.gov.cn/',
        where: '<link href>',
        reason: /outside the site's base path/,
      },
    ],
    [
      'a script import',
      broken('_astro/page.js', '"./shared.js"', '"./gone.js"'),
      { file: '_astro/page.js', url: './gone.js', where: 'script import', reason: 'no such file in the site' },
    ],
    [
      'a CSS url()',
      broken('_astro/site.css', 'url(/gongbao/icons/180.png)', 'url(/gongbao/icons/32.png)'),
      { file: '_astro/site.css', url: '/gongbao/icons/32.png', where: 'CSS url()', reason: 'no such file in the site' },
    ],
    [
      'an open-data URL',
      broken('data/documents.json', '"/gongbao/2021/4/"', '"/gongbao/2021/4/01/"'),
      {
        file: 'data/documents.json',
        url: '/gongbao/2021/4/01/',
        where: 'JSON url',
        reason: 'no such file in the site',
      },
    ],
    [
      'a web manifest icon',
      broken('manifest.webmanifest', '/gongbao/icons/512.png', '/icons/512.png'),
      {
        file: 'manifest.webmanifest',
        url: '/icons/512.png',
        where: 'JSON src',
        reason: /outside the site's base path/,
      },
    ],
    [
      'a result card, whose route the search page puts below the base',
      broken('pagefind/result-cards.json', '"url":"/2021/4/"', '"url":"/gongbao/2021/4/"'),
      {
        file: 'pagefind/result-cards.json',
        url: '/gongbao/2021/4/',
        where: 'result card url',
        reason: 'no such file in the site',
      },
    ],
    [
      'a sitemap entry',
      broken('sitemap-0.xml', 'gongbao/2021/4/', 'gongbao/2021/3/'),
      {
        file: 'sitemap-0.xml',
        url: 'https://www.example.gov.cn/gongbao/2021/3/',
        where: 'sitemap <loc>',
        reason: 'no such file in the site',
      },
    ],
    [
      'the sitemap named by robots.txt',
      broken('robots.txt', 'sitemap-index.xml', 'sitemap.xml'),
      {
        file: 'robots.txt',
        url: 'https://www.example.gov.cn/gongbao/sitemap.xml',
        where: 'robots.txt Sitemap',
        reason: 'no such file in the site',
      },
    ],
  ];
  for (const [what, built, expected] of cases) {
    it(`reports ${what}, naming the file, the URL and why`, () => {
      expect(checkLinks(built, BELOW)).toEqual([{ ...expected, reason: expect.stringMatching(expected.reason) }]);
    });
  }
});

describe('node scripts/check-links.ts', () => {
  const folder = mkdtempSync(join(tmpdir(), 'gazette-links-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(folder, 'dist', path)), { recursive: true });
    writeFileSync(join(folder, 'dist', path), text);
  };
  const run = () =>
    spawnSync('node', ['scripts/check-links.ts'], {
      encoding: 'utf8',
      env: { ...process.env, GAZETTE_BUILD_DIR: folder, SITE_URL: 'https://www.example.gov.cn/gongbao/' },
    });

  it('fails on a broken link with the file, the URL, why, and a verdict for staff; passes once it is mended', () => {
    write('index.html', page('', '<a href="/gongbao/2021/">2021年</a>'));
    const failed = run();
    expect(failed.status).toBe(1);
    expect(failed.stderr).toContain('index.html: <a href> “/gongbao/2021/”: no such file in the site');
    expect(failed.stderr).toContain(
      '链接检查未通过：网站中有 1 个链接指向不存在的地址。这是网站程序的问题，不是公报文件的问题',
    );
    write('2021/index.html', page('', '<a href="/gongbao/">首页</a>'));
    const passed = run();
    expect(passed.stdout).toContain('Link check: 2 files, no broken internal link.');
    expect(passed.status).toBe(0);
  });
});
