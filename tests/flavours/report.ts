/**
 * The matrix and its differences as a developer reads them in a terminal: one row per cell, and
 * on demand the first differing blocks of a cell side by side, original left, variant right.
 */
import { displayWidth, table } from '../../scripts/bench/_types.ts';
import {
  blocksIdenticalShare,
  BUDGET_CHECKS,
  charactersKeptShare,
  percent,
  type BlockDifference,
  type Budget,
} from './compare.ts';
import type { Cell } from './matrix.ts';

export const cellName = (cell: Cell) => `${cell.issue} × ${cell.layout} × ${cell.tool}`;

const ALL_BUDGETS = Object.keys(BUDGET_CHECKS) as Budget[];

/** The cell's conversion error, or the budgets it misses; empty when the cell is within them. */
export function cellFailures(cell: Cell, budgets: readonly Budget[] = ALL_BUDGETS): string[] {
  if (cell.error !== undefined) return [`the converter refused or failed on it: ${cell.error}`];
  return budgets
    .map((budget) => BUDGET_CHECKS[budget](cell.comparison))
    .filter((failure): failure is string => failure !== null);
}

export function matrixTable(cells: readonly Cell[]): string {
  const rows = cells.map((cell) => {
    if (cell.error !== undefined) {
      // A refusal names the extraction's line: the path column says where, the note what.
      const refusal = cell.error.startsWith(`${cell.path}:`) ? /^(\S+?:\d+:\d+): (.*)$/su.exec(cell.error) : null;
      const [where, message] = refusal ? [refusal[1]!, refusal[2]!] : [cell.path, cell.error];
      return [cell.issue, cell.layout, cell.tool, 'error', '—', '—', where, message];
    }
    const { documents, characters } = cell.comparison;
    const extra = [...characters.extra.values()].reduce((sum, count) => sum + count, 0);
    const furniture = characters.furniture.length > 0 ? ` (+${characters.furniture.length} furniture)` : '';
    return [
      cell.issue,
      cell.layout,
      cell.tool,
      `${documents.right}/${documents.original}${documents.variant === documents.original ? '' : ` of ${documents.variant}`}`,
      percent(charactersKeptShare(cell.comparison)),
      percent(blocksIdenticalShare(cell.comparison)),
      cell.path,
      extra > 0 || furniture ? `${extra} extra characters${furniture}` : '',
    ];
  });
  return table(
    ['issue', 'layout', 'tool', 'documents', 'kept', 'identical', 'extraction', 'note'],
    rows.map((row) => row.map(String)),
  );
}

/** Splits a text into lines of at most `width` terminal columns. */
export function wrapColumns(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const char of text) {
    if (displayWidth(line + char) > width) {
      lines.push(line);
      line = '';
    }
    line += char;
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
}

const padTo = (text: string, width: number) => text + ' '.repeat(Math.max(0, width - displayWidth(text)));

/**
 * Cuts both sides of a changed block to start shortly before their first difference, so that a
 * long paragraph shows where it differs rather than its opening, which both share.
 */
export function aroundFirstDifference(original: string, variant: string, context = 12): [string, string] {
  const a = [...original];
  const b = [...variant];
  let same = 0;
  while (same < a.length && same < b.length && a[same] === b[same]) same += 1;
  // Keep the kind (up to the first colon) so each side still says what block it is.
  const kindEnd = Math.min(original.indexOf(': ') + 2, same);
  const start = Math.max(kindEnd, same - context);
  if (start <= kindEnd + 1) return [original, variant];
  const cut = (chars: string[]) => `${chars.slice(0, kindEnd).join('')}…${chars.slice(start).join('')}`;
  return [cut(a), cut(b)];
}

/** The first `limit` differing blocks of a cell, side by side, grouped by document. */
export function differencesSideBySide(
  differences: readonly BlockDifference[],
  limit: number,
  { width = 60, linesPerBlock = 4 } = {},
): string {
  const out: string[] = [];
  let document = -1;
  for (const difference of differences.slice(0, limit)) {
    if (difference.order !== document) {
      document = difference.order;
      out.push(`  #${difference.order} ${difference.title}`, `    ${padTo('original', width + 2)}│ variant`);
    }
    const [left, right] =
      difference.original !== null && difference.variant !== null
        ? aroundFirstDifference(difference.original, difference.variant)
        : [difference.original ?? '', difference.variant ?? ''];
    const leftLines = left ? wrapColumns(left, width) : ['(none)'];
    const rightLines = right ? wrapColumns(right, width) : ['(none)'];
    const height = Math.min(linesPerBlock, Math.max(leftLines.length, rightLines.length));
    for (let index = 0; index < height; index += 1) {
      const more = index === height - 1;
      const side = (lines: string[]) => (lines[index] ?? '') + (more && lines.length > height ? ' …' : '');
      out.push(`    ${padTo(side(leftLines), width + 2)}│ ${side(rightLines)}`);
    }
    out.push(`    ${'─'.repeat(width + 2)}┼${'─'.repeat(width / 2)}`);
  }
  if (differences.length > limit) out.push(`  … ${differences.length - limit} more differing blocks`);
  return out.join('\n');
}

/**
 * Everything a failing cell says: its matrix row (or, under a matrix that shows it, its name), what
 * it misses, its first differing blocks.
 */
export function cellReport(
  cell: Cell,
  diffLimit: number,
  budgets: readonly Budget[] = ALL_BUDGETS,
  { withRow = true } = {},
): string {
  const lines = [
    withRow ? `${matrixTable([cell])}\n` : `── ${cellName(cell)}`,
    ...cellFailures(cell, budgets).map((failure) => `  ✗ ${failure}`),
  ];
  if (cell.comparison && cell.comparison.blocks.differences.length > 0 && diffLimit > 0) {
    const { differences } = cell.comparison.blocks;
    lines.push(`  first ${Math.min(diffLimit, differences.length)} of ${differences.length} differing blocks:`);
    lines.push(differencesSideBySide(differences, diffLimit));
  }
  return lines.join('\n');
}
