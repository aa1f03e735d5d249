/**
 * Search benchmark: the size of the Pagefind index, and the bytes a browser fetches for a first
 * search (cold cache, search page included) and for each later search in the same page over the
 * golden queries (tests/search/golden.ts). Runs against the built `dist/` in Chromium.
 *
 * Bytes are counted twice: as served by our test server (files as they are on disk; Pagefind's
 * index, fragments and wasm are already gzip-compressed) and as a static host would send them
 * with gzip (each text file's gzip size at the benchmarks' one level, _bytes.ts). The budget (a first search within 150 kB) applies to
 * the gzip figure, which is what residents' phones download, and is checked for the first golden
 * query and for the median over all of them, on a phone's screen and a desktop's: the search
 * page loads a result's excerpt (its document's whole text) only when the result is near the
 * screen, so the screen size decides how many load.
 *
 * Every golden query must end with results listed: a search that fails or does not finish
 * fetches less and would look cheap, so it is reported as a failure of the benchmark and left
 * out of the figures, never measured as a fast search.
 *
 * One of the modules `npm run bench` (scripts/bench.ts) runs; `npm run bench -- search` runs it alone.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { diskSize, filesUnder, gzipSize, kB } from './_bytes.ts';
import { median } from './_types.ts';
import type { BenchContext, Benchmark } from './_types.ts';
import { DIST } from '../../tests/support/site.ts';
import { GOLDEN } from '../../tests/search/golden.ts';
import { searchProblem, trySearch, waitForSearch } from '../../tests/search/support.ts';

export const FIRST_SEARCH_BUDGET = 150 * 1024;

/** Screens a first search is measured on: how many results are near the screen decides which excerpts load. */
export const VIEWPORTS = {
  phone: { width: 390, height: 844 },
  desktop: { width: 1280, height: 800 },
} as const;
type ViewportName = keyof typeof VIEWPORTS;

/** Every golden query as a first search (cold cache each) on one screen size. */
interface FirstSearches {
  viewport: ViewportName;
  queries: number;
  withinBudget: number;
  medianGzip: number;
  maxGzip: number;
  maxQuery: string;
  indexChunksMedian: number;
  /** Median number of result excerpts loaded (each a document's whole text, Pagefind's fragment). */
  excerptsMedian: number;
  /** The same without the excerpts. */
  withoutExcerptsMaxGzip: number;
  withoutExcerptsWithinBudget: number;
}

export interface SearchBench {
  name: 'search';
  /** Bytes on disk. */
  index: {
    chunks: number;
    fragments: number;
    filters: number;
    meta: number;
    runtime: number;
    cards: number;
    total: number;
    files: number;
  };
  /** The first golden query, cold cache, on a phone, in detail. */
  firstSearch: {
    query: string;
    raw: number;
    gzip: number;
    searchOnlyGzip: number;
    requests: number;
    withinBudget: boolean;
  };
  firstSearches: FirstSearches[];
  laterSearches: { queries: number; totalGzip: number; medianGzip: number; maxGzip: number; maxQuery: string };
  /** Searches that failed or did not finish (left out of the figures above). */
  failedSearches: string[];
}

function indexSize(): SearchBench['index'] {
  const root = join(DIST, 'pagefind');
  const all = filesUnder(root);
  const chunks = diskSize(filesUnder(join(root, 'index')));
  const fragments = diskSize(filesUnder(join(root, 'fragment')));
  const filters = diskSize(filesUnder(join(root, 'filter')));
  const meta = diskSize(all.filter((path) => path.endsWith('.pf_meta')));
  const runtime = diskSize(all.filter((path) => /\/(pagefind\.js|wasm\.[^/]+\.pagefind)$/.test(path)));
  const cards = diskSize(all.filter((path) => path.endsWith('/result-cards.json')));
  return { chunks, fragments, filters, meta, runtime, cards, total: diskSize(all), files: all.length };
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
  const size = Math.min(bytes.length, gzipSize(bytes));
  gzipCache.set(path, size);
  return size;
}

