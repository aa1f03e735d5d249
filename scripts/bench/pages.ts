/**
 * Page weight: what a phone downloads to read each page type, as HTML + CSS + JS gzipped, counted
 * from the responses Chromium actually requests (Pagefind's search assets excluded: the search
 * benchmarks account for those). Budget: a document page costs at most its own text gzipped plus
 * 12 kB, so the interface never outweighs what residents came to read. The document's own text is
 * its title, 文号 and body: its metadata block and table of contents are interface, and count
 * against the 12 kB. Pages of data (statistics, appointments, citations) are held to the same
 * budget over their own content, the text of the page types' `ownText` (tests/support/pages.ts).
 *
 * Documents are weighed as a reader with every setting at its largest sees them (the reader
 * settings, src/lib/reader-settings.ts); the scripts and images that load only when a reader asks
 * (the settings panel, read aloud, the large pointer) are reported apart, gzipped as served.
 *
 * Pages are opened with tests/support/page-tools.ts's open(), so a page missing from dist/ (the
 * server answers with the 404 page) or a search page whose search fails stops the benchmark
 * instead of being weighed.
 */
import type { Page } from 'playwright-core';
import { LARGEST } from '../../src/lib/reader-settings.ts';
import { open, shownSettings, useSettings } from '../../tests/support/page-tools.ts';
import { builtDocuments, readDist } from '../../tests/support/site.ts';
import { PAGE_TYPES, type PageType } from '../../tests/support/pages.ts';
import { gzipSize, kB } from './_bytes.ts';
import { table, type Benchmark, type BenchContext } from './_types.ts';

export const DOCUMENT_OVERHEAD_BUDGET = 12 * 1024;

/** The settings panel when first opened, the read-aloud player when 朗读 is first pressed, the marking of a search's terms on a page opened from it, the large pointer's images. */
const ON_DEMAND = [
  'reader-settings.js',
  'read-aloud.js',
  'search-highlight.js',
  'cursors/arrow.svg',
  'cursors/hand.svg',
];

interface Weight {
  html: number;
  css: number;
  js: number;
  total: number;
  /** Scripts inlined in the HTML (already counted in `html`), gzipped on their own. */
  inlineJs: number;
  /** The document's own text (title, 文号, body), gzipped; 0 for pages that are not documents. */
  text: number;
}

/** The parts of a document page that are the document itself, not the interface around it. */
const OWN_TEXT = 'article h1, article .document__number, article .document__body';

async function weigh(
  page: Page,
  url: string,
  expected: Pick<PageType, 'heading' | 'status' | 'search'>,
  ownText = OWN_TEXT,
): Promise<Weight> {
  const weight = { html: 0, css: 0, js: 0, total: 0, inlineJs: 0, text: 0 };
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    const { pathname } = new URL(response.url());
    if (pathname.startsWith('/pagefind/')) return;
    const type = response.request().resourceType();
    const kind = type === 'document' ? 'html' : type === 'stylesheet' ? 'css' : type === 'script' ? 'js' : null;
    if (kind) pending.push(response.body().then((body) => void (weight[kind] += gzipSize(body))));
  });
  await open(page, url, expected);
  await Promise.all(pending);
  page.removeAllListeners('response');
  weight.total = weight.html + weight.css + weight.js;
  const { text, inlineJs } = await page.evaluate(
    (selector) => ({
      text: [...document.querySelectorAll(selector)].map((element) => element.textContent).join('\n'),
      inlineJs: [...document.querySelectorAll('script:not([src]):not([type="application/ld+json"])')]
        .map((script) => script.textContent)
        .join('\n'),
    }),
    ownText,
  );
  weight.text = text ? gzipSize(text) : 0;
  weight.inlineJs = inlineJs ? gzipSize(inlineJs) : 0;
  return weight;
}

const pages: Benchmark = {
  name: 'pages',
  async run({ server, browser }: BenchContext) {
    const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
    const page = await context.newPage();
    const rows: (string | number)[][] = [];
    const checked: { url: string; weight: Weight; overhead: number }[] = [];
    for (const type of PAGE_TYPES) {
      const { name, path } = type;
      const weight = await weigh(page, server.url + path, type, type.ownText);
      rows.push([name, path, weight.html, weight.inlineJs, weight.css, weight.js, weight.total]);
      if (!type.ownText) continue;
      if (weight.text === 0) throw new Error(`${path}: none of the page's own content (${type.ownText}) found.`);
      checked.push({ url: path, weight, overhead: weight.total - weight.text });
    }

    await context.close();

    const largest = await browser.newContext({ viewport: { width: 360, height: 800 } });
    await useSettings(largest, LARGEST);
    const reader = await largest.newPage();
    const documents = builtDocuments();
    for (const document of documents) {
      const weight = await weigh(reader, server.url + document.url, { heading: document.title });
      // Without its own text a page would be held to 12 kB flat: a selector that missed, not a measurement.
      if (weight.text === 0) throw new Error(`${document.url}: none of the document's own text (${OWN_TEXT}) found.`);
      const shown = JSON.stringify(await shownSettings(reader));
      if (shown !== JSON.stringify(LARGEST))
        throw new Error(`${document.url} shows the settings ${shown}, not the largest.`);
      checked.push({ url: document.url, weight, overhead: weight.total - weight.text });
    }
    await largest.close();
    const onDemand = ON_DEMAND.map((file) => [file, gzipSize(readDist(file))]);

    const failures = checked
      .filter(({ overhead }) => overhead > DOCUMENT_OVERHEAD_BUDGET)
      .map(
        ({ url, weight, overhead }) =>
          `${url} weighs ${kB(weight.total)}, ${kB(overhead)} more than its own text (${kB(weight.text)}); the budget is ${kB(DOCUMENT_OVERHEAD_BUDGET)}.`,
      );
    const worst = checked.reduce((a, b) => (b.overhead > a.overhead ? b : a));
    const report = [
      'Page weight, gzipped bytes (Pagefind assets excluded):',
      table(['page type', 'path', 'HTML', 'of which inline JS', 'CSS', 'JS files', 'total'], rows),
      '',
      `Documents (every reader setting at its largest) and pages of data: page − own text ≤ ${kB(DOCUMENT_OVERHEAD_BUDGET)} for each of ${checked.length}; ` +
        `largest ${kB(worst.overhead)} at ${worst.url} (page ${kB(worst.weight.total)}, text ${kB(worst.weight.text)}).`,
      '',
      'Loaded only when a reader asks (not in the budget), gzipped bytes:',
      table(['file', 'bytes'], onDemand),
    ].join('\n');
    return { report, failures };
  },
};

export default pages;
