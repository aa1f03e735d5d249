/**
 * The search page and the highlight on document pages, in Chromium against the built site:
 * what residents see and can do, including with the back button and without JavaScript.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite } from '../support/browser.ts';
import { open } from '../support/page-tools.ts';
import { PAGES, SEARCHED_DOCUMENT } from '../support/pages.ts';
import { ARCHIVE_SIZE, builtDocuments, readDist, routeOfPath, sitePath } from '../support/site.ts';
import { atLeast } from '../support/at-least.ts';
import { detailsShown, openSearch, resultUrls, settled, statusText } from './support.ts';
import { PAGE_SIZE } from '../../src/lib/search/config.ts';

const site = useSite();
let page: Page;
const documents = builtDocuments();

async function freshPage(): Promise<Page> {
  await page?.close();
  page = await site.browser.newPage({ viewport: { width: 390, height: 844 } });
  return page;
}

describe('the Pagefind index', () => {
  it('indexes every document page and nothing else, in one zh-cn index', () => {
    const entry = JSON.parse(readDist('pagefind/pagefind-entry.json')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(Object.keys(entry.languages)).toEqual(['zh-cn']);
    expect(entry.languages['zh-cn']!.page_count).toBe(documents.length);
  });

  it('keeps navigation, breadcrumbs, the table of contents and the search data out of the indexed text', () => {
    const html = readDist('2021/4/02/index.html');
    for (const marker of [
      'class="breadcrumbs"',
      'class="toc"',
      'class="site-header"',
      'class="document-nav"',
      'class="search-highlight"',
    ]) {
      const tag = html.slice(html.indexOf(marker) - 200, html.indexOf(marker) + 200);
      expect(html.indexOf(marker), marker).toBeGreaterThan(0);
      expect(tag, marker).toMatch(/data-pagefind-ignore/);
    }
    const body = html.slice(html.indexOf('data-pagefind-body'));
    expect(body).not.toMatch(/data-pagefind-(filter|meta|sort)=/);
  });

  it('gives every document its year, issue and 文种 filters, and every 文号 as a filter value', async () => {
    const search = await freshPage();
    await open(search, site.server.url + PAGES.search.path, PAGES.search);
    // A string, so that Vitest does not rewrite the browser's import() into its own loader.
    const filters = (await search.evaluate(
      `import('${sitePath('/pagefind/pagefind.js')}').then((pagefind) => pagefind.filters())`,
    )) as Record<string, Record<string, number>>;
    const total = (name: string) => Object.values(filters[name] ?? {}).reduce((sum, count) => sum + count, 0);
    expect(total('year')).toBe(documents.length);
    expect(total('issue')).toBe(documents.length);
    expect(total('type')).toBe(documents.length);
    expect(Object.keys(filters.docNumber ?? {}).sort()).toEqual(
      documents.flatMap((document) => (document.docNumber ? [document.docNumber] : [])).sort(),
    );
  });
});

describe('the search page', () => {
  it('is Chinese, has a labelled search box and a submit button', async () => {
    const search = await freshPage();
    await open(search, site.server.url + PAGES.search.path, PAGES.search);
    expect(await search.getAttribute('html', 'lang')).toBe('zh-CN');
    expect(await search.textContent('label[for="search-input"]')).toBe('搜索公报');
    expect(await search.isVisible('#search-form button[type="submit"]')).toBe(true);
  });

  it('has one search box: the header leaves its own out', async () => {
    const search = await freshPage();
    await open(search, site.server.url + PAGES.search.path, PAGES.search);
    expect(await search.locator('input[type="search"]').count()).toBe(1);
    expect(await search.locator('form[role="search"]').count()).toBe(1);
  });

  it('shows the search box and, on the first screen of a phone, the start of the third result', async () => {
    const search = await freshPage();
    await openSearch(search, site.server.url, { q: '健康' });
    const boxBottom = await search.$eval('#search-input', (input) => input.getBoundingClientRect().bottom);
    const tops = await search.$$eval('#search-results > li', (items) =>
      items.slice(0, 3).map((item) => item.getBoundingClientRect().top),
    );
    expect(boxBottom).toBeGreaterThan(0);
    expect(boxBottom).toBeLessThan(844);
    expect(tops).toHaveLength(3);
    expect(tops[2]).toBeLessThan(844 - 60);
  });

  it('does not move what a phone shows when results and excerpts arrive (layout shift under 0.05)', async () => {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 844 } });
    await context.addInitScript(() => {
      const shifts: number[] = [];
      (window as unknown as { shifts: number[] }).shifts = shifts;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
          if (!entry.hadRecentInput) shifts.push(entry.value);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const search = await context.newPage();
    await openSearch(search, site.server.url, { q: '地区生产总值' });
    await detailsShown(search);
    const shifts = await search.evaluate(() => (window as unknown as { shifts: number[] }).shifts);
    await context.close();
    // The layout shifts at all (results arrive), so the observer is seen working; they add up to little.
    expect(shifts.reduce((sum, value) => sum + value, 0)).toBeLessThan(0.05);
  });

  it('fetches what every search needs with the page, and each index file only once', async () => {
    const search = await freshPage();
    const requested: string[] = [];
    search.on('request', (request) => requested.push(new URL(request.url()).pathname + new URL(request.url()).search));
    await openSearch(search, site.server.url, { q: '健康' });
    const preloads = await search.$$eval('link[rel="preload"], link[rel="modulepreload"]', (links) =>
      links.map((link) => new URL((link as HTMLLinkElement).href).pathname),
    );
    expect(preloads.map(routeOfPath)).toEqual(
      expect.arrayContaining([
        '/pagefind/pagefind.js',
        '/pagefind/wasm.unknown.pagefind',
        '/pagefind/result-cards.json',
        '/pagefind/pagefind-entry.json',
        expect.stringMatching(/^\/pagefind\/pagefind\.zh-cn_\w+\.pf_meta$/) as unknown as string,
      ]),
    );
    const pagefindFiles = requested.filter((path) => path.includes('/pagefind/'));
    expect(pagefindFiles.length).toBeGreaterThan(5);
    expect(pagefindFiles).toEqual([...new Set(pagefindFiles)]);
  });

  it('announces the number of results in a polite status region', async () => {
    const search = await freshPage();
    await openSearch(search, site.server.url, { q: '耕地保护' });
    expect(await search.getAttribute('#search-status', 'role')).toBe('status');
    expect(await search.getAttribute('#search-status', 'aria-live')).toBe('polite');
    const count = (await resultUrls(search)).length;
    expect(await statusText(search)).toContain(`找到 ${count} 篇文件`);
  });

  it('shows each result in an ordered list with title, issue, 文号, date and a highlighted excerpt', async () => {
    const search = await freshPage();
    await openSearch(search, site.server.url, { q: '耕地保护' });
    await detailsShown(search);
    const first = await search.$eval('#search-results > li:first-child', (item) => ({
      list: item.parentElement!.tagName,
      title: item.querySelector('h2 a')!.textContent,
      href: item.querySelector('h2 a')!.getAttribute('href'),
      meta: item.querySelector('.search-result__meta')!.textContent,
      marks: [...item.querySelectorAll('.search-result__excerpt mark')].map((mark) => mark.textContent),
      excerptChildren: [...item.querySelector('.search-result__excerpt')!.children].map((child) => child.tagName),
    }));
    expect(first.list).toBe('OL');
    expect(first.title).toBe('济南市槐荫区人民政府关于印发槐荫区耕地保护激励办法的通知');
    expect(first.href).toBe(`${sitePath('/2022/4/03/')}?highlight=${encodeURIComponent('耕地保护')}`);
    expect(first.meta).toContain('2022年第4期');
    expect(first.meta).toContain('济槐政字〔2022〕13号');
    expect(first.meta).toContain('2022年10月12日');
    expect(first.marks.length).toBeGreaterThan(0);
    expect(new Set(first.excerptChildren)).toEqual(new Set(['MARK']));
  });

  it('lists every result at once and loads a result’s excerpt only when it comes near the screen', async () => {
    const search = await freshPage();
    const fragments: string[] = [];
    search.on('request', (request) => {
      if (request.url().endsWith('.pf_fragment')) fragments.push(request.url());
    });
    await openSearch(search, site.server.url, { q: '发展' });
    await detailsShown(search);
    await search.waitForLoadState('networkidle');
    const items = await search.$$eval('#search-results > li', (list) =>
      list.map((item) => ({
        title: item.querySelector('h2 a')?.textContent ?? '',
        meta: item.querySelector('.search-result__meta')?.textContent ?? '',
        details: (item as HTMLElement).dataset.details,
      })),
    );
    expect(items).toHaveLength(PAGE_SIZE);
    for (const item of items) {
      expect(item.title.length).toBeGreaterThan(0);
      expect(item.meta).toMatch(/\d{4}年第\d期/);
    }
    const pending = items.filter((item) => item.details === 'pending').length;
    expect(pending).toBeGreaterThan(0);
    expect(fragments).toHaveLength(PAGE_SIZE - pending);

    await search.locator(`#search-results > li:nth-child(${PAGE_SIZE})`).scrollIntoViewIfNeeded();
    await detailsShown(search, PAGE_SIZE);
    expect(
      await search.$$eval(
        `#search-results > li:nth-child(${PAGE_SIZE}) .search-result__excerpt mark`,
        (marks) => marks.length,
      ),
    ).toBeGreaterThan(0);
    expect(fragments.length).toBeGreaterThan(PAGE_SIZE - pending);
  });

  it('lists results from their documents when the result cards cannot be loaded', async () => {
    const search = await freshPage();
    await search.route('**/pagefind/result-cards.json', (route) => route.abort());
    await openSearch(search, site.server.url, { q: '耕地保护' });
    expect((await resultUrls(search))[0]).toBe('/2022/4/03/');
    expect(
      await search.$eval('#search-results > li:first-child', (item) => (item as HTMLElement).dataset.details),
    ).toBe('loaded');
    expect(
      await search.$$eval('#search-results > li:first-child .search-result__excerpt mark', (marks) => marks.length),
    ).toBeGreaterThan(0);
  });

  it('keeps a result listed, without room for an excerpt, when its excerpt cannot be loaded', async () => {
    const search = await freshPage();
    await search.route('**/*.pf_fragment', (route) => route.abort());
    await openSearch(search, site.server.url, { q: '耕地保护' });
    expect((await resultUrls(search))[0]).toBe('/2022/4/03/');
    await search.waitForFunction(() => {
      const first = document.querySelector<HTMLElement>('#search-results > li:first-child');
      return first !== null && first.dataset.details === undefined;
    });
    expect(await search.$$('#search-results > li:first-child .search-result__excerpt')).toHaveLength(0);
  });

  it('links matching sections of long documents to their headings', async () => {
    const search = await freshPage();
    await openSearch(search, site.server.url, { q: '控烟' });
    await detailsShown(search);
    const links = await search.$$eval('#search-results > li:first-child .search-result__sections a', (anchors) =>
      anchors.map((anchor) => anchor.getAttribute('href')!),
    );
    expect(links.length).toBeGreaterThan(0);
    const [path, hash] = links[0]!.split('#');
    const target = readDist(`${routeOfPath(new URL(path!, 'http://x').pathname).slice(1)}index.html`);
    expect(target).toContain(`id="${decodeURIComponent(hash!)}"`);
  });

  it('puts the query in the URL and brings the previous search back with the back button', async () => {
    const search = await freshPage();
    await openSearch(search, site.server.url, { q: '耕地保护' });
    const first = await resultUrls(search);
    await search.fill('#search-input', '金宪美');
    await search.click('#search-form button[type="submit"]');
    await settled(search, 'results', '金宪美');
    expect(new URL(search.url()).searchParams.get('q')).toBe('金宪美');
    expect(await resultUrls(search)).toEqual(['/2021/4/09/']);
    await search.goBack();
    await settled(search, 'results', '耕地保护');
    expect(await search.inputValue('#search-input')).toBe('耕地保护');
    expect(await resultUrls(search)).toEqual(first);
  });

  it('filters by year with counts, keeps the filter in the URL and restores it from a link', async () => {
    const search = await freshPage();
    await openSearch(search, site.server.url, { q: '应急预案' });
    const options = await search.$$eval('#search-filter-year option', (items) => items.map((item) => item.textContent));
    expect(options.some((text) => /^2022年（\d+）$/.test(text ?? ''))).toBe(true);
    await search.click('#search-filters summary');
    await search.selectOption('#search-filter-year', '2022');
    await search.waitForFunction(() => new URL(location.href).searchParams.get('year') === '2022');
    await search.waitForFunction(() => document.getElementById('search-status')?.textContent?.includes('年份：2022'));
    await settled(search, 'results', '应急预案');
    const urls = await resultUrls(search);
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.every((url) => url.startsWith('/2022/'))).toBe(true);

    const linked = await freshPage();
    await openSearch(linked, site.server.url, { q: '应急预案', year: '2022', type: '通知' });
    expect(await linked.inputValue('#search-filter-year')).toBe('2022');
    expect(await linked.inputValue('#search-filter-type')).toBe('通知');
    expect(await resultUrls(linked)).toEqual(
      urls.filter((url) => documents.find((document) => routeOfPath(document.url) === url)?.type === '通知'),
    );
  });

  it('lists documents by filter alone, newest first, when the query is empty', async () => {
    const search = await freshPage();
    await openSearch(search, site.server.url, { section: '人事任免' });
    const expected = documents.filter((document) => document.section === '人事任免');
    const newestFirst = documents
      .filter((document) => document.section === '人事任免')
      .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''))
      .map((document) => routeOfPath(document.url));
    expect(await resultUrls(search)).toEqual(newestFirst.slice(0, PAGE_SIZE));
    expect(await statusText(search)).toContain(`找到 ${expected.length} 篇文件`);
  });

  it('puts the document first, marked as an exact 文号 match, for a 文号 in another bracket style', async () => {
    const search = await freshPage();
    await openSearch(search, site.server.url, { q: '济槐政字(2021)15号' });
    expect((await resultUrls(search))[0]).toBe('/2021/4/02/');
    expect(await search.textContent('#search-results > li:first-child .search-result__badge')).toBe('文号完全匹配');
    expect(await statusText(search)).toContain('济槐政字〔2021〕15号');
  });

  it('finds a 文号 typed without 济 and without brackets', async () => {
    const search = await freshPage();
    await openSearch(search, site.server.url, { q: '槐政字2021 15号' });
    expect(await resultUrls(search)).toEqual(['/2021/4/02/']);
  });

  it('says a 文号 is not in the archive and offers the nearest of its series, instead of look-alike results', async () => {
    const search = await freshPage();
    await openSearch(search, site.server.url, { q: '济槐政字〔2023〕1号' }, 'no results');
    expect(await statusText(search)).toContain('没有文号为“济槐政字〔2023〕1号”的文件');
    expect(await search.isVisible('#search-missing-number')).toBe(true);
    const nearest = await search.$$eval('#search-nearest-numbers a', (links) => links.map((link) => link.textContent));
    expect(nearest.length).toBeGreaterThan(0);
    for (const docNumber of nearest) expect(docNumber).toMatch(/^济槐政字〔\d{4}〕\d+号$/);
    expect(await search.isVisible('#search-understood-intro')).toBe(false);
  });

  it('sets apart results that contain the words only in pieces, and shows them on request', async () => {
    const search = await freshPage();
    await openSearch(search, site.server.url, { q: '金宪美' });
    expect(await resultUrls(search)).toEqual(['/2021/4/09/']);
    expect(await statusText(search)).toMatch(/另有 \d+ 篇只包含其中的部分字词/);
    await search.click('#search-more');
    await search.waitForFunction(() => document.querySelectorAll('#search-results > li').length > 1);
    expect((await resultUrls(search))[0]).toBe('/2021/4/09/');
  });

  it('warns that results may hold a word only in pieces when no page has it as written', async () => {
    const search = await freshPage();
    await openSearch(search, site.server.url, { q: '比特币' });
    expect(await statusText(search)).toContain('可能只包含其中的部分字词');
  });

  it('explains how a query without results was understood and offers shorter terms and browsing', async () => {
    const search = await freshPage();
    await openSearch(search, site.server.url, { q: '鲸鱼熊猫' }, 'no results');
    expect(await search.isVisible('#search-empty')).toBe(true);
    expect(await search.textContent('#search-understood')).toBe('鲸鱼 / 熊猫');
    const suggestions = await search.$$eval('#search-suggestions a', (links) => links.map((link) => link.textContent));
    expect(suggestions).toEqual(['鲸鱼', '熊猫']);
    expect(await search.getAttribute(`#search-empty a[href="${sitePath('/')}"]`, 'href')).toBe(sitePath('/'));
  });

  it('without JavaScript, says that search needs it and links to every year and issue', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const noScript = await context.newPage();
    await open(noScript, `${site.server.url}/search/?q=${encodeURIComponent('耕地保护')}`, {
      heading: PAGES.search.heading,
    });
    const text = await noScript.textContent('main');
    expect(text).toContain('搜索需要启用 JavaScript');
    // The state the HTML starts in, which no test takes for a finished search.
    expect(await noScript.getAttribute('#search-results', 'data-state')).toBe('loading');
    const links = await noScript.$$eval('main a', (anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
    const issues = new Set(documents.map((document) => sitePath(`/${document.issue.replace('-', '/')}/`)));
    for (const issue of atLeast(ARCHIVE_SIZE.issues, issues, 'issues')) expect(links).toContain(issue);
    await context.close();
  });
});

