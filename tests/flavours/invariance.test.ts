/**
 * Flavour invariance: whatever tool extracted an issue's text from whatever print of it, the
 * archive gets the same documents, the same metadata, every character and (nearly) the same
 * blocks. Each archived issue is typeset in two layouts (docs/flavours.md) — the narrow
 * two-column gazette page and the one-column official document — printed to PDF by Chromium and
 * read back by pdftotext, pdftotext -layout and pdf.js; every file staff put in
 * tests/flavours/extractions/<tool>/<issue>.txt is checked the same way. `npm run bench` runs all
 * five layouts; `npm run flavours` prints the matrix with differing blocks side by side.
 */
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readColumnsInOrder, splitIntoPages } from '../../src/converter/detect/columns.ts';
import { splitLines } from '../../src/converter/read/index.ts';
import { createJournal, type SourceLine } from '../../src/converter/types.ts';
import { atLeast } from '../support/at-least.ts';
import { launchChromium } from '../support/browser.ts';
import { BLOCKS_IDENTICAL_BUDGET, percent, type Budget } from './compare.ts';
import { TOOLS } from './extract.ts';
import { layoutNamed } from './layouts.ts';
import { archivedIssues, outsideExtractions, runMatrix, type Cell, type Variant } from './matrix.ts';
import { cellFailures, cellReport } from './report.ts';
import { fallsBelow, readStanding, standingKey, standingOf } from './standing.ts';

/** The layouts `npm test` runs: together about a minute from an empty cache on two cores. */
const TEST_LAYOUTS = ['gazette-b5-two-columns', 'official-a4'].map(layoutNamed);
const ISSUES = archivedIssues();
const OUTSIDE = outsideExtractions(ISSUES);
/** Differing blocks a failure shows, side by side. */
const DIFF_LIMIT = 12;

const cells = new Map<string, Cell>();
const cellKey = ({ issue, layout, tool }: Pick<Variant, 'issue' | 'layout' | 'tool'>) => `${issue}|${layout}|${tool}`;
let browser: Browser | undefined;

beforeAll(async () => {
  browser = await launchChromium();
  const matrix = await runMatrix(browser, { layouts: TEST_LAYOUTS.map(({ name }) => name) });
  for (const cell of matrix) cells.set(cellKey(cell), cell);
}, 600_000);

afterAll(async () => {
  await browser?.close();
});

/** Fails with the cell's matrix row, what it misses and, for blocks, the first differing ones. */
function expectWithin(variant: Pick<Variant, 'issue' | 'layout' | 'tool'>, budget: Budget): void {
  const cell = cells.get(cellKey(variant));
  if (!cell) throw new Error(`No matrix cell for ${cellKey(variant)}: the matrix did not run.`);
  if (cellFailures(cell, [budget]).length > 0) {
    expect.fail(`\n${cellReport(cell, budget === 'documents' ? 0 : DIFF_LIMIT, [budget])}\n`);
  }
}

const STANDING = readStanding();

/**
 * A cell within budget when last recorded must stay within it; one that is not yet must do no
 * worse than its recorded figures (tests/flavours/standing.ts).
 */
function promises(subject: string, variant: Pick<Variant, 'issue' | 'layout' | 'tool'>): void {
  const recorded = STANDING[standingKey(variant)];
  if (recorded && !recorded.refused && recorded.withinBudget) {
    it(`keeps every document of ${subject}, with the same metadata`, () => expectWithin(variant, 'documents'));
    it(`keeps every character of ${subject}`, () => expectWithin(variant, 'characters'));
    it(`keeps ${percent(BLOCKS_IDENTICAL_BUDGET)} of the blocks of ${subject} identical`, () =>
      expectWithin(variant, 'blocks'));
    return;
  }
  it(`does no worse on ${subject} than its recorded standing (not yet within budget)`, () => {
    const cell = cells.get(cellKey(variant));
    if (!cell) throw new Error(`No matrix cell for ${cellKey(variant)}: the matrix did not run.`);
    if (!recorded) expect.fail(`No standing recorded for ${cellKey(variant)}: run UPDATE_STANDING=1 npm run flavours.`);
    const falls = fallsBelow(standingOf(cell), recorded);
    if (falls.length > 0) expect.fail(`\n${falls.join('\n')}\n${cellReport(cell, DIFF_LIMIT)}\n`);
  });
}

for (const issue of ISSUES) {
  describe(`${issue} in other flavours`, () => {
    for (const layout of TEST_LAYOUTS) {
      for (const tool of TOOLS) {
        promises(`${issue} typeset ${layout.phrase} and extracted by ${tool.label}`, {
          issue,
          layout: layout.name,
          tool: tool.name,
        });
      }
    }
    for (const given of OUTSIDE.filter((variant) => variant.issue === issue)) {
      promises(`${issue} as ${given.tool} extracted it (${given.path})`, given);
    }
  });
}

/** The non-space characters of the lines, counted: what reading columns in order must keep. */
function characterCounts(lines: readonly SourceLine[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of lines)
    for (const char of line.text.replace(/\s/g, '')) counts.set(char, (counts.get(char) ?? 0) + 1);
  return counts;
}

describe('two-column pages read in reading order (detect/columns.ts) on the real extractions', () => {
  const extractions = () =>
    [...cells.values()].map((cell) => ({
      name: `${cell.issue}/${cell.layout}/${cell.tool}`,
      layout: cell.layout,
      tool: cell.tool,
      lines: splitLines(readFileSync(cell.path, 'utf8')),
    }));

  it('never loses or doubles a character on any page', () => {
    for (const { name, lines } of atLeast(1, extractions(), 'extractions')) {
      for (const page of splitIntoPages(lines)) {
        const read = readColumnsInOrder(page, createJournal());
        expect(characterCounts(read), `${name}, page from line ${page[0]!.no}`).toEqual(characterCounts(page));
      }
    }
  });

  it('leaves every page of a one-column print as extracted', () => {
    const oneColumn = extractions().filter(({ layout }) => layoutNamed(layout).columns === 1);
    for (const { name, lines } of atLeast(1, oneColumn, 'one-column extractions')) {
      expect(readColumnsInOrder(lines, createJournal()), name).toEqual(lines);
    }
  });

  it('reads most pages of a two-column pdftotext -layout extraction in columns', () => {
    const twoColumns = extractions().filter(
      ({ layout, tool }) => layoutNamed(layout).columns === 2 && tool === 'pdftotext-layout',
    );
    for (const { name, lines } of atLeast(1, twoColumns, 'two-column layout extractions')) {
      const journal = createJournal();
      readColumnsInOrder(lines, journal);
      expect(journal.repairs.length, name).toBeGreaterThanOrEqual(splitIntoPages(lines).length * 0.5);
    }
  });
});
