/**
 * PDF → text with the tools staff and their colleagues actually use: poppler-utils' `pdftotext`
 * in its default reading-order mode and in `-layout` mode (Debian's package, installed by
 * scripts/ensure-test-tools.ts), and pdf.js as browser-based converters run it. Each returns the
 * text exactly as the tool writes it, the way staff would commit it.
 */
import { spawnSync } from 'node:child_process';
import { getDocument, version as pdfjsVersion } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Pagination } from './typeset.ts';

export interface ExtractionTool {
  /** Identifies the tool in file names, the CLI (`--tool`) and the matrix. */
  name: string;
  /** How test names say it: "… extracted by {label}". */
  label: string;
  /** Part of the cache key: a new version of the tool extracts again. */
  version(): string;
  extract(pdf: Uint8Array): Promise<string>;
}

function runPdftotext(args: readonly string[], pdf: Uint8Array): string {
  // `-` for both files: the PDF on standard input, the text on standard output.
  const result = spawnSync('pdftotext', [...args, '-enc', 'UTF-8', '-', '-'], {
    input: pdf,
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.error)
    throw new Error(`pdftotext could not run (${result.error.message}); run npm test once to install it.`);
  if (result.status !== 0) throw new Error(`pdftotext failed: ${result.stderr.toString('utf8').trim()}`);
  return result.stdout.toString('utf8');
}

let popplerVersion: string | undefined;
function pdftotextVersion(): string {
  popplerVersion ??= spawnSync('pdftotext', ['-v']).stderr?.toString('utf8').split('\n')[0]?.trim() ?? 'missing';
  return popplerVersion;
}

const pdftotext: ExtractionTool = {
  name: 'pdftotext',
  label: 'pdftotext',
  version: pdftotextVersion,
  extract: async (pdf) => runPdftotext([], pdf),
};

const pdftotextLayout: ExtractionTool = {
  name: 'pdftotext-layout',
  label: 'pdftotext -layout',
  version: pdftotextVersion,
  extract: async (pdf) => runPdftotext(['-layout'], pdf),
};

type PdfDocument = Awaited<ReturnType<typeof getDocument>['promise']>;

/** Opens the PDF with pdf.js for `read`, and frees pdf.js's worker state afterwards. */
async function withPdf<T>(pdf: Uint8Array, read: (document: PdfDocument) => Promise<T>): Promise<T> {
  // pdf.js takes ownership of the buffer it is given; a copy keeps the caller's bytes intact.
  const task = getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, verbosity: 0 });
  try {
    return await read(await task.promise);
  } finally {
    await task.destroy();
  }
}

/**
 * Text as a typical browser-based converter joins pdf.js's text items: each item's `str`, a
 * newline where pdf.js marks the end of a line (`hasEOL`), the pages separated by a newline.
 */
async function pdfjsText(pdf: Uint8Array): Promise<string> {
  return withPdf(pdf, async (document) => {
    const pages: string[] = [];
    for (let number = 1; number <= document.numPages; number += 1) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      let text = '';
      for (const item of content.items) {
        if (!('str' in item)) continue;
        text += item.str;
        if (item.hasEOL) text += '\n';
      }
      pages.push(text);
      page.cleanup();
    }
    return pages.join('\n');
  });
}

const pdfjs: ExtractionTool = {
  name: 'pdfjs',
  label: 'pdf.js',
  version: () => `pdfjs-dist ${pdfjsVersion}`,
  extract: pdfjsText,
};

export const TOOLS: readonly ExtractionTool[] = [pdftotext, pdftotextLayout, pdfjs];

export function toolNamed(name: string): ExtractionTool {
  const tool = TOOLS.find((candidate) => candidate.name === name);
  if (!tool) throw new Error(`No tool named ${name}; the tools are ${TOOLS.map((t) => t.name).join(', ')}.`);
  return tool;
}

/**
 * Where each document starts, read from the PDF's named destinations: Chromium writes one for
 * every element a link of the page points to, here the 目录's entries (`#document-3`).
 */
export async function paginationOf(pdf: Uint8Array): Promise<Pagination> {
  return withPdf(pdf, async (document) => {
    const destinations = (await document.getDestinations()) as Record<string, unknown[]> | Map<string, unknown[]>;
    const entries = destinations instanceof Map ? [...destinations] : Object.entries(destinations);
    const pageIndex = new Map<number, number>();
    for (const [name, destination] of entries) {
      const order = /^document-(\d+)$/.exec(name)?.[1];
      const reference = destination[0];
      if (!order || typeof reference !== 'object' || reference === null) continue;
      pageIndex.set(Number(order), await document.getPageIndex(reference as { num: number; gen: number }));
    }
    const contentsPages = pageIndex.get(1);
    if (contentsPages === undefined) throw new Error('The printed issue has no destination for its first document.');
    const pageOfDocument = new Map([...pageIndex].map(([order, index]) => [order, index - contentsPages + 1]));
    return { pageOfDocument, contentsPages };
  });
}
