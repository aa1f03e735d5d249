/**
 * Which printed lines make one row of a table laid out with spaces. A row is anchored by the line
 * that holds its first cell (the row number, the indicator's name); the lines of its wrapped cells
 * stand above and below that line, for cells are set in the middle of the row's height. Between
 * two anchors, the lines are split where the rows look most like printed rows: each column's lines
 * together, the lines of left-aligned text full but the last, the anchor near the middle, no cell
 * left empty that the neighbouring row fills. When two splits look equally right, the rows are in
 * doubt.
 */
import { displayWidth } from '../../vocabulary/index.ts';
import type { SourceLine } from '../types.ts';
import type { Token } from './positions.ts';

/** A body line whose pieces are placed in columns: `cells[column]` holds that column's pieces on this line. */
export interface PlacedLine {
  line: SourceLine;
  cells: Token[][];
}

/** A line that spans the columns: the label over a group of rows. */
export interface LabelLine {
  line: SourceLine;
  label: Token;
}

export type BodyLine = PlacedLine | LabelLine;

export type Row = { lines: PlacedLine[] } | { label: LabelLine };

const isLabel = (line: BodyLine): line is LabelLine => 'label' in line;
const holds = (line: PlacedLine, column: number) => line.cells[column]!.length > 0;
const cellText = (tokens: readonly Token[]) => tokens.map((token) => token.text).join(' ');

/** What the columns are like over the whole table, for judging a candidate row. */
interface ColumnTraits {
  /** Columns whose text starts at one position on every line: wrapped text, full lines but the last. */
  leftAligned: boolean[];
  /** The widest line each column holds, in display cells. */
  widest: number[];
  /** Columns most anchor lines fill: a row leaving one empty has likely lost its cell to a neighbour. */
  usuallyFilled: boolean[];
}

function columnTraits(lines: readonly PlacedLine[], anchors: readonly PlacedLine[], count: number): ColumnTraits {
  const traits: ColumnTraits = { leftAligned: [], widest: [], usuallyFilled: [] };
  for (let column = 0; column < count; column += 1) {
    const held = lines.filter((line) => holds(line, column));
    const starts = held.map((line) => line.cells[column]![0]!.start);
    traits.leftAligned.push(held.length >= 3 && Math.max(...starts) - Math.min(...starts) <= 1);
    traits.widest.push(Math.max(0, ...held.map((line) => displayWidth(cellText(line.cells[column]!)))));
    traits.usuallyFilled.push(anchors.filter((line) => holds(line, column)).length * 2 >= anchors.length);
  }
  return traits;
}

/** How unlike a printed row these lines are (0: nothing amiss); `anchor` is the index of the row's first-cell line. */
function rowCost(lines: readonly PlacedLine[], anchor: number, traits: ColumnTraits): number {
  let cost = Math.max(0, Math.abs(anchor - (lines.length - 1 - anchor)) - 1) * 0.5;
  traits.leftAligned.forEach((leftAligned, column) => {
    const positions = lines.flatMap((line, index) => (holds(line, column) ? [index] : []));
    if (positions.length === 0) {
      cost += traits.usuallyFilled[column] ? 1 : 0;
      return;
    }
    cost += 2 * (positions[positions.length - 1]! - positions[0]! + 1 - positions.length);
    if (!leftAligned) return;
    for (const position of positions.slice(0, -1)) {
      const width = displayWidth(cellText(lines[position]!.cells[column]!));
      if (width < traits.widest[column]! - 2) cost += (traits.widest[column]! - width) / traits.widest[column]!;
    }
  });
  return cost;
}

/** The lines of one run between labels: before the first anchor, and between and after anchors. */
interface Run {
  anchors: PlacedLine[];
  /** gaps[i]: the lines between anchor i-1 and anchor i; gaps[0] above the first, gaps[n] below the last. */
  gaps: PlacedLine[][];
}

function toRun(lines: readonly PlacedLine[]): Run | null {
  const run: Run = { anchors: [], gaps: [[]] };
  for (const line of lines) {
    if (holds(line, 0)) {
      run.anchors.push(line);
      run.gaps.push([]);
    } else run.gaps[run.gaps.length - 1]!.push(line);
  }
  return run.anchors.length > 0 ? run : null;
}