interface Delta {
  raw: number;
  gzip: number;
  searchOnlyGzip: number;
  requests: number;
  indexChunks: number;
  /** Result fragments (the documents' text that excerpts are cut from): how many, gzip bytes. */
  excerpts: number;
  excerptsGzip: number;
}

function delta(before: Map<string, number>, after: Map<string, number>): Delta {
  let raw = 0;
  let gzip = 0;
  let searchOnlyGzip = 0;
  let requests = 0;
  let indexChunks = 0;
  let excerpts = 0;
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
    if (path.endsWith('.pf_fragment')) {
      excerpts += times;
      excerptsGzip += gzipBytes(path) * times;
    }
    requests += times;
  }
  return { raw, gzip, searchOnlyGzip, requests, indexChunks, excerpts, excerptsGzip };
}

/**
 * Bytes the server sent while `search` ran and the page then settled (excerpts near the screen
 * loaded); null, with the reason added to `failed`, when the search did not end with results.
 */
async function searchBytes(
  page: Page,
  { server }: BenchContext,
  search: () => Promise<string | null>,
  failed: string[],
  where: string,
): Promise<Delta | null> {
  const start = new Map(server.bytesSent);
  const problem = await search();
  if (problem) {
    failed.push(`${where}: ${problem}`);
    return null;
  }
  await page.waitForLoadState('networkidle');
  return delta(start, server.bytesSent);
}

async function coldSearches(context: BenchContext, viewport: ViewportName, failed: string[]): Promise<FirstSearches> {
  const { server, browser } = context;
  const cold: { query: string; bytes: Delta }[] = [];
  for (const golden of GOLDEN) {
    const browserContext = await browser.newContext({ viewport: VIEWPORTS[viewport] });
    const page = await browserContext.newPage();
    const search = () => trySearch(page, server.url, { q: golden.query });
    const bytes = await searchBytes(page, context, search, failed, `first search on a ${viewport}`);
    if (bytes) cold.push({ query: golden.query, bytes });
    await browserContext.close();
  }
  if (cold.length === 0) throw new Error(`No golden query ended with results on a ${viewport}:\n${failed.join('\n')}`);
  const heaviest = cold.reduce((max, entry) => (entry.bytes.gzip > max.bytes.gzip ? entry : max));
  const withoutExcerpts = cold.map(({ bytes }) => bytes.gzip - bytes.excerptsGzip);
  return {
    viewport,
    queries: cold.length,
    withinBudget: cold.filter(({ bytes }) => bytes.gzip <= FIRST_SEARCH_BUDGET).length,
    medianGzip: median(cold.map(({ bytes }) => bytes.gzip)),
    maxGzip: heaviest.bytes.gzip,
    maxQuery: heaviest.query,
    indexChunksMedian: median(cold.map(({ bytes }) => bytes.indexChunks)),
    excerptsMedian: median(cold.map(({ bytes }) => bytes.excerpts)),
    withoutExcerptsMaxGzip: Math.max(...withoutExcerpts),
    withoutExcerptsWithinBudget: withoutExcerpts.filter((gzip) => gzip <= FIRST_SEARCH_BUDGET).length,
  };
}

