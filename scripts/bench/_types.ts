/**
 * The contract between `npm run bench` (scripts/bench.ts) and each benchmark module in this
 * folder. A module default-exports one Benchmark; files starting with `_` are shared code.
 */
import type { Browser } from 'playwright-core';
import type { StaticServer } from '../../tests/support/browser.ts';

/** Shared by all benchmarks of a run: the built site served from dist/ and one Chromium. */
export interface BenchContext {
  server: StaticServer;
  browser: Browser;
}

export interface BenchResult {
  /** Printed as is: a table, then one line per budget checked. */
  report: string;
  /**
   * Budgets exceeded, and measurements that could not be made (a search that failed), each a
   * sentence; empty when the benchmark is within all its budgets. Any makes `npm run bench` exit 1.
   */
  failures: string[];
}

export interface Benchmark {
  name: string;
  run(context: BenchContext): Promise<BenchResult>;
}

/** Columns a text takes in a terminal: Chinese characters (and full-width forms) take two. */
export function displayWidth(text: string): number {
  return [...text].reduce((sum, char) => sum + (/[\u2e80-\u9fff\uff00-\uffef]/.test(char) ? 2 : 1), 0);
}

/** A plain-text table with right-aligned numeric columns, for terminals and CI logs. */
export function table(header: string[], rows: (string | number)[][]): string {
  const cells = [header, ...rows].map((row) => row.map(String));
  const width = displayWidth;
  const widths = header.map((_, column) => Math.max(...cells.map((row) => width(row[column]!))));
  const pad = (text: string, column: number, numeric: boolean) => {
    const space = ' '.repeat(widths[column]! - width(text));
    return numeric ? space + text : text + space;
  };
  return cells
    .map((row) =>
      row.map((cell, column) => pad(cell, column, column > 0 && /^[\d.,/]+( kB| %)?$/.test(cell))).join('  '),
    )
    .join('\n');
}

/** The middle value of a sample (the mean of the two middle ones for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
