/** axe-core (WCAG 2.2 A and AA rules) on the search page in every state, and on a highlighted document. */
import { describe, expect, it } from 'vitest';
import { useSite } from '../support/browser.ts';
import { open, runAxe } from '../support/page-tools.ts';
import { SEARCHED_DOCUMENT } from '../support/pages.ts';
import { openSearch, type SearchEnd } from './support.ts';

const site = useSite();

describe('accessibility (axe-core, WCAG 2.2 A/AA)', () => {
  // Each case is checked in the state it names (openSearch fails otherwise), never in an error.
  const cases: [string, Record<string, string>, SearchEnd][] = [
    ['the empty search page', {}, 'nothing to search'],
    ['the search page with results', { q: '耕地保护' }, 'results'],
    ['the search page with results and an open filter', { q: '应急预案', year: '2022' }, 'results'],
    ['the search page without results', { q: '鲸鱼' }, 'no results'],
  ];
  for (const [name, params, end] of cases) {
    for (const scheme of ['light', 'dark'] as const) {
      it(`finds no violations on ${name} (${scheme})`, async () => {
        const page = await site.browser.newPage({ colorScheme: scheme });
        await openSearch(page, site.server.url, params, end);
        expect((await runAxe(page)).violations).toEqual([]);
        await page.close();
      });
    }
  }

  it('finds no violations on a document with search terms highlighted', async () => {
    const page = await site.browser.newPage();
    await open(
      page,
      `${site.server.url}${SEARCHED_DOCUMENT.path}?highlight=${encodeURIComponent('耕地保护')}`,
      SEARCHED_DOCUMENT,
    );
    await page.waitForSelector('#search-highlight:not([hidden])');
    expect((await runAxe(page)).violations).toEqual([]);
    await page.close();
  });
});