/** Row `index` when the gap above it is split at `above` and the gap below at `below`. */
function rowLines(run: Run, index: number, above: number, below: number): { lines: PlacedLine[]; anchor: number } {
  const upper = run.gaps[index]!.slice(index === 0 ? 0 : above);
  const lower = run.gaps[index + 1]!.slice(0, index === run.anchors.length - 1 ? undefined : below);
  return { lines: [...upper, run.anchors[index]!, ...lower], anchor: upper.length };
}

/**
 * The splits of the gaps between anchors that make the rows cost least, by dynamic programming
 * (a row's cost depends on the splits above and below it). `fixed` forces one gap's split, to ask
 * whether another split would do as well. Returns the splits (one per inner gap) and their cost.
 */
function bestSplits(
  run: Run,
  traits: ColumnTraits,
  fixed: { gap: number; split: number } | null,
): { splits: number[]; cost: number } {
  const rows = run.anchors.length;
  const options = (gap: number) =>
    gap === 0 || gap === rows
      ? [0]
      : Array.from({ length: run.gaps[gap]!.length + 1 }, (_, split) => split).filter(
          (split) => fixed === null || fixed.gap !== gap || fixed.split === split,
        );
  // best[split of the gap below row i] = least cost of rows 0..i.
  let best = new Map<number, { cost: number; splits: number[] }>();
  for (const below of options(1 === rows ? rows : 1)) {
    const { lines, anchor } = rowLines(run, 0, 0, below);
    best.set(below, { cost: rowCost(lines, anchor, traits), splits: rows === 1 ? [] : [below] });
  }
  for (let row = 1; row < rows; row += 1) {
    const next = new Map<number, { cost: number; splits: number[] }>();
    const belowOptions = options(row + 1 === rows ? rows : row + 1);
    for (const below of belowOptions) {
      for (const [above, previous] of best) {
        const { lines, anchor } = rowLines(run, row, above, below);
        const cost = previous.cost + rowCost(lines, anchor, traits);
        const known = next.get(below);
        const splits = row + 1 === rows ? previous.splits : [...previous.splits, below];
        if (!known || cost < known.cost) next.set(below, { cost, splits });
      }
    }
    best = next;
  }
  return [...best.values()].reduce((a, b) => (b.cost < a.cost ? b : a));
}

/** The rows of one run between labels, or a doubt when another split of some gap does as well. */
function runRows(run: Run, traits: ColumnTraits): PlacedLine[][] | { doubt: string } {
  const best = bestSplits(run, traits, null);
  for (let gap = 1; gap < run.anchors.length; gap += 1) {
    for (let split = 0; split <= run.gaps[gap]!.length; split += 1) {
      if (split === best.splits[gap - 1]) continue;
      if (bestSplits(run, traits, { gap, split }).cost <= best.cost) {
        return { doubt: `第 ${run.anchors[gap]!.line.no} 行上下的续行归哪一行说不准` };
      }
    }
  }
  return run.anchors.map((_, index) => {
    const above = index === 0 ? 0 : best.splits[index - 1]!;
    const below = index === run.anchors.length - 1 ? 0 : best.splits[index]!;
    return rowLines(run, index, above, below).lines;
  });
}

/** The table's rows in order, labels as rows of their own; a doubt when rows cannot be told apart. */
export function groupRows(lines: readonly BodyLine[], count: number): Row[] | { doubt: string } {
  const placed = lines.filter((line): line is PlacedLine => !isLabel(line));
  const anchors = placed.filter((line) => holds(line, 0));
  const traits = columnTraits(placed, anchors, count);
  const rows: Row[] = [];
  let pending: PlacedLine[] = [];
  const flush = (): { doubt: string } | null => {
    if (pending.length === 0) return null;
    const run = toRun(pending);
    if (!run) return { doubt: `第 ${pending[0]!.line.no} 行起的几行没有第一列` };
    const grouped = runRows(run, traits);
    if ('doubt' in grouped) return grouped;
    rows.push(...grouped.map((rowLines) => ({ lines: rowLines })));
    pending = [];
    return null;
  };
  for (const line of lines) {
    if (!isLabel(line)) {
      pending.push(line);
      continue;
    }
    const doubt = flush();
    if (doubt) return doubt;
    rows.push({ label: line });
  }
  return flush() ?? rows;
}
