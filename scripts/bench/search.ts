/**
 * Search benchmark: the size of the Pagefind index, and the bytes a browser fetches for a first
 * search (cold cache, search page included) and for each later search in the same page over the
 * golden queries (tests/search/golden.ts). Runs against the built `dist/` in Chromium.
 *
 * Bytes are counted twice: as served by our test server (files as they are on disk; Pagefind's
 * index, fragments and wasm are already gzip-compressed) and as a static host would send them
 * with gzip (each text file's gzip -6 size). The budget (a first search within 150 kB) applies to
 * the gzip figure, which is what residents' phones download, and is checked for the first golden
 * query and for the median over all of them.
 *
 * One of the modules `npm run bench` (scripts/bench.ts) runs; `npm run bench -- search` runs it alone.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BenchContext, Benchmark } from './_types.ts';
import { DIST } from '../../tests/support/site.ts';
import { GOLDEN } from '../../tests/search/golden.ts';

export const FIRST_SEARCH_BUDGET = 150 * 1024;

export interface SearchBench {
  name: 'search';
  /** Bytes on disk. */
  index: { chunks: number; fragments: number; filters: number; meta: number; runtime: number; total: number; files: number };
  /** The first golden query, cold cache, in detail. */
  firstSearch: { query: string; raw: number; gzip: number; searchOnlyGzip: number; requests: number; withinBudget: boolean };
  /** Every golden query as a first search (cold cache each): how many fit the budget. */
  firstSearches: {
    queries: number;
    withinBudget: number;
    medianGzip: number;
    maxGzip: number;
    maxQuery: string;
    indexChunksMedian: number;
    /** The same without the result excerpts (each result's document text, Pagefind's fragment). */
    withoutExcerptsMaxGzip: number;
    withoutExcerptsWithinBudget: number;
  };
  laterSearches: { queries: number; totalGzip: number; medianGzip: number; maxGzip: number; maxQuery: string };
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const sum = (paths: string[]) => paths.reduce((total, path) => total + statSync(path).size, 0);

function indexSize(): SearchBench['index'] {
  const root = join(DIST, 'pagefind');
  const all = filesUnder(root);
  const chunks = sum(filesUnder(join(root, 'index')));
  const fragments = sum(filesUnder(join(root, 'fragment')));
  const filters = sum(filesUnder(join(root, 'filter')));
  const meta = sum(all.filter((path) => path.endsWith('.pf_meta')));
  const runtime = sum(all.filter((path) => /\/(pagefind\.js|wasm\.[^/]+\.pagefind)$/.test(path)));
  return { chunks, fragments, filters, meta, runtime, total: sum(all), files: all.length };
}

/** The file the test server sends for a path (as tests/support/browser.ts resolves it). */
function servedFile(path: string): string {
  let file = join(DIST, path);
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  return existsSync(file) ? file : join(DIST, '404.html');
}

const gzipCache = new Map<string, number>();
/** What a static host with gzip would send for a path: already-compressed files as they are. */
function gzipBytes(path: string): number {
  const cached = gzipCache.get(path);
  if (cached !== undefined) return cached;
  const bytes = readFileSync(servedFile(path));
  const size = Math.min(bytes.length, gzipSync(bytes, { level: 6 }).length);
  gzipCache.set(path, size);
  return size;
}

interface Delta {
  raw: number;
  gzip: number;
  searchOnlyGzip: number;
  requests: number;
  indexChunks: number;
  /** Gzip bytes of result fragments: the documents' text that excerpts are cut from. */
  excerptsGzip: number;
}

function delta(before: Map<string, number>, after: Map<string, number>): Delta {
  let raw = 0;
  let gzip = 0;
  let searchOnlyGzip = 0;
  let requests = 0;
  let indexChunks = 0;
  let excerptsGzip = 0;
  for (const [path, bytes] of after) {
    const added = bytes - (before.get(path) ?? 0);
    // The browser's automatic /favicon.ico request is the site's, not search's.
    if (added <= 0 || path === '/favicon.ico') continue;
    if (path.endsWith('.pf_index')) indexChunks += 1;
    const size = statSync(servedFile(path)).size;
    const times = Math.max(1, Math.round(added / Math.max(1, size)));
    raw += added;
    gzip += gzipBytes(path) * times;
    if (path.startsWith('/pagefind/')) searchOnlyGzip += gzipBytes(path) * times;
    if (path.endsWith('.pf_fragment')) excerptsGzip += gzipBytes(path) * times;
    requests += times;
  }
  return { raw, gzip, searchOnlyGzip, requests, indexChunks, excerptsGzip };
}

