/**
 * Page weight: what a phone downloads to read each page type, as HTML + CSS + JS gzipped, counted
 * from the responses Chromium actually requests (Pagefind's search assets excluded: the search
 * benchmarks account for those). Budget: a document page costs at most its own text gzipped plus
 * 12 kB, so the interface never outweighs what residents came to read.
 */
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { builtDocuments } from '../../tests/support/site.ts';
import { PAGE_TYPES } from '../../tests/support/pages.ts';
import { table, type Benchmark, type BenchContext } from './_types.ts';

export const DOCUMENT_OVERHEAD_BUDGET = 12 * 1024;

interface Weight {
  html: number;
  css: number;
  js: number;
  total: number;
  /** Scripts inlined in the HTML (already counted in `html`), gzipped on their own. */
  inlineJs: number;
  /** The document's own text (its article), gzipped; 0 for pages that are not documents. */
  text: number;
}

const gzipped = (bytes: Buffer | string) => gzipSync(bytes, { level: 9 }).length;
const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

async function weigh(page: Page, url: string): Promise<Weight> {
  const weight = { html: 0, css: 0, js: 0, total: 0, inlineJs: 0, text: 0 };
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    const { pathname } = new URL(response.url());
    if (pathname.startsWith('/pagefind/')) return;
    const type = response.request().resourceType();
    const kind = type === 'document' ? 'html' : type === 'stylesheet' ? 'css' : type === 'script' ? 'js' : null;
    if (kind) pending.push(response.body().then((body) => void (weight[kind] += gzipped(body))));
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await Promise.all(pending);
  page.removeAllListeners('response');
  weight.total = weight.html + weight.css + weight.js;
  const { text, inlineJs } = await page.evaluate(() => ({
    text: document.querySelector('[data-pagefind-body]')?.textContent ?? '',
    inlineJs: [...document.querySelectorAll('script:not([src]):not([type="application/ld+json"])')]
      .map((script) => script.textContent)
      .join('\n'),
  }));
  weight.text = text ? gzipped(text) : 0;
  weight.inlineJs = inlineJs ? gzipped(inlineJs) : 0;
  return weight;
}

const pages: Benchmark = {
  name: 'pages',
  async run({ server, browser }: BenchContext) {
    const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
    const page = await context.newPage();
    const rows: (string | number)[][] = [];
    for (const { name, path } of PAGE_TYPES) {
      const weight = await weigh(page, server.url + path);
      rows.push([name, path, weight.html, weight.inlineJs, weight.css, weight.js, weight.total]);
    }

    const documents = builtDocuments();
    const checked: { url: string; weight: Weight; overhead: number }[] = [];
    for (const document of documents) {
      const weight = await weigh(page, server.url + document.url);
      checked.push({ url: document.url, weight, overhead: weight.total - weight.text });
    }
    await context.close();

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
      `Documents: page − own text ≤ ${kB(DOCUMENT_OVERHEAD_BUDGET)} for each of ${checked.length}; ` +
        `largest ${kB(worst.overhead)} at ${worst.url} (page ${kB(worst.weight.total)}, text ${kB(worst.weight.text)}).`,
    ].join('\n');
    return { report, failures };
  },
};

export default pages;
