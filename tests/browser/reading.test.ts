/**
 * Reading on a phone: keyboard path, the document's table of contents, typography, dark mode,
 * reduced motion, print, and reading without JavaScript. The reader's settings and read aloud
 * have their own files (reader-settings.test.ts, read-aloud.test.ts).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSite } from '../support/browser.ts';
import { open } from '../support/page-tools.ts';
import { PAGES, PAGE_TYPES } from '../support/pages.ts';
import { sitePath } from '../support/site.ts';

const DOCUMENT = PAGES.documentWithDeepHeadings;

const site = useSite();

async function phonePage(options: { width?: number; javaScriptEnabled?: boolean } = {}): Promise<Page> {
  const context = await site.browser.newContext({
    viewport: { width: options.width ?? 360, height: 800 },
    javaScriptEnabled: options.javaScriptEnabled ?? true,
  });
  return context.newPage();
}

/** Describes the focused element: its tag, id or class, and whether it is inside main/.toc/header. */
function focused(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement!;
    return {
      tag: element.tagName.toLowerCase(),
      id: element.id,
      className: element.className,
      text: element.textContent?.trim().slice(0, 20) ?? '',
      inMain: Boolean(element.closest('main')),
      inToc: Boolean(element.closest('.toc')),
    };
  });
}

describe('keyboard path', () => {
  it('the first Tab focuses the skip link, which moves focus to the main content', async () => {
    const page = await phonePage();
    await open(page, site.server.url + DOCUMENT.path, DOCUMENT);
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ tag: 'a', className: 'skip-link', text: '跳到正文' });
    expect(await page.evaluate(() => document.activeElement!.getBoundingClientRect().top >= 0)).toBe(true);
    await page.keyboard.press('Enter');
    expect(await focused(page)).toMatchObject({ tag: 'main', id: 'main' });
    await page.context().close();
  });

  it('after the skip link, Tab reaches the document’s table of contents before the document text', async () => {
    const page = await phonePage();
    await open(page, site.server.url + DOCUMENT.path, DOCUMENT);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const path = [];
    for (let step = 0; step < 10; step += 1) {
      await page.keyboard.press('Tab');
      const element = await focused(page);
      path.push(element);
      if (element.inToc) break;
    }
    const toc = path.at(-1)!;
    expect(toc).toMatchObject({ tag: 'summary', inToc: true });
    expect(path.every((element) => element.inMain)).toBe(true);
    // A keyboard user opens the collapsed contents with Enter and Tabs into its links.
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ tag: 'a', inToc: true });
    await page.context().close();
  });

  it('Tab from the start of the page reaches the header search input', async () => {
    const page = await phonePage();
    await open(page, site.server.url + PAGES.home.path, PAGES.home);
    const ids = [];
    for (let step = 0; step < 6; step += 1) {
      await page.keyboard.press('Tab');
      ids.push((await focused(page)).id);
      if (ids.at(-1) === 'header-search-input') break;
    }
    expect(ids).toContain('header-search-input');
    await page.keyboard.type('健康');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=/);
    expect(new URL(page.url()).searchParams.get('q')).toBe('健康');
    await page.context().close();
  });
});

