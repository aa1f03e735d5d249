/**
 * The pages of data (statistics, appointments, citations) in a real browser, beyond what every
 * page type gets from accessibility.test.ts and reflow.test.ts at 360 and 320 px: axe at 1280 px,
 * charts that are images with a text alternative saying what the table says, and charts that print.
 */
import { describe, expect, it } from 'vitest';
import { useSite } from '../support/browser.ts';
import { atLeast } from '../support/at-least.ts';
import { horizontalOverflow, open, runAxe } from '../support/page-tools.ts';
import { PAGES, PAGE_TYPES } from '../support/pages.ts';

const site = useSite();
const DATA_PAGES = atLeast(
  2,
  PAGE_TYPES.filter((type) => type.ownText),
  'pages of data',
);

describe('the pages of data at 1280px', () => {
  for (const type of DATA_PAGES) {
    it(`the ${type.name} page (${type.path}) has zero axe violations and does not scroll sideways`, async () => {
      const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await open(page, site.server.url + type.path, type);
      const { violations, passes } = await runAxe(page);
      const overflow = await horizontalOverflow(page);
      await context.close();
      expect(passes, 'axe ran its checks').toBeGreaterThan(10);
      expect(violations).toEqual([]);
      expect(overflow).toBe(0);
    });
  }
});

describe('the statistics charts', () => {
  it('are images named by a text alternative that lists every figure of the data table', async () => {
    const page = await site.browser.newPage({ viewport: { width: 360, height: 800 } });
    await open(page, site.server.url + PAGES.indicator.path, PAGES.indicator);
    const charts = await page.$$eval('svg', (svgs) =>
      svgs.map((svg) => ({ role: svg.getAttribute('role'), name: svg.getAttribute('aria-label') ?? '' })),
    );
    const figures = await page.$$eval('table tbody tr', (rows) =>
      rows
        .filter((row) => row.querySelectorAll('td').length === 3)
        .map((row) => {
          const [cumulative, growth] = [...row.querySelectorAll('td')].map((cell) => cell.textContent!.trim());
          return { period: row.querySelector('th')!.textContent!.trim(), cumulative, growth };
        }),
    );
    await page.close();
    atLeast(8, charts, 'charts on the 地区生产总值 page');
    for (const chart of charts) expect(chart.role).toBe('img');
    const alternatives = charts.map((chart) => chart.name).join('\n');
    for (const { period, cumulative, growth } of atLeast(5, figures, 'rows of the data table')) {
      const year = period.slice(0, 5);
      const months = period.slice(5);
      expect(alternatives, `${period} 累计`).toContain(`${months}累计完成（亿元）`);
      expect(alternatives).toMatch(new RegExp(`${months}累计完成[^\\n]*${year} ${cumulative.replace('.', '\\.')}`));
      expect(alternatives).toMatch(new RegExp(`${months}同比[^\\n]*${year} ${growth.replace('.', '\\.')}%`));
    }
  });

  it('print: the charts and the table are on paper, the site header is not', async () => {
    const page = await site.browser.newPage({ viewport: { width: 800, height: 1100 } });
    await open(page, site.server.url + PAGES.indicator.path, PAGES.indicator);
    await page.emulateMedia({ media: 'print' });
    const shown = await page.evaluate(() => {
      const visible = (element: Element | null) => {
        if (!element) return false;
        const box = element.getBoundingClientRect();
        return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== 'hidden';
      };
      const bars = [...document.querySelectorAll('svg rect')];
      return {
        charts: [...document.querySelectorAll('svg')].filter(visible).length,
        barsDrawn: bars.filter((bar) => getComputedStyle(bar).fill !== 'none').length,
        table: visible(document.querySelector('table')),
        header: visible(document.querySelector('.site-header')),
      };
    });
    await page.close();
    expect(shown.charts).toBeGreaterThanOrEqual(8);
    expect(shown.barsDrawn).toBeGreaterThanOrEqual(10);
    expect(shown).toMatchObject({ table: true, header: false });
  });
});
