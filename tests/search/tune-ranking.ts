/**
 * `npm run search:tune`: scores a grid of Pagefind ranking options against the golden queries,
 * to choose RANKING in src/lib/search/config.ts (see README "Search"). Needs a built `dist/`.
 *
 * It runs Pagefind in Chromium on the built index and re-applies the page's phrase tiers (the
 * ranking options only order results within a tier) — a dozen lines restated from rank.ts and
 * engine.ts, because the page's bundled script cannot be imported with other options. 文号
 * queries are left out: they are answered by lookup, not by ranking.
 */
import { launchChromium, serveStatic } from '../support/browser.ts';
import { GOLDEN } from './golden.ts';

interface Ranking {
  termSimilarity: number;
  pageLength: number;
  termSaturation: number;
  termFrequency: number;
}

const grid: Ranking[] = [];
for (const pageLength of [0, 0.25, 0.5, 0.75, 1]) {
  for (const termSaturation of [0.6, 1, 1.4, 2]) {
    for (const termFrequency of [0.5, 1]) grid.push({ termSimilarity: 1, pageLength, termSaturation, termFrequency });
  }
}

const queries = GOLDEN.filter((golden) => !golden.first);
const server = await serveStatic();
const browser = await launchChromium();
const rows: { ranking: Ranking; top1: number; top3: number; mrr: number }[] = [];
try {
  for (const ranking of grid) {
    const page = await browser.newPage();
    await page.goto(`${server.url}/search/`);
    const ranks = (await page.evaluate(
      `(async ({ queries, ranking }) => {
        const pagefind = await import('/pagefind/pagefind.js');
        await pagefind.options({ noWorker: true, ranking });
        const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
        const ranks = [];
        for (const golden of queries) {
          const main = await pagefind.search(golden.query);
          const terms = golden.query.split(/\\s+/u).map((term) => term.replace(/^[\\p{P}\\p{S}]+|[\\p{P}\\p{S}]+$/gu, '')).filter((term) => [...segmenter.segment(term)].filter((s) => s.isWordLike).length > 1);
          const sets = await Promise.all(terms.map(async (term) => new Set((await pagefind.search('"' + term + '"')).results.map((r) => r.id))));
          const ranked = main.results.map((r, i) => ({ r, i, tier: sets.filter((s) => s.has(r.id)).length })).sort((a, b) => b.tier - a.tier || b.r.score - a.r.score || a.i - b.i);
          const urls = await Promise.all(ranked.slice(0, 5).map(async ({ r }) => (await r.data()).url));
          ranks.push(urls.findIndex((url) => golden.expect.includes(url)));
        }
        return ranks;
      })(${JSON.stringify({ queries, ranking })})`,
    )) as number[];
    rows.push({
      ranking,
      top1: ranks.filter((rank) => rank === 0).length,
      top3: ranks.filter((rank) => rank >= 0 && rank < 3).length,
      mrr: ranks.reduce((sum, rank) => sum + (rank >= 0 ? 1 / (rank + 1) : 0), 0) / ranks.length,
    });
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
rows.sort((a, b) => b.top1 - a.top1 || b.top3 - a.top3 || b.mrr - a.mrr);
console.log(`${queries.length} golden queries (文号 lookups excluded)\ntop1\ttop3\tMRR\tranking`);
for (const { ranking, top1, top3, mrr } of rows)
  console.log(`${top1}\t${top3}\t${mrr.toFixed(3)}\t${JSON.stringify(ranking)}`);
