/**
 * Reflow (WCAG 1.4.10): at 320 CSS pixels, which is 1280px at 400% zoom, and on a common 360px
 * phone, no page scrolls sideways; only tables scroll, inside their own focusable region.
 */
import { describe, expect, it } from 'vitest';
import { useSite } from '../support/browser.ts';
import { LARGEST, type ReaderSettings } from '../../src/lib/reader-settings.ts';
import { horizontalOverflow, open, shownSettings, useSettings } from '../support/page-tools.ts';
import { PAGES, PAGE_TYPES } from '../support/pages.ts';
import { atLeast } from '../support/at-least.ts';

const site = useSite();

/** The default settings, the former 大字模式 (large text) and every setting at its largest. */
const SETTINGS: [string, ReaderSettings][] = [
  ['the default settings', {}],
  ['large text', { size: 'large' }],
  ['every reader setting at its largest', LARGEST],
];

for (const [description, settings] of SETTINGS) {
  describe(`with ${description}`, () => {
    for (const type of PAGE_TYPES) {
      const { name, path } = type;
      it(`the ${name} page (${path}) does not scroll sideways at 320px or 360px`, async () => {
        const context = await site.browser.newContext({ viewport: { width: 320, height: 640 } });
        await useSettings(context, settings);
        const page = await context.newPage();
        await open(page, site.server.url + path, type);
        expect(await shownSettings(page)).toEqual(settings);
        const at320 = await horizontalOverflow(page);
        await page.setViewportSize({ width: 360, height: 800 });
        const at360 = await horizontalOverflow(page);
        await context.close();
        expect({ at320, at360 }).toEqual({ at320: 0, at360: 0 });
      });
    }
  });
}

/** The spacing a reader may force with a user style sheet (WCAG 1.4.12 Text Spacing). */
const TEXT_SPACING =
  '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }';

describe('with the WCAG 1.4.12 text-spacing overrides at 320px', () => {
  for (const type of PAGE_TYPES) {
    const { name, path } = type;
    it(`the ${name} page (${path}) still does not scroll sideways`, async () => {
      const context = await site.browser.newContext({ viewport: { width: 320, height: 640 } });
      const page = await context.newPage();
      await open(page, site.server.url + path, type);
      // A constructed style sheet, as a user style sheet would be: the page's Content-Security-Policy
      // refuses an inline <style> it did not hash, and stays in force.
      await page.evaluate((css) => {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(css);
        document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      }, TEXT_SPACING);
      expect(await page.$eval('main', (main) => getComputedStyle(main).letterSpacing)).not.toBe('normal');
      const overflow = await horizontalOverflow(page);
      await context.close();
      expect(overflow).toBe(0);
    });
  }
});

describe('tables on a 360px phone', () => {
  it('scroll sideways inside a labelled, keyboard-focusable region, with no column narrower than three characters and Chinese text of more than ten characters at least eight characters a line', async () => {
    const context = await site.browser.newContext({ viewport: { width: 360, height: 800 } });
    const page = await context.newPage();
    await open(page, site.server.url + PAGES.documentWithTables.path, PAGES.documentWithTables);
    const regions = await page.$$eval('.table-scroll', (elements) =>
      elements.map((region) => {
        const table = region.querySelector('table')!;
        const fontSize = parseFloat(getComputedStyle(table).fontSize);
        const cells = [...table.querySelectorAll<HTMLElement>('th, td')].map((cell) => ({
          characters: cell.getBoundingClientRect().width / fontSize,
          hanzi: (cell.textContent!.match(/\p{Script=Han}/gu) ?? []).length,
        }));
        return {
          role: region.getAttribute('role'),
          label: region.getAttribute('aria-label'),
          tabIndex: (region as HTMLElement).tabIndex,
          overflowX: getComputedStyle(region).overflowX,
          fitsInPage: region.getBoundingClientRect().right <= document.documentElement.clientWidth,
          cells,
        };
      }),
    );
    await context.close();
    // The page's one table, of the plan's main indicators: 282 cells, 24 of them over ten
    // characters of Chinese. The widths are checked cell by cell, so these counts are what
    // keeps the checks from passing on no cells at all.
    for (const region of atLeast(1, regions, 'table regions')) {
      expect(region).toMatchObject({ role: 'region', tabIndex: 0, overflowX: 'auto', fitsInPage: true });
      expect(region.label).toMatch(/^表格：/);
    }
    const cells = regions.flatMap((region) => region.cells);
    for (const cell of atLeast(200, cells, 'table cells')) expect(cell.characters).toBeGreaterThanOrEqual(3);
    const longText = cells.filter((cell) => cell.hanzi > 10);
    for (const cell of atLeast(20, longText, 'cells of more than ten Chinese characters'))
      expect(cell.characters).toBeGreaterThanOrEqual(8);
  });
});
