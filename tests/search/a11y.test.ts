/** axe-core (WCAG 2.2 A and AA rules) on the search page in every state, and on a highlighted document. */
import { describe, expect, it } from 'vitest';
import { useSite } from '../support/browser.ts';
import { runAxe } from '../support/page-tools.ts';
import { settled } from './support.ts';

const site = useSite();

describe('accessibility (axe-core, WCAG 2.2 A/AA)', () => {
  const cases: [string, string][] = [
    ['the empty search page', '/search/'],
    ['the search page with results', `/search/?q=${encodeURIComponent('耕地保护')}`],
    ['the search page with results and an open filter', `/search/?q=${encodeURIComponent('应急预案')}&year=2022`],
    ['the search page without results', `/search/?q=${encodeURIComponent('鲸鱼')}`],
  ];
  for (const [name, path] of cases) {
    for (const scheme of ['light', 'dark'] as const) {
      it(`finds no violations on ${name} (${scheme})`, async () => {
        const page = await site.browser.newPage({ colorScheme: scheme });
        await page.goto(`${site.server.url}${path}`);
        await settled(page);
        expect((await runAxe(page)).violations).toEqual([]);
        await page.close();
      });
    }
  }

  it('finds no violations on a document with search terms highlighted', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}/2022/4/03/?highlight=${encodeURIComponent('耕地保护')}`);
    await page.waitForSelector('#search-highlight:not([hidden])');
    expect((await runAxe(page)).violations).toEqual([]);
    await page.close();
  });
});
