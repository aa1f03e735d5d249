/**
 * The 无障碍说明 page and the site-wide promises it makes that no other test file holds: every
 * page links to it; it names every reader setting and speed the site offers; the header and
 * footer are the same on every page; controls are named in Chinese; no page shows images of
 * text, loads anything from another site (no ads, no plug-ins) or opens a pop-up.
 */
import { describe, expect, it } from 'vitest';
import { RATES } from '../../src/lib/read-aloud.ts';
import { SETTINGS } from '../../src/lib/reader-settings.ts';
import { atLeast } from '../support/at-least.ts';
import { useSite } from '../support/browser.ts';
import { open } from '../support/page-tools.ts';
import { PAGES, PAGE_TYPES } from '../support/pages.ts';
import { sitePath } from '../support/site.ts';

const site = useSite();

describe('the 无障碍说明 page', () => {
  it('is linked from the footer of every page type', async () => {
    const page = await site.browser.newPage();
    for (const type of atLeast(8, PAGE_TYPES, 'page types')) {
      await open(page, site.server.url + type.path, type);
      expect(await page.locator('.site-footer').getByRole('link', { name: '无障碍说明' }).getAttribute('href')).toBe(
        sitePath('/accessibility/'),
      );
    }
    await page.close();
  });

  it('names every reader setting with its choices, and read aloud with its speeds, as the site offers them', async () => {
    const page = await site.browser.newPage();
    await open(page, site.server.url + PAGES.accessibility.path, PAGES.accessibility);
    const text = await page.$eval('main', (main) => main.textContent!.replace(/\s+/g, ''));
    for (const { label, options } of SETTINGS) {
      expect(text).toContain(label);
      for (const [, option] of options) expect(text).toContain(option);
    }
    for (const [, label] of RATES) expect(text).toContain(`“${label}”`);
    for (const words of ['阅读设置', '朗读', '暂停', '继续', '停止', '语速', '跳到正文', '大字模式'])
      expect(text).toContain(words);
    await page.close();
  });
});

describe('on every page type', () => {
  it('the header and footer offer the same controls and links, in the same order (consistent navigation; the search page has its own search box instead of the header’s)', async () => {
    const page = await site.browser.newPage();
    const frames = new Set<string>();
    for (const type of PAGE_TYPES) {
      await open(page, site.server.url + type.path, type);
      frames.add(
        await page.$$eval(
          '.site-header :is(a, summary, input, button):not(.header-search *), .site-footer a',
          (elements) =>
            elements
              .map(
                (element) => `${element.tagName} ${element.getAttribute('href') ?? ''} ${element.textContent!.trim()}`,
              )
              .join('\n'),
        ),
      );
    }
    expect(frames.size).toBe(1);
    // The header search is on every page but the search page.
    await open(page, site.server.url + PAGES.home.path, PAGES.home);
    expect(await page.locator('.site-header .header-search').count()).toBe(1);
    await page.close();
  });

  it('every control and link is named in Chinese, and no image of text is shown', async () => {
    const page = await site.browser.newPage();
    for (const type of PAGE_TYPES) {
      await open(page, site.server.url + type.path, type);
      const names = await page.$$eval('a, button, summary, input, select, label', (elements) =>
        elements
          .filter((element) => (element as HTMLElement).offsetParent !== null)
          .map(
            (element) =>
              element.getAttribute('aria-label') ??
              ((element as HTMLInputElement).labels?.[0]?.textContent ?? element.textContent!).trim(),
          ),
      );
      for (const name of atLeast(5, names, `visible controls on ${type.path}`)) expect(name).toMatch(/\p{Script=Han}/u);
      expect(await page.$$eval('img, picture, canvas, object, embed, iframe', (elements) => elements.length)).toBe(0);
    }
    await page.close();
  });

  it('nothing is loaded from another site and nothing pops up: no ads, no plug-ins, no dialogs', async () => {
    const page = await site.browser.newPage();
    const origin = new URL(site.server.url).origin;
    const foreign: string[] = [];
    const popups: string[] = [];
    let requests = 0;
    page.on('request', (request) => {
      requests += 1;
      if (!request.url().startsWith(origin) && !request.url().startsWith('data:')) foreign.push(request.url());
    });
    page.on('dialog', (dialog) => void popups.push(`${dialog.type()}: ${dialog.message()}`));
    page.on('popup', (popup) => void popups.push(popup.url()));
    for (const type of PAGE_TYPES) await open(page, site.server.url + type.path, type);
    expect(requests).toBeGreaterThan(PAGE_TYPES.length);
    expect({ foreign, popups }).toEqual({ foreign: [], popups: [] });
    await page.close();
  });
});
