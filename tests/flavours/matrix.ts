/**
 * The flavour-invariance matrix: every archived issue (content/*.txt) × layout × extraction tool,
 * plus the extractions staff put in tests/flavours/extractions/<tool>/<issue>.txt. Each cell is the
 * variant's conversion compared with the original's, or the error the converter raised on it.
 * Shared by the test (tests/flavours/invariance.test.ts), `npm run flavours` and `npm run bench`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { convertIssue, GazetteInputError } from '../../src/converter/index.ts';
import type { ConvertedIssue } from '../../src/converter/types.ts';
import { cached, cachePath, displayPath, hashOf } from './cache.ts';
import { compareIssues, type Comparison } from './compare.ts';
import { paginationOf, TOOLS, type ExtractionTool } from './extract.ts';
import { LAYOUTS, type Layout } from './layouts.ts';
import { issueHtml, printPdf, type Pagination } from './typeset.ts';

const CONTENT = resolve(process.cwd(), 'content');
export const OUTSIDE_EXTRACTIONS = resolve(process.cwd(), 'tests', 'flavours', 'extractions');
/** The layout column of a cell whose text comes from outside (a file staff committed). */
export const OUTSIDE_LAYOUT = 'given';

const ISSUE_FILE = /^(\d{4}-\d{1,2})\.txt$/;

/** The archived issues, e.g. `2021-4`, whatever content/ holds today. */
export function archivedIssues(folder = CONTENT): string[] {
  return readdirSync(folder)
    .map((file) => ISSUE_FILE.exec(file)?.[1])
    .filter((id): id is string => id !== undefined)
    .sort();
}

export function convertArchived(issue: string): ConvertedIssue {
  return convertIssue(`${issue}.txt`, readFileSync(join(CONTENT, `${issue}.txt`)));
}

/** A text to compare with its archived issue: typeset and extracted here, or given. */
export interface Variant {
  issue: string;
  layout: string;
  tool: string;
  path: string;
}

export type Outcome = { comparison: Comparison; error?: undefined } | { error: string; comparison?: undefined };
export type Cell = Variant & Outcome;

/** Files staff committed under tests/flavours/extractions/<tool>/<issue>.txt, for archived issues. */
export function outsideExtractions(issues: readonly string[], folder = OUTSIDE_EXTRACTIONS): Variant[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((tool) =>
      readdirSync(join(folder, tool.name))
        .map((file) => ISSUE_FILE.exec(file)?.[1])
        .filter((issue): issue is string => issue !== undefined && issues.includes(issue))
        .map((issue) => ({
          issue,
          layout: OUTSIDE_LAYOUT,
          tool: tool.name,
          path: displayPath(join(folder, tool.name, `${issue}.txt`)),
        })),
    )
    .sort((a, b) => a.issue.localeCompare(b.issue) || a.tool.localeCompare(b.tool));
}

/**
 * The converter's error as `file:line: message`: for a refused file, the extraction's own path and
 * line (an editor opens it there); for a crash, the converter's source line that threw.
 */
export function describeError(error: unknown, path: string): string {
  if (error instanceof GazetteInputError) return `${path}:${error.line}:${error.column}: ${error.message}`;
  if (!(error instanceof Error)) return `${path}: ${String(error)}`;
  const frame = error.stack
    ?.split('\n')
    .map((line) => /\(?((?:file:\/\/)?\/[^\s()]+):(\d+):\d+\)?$/.exec(line))
    .find((match) => match !== null);
  const where = frame ? `${relative(process.cwd(), frame[1]!.replace(/^file:\/\//, ''))}:${frame[2]}` : path;
  return `${where}: ${error.name}: ${error.message}`;
}

/** Converts a variant's text as `npm run build` would convert it under the issue's file name. */
export function compareText(original: ConvertedIssue, variant: Variant, text: Uint8Array): Cell {
  try {
    const converted = convertIssue(`${variant.issue}.txt`, text);
    return { ...variant, comparison: compareIssues(original, converted) };
  } catch (error) {
    return { ...variant, error: describeError(error, variant.path) };
  }
}