describe('an address that does not exist', () => {
  it('is answered with status 404 and the Chinese 404 page, which leads home and to search', async () => {
    const page = await phonePage();
    await open(page, site.server.url + PAGES.notFound.path, PAGES.notFound);
    const links = await page.$$eval('main a', (anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
    expect(links).toEqual(expect.arrayContaining([sitePath('/'), sitePath('/search/')]));
    await page.context().close();
  });
});

describe('typography', () => {
  it('sets body text in a Simplified Chinese font stack at 18px or more with line height about 1.8 on phones', async () => {
    const page = await phonePage();
    await open(page, site.server.url + PAGES.documentWithTables.path, PAGES.documentWithTables);
    const text = await page.$eval('.document__body p', (paragraph) => {
      const style = getComputedStyle(paragraph);
      return {
        fontSize: parseFloat(style.fontSize),
        lineHeight: parseFloat(style.lineHeight),
        fontFamily: style.fontFamily,
        marginBottom: parseFloat(style.marginBottom),
      };
    });
    expect(text.fontSize).toBeGreaterThanOrEqual(18);
    expect(text.lineHeight / text.fontSize).toBeGreaterThanOrEqual(1.7);
    expect(text.lineHeight / text.fontSize).toBeLessThanOrEqual(1.9);
    expect(text.marginBottom).toBeGreaterThanOrEqual(text.fontSize * 0.8);
    expect(text.fontFamily).toMatch(/^"PingFang SC".*"Microsoft YaHei".*"Noto Sans CJK SC"/);
    await page.context().close();
  });

  it('follows the system’s dark mode and reduced-motion preferences', async () => {
    const page = await phonePage();
    await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
    await open(page, site.server.url + PAGES.documentWithTables.path, PAGES.documentWithTables);
    const dark = await page.evaluate(() => ({
      background: getComputedStyle(document.body).backgroundColor,
      scroll: getComputedStyle(document.documentElement).scrollBehavior,
    }));
    expect(dark).toEqual({ background: 'rgb(18, 18, 18)', scroll: 'auto' });
    await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
    const light = await page.evaluate(() => ({
      background: getComputedStyle(document.body).backgroundColor,
      scroll: getComputedStyle(document.documentElement).scrollBehavior,
    }));
    expect(light).toEqual({ background: 'rgb(255, 255, 255)', scroll: 'smooth' });
    await page.context().close();
  });
});

describe('the document’s table of contents', () => {
  it('is collapsed on a phone and open beside the text on a wide screen', async () => {
    const phone = await phonePage();
    await open(phone, site.server.url + DOCUMENT.path, DOCUMENT);
    expect(await phone.$eval('.toc details', (details) => (details as HTMLDetailsElement).open)).toBe(false);
    await phone.context().close();

    const wide = await phonePage({ width: 1280 });
    await open(wide, site.server.url + DOCUMENT.path, DOCUMENT);
    const layout = await wide.evaluate(() => {
      const toc = document.querySelector('.toc')!.getBoundingClientRect();
      const body = document.querySelector('.document__body')!.getBoundingClientRect();
      return {
        open: document.querySelector<HTMLDetailsElement>('.toc details')!.open,
        besideText: toc.left >= body.right,
        tocVisible: toc.top < innerHeight,
      };
    });
    expect(layout).toEqual({ open: true, besideText: true, tocVisible: true });
    await wide.context().close();
  });

  it('marks the section being read, and keeps it in view beside the text, as the reader scrolls', async () => {
    const page = await phonePage({ width: 1280 });
    await open(page, site.server.url + DOCUMENT.path, DOCUMENT);
    const marked = () =>
      page.$$eval('.toc a[aria-current="location"]', (links) => links.map((link) => link.textContent));
    expect(await marked()).toEqual([]);
    // A heading deep in the text whose section is longer than the window, scrolled to the top.
    const heading = await page.evaluate(() => {
      const headings = [...document.querySelectorAll<HTMLElement>('.document__body :is(h2, h3, h4, h5, h6)')];
      const long = headings.find(
        (element, index) =>
          index > 5 && headings[index + 1] && headings[index + 1]!.offsetTop - element.offsetTop > innerHeight,
      )!;
      long.scrollIntoView({ behavior: 'instant', block: 'start' });
      return long.textContent;
    });
    await page.waitForFunction(() => document.querySelector('.toc a[aria-current="location"]'));
    expect(await marked()).toEqual([heading]);
    const link = await page.$eval('.toc a[aria-current="location"]', (element) => {
      const box = element.getBoundingClientRect();
      const toc = element.closest('.toc')!.getBoundingClientRect();
      return box.top >= toc.top && box.bottom <= toc.bottom;
    });
    expect(link).toBe(true);
    await page.context().close();
  });

  it('links every entry to a heading of the document, and the attachments from the metadata and from the text', async () => {
    const page = await phonePage();
    await open(page, site.server.url + PAGES.documentWithTables.path, PAGES.documentWithTables);
    expect(await page.getByRole('link', { name: '附件：健康槐荫行动主要指标' }).getAttribute('href')).toBe('#附件');
    const targets = await page.$$eval('.toc a, .document-meta a[href^="#"], .document__body a[href^="#"]', (links) =>
      links.map((link) =>
        Boolean(
          document
            .getElementById(decodeURIComponent(link.getAttribute('href')!.slice(1)))
            ?.matches('h2, h3, h4, h5, h6'),
        ),
      ),
    );
    expect(targets.length).toBeGreaterThan(5);
    expect(targets.every(Boolean)).toBe(true);
    expect(await page.getByRole('link', { name: '健康槐荫行动主要指标', exact: true }).getAttribute('href')).toMatch(
      /^#/,
    );
    await page.context().close();
  });
});

describe('printing a document', () => {
  it('prints no navigation and no share buttons, and prints the 文号 and the document’s URL', async () => {
    const page = await phonePage();
    await page.emulateMedia({ media: 'print' });
    await open(page, site.server.url + PAGES.documentWithTables.path, PAGES.documentWithTables);
    const hidden = await page.$$eval(
      '.skip-link, .site-header, .breadcrumbs, .document-meta, .toc, .share, .document-nav, .site-footer',
      (elements) => elements.map((element) => getComputedStyle(element).display),
    );
    expect(hidden.length).toBe(8);
    expect(new Set(hidden)).toEqual(new Set(['none']));
    const source = await page.$eval('.print-source', (element) => ({
      display: getComputedStyle(element).display,
      text: element.textContent,
    }));
    expect(source.display).toBe('block');
    expect(source.text).toContain('济槐政字〔2021〕15号');
    expect(source.text).toMatch(/网址：https?:\/\/\S+\/2021\/4\/02\//);
    expect(await page.$eval('.document__number', (element) => getComputedStyle(element).display)).not.toBe('none');
    await page.context().close();
  });
});

describe('without JavaScript', () => {
  for (const type of PAGE_TYPES.filter((candidate) => !candidate.search)) {
    const { name, path } = type;
    it(`the ${name} page (${path}) shows its heading and content, and hides the reader settings and read aloud, which need a script`, async () => {
      const page = await phonePage({ javaScriptEnabled: false });
      await open(page, site.server.url + path, type);
      expect(await page.isVisible('main h1')).toBe(true);
      expect(await page.$eval('main', (main) => (main.textContent ?? '').trim().length)).toBeGreaterThan(20);
      expect(await page.$$eval('.reader-settings, .read-aloud', (elements) => elements.length)).toBeGreaterThan(0);
      expect(await page.isVisible('.reader-settings')).toBe(false);
      expect(await page.isVisible('.read-aloud')).toBe(false);
      await page.context().close();
    });
  }

  it('a document’s text and its collapsed table of contents can be read and opened', async () => {
    const page = await phonePage({ javaScriptEnabled: false });
    await open(page, site.server.url + DOCUMENT.path, DOCUMENT);
    expect(await page.isVisible('.document__body p')).toBe(true);
    await page.click('.toc summary');
    expect(await page.isVisible('.toc a')).toBe(true);
    await page.context().close();
  });
});
