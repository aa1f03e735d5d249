/**
 * The pages residents use to follow, share and judge the archive, in real Chromium: the coverage
 * and provenance page (关于本站) and the 订阅 page pass axe on a phone and a desktop and reflow at
 * 320px; the coverage page names the issues missing from the series; a document page gives its
 * address and citation without JavaScript and copies them with it.
 */
import { describe, expect, it } from 'vitest';
import { useSite } from '../support/browser.ts';
import { horizontalOverflow, open, runAxe } from '../support/page-tools.ts';
import { PAGES } from '../support/pages.ts';
import { absoluteUrl } from '../../src/lib/site-address.ts';
import { SITE } from '../support/site.ts';
import { atLeast } from '../support/at-least.ts';

const site = useSite();

describe('the 关于本站 and 订阅 pages', () => {
  for (const type of [PAGES.about, PAGES.feeds]) {
    for (const width of [360, 1280]) {
      it(`${type.path} has zero axe violations at ${width}px`, async () => {
        const context = await site.browser.newContext({ viewport: { width, height: 800 } });
        const page = await context.newPage();
        await open(page, site.server.url + type.path, type);
        const { violations, passes } = await runAxe(page);
        await context.close();
        expect(passes, 'axe ran its checks').toBeGreaterThan(10);
        expect(violations).toEqual([]);
      });
    }

    it(`${type.path} does not scroll sideways at 320px`, async () => {
      const context = await site.browser.newContext({ viewport: { width: 320, height: 640 } });
      const page = await context.newPage();
      await open(page, site.server.url + type.path, type);
      const overflow = await horizontalOverflow(page);
      await context.close();
      expect(overflow).toBe(0);
    });
  }
});

describe('the coverage and provenance page', () => {
  it('names the five issues missing between the first and the last held, and tells each held issue’s repairs', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await open(page, site.server.url + PAGES.about.path, PAGES.about);
    const text = (await page.textContent('main'))!.replace(/\s+/g, ' ');
    const issues = await page.$$eval('.provenance h3', (headings) =>
      headings.map((heading) => heading.textContent!.trim()),
    );
    const footerLink = await page.$eval('.site-footer a[href$="/about/"]', (link) => link.textContent);
    await context.close();
    expect(text).toContain(
      '本站现收录 5 期，从2020年第3期到2022年第4期。这期间尚未收录的有 5 期：2020年第4期、2021年第2期、2021年第3期、2022年第1期、2022年第3期。',
    );
    expect(text).toContain('以印刷版为准');
    expect(issues).toEqual(['2020年第3期', '2021年第1期', '2021年第4期', '2022年第2期', '2022年第4期']);
    // From the build report of 2021年第4期: one English word in Chinese text, in its 5th document.
    expect(text).toMatch(/中文句中夹有英文单词，可能是提取错误；原文保留/);
    expect(text).not.toMatch(/请核对 PDF|suspicious-latin-word|joined-lines/);
    expect(footerLink).toContain('关于本站');
  });
});

describe('sharing and citing a document', () => {
  const shared = PAGES.documentWithTables;
  const url = absoluteUrl(shared.path, SITE);
  const cited =
    '济南市槐荫区人民政府关于推进健康槐荫行动的实施意见（济槐政字〔2021〕15号），载《济南市槐荫区人民政府公报》2021年第4期';

  it('shows the address in a read-only field and the official citation without JavaScript, with no dead buttons', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await open(page, site.server.url + shared.path, shared, 'load');
    const field = await page.$eval('#share-url', (element) => {
      const input = element as HTMLInputElement;
      return { value: input.value, readOnly: input.readOnly, label: input.labels?.[0]?.textContent };
    });
    const citation = await page.textContent('#share-citation');
    const visibleButtons = await page.$$eval(
      '.share button',
      (buttons) => buttons.filter((button) => !(button as HTMLButtonElement).hidden).length,
    );
    await context.close();
    expect(field).toEqual({ value: url, readOnly: true, label: '本页链接' });
    expect(citation).toBe(cited);
    expect(visibleButtons).toBe(0);
  });

  it('copies the address and the citation to the clipboard with the 复制 buttons, and says so', async () => {
    const context = await site.browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site.server.url).origin });
    const page = await context.newPage();
    await open(page, site.server.url + shared.path, shared);
    const copied: { clipboard: string; status: string | null }[] = [];
    for (const name of atLeast(2, ['复制链接', '复制引用'], 'buttons')) {
      await page.$eval('[data-copy-status]', (status) => (status.textContent = ''));
      await page.getByRole('button', { name }).click();
      await page.waitForFunction(() => document.querySelector('[data-copy-status]')?.textContent !== '');
      copied.push({
        clipboard: await page.evaluate(() => navigator.clipboard.readText()),
        status: await page.textContent('[data-copy-status]'),
      });
    }
    const { violations } = await runAxe(page);
    await context.close();
    expect(copied).toEqual([
      { clipboard: url, status: '链接已复制' },
      { clipboard: cited, status: '引用格式已复制' },
    ]);
    expect(violations).toEqual([]);
  });
});