/**
 * Prints the issue in the layout (twice for a 目录, to number it) and caches the PDF; Chromium's
 * version is part of the key.
 */
export async function typesetIssue(
  browser: Browser,
  converted: ConvertedIssue,
  layout: Layout,
): Promise<{ pdf: Buffer; key: string; path: string }> {
  const folder = join(converted.issue.id, layout.name);
  const chromium = browser.version();
  let pagination: Pagination | undefined;
  if (layout.contents) {
    const draft = issueHtml(converted, layout);
    const json = await cached(
      { folder, name: 'pagination', key: hashOf(draft, chromium), extension: 'json' },
      async () => {
        const found = await paginationOf(await printPdf(browser, draft));
        return JSON.stringify({ contentsPages: found.contentsPages, pageOfDocument: [...found.pageOfDocument] });
      },
    );
    const parsed = JSON.parse(json.toString('utf8')) as { contentsPages: number; pageOfDocument: [number, number][] };
    pagination = { contentsPages: parsed.contentsPages, pageOfDocument: new Map(parsed.pageOfDocument) };
  }
  const html = issueHtml(converted, layout, pagination);
  const entry = { folder, name: 'issue', key: hashOf(html, chromium), extension: 'pdf' };
  const pdf = await cached(entry, () => printPdf(browser, html));
  return { pdf, key: entry.key, path: displayPath(cachePath(entry)) };
}

/** The tool's text of the PDF, cached beside it. */
export async function extractText(
  pdf: { pdf: Buffer; key: string },
  folder: string,
  tool: ExtractionTool,
): Promise<{ text: Buffer; path: string }> {
  const entry = { folder, name: tool.name, key: hashOf(pdf.key, tool.name, tool.version()), extension: 'txt' };
  const text = await cached(entry, () => tool.extract(pdf.pdf));
  return { text, path: displayPath(cachePath(entry)) };
}

/** What to run; each list by name, everything when left out. */
export interface MatrixSelection {
  issues?: readonly string[];
  layouts?: readonly string[];
  /** Names of TOOLS and of the folders of tests/flavours/extractions/. */
  tools?: readonly string[];
  /** Include the extractions staff committed (default: yes). */
  outside?: boolean;
}

/**
 * Every cell of the selection, issue by issue. The original conversion of an archived issue must
 * succeed (`npm run check` guarantees it); a variant's failure is recorded in its cell.
 */
export async function runMatrix(
  browser: Browser,
  selection: MatrixSelection = {},
  onCell: (cell: Cell) => void = () => {},
): Promise<Cell[]> {
  const issues = selection.issues ?? archivedIssues();
  const chosen = <T extends { name: string }>(all: readonly T[], names?: readonly string[]) =>
    names ? all.filter(({ name }) => names.includes(name)) : all;
  const layouts = chosen(LAYOUTS, selection.layouts);
  const tools = chosen(TOOLS, selection.tools);
  const cells: Cell[] = [];
  const record = (cell: Cell) => {
    cells.push(cell);
    onCell(cell);
  };
  const outside = selection.outside === false ? [] : outsideExtractions(issues);
  for (const issue of issues) {
    const original = convertArchived(issue);
    for (const layout of layouts) {
      const pdf = await typesetIssue(browser, original, layout);
      for (const tool of tools) {
        const { text, path } = await extractText(pdf, join(issue, layout.name), tool);
        record(compareText(original, { issue, layout: layout.name, tool: tool.name, path }, text));
      }
    }
    for (const given of outside) {
      if (given.issue !== issue || (selection.tools && !selection.tools.includes(given.tool))) continue;
      record(compareText(original, given, readFileSync(given.path)));
    }
  }
  return cells;
}