async function measure(context: BenchContext): Promise<SearchBench> {
  const { server, browser } = context;
  if (!existsSync(join(DIST, 'pagefind', 'pagefind.js')))
    throw new Error('dist/ has no Pagefind index: run `npm run build:local` first.');
  const failedSearches: string[] = [];
  const firstSearches = [
    await coldSearches(context, 'phone', failedSearches),
    await coldSearches(context, 'desktop', failedSearches),
  ];

  const page = await (await browser.newContext({ viewport: VIEWPORTS.phone })).newPage();
  const [first, ...later] = GOLDEN;
  const firstBytes = await searchBytes(
    page,
    context,
    () => trySearch(page, server.url, { q: first!.query }),
    failedSearches,
    'first search in the page of later searches',
  );
  // Later searches need the page the first one opened.
  if (!firstBytes) throw new Error(failedSearches.join('\n'));

  const perQuery: { query: string; gzip: number }[] = [];
  for (const golden of later) {
    const search = async () => {
      await page.fill('#search-input', golden.query);
      await page.click('#search-form button[type="submit"]');
      return searchProblem(await waitForSearch(page, golden.query), 'results');
    };
    const bytes = await searchBytes(page, context, search, failedSearches, 'later search');
    if (bytes) perQuery.push({ query: golden.query, gzip: bytes.gzip });
  }
  if (perQuery.length === 0) throw new Error(`No later search ended with results:\n${failedSearches.join('\n')}`);
  const heaviest = perQuery.reduce((max, entry) => (entry.gzip > max.gzip ? entry : max));
  return {
    name: 'search',
    index: indexSize(),
    firstSearch: { query: first!.query, ...firstBytes, withinBudget: firstBytes.gzip <= FIRST_SEARCH_BUDGET },
    firstSearches,
    laterSearches: {
      queries: perQuery.length,
      totalGzip: perQuery.reduce((total, { gzip }) => total + gzip, 0),
      medianGzip: median(perQuery.map(({ gzip }) => gzip)),
      maxGzip: heaviest.gzip,
      maxQuery: heaviest.query,
    },
    failedSearches,
  };
}

function format(result: SearchBench): string {
  const { index, firstSearch, firstSearches, laterSearches } = result;
  const size = (name: ViewportName) => `${VIEWPORTS[name].width}×${VIEWPORTS[name].height}`;
  return [
    `search index: ${kB(index.total)} in ${index.files} files (chunks ${kB(index.chunks)}, fragments ${kB(index.fragments)}, filters ${kB(index.filters)}, metadata ${kB(index.meta)}, result cards ${kB(index.cards)}, pagefind.js + wasm ${kB(index.runtime)})`,
    `first search (“${firstSearch.query}”, phone, cold cache, page included): ${kB(firstSearch.gzip)} gzip (${kB(firstSearch.raw)} as served, ${firstSearch.requests} requests), of which Pagefind ${kB(firstSearch.searchOnlyGzip)}; budget ${kB(FIRST_SEARCH_BUDGET)}: ${firstSearch.withinBudget ? 'within' : 'OVER'}`,
    ...firstSearches.flatMap((searches) => [
      `every golden query as a first search on a ${searches.viewport} (${size(searches.viewport)}): ${searches.withinBudget}/${searches.queries} within budget${searches.queries < GOLDEN.length ? ` (${GOLDEN.length - searches.queries} did not end with results)` : ''}; median ${kB(searches.medianGzip)} (median ${searches.indexChunksMedian} index chunks, ${searches.excerptsMedian} excerpts), max ${kB(searches.maxGzip)} (“${searches.maxQuery}”)`,
      `  without the excerpts' document text: ${searches.withoutExcerptsWithinBudget}/${searches.queries} within budget, max ${kB(searches.withoutExcerptsMaxGzip)}`,
    ]),
    `later searches (${laterSearches.queries} golden queries in the same page, phone): median ${kB(laterSearches.medianGzip)}, max ${kB(laterSearches.maxGzip)} (“${laterSearches.maxQuery}”), total ${kB(laterSearches.totalGzip)}`,
  ].join('\n');
}

const benchmark: Benchmark = {
  name: 'search',
  async run(context) {
    const result = await measure(context);
    const { firstSearch, firstSearches } = result;
    const failures = result.failedSearches.map(
      (problem) => `a golden query must end with results, and is left out of the figures: ${problem}`,
    );
    if (!firstSearch.withinBudget)
      failures.push(
        `a first search (“${firstSearch.query}”) transfers ${kB(firstSearch.gzip)} gzipped, over the ${kB(FIRST_SEARCH_BUDGET)} target`,
      );
    for (const { viewport, medianGzip } of firstSearches) {
      if (medianGzip > FIRST_SEARCH_BUDGET)
        failures.push(
          `the median first search on a ${viewport} transfers ${kB(medianGzip)} gzipped, over the ${kB(FIRST_SEARCH_BUDGET)} target`,
        );
    }
    return { report: format(result), failures };
  },
};

export default benchmark;
