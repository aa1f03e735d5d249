/**
 * The reader's settings (阅读设置, src/lib/reader-settings.ts) in real Chromium: the panel by
 * keyboard, the computed styles at each step of each setting, the themes under either system
 * scheme, the pointer and focus ring, remembering choices across pages with no flash, and the
 * former 大字模式's stored choice. Axe and reflow in every combination are in accessibility.test.ts
 * and reflow.test.ts.
 */
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { HEAD_SCRIPT } from '../../src/lib/reader-settings-head.ts';
import { LEGACY_READING_MODE_KEY, SETTINGS, SETTINGS_KEY } from '../../src/lib/reader-settings.ts';
import { useSite } from '../support/browser.ts';
import { open, optionsOf, runAxe, shownSettings, useSettings } from '../support/page-tools.ts';
import { PAGES, PAGE_TYPES } from '../support/pages.ts';

const site = useSite();
const DOCUMENT = PAGES.documentWithTables;

async function newPage(options: BrowserContextOptions = {}): Promise<Page> {
  const context = await site.browser.newContext({ viewport: { width: 360, height: 800 }, ...options });
  return context.newPage();
}

const labelOf = (name: string, value: string) => {
  const setting = SETTINGS.find((candidate) => candidate.name === name)!;
  return { legend: setting.label, label: setting.options.find(([option]) => option === value)![1] };
};

/** Chooses a setting as a reader does: opens the panel if it is closed and checks the option's radio. */
async function choose(page: Page, name: string, value: string): Promise<void> {
  const { legend, label } = labelOf(name, value);
  if (!(await page.$eval('.reader-settings', (details) => (details as HTMLDetailsElement).open)))
    await page.getByText('阅读设置', { exact: true }).click();
  await page.getByRole('group', { name: legend }).getByRole('radio', { name: label, exact: true }).check();
}

/** The computed typography of the document's paragraphs: sizes, line height and the gap between two of them. */
function paragraphs(page: Page) {
  return page.evaluate(() => {
    const [first, second] = [...document.querySelectorAll<HTMLElement>('.document__body > p')].filter(
      (paragraph, index, all) => all[index + 1] === paragraph.nextElementSibling,
    );
    const style = getComputedStyle(first!);
    return {
      root: parseFloat(getComputedStyle(document.documentElement).fontSize),
      fontSize: parseFloat(style.fontSize),
      lineHeight: parseFloat(style.lineHeight),
      gap: second!.getBoundingClientRect().top - first!.getBoundingClientRect().bottom,
      h1: parseFloat(getComputedStyle(document.querySelector('h1')!).fontSize),
      button: document.querySelector<HTMLElement>('.header-search button')!.getBoundingClientRect().height,
    };
  });
}

describe('the reader settings panel', () => {
  it('is a disclosure in the header that the keyboard opens, with a radio group labelled in Chinese for every setting', async () => {
    const page = await newPage();
    await open(page, site.server.url + DOCUMENT.path, DOCUMENT);
    const path: string[] = [];
    for (let step = 0; step < 4 && path.at(-1) !== '阅读设置'; step += 1) {
      await page.keyboard.press('Tab');
      path.push(await page.evaluate(() => document.activeElement!.textContent!.trim()));
    }
    // The skip link, the gazette's name (its emblem 公 included), then the settings.
    expect(path).toEqual(['跳到正文', '公济南市槐荫区人民政府公报', '阅读设置']);
    await page.keyboard.press('Enter');
    for (const { label, options } of SETTINGS) {
      const group = page.getByRole('group', { name: label });
      const radios = group.getByRole('radio');
      expect(await radios.count()).toBe(options.length);
      for (const [index, [, text]] of options.entries())
        expect(await group.getByRole('radio', { name: text, exact: true }).isChecked()).toBe(index === 0);
    }
    // Tab enters the first group on its checked radio; an arrow key chooses the next size at once.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe('normal');
    await page.keyboard.press('ArrowRight');
    expect(await shownSettings(page)).toEqual({ size: 'large' });
    // Choosing changes the page's look, not its context: focus stays on the choice.
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe('large');
    const { violations, passes } = await runAxe(page);
    expect(passes).toBeGreaterThan(10);
    expect(violations).toEqual([]);
    await page.context().close();
  });

  it('is still one tap away on a 320px phone at the largest text, and fits the screen open', async () => {
    const page = await newPage({ viewport: { width: 320, height: 640 } });
    await open(page, site.server.url + DOCUMENT.path, DOCUMENT);
    await choose(page, 'size', 'x-large');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
    await page.context().close();
  });
});

