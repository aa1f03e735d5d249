/**
 * What the social cards cost the build (src/cards/): every card of the archive rendered from an
 * empty cache, as a first build or a change of design renders them, then again from that cache,
 * as every later build does. Budgets: a card from an empty cache at most 2 s (2 shared CPU cores:
 * the fonts' subsetting and sharp's rasterising), and all cards from the cache at most 2 s
 * together, so that a rebuild does not grow with the archive's cards. Also the cards' total size.
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { documentCard, issueCard, SITE_CARD, type CardContent } from '../../src/cards/content.ts';
import { renderCard } from '../../src/cards/render.ts';
import { builtDocuments, readDistJson, routeOfPath, type OpenDataIssue } from '../../tests/support/site.ts';
import { atLeast } from '../../tests/support/at-least.ts';
import { kB } from './_bytes.ts';
import { table, type Benchmark } from './_types.ts';

export const COLD_PER_CARD_BUDGET_MS = 2000;
export const WARM_TOTAL_BUDGET_MS = 2000;

/** Every card the site has, from its open data: one per document, one per issue, the site's. */
function allCards(): CardContent[] {
  const documents = builtDocuments();
  const issues = readDistJson<OpenDataIssue[]>('data/issues.json');
  return [
    ...documents.map((document) => documentCard(document)),
    ...issues.map((issue) =>
      issueCard({
        title: issue.title,
        documents: documents.filter((document) => routeOfPath(document.url).startsWith(routeOfPath(issue.url))),
      }),
    ),
    SITE_CARD,
  ];
}

async function renderAll(cards: CardContent[], cacheDir: string): Promise<number> {
  const start = performance.now();
  for (const card of cards) await renderCard(card, cacheDir);
  return performance.now() - start;
}

const benchmark: Benchmark = {
  name: 'cards',
  async run() {
    const cards = atLeast(50, allCards(), 'cards');
    const cacheDir = mkdtempSync(join(tmpdir(), 'bench-cards-'));
    try {
      const cold = await renderAll(cards, cacheDir);
      const warm = await renderAll(cards, cacheDir);
      const files = readdirSync(cacheDir);
      const bytes = files.reduce((sum, file) => sum + statSync(join(cacheDir, file)).size, 0);
      const perCard = cold / cards.length;
      const failures = [
        ...(files.length === cards.length ? [] : [`${cards.length} cards left ${files.length} files in the cache.`]),
        ...(perCard > COLD_PER_CARD_BUDGET_MS
          ? [`A card takes ${perCard.toFixed(0)} ms from an empty cache; the budget is ${COLD_PER_CARD_BUDGET_MS} ms.`]
          : []),
        ...(warm > WARM_TOTAL_BUDGET_MS
          ? [`All cards from the cache take ${warm.toFixed(0)} ms; the budget is ${WARM_TOTAL_BUDGET_MS} ms.`]
          : []),
      ];
      const report = [
        table(
          ['cards', 'empty cache (ms)', 'per card (ms)', 'from cache (ms)', 'PNG total', 'PNG mean'],
          [[cards.length, cold.toFixed(0), perCard.toFixed(0), warm.toFixed(0), kB(bytes), kB(bytes / cards.length)]],
        ),
        '',
        `Budgets: ≤ ${COLD_PER_CARD_BUDGET_MS} ms a card from an empty cache, ≤ ${WARM_TOTAL_BUDGET_MS} ms for all from the cache.`,
      ].join('\n');
      return { report, failures };
    } finally {
      rmSync(cacheDir, { recursive: true, force: true });
    }
  },
};

export default benchmark;