describe('arriving on a document from a search', () => {
  it('highlights the searched terms, says how many, and can remove the highlighting', async () => {
    const doc = await freshPage();
    await open(
      doc,
      `${site.server.url}${SEARCHED_DOCUMENT.path}?highlight=${encodeURIComponent('耕地保护')}`,
      SEARCHED_DOCUMENT,
    );
    await doc.waitForSelector('#search-highlight:not([hidden])');
    const marks = await doc.$$eval('mark.search-hit', (items) => items.map((item) => item.textContent));
    expect(marks.length).toBeGreaterThan(1);
    expect(new Set(marks)).toEqual(new Set(['耕地保护']));
    expect(await doc.textContent('#search-highlight')).toContain(`共 ${marks.length} 处`);
    expect(await doc.getAttribute('#search-highlight-first', 'href')).toBe('#search-hit-1');
    expect(await doc.$('#search-hit-1')).not.toBeNull();
    await doc.click('#search-highlight-clear');
    expect(await doc.$$('mark.search-hit')).toHaveLength(0);
    expect(await doc.isVisible('#search-highlight')).toBe(false);
    expect(new URL(doc.url()).searchParams.has('highlight')).toBe(false);
  });

  it('leaves the page unchanged without the parameter or without JavaScript', async () => {
    const doc = await freshPage();
    await open(doc, site.server.url + SEARCHED_DOCUMENT.path, SEARCHED_DOCUMENT);
    expect(await doc.isVisible('#search-highlight')).toBe(false);
    expect(await doc.$$('mark')).toHaveLength(0);
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const noScript = await context.newPage();
    await open(
      noScript,
      `${site.server.url}${SEARCHED_DOCUMENT.path}?highlight=${encodeURIComponent('耕地保护')}`,
      SEARCHED_DOCUMENT,
    );
    expect(await noScript.isVisible('#search-highlight')).toBe(false);
    expect(await noScript.textContent('h1')).toContain('耕地保护激励办法');
    await context.close();
  });
});
