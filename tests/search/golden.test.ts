/**
 * The golden queries (golden.ts) and the held-out queries (held-out.ts) against the built site in
 * real Chromium, through the search page itself: its Pagefind options, phrase ranking, 文号
 * pinning and result rendering. The two sets' top-1/top-3 rates are printed apart.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, serveStatic, type StaticServer } from '../support/browser.ts';
import { ABSENT, GOLDEN, type GoldenQuery } from './golden.ts';
import { HELD_OUT } from './held-out.ts';
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

const rate = (measured: number[], within: number) => {
  const count = measured.filter((rank) => rank >= 0 && rank < within).length;
  return `${count}/${measured.length} (${((100 * count) / measured.length).toFixed(1)} %)`;
};

afterAll(async () => {
  for (const [name, list] of [
    ['golden queries', GOLDEN],
    ['held-out queries', HELD_OUT],
  ] as const) {
    const measured = ranks.filter(({ query }) => list.some((golden) => golden.query === query)).map(({ rank }) => rank);
    if (measured.length === list.length) console.log(`${name}: top-1 ${rate(measured, 1)}, top-3 ${rate(measured, 3)}`);
  }
  await browser?.close();
  await server?.close();
});

/** Searches for the query as a resident would and checks where its expected document lands. */
async function checkRanking(golden: GoldenQuery): Promise<void> {
  await openSearch(page, server.url, { q: golden.query });
  const urls = await resultUrls(page);
  const rank = urls.findIndex((url) => golden.expect.includes(url));
  ranks.push({ query: golden.query, rank });
  expect(rank, `results: ${urls.join(' ')}`).toBeGreaterThanOrEqual(0);
  expect(rank).toBeLessThan(golden.first ? 1 : 3);
  for (const url of golden.mustNotMatch ?? []) expect(urls, `${url} must not match`).not.toContain(url);
  for (const url of golden.notInTop3 ?? [])
    expect(urls.slice(0, 3), `${url} must not be in the top 3`).not.toContain(url);
}

const title = (golden: GoldenQuery) =>
  `${golden.kind} “${golden.query}” finds ${golden.expect.join(' or ')} ${golden.first ? 'first' : 'in the top 3'}`;

describe('golden queries', () => {
  it('has at least 40 queries covering every kind, and words that are nowhere in the archive', () => {
    expect(GOLDEN.length).toBeGreaterThanOrEqual(40);
    expect(ABSENT.length).toBeGreaterThanOrEqual(2);
    const kinds = new Set(GOLDEN.map((golden) => golden.kind));
    expect([...kinds].sort()).toEqual(
      ['figure', 'one character', 'person', 'place', 'policy term', 'quoted phrase', 'statistics', '文号'].sort(),
    );
  });

  for (const golden of GOLDEN) it(title(golden), () => checkRanking(golden));

  for (const query of ABSENT) {
    it(`“${query}”, whose words are not in the archive, finds nothing and says so`, async () => {
      await openSearch(page, server.url, { q: query }, 'no results');
      expect(await resultUrls(page)).toEqual([]);
      expect(await statusText(page)).toContain('没有找到');
    });
  }
});

describe('held-out queries (written after the ranking was chosen, never used to tune it)', () => {
  it('has at least its 29 queries', () => expect(HELD_OUT.length).toBeGreaterThanOrEqual(29));

  for (const golden of HELD_OUT) it(title(golden), () => checkRanking(golden));
});
