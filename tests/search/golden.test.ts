/**
 * The golden queries (golden.ts) against the built site in real Chromium, through the search
 * page itself: its Pagefind options, phrase ranking, 文号 pinning and result rendering.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, serveStatic, type StaticServer } from '../support/browser.ts';
import { ABSENT, GOLDEN } from './golden.ts';
import { openSearch, resultUrls, statusText } from './support.ts';

let server: StaticServer;
let browser: Browser;
let page: Page;
const ranks: { query: string; rank: number }[] = [];

beforeAll(async () => {
  server = await serveStatic();
  browser = await launchChromium();
  page = await browser.newPage();
});

afterAll(async () => {
  if (ranks.length === GOLDEN.length) {
    const top1 = ranks.filter(({ rank }) => rank === 0).length;
    const top3 = ranks.filter(({ rank }) => rank >= 0 && rank < 3).length;
    console.log(`golden queries: top-1 ${top1}/${ranks.length} (${((100 * top1) / ranks.length).toFixed(1)} %), top-3 ${top3}/${ranks.length} (${((100 * top3) / ranks.length).toFixed(1)} %)`);
  }
  await browser?.close();
  await server?.close();
});

describe('golden queries', () => {
  it('has at least 40 queries covering every kind', () => {
    expect(GOLDEN.length).toBeGreaterThanOrEqual(40);
    const kinds = new Set(GOLDEN.map((golden) => golden.kind));
    expect([...kinds].sort()).toEqual(['figure', 'one character', 'person', 'place', 'policy term', 'quoted phrase', 'statistics', '文号'].sort());
  });

  for (const golden of GOLDEN) {
    it(`${golden.kind} “${golden.query}” finds ${golden.expect.join(' or ')} ${golden.first ? 'first' : 'in the top 3'}`, async () => {
      await openSearch(page, server.url, { q: golden.query });
      const urls = await resultUrls(page);
      const rank = urls.findIndex((url) => golden.expect.includes(url));
      ranks.push({ query: golden.query, rank });
      expect(rank, `results: ${urls.join(' ')}`).toBeGreaterThanOrEqual(0);
      expect(rank).toBeLessThan(golden.first ? 1 : 3);
      for (const url of golden.mustNotMatch ?? []) expect(urls, `${url} must not match`).not.toContain(url);
      for (const url of golden.notInTop3 ?? []) expect(urls.slice(0, 3), `${url} must not be in the top 3`).not.toContain(url);
    });
  }

  for (const query of ABSENT) {
    it(`“${query}”, whose words are not in the archive, finds nothing and says so`, async () => {
      await openSearch(page, server.url, { q: query });
      expect(await resultUrls(page)).toEqual([]);
      expect(await statusText(page)).toContain('没有找到');
    });
  }
});