async function measure({ server, browser }: BenchContext): Promise<SearchBench> {
  if (!existsSync(join(DIST, 'pagefind', 'pagefind.js'))) throw new Error('dist/ has no Pagefind index: run `npm run build` first.');
  {
    const SETTLED = '#search-results:is([data-state="done"], [data-state="idle"], [data-state="error"])';
    const cold: { query: string; bytes: Delta }[] = [];
    for (const golden of GOLDEN) {
      const context = await browser.newContext();
      const coldPage = await context.newPage();
      const start = new Map(server.bytesSent);
      await coldPage.goto(`${server.url}/search/?q=${encodeURIComponent(golden.query)}`);
      await coldPage.waitForSelector(SETTLED, { state: 'attached', timeout: 15_000 });
      await coldPage.waitForLoadState('networkidle');
      cold.push({ query: golden.query, bytes: delta(start, server.bytesSent) });
      await context.close();
    }
    const coldSorted = [...cold].sort((a, b) => a.bytes.gzip - b.bytes.gzip);
    const chunkCounts = cold.map(({ bytes }) => bytes.indexChunks).sort((a, b) => a - b);

    const page = await (await browser.newContext()).newPage();
    const settled = () => page.waitForSelector(SETTLED, { state: 'attached', timeout: 15_000 });
    const [first, ...later] = GOLDEN;
    let before = new Map(server.bytesSent);
    await page.goto(`${server.url}/search/?q=${encodeURIComponent(first!.query)}`);
    await settled();
    await page.waitForLoadState('networkidle');
    const firstBytes = delta(before, server.bytesSent);

    const perQuery: { query: string; gzip: number }[] = [];
    for (const golden of later) {
      before = new Map(server.bytesSent);
      await page.fill('#search-input', golden.query);
      await page.click('#search-form button[type="submit"]');
      await page.waitForFunction((query) => {
        const list = document.getElementById('search-results');
        return list?.dataset.state === 'done' && list.dataset.query === query;
      }, golden.query);
      await settled();
      await page.waitForLoadState('networkidle');
      perQuery.push({ query: golden.query, gzip: delta(before, server.bytesSent).gzip });
    }
    const sorted = [...perQuery].sort((a, b) => a.gzip - b.gzip);
    const max = sorted.at(-1)!;
    return {
      name: 'search',
      index: indexSize(),
      firstSearch: { query: first!.query, ...firstBytes, withinBudget: firstBytes.gzip <= FIRST_SEARCH_BUDGET },
      firstSearches: {
        queries: cold.length,
        withinBudget: cold.filter(({ bytes }) => bytes.gzip <= FIRST_SEARCH_BUDGET).length,
        medianGzip: coldSorted[Math.floor(coldSorted.length / 2)]!.bytes.gzip,
        maxGzip: coldSorted.at(-1)!.bytes.gzip,
        maxQuery: coldSorted.at(-1)!.query,
        indexChunksMedian: chunkCounts[Math.floor(chunkCounts.length / 2)]!,
        withoutExcerptsMaxGzip: Math.max(...cold.map(({ bytes }) => bytes.gzip - bytes.excerptsGzip)),
        withoutExcerptsWithinBudget: cold.filter(({ bytes }) => bytes.gzip - bytes.excerptsGzip <= FIRST_SEARCH_BUDGET).length,
      },
      laterSearches: {
        queries: perQuery.length,
        totalGzip: perQuery.reduce((total, { gzip }) => total + gzip, 0),
        medianGzip: sorted[Math.floor(sorted.length / 2)]!.gzip,
        maxGzip: max.gzip,
        maxQuery: max.query,
      },
    };
  }
}

const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

function format(result: SearchBench): string {
  const { index, firstSearch, firstSearches, laterSearches } = result;
  return [
    `search index: ${kB(index.total)} in ${index.files} files (chunks ${kB(index.chunks)}, fragments ${kB(index.fragments)}, filters ${kB(index.filters)}, metadata ${kB(index.meta)}, pagefind.js + wasm ${kB(index.runtime)})`,
    `first search (“${firstSearch.query}”, cold cache, page included): ${kB(firstSearch.gzip)} gzip (${kB(firstSearch.raw)} as served, ${firstSearch.requests} requests), of which Pagefind ${kB(firstSearch.searchOnlyGzip)}; budget ${kB(FIRST_SEARCH_BUDGET)}: ${firstSearch.withinBudget ? 'within' : 'OVER'}`,
    `every golden query as a first search: ${firstSearches.withinBudget}/${firstSearches.queries} within budget; median ${kB(firstSearches.medianGzip)} (median ${firstSearches.indexChunksMedian} index chunks), max ${kB(firstSearches.maxGzip)} (“${firstSearches.maxQuery}”)`,
    `  without the excerpts' document text: ${firstSearches.withoutExcerptsWithinBudget}/${firstSearches.queries} within budget, max ${kB(firstSearches.withoutExcerptsMaxGzip)}`,
    `later searches (${laterSearches.queries} golden queries in the same page): median ${kB(laterSearches.medianGzip)}, max ${kB(laterSearches.maxGzip)} (“${laterSearches.maxQuery}”), total ${kB(laterSearches.totalGzip)}`,
  ].join('\n');
}

const benchmark: Benchmark = {
  name: 'search',
  async run(context) {
    const result = await measure(context);
    const { firstSearch, firstSearches } = result;
    const failures: string[] = [];
    if (!firstSearch.withinBudget) failures.push(`a first search (“${firstSearch.query}”) transfers ${kB(firstSearch.gzip)} gzipped, over the ${kB(FIRST_SEARCH_BUDGET)} target`);
    if (firstSearches.medianGzip > FIRST_SEARCH_BUDGET) failures.push(`the median first search over the golden queries transfers ${kB(firstSearches.medianGzip)} gzipped, over the ${kB(FIRST_SEARCH_BUDGET)} target`);
    return { report: format(result), failures };
  },
};

export default benchmark;
