/**
 * Where each cell of the flavour matrix stands: the figures it reached when last recorded, in
 * `standing.json`. The promise of the matrix is the budget (every document right, no character
 * lost, 98 % of blocks identical); a cell that does not meet it yet must at least never fall below
 * its standing, so a change to the converter that helps one extraction cannot quietly break
 * another. `UPDATE_STANDING=1` records the figures of a run, only ever raising them (refused in
 * CI); lowering one is a hand edit to justify in its commit.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { blocksIdenticalShare, budgetFailures, type Comparison } from './compare.ts';
import type { Cell } from './matrix.ts';

export const STANDING_FILE = 'tests/flavours/standing.json';

/** A cell's recorded figures; a refused extraction records only that. */
export type Standing =
  | { refused: true }
  | {
      refused?: undefined;
      /** Whether the cell met the whole budget: from then on it must keep meeting it. */
      withinBudget: boolean;
      /** Original documents found with all metadata right. */
      documentsRight: number;
      /** Characters of the original missing from the variant, and characters only the variant has. */
      charactersLost: number;
      charactersExtra: number;
      /** Share of the original's blocks found identical, rounded down to a tenth of a percent. */
      blocksIdentical: number;
    };

export type StandingTable = Record<string, Standing>;

export const standingKey = ({ issue, layout, tool }: Pick<Cell, 'issue' | 'layout' | 'tool'>) =>
  `${issue}|${layout}|${tool}`;

const total = (counts: ReadonlyMap<string, number>) => [...counts.values()].reduce((sum, count) => sum + count, 0);

/** The figures a cell reached in this run. */
export function standingOf(cell: Cell): Standing {
  if (cell.error !== undefined) return { refused: true };
  const comparison: Comparison = cell.comparison;
  return {
    withinBudget: budgetFailures(comparison).length === 0,
    documentsRight: comparison.documents.right,
    charactersLost: total(comparison.characters.lost),
    charactersExtra: total(comparison.characters.extra),
    blocksIdentical: Math.floor(blocksIdenticalShare(comparison) * 1000) / 1000,
  };
}

/** Each way the cell fell below its recorded standing, as a sentence; empty when it did not. */
export function fallsBelow(now: Standing, recorded: Standing): string[] {
  if (recorded.refused) return [];
  if (now.refused) return ['the extraction is refused, where it was converted before'];
  const falls: string[] = [];
  if (recorded.withinBudget && !now.withinBudget) falls.push('the budget is missed, where it was met before');
  if (now.documentsRight < recorded.documentsRight)
    falls.push(`documents right ${now.documentsRight}, was ${recorded.documentsRight}`);
  if (now.charactersLost > recorded.charactersLost)
    falls.push(`characters lost ${now.charactersLost}, was ${recorded.charactersLost}`);
  if (now.charactersExtra > recorded.charactersExtra)
    falls.push(`extra characters ${now.charactersExtra}, was ${recorded.charactersExtra}`);
  if (now.blocksIdentical < recorded.blocksIdentical)
    falls.push(`blocks identical ${now.blocksIdentical}, was ${recorded.blocksIdentical}`);
  return falls;
}

/** The better of two standings, figure by figure. */
export function better(now: Standing, recorded: Standing | undefined): Standing {
  if (recorded === undefined || recorded.refused) return now;
  if (now.refused) return recorded;
  return {
    withinBudget: now.withinBudget || recorded.withinBudget,
    documentsRight: Math.max(now.documentsRight, recorded.documentsRight),
    charactersLost: Math.min(now.charactersLost, recorded.charactersLost),
    charactersExtra: Math.min(now.charactersExtra, recorded.charactersExtra),
    blocksIdentical: Math.max(now.blocksIdentical, recorded.blocksIdentical),
  };
}

export function readStanding(path = STANDING_FILE): StandingTable {
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as StandingTable) : {};
}

/** Records the cells' figures where they are better than the recorded ones (keys sorted, for review). */
export function raiseStanding(cells: readonly Cell[], path = STANDING_FILE): void {
  if (process.env['CI']) throw new Error('UPDATE_STANDING is refused in CI: record standings on a developer machine.');
  const table = readStanding(path);
  for (const cell of cells) table[standingKey(cell)] = better(standingOf(cell), table[standingKey(cell)]);
  const sorted = Object.fromEntries(Object.entries(table).sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(path, `${JSON.stringify(sorted, null, 2)}\n`);
}