describe('text size', () => {
  it('has three steps — body text 18, 22 and 26px — and headings and controls grow with the text', async () => {
    const page = await newPage();
    await open(page, site.server.url + DOCUMENT.path, DOCUMENT);
    const sizes = optionsOf('size');
    expect(sizes.length).toBeGreaterThanOrEqual(3);
    const seen = [];
    for (const size of sizes) {
      await choose(page, 'size', size);
      seen.push(await paragraphs(page));
    }
    expect(seen.map(({ fontSize }) => fontSize)).toEqual([18, 22, 26]);
    for (const step of seen) {
      expect(step.h1 / step.fontSize).toBeCloseTo(seen[0]!.h1 / seen[0]!.fontSize, 2);
      expect(step.button).toBeGreaterThanOrEqual(2.5 * step.root - 0.5);
    }
    await page.context().close();
  });
});

describe('line and paragraph spacing', () => {
  it('keeps line spacing of at least 1.3 at every size; 宽松 sets 2 and a gap between paragraphs of at least 1.3 lines (MIIT 适老化 rules)', async () => {
    const page = await newPage();
    await open(page, site.server.url + DOCUMENT.path, DOCUMENT);
    let checked = 0;
    for (const size of optionsOf('size')) {
      await choose(page, 'size', size);
      for (const spacing of optionsOf('spacing')) {
        await choose(page, 'spacing', spacing);
        const { fontSize, lineHeight, gap } = await paragraphs(page);
        expect(lineHeight / fontSize).toBeGreaterThanOrEqual(1.3);
        // Baseline to baseline across a paragraph break is at least 1.3 times the line spacing at every setting,
        expect((lineHeight + gap) / lineHeight).toBeGreaterThanOrEqual(1.3);
        if (spacing === 'wide') {
          expect(lineHeight / fontSize).toBeCloseTo(2, 2);
          // and with 宽松 the blank gap itself is 1.3 lines.
          expect(gap / lineHeight).toBeGreaterThanOrEqual(1.3 - 0.01);
        } else expect(lineHeight / fontSize).toBeCloseTo(1.8, 2);
        checked += 1;
      }
    }
    expect(checked).toBe(6);
    await page.context().close();
  });
});

describe('colours', () => {
  const colours = (page: Page) =>
    page.evaluate(() => ({
      text: getComputedStyle(document.body).color,
      background: getComputedStyle(document.body).backgroundColor,
      header: getComputedStyle(document.querySelector('.site-header')!).backgroundColor,
    }));
  /** The page's regions — header, document details, footer — each told apart from the text by its own colour or border (MIIT: 色彩区分区域). */
  const regionsApart = (page: Page) =>
    page.evaluate(() => {
      const background = getComputedStyle(document.body).backgroundColor;
      return ['.site-header', '.document-meta dl', '.site-footer'].map((selector) => {
        const style = getComputedStyle(document.querySelector(selector)!);
        return (
          style.backgroundColor !== background || style.borderTopStyle !== 'none' || style.borderBottomStyle !== 'none'
        );
      });
    });
  /** The AAA contrast (7:1, GB/T 37668 对比度（增强）) that the high-contrast themes promise. */
  const enhancedContrast = async (page: Page) => {
    const { violations, passes } = await runAxe(page, ['color-contrast-enhanced']);
    return { violations, ran: passes > 0 };
  };

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`the reader’s high-contrast themes hold under the system’s ${colorScheme} scheme, and 跟随系统 follows it`, async () => {
      const page = await newPage({ colorScheme });
      await open(page, site.server.url + DOCUMENT.path, DOCUMENT);
      await choose(page, 'theme', 'light');
      expect(await colours(page)).toEqual({
        text: 'rgb(0, 0, 0)',
        background: 'rgb(255, 255, 255)',
        header: 'rgb(0, 0, 0)',
      });
      expect(await regionsApart(page)).toEqual([true, true, true]);
      expect(await enhancedContrast(page)).toEqual({ violations: [], ran: true });
      await choose(page, 'theme', 'dark');
      expect(await colours(page)).toEqual({
        text: 'rgb(255, 255, 0)',
        background: 'rgb(0, 0, 0)',
        header: 'rgb(0, 0, 0)',
      });
      expect(await regionsApart(page)).toEqual([true, true, true]);
      expect(await enhancedContrast(page)).toEqual({ violations: [], ran: true });
      await choose(page, 'theme', 'auto');
      expect((await colours(page)).background).toBe(colorScheme === 'dark' ? 'rgb(18, 18, 18)' : 'rgb(255, 255, 255)');
      expect(await regionsApart(page)).toEqual([true, true, true]);
      await page.context().close();
    });
  }
});

describe('pointer and focus ring', () => {
  const cursors = (page: Page) =>
    page.evaluate(() => ({
      fine: matchMedia('(pointer: fine)').matches,
      text: getComputedStyle(document.querySelector('.document__body p')!).cursor,
      link: getComputedStyle(document.querySelector('.document-meta a')!).cursor,
    }));

  it('放大 gives a 48px pointer and hand where there is a mouse, and a focus ring almost twice as thick', async () => {
    const page = await newPage({ viewport: { width: 1280, height: 800 } });
    await open(page, site.server.url + DOCUMENT.path, DOCUMENT);
    const ring = async () => {
      await page.focus('.document-meta a');
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Tab');
      return page.evaluate(() => parseFloat(getComputedStyle(document.activeElement!).outlineWidth));
    };
    expect(await cursors(page)).toEqual({ fine: true, text: 'auto', link: 'pointer' });
    const normalRing = await ring();
    await choose(page, 'pointer', 'large');
    const large = await cursors(page);
    expect(large.text).toMatch(/^url\(".*\/cursors\/arrow\.svg"\) 4 3, auto$/);
    expect(large.link).toMatch(/^url\(".*\/cursors\/hand\.svg"\) 19 3, pointer$/);
    // The images as the stylesheet names them, so that a site below a base path is checked too.
    for (const cursor of [large.text, large.link]) {
      const response = await page.request.get(/url\("([^"]+)"\)/.exec(cursor)![1]!);
      expect(response.status()).toBe(200);
      expect(await response.text()).toMatch(/^<svg[^>]+width="48" height="48"/);
    }
    expect(await ring()).toBeGreaterThanOrEqual(normalRing * 1.6);
    await page.context().close();
  });

  it('leaves the pointer alone on a touch screen, where there is none', async () => {
    const page = await newPage({ hasTouch: true, isMobile: true });
    await open(page, site.server.url + DOCUMENT.path, DOCUMENT);
    await choose(page, 'pointer', 'large');
    expect(await cursors(page)).toMatchObject({ fine: false, text: 'auto' });
    await page.context().close();
  });
});

describe('remembering the reader’s choices', () => {
  it('applies them on the next page, stored as one value of the choices that differ from the defaults', async () => {
    const page = await newPage();
    await open(page, site.server.url + PAGES.issue.path, PAGES.issue);
    await choose(page, 'size', 'x-large');
    await choose(page, 'theme', 'dark');
    await choose(page, 'spacing', 'wide');
    await choose(page, 'spacing', 'normal');
    expect(await page.evaluate((key) => localStorage.getItem(key), SETTINGS_KEY)).toBe(
      '{"size":"x-large","theme":"dark"}',
    );
    await open(page, site.server.url + DOCUMENT.path, DOCUMENT);
    expect(await shownSettings(page)).toEqual({ size: 'x-large', theme: 'dark' });
    await page.getByText('阅读设置', { exact: true }).click();
    expect(await page.getByRole('radio', { name: '特大', exact: true }).isChecked()).toBe(true);
    await page.context().close();
  });

  it('applies them before the page body is parsed, so the first paint already has them (no flash)', async () => {
    const context = await site.browser.newContext({ viewport: { width: 360, height: 800 } });
    await useSettings(context, { size: 'large', theme: 'dark' });
    // Records <html>'s settings at the moment <body> is created, before anything can be painted.
    await context.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (!document.body) return;
        const root = document.documentElement;
        (window as unknown as { atBody: unknown }).atBody = [root.dataset.size, root.dataset.theme];
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    const page = await context.newPage();
    await open(page, site.server.url + DOCUMENT.path, DOCUMENT);
    expect(await page.evaluate(() => (window as unknown as { atBody: unknown }).atBody)).toEqual(['large', 'dark']);
    await context.close();
  });

  it('keeps large text for a reader who chose the former 大字模式, moving the choice to 文字大小：大', async () => {
    const page = await newPage();
    await open(page, site.server.url + PAGES.home.path, PAGES.home);
    await page.evaluate((key) => localStorage.setItem(key, 'large'), LEGACY_READING_MODE_KEY);
    await open(page, site.server.url + DOCUMENT.path, DOCUMENT);
    expect(await shownSettings(page)).toEqual({ size: 'large' });
    expect((await paragraphs(page)).fontSize).toBe(22);
    const stored = await page.evaluate(
      ([legacy, key]) => [localStorage.getItem(legacy!), localStorage.getItem(key!)],
      [LEGACY_READING_MODE_KEY, SETTINGS_KEY],
    );
    expect(stored).toEqual([null, '{"size":"large"}']);
    await page.getByText('阅读设置', { exact: true }).click();
    expect(await page.getByRole('radio', { name: '大', exact: true }).isChecked()).toBe(true);
    await page.context().close();
  });

  it('is done by the same head script on every page type, first in <head>, so that a CSP can allow it by one hash', async () => {
    const page = await newPage();
    for (const type of PAGE_TYPES) {
      await open(page, site.server.url + type.path, type);
      expect(await page.$eval('head script', (script) => script.textContent)).toBe(HEAD_SCRIPT);
    }
    await page.context().close();
  });
});
