/**
 * Which printed lines make one row of a table laid out with spaces. A row is anchored by the line
 * that opens its first cell (the row number, the indicator's name); the lines of its wrapped cells
 * stand above and below that line. Between two anchors, the lines are split where the rows look
 * most like printed rows: each column's lines together, the lines of left-aligned text full but
 * the last, no cell left empty that most rows fill, no two figures stacked in one cell. Where two
 * splits look as right, the lines go with the row above: an extraction writes a row's lines after
 * its first cell's more often than before. A row whose column's lines are not together is wrong
 * whichever way: the rows are then in doubt.
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
/** A first cell that opens with the row's number: `12`, `1.`, `（三）`, `一`. */
const NUMBERED = /^(?:\d{1,3}|[一二三四五六七八九十]{1,3})(?:$|[.．、])|^[（(][一二三四五六七八九十\d]{1,3}[）)]/;
const isNumbered = (line: PlacedLine) => holds(line, 0) && NUMBERED.test(line.cells[0]![0]!.text);

/**
 * The lines that open a row. Where first cells carry row numbers, a row opens at its number and a
 * first-column line without one continues the cell above; elsewhere every line holding a first
 * cell opens a row.
 */
function rowStarts(lines: readonly PlacedLine[]): Set<PlacedLine> {
  const first = lines.filter((line) => holds(line, 0));
  const numbered = first.filter(isNumbered);
  return new Set(numbered.length * 2 > first.length ? numbered : first);
}
const cellText = (tokens: readonly Token[]) => tokens.map((token) => token.text).join(' ');
/** A figure never wraps: two on lines of one cell are two cells. */
const FIGURE = /^[-+>≥<≤]?\d[\d,]*(?:\.\d+)?[%‰]?$/;

/** What the columns are like over the whole table, for judging a candidate row. */
interface ColumnTraits {
  /** Columns whose text starts at one position on every line: wrapped text, full lines but the last. */
  leftAligned: boolean[];
  /** The widest line each column holds, in display cells. */
  widest: number[];
  /** Columns most rows fill: a row leaving one empty has likely lost its cell to a neighbour. */
  usuallyFilled: boolean[];
  /** The lines that open rows. */
  anchors: ReadonlySet<PlacedLine>;
}

/**
 * The columns' traits; which columns rows fill is judged on rough rows (each anchor with the lines
 * down to the next), good enough to count filled columns.
 */
function columnTraits(lines: readonly PlacedLine[], starts: ReadonlySet<PlacedLine>, count: number): ColumnTraits {
  const roughRows: PlacedLine[][] = [];
  for (const line of lines) {
    if (starts.has(line) || roughRows.length === 0) roughRows.push([]);
    roughRows[roughRows.length - 1]!.push(line);
  }
  const traits: ColumnTraits = { leftAligned: [], widest: [], usuallyFilled: [], anchors: starts };
  for (let column = 0; column < count; column += 1) {
    const held = lines.filter((line) => holds(line, column));
    const starts = held.map((line) => line.cells[column]![0]!.start);
    traits.leftAligned.push(held.length >= 3 && Math.max(...starts) - Math.min(...starts) <= 1);
    traits.widest.push(Math.max(0, ...held.map((line) => displayWidth(cellText(line.cells[column]!)))));
    const filled = roughRows.filter((row) => row.some((line) => holds(line, column))).length;
    traits.usuallyFilled.push(filled * 2 > roughRows.length);
  }
  return traits;
}

/**
 * Lines of a column missing between its first and last line in the row: never in a printed row,
 * but for the row's first-cell line, which the extraction may set between a cell's lines.
 */
function holes(lines: readonly PlacedLine[], column: number, anchors: ReadonlySet<PlacedLine>): number {
  const positions = lines.flatMap((line, index) => (holds(line, column) ? [index] : []));
  if (positions.length === 0) return 0;
  const [first, last] = [positions[0]!, positions[positions.length - 1]!];
  const between = lines.slice(first, last + 1).filter((line) => !holds(line, column) && !anchors.has(line));
  return between.length;
}

/** How much shorter than full the cell's lines but the last are, in a left-aligned column. */
function shortLines(lines: readonly PlacedLine[], column: number, widest: number): number {
  const texts = lines.filter((line) => holds(line, column)).map((line) => cellText(line.cells[column]!));
  return texts
    .slice(0, -1)
    .map((text) => displayWidth(text))
    .filter((width) => width < widest - 2)
    .reduce((sum, width) => sum + (widest - width) / widest, 0);
}

/** How unlike a printed row these lines are (0: nothing amiss). */
function rowCost(lines: readonly PlacedLine[], traits: ColumnTraits): number {
  let cost = 0;
  traits.leftAligned.forEach((leftAligned, column) => {
    const held = lines.filter((line) => holds(line, column));
    if (held.length === 0 && traits.usuallyFilled[column]) cost += 1;
    cost += 2 * holes(lines, column, traits.anchors);
    if (leftAligned) cost += shortLines(lines, column, traits.widest[column]!);
    const figures = held.filter((line) => line.cells[column]!.every((token) => FIGURE.test(token.text)));
    if (figures.length >= 2) cost += 2;
  });
  return cost;
}

/** The lines of one run between labels: before the first anchor, and between and after anchors. */
interface Run {
  anchors: PlacedLine[];
  /** gaps[i]: the lines between anchor i-1 and anchor i; gaps[0] above the first, gaps[n] below the last. */
  gaps: PlacedLine[][];
}

function toRun(lines: readonly PlacedLine[], starts: ReadonlySet<PlacedLine>): Run | null {
  const run: Run = { anchors: [], gaps: [[]] };
  for (const line of lines) {
    if (starts.has(line)) {
      run.anchors.push(line);
      run.gaps.push([]);
    } else run.gaps[run.gaps.length - 1]!.push(line);
  }
  return run.anchors.length > 0 ? run : null;
}

/** Row `index` when the gap above it is split at `above` and the gap below at `below`. */
function rowLines(run: Run, index: number, above: number, below: number): PlacedLine[] {
  const upper = run.gaps[index]!.slice(index === 0 ? 0 : above);
  const lower = run.gaps[index + 1]!.slice(0, index === run.anchors.length - 1 ? undefined : below);
  return [...upper, run.anchors[index]!, ...lower];
}

/** The ways a gap may be split, the row above taking the most lines first (it wins ties). */
function splitOptions(run: Run, gap: number): number[] {
  if (gap === 0 || gap === run.anchors.length) return [0];
  return Array.from({ length: run.gaps[gap]!.length + 1 }, (_, split) => run.gaps[gap]!.length - split);
}

/**
 * The splits of the gaps between anchors that make the rows cost least, by dynamic programming
 * (a row's cost depends on the splits above and below it): one split per inner gap.
 */
function bestSplits(run: Run, traits: ColumnTraits): number[] {
  const rows = run.anchors.length;
  const belowOf = (row: number) => (row + 1 === rows ? rows : row + 1);
  // best.get(split of the gap below row i) = least cost of rows 0..i, and the splits so far.
  let best = new Map<number, { cost: number; splits: number[] }>([[0, { cost: 0, splits: [] }]]);
  for (let row = 0; row < rows; row += 1) {
    const next = new Map<number, { cost: number; splits: number[] }>();
    for (const below of splitOptions(run, belowOf(row))) {
      for (const [above, previous] of best) {
        const cost = previous.cost + rowCost(rowLines(run, row, above, below), traits);
        const known = next.get(below);
        const splits = row + 1 === rows ? previous.splits : [...previous.splits, below];
        if (!known || cost < known.cost) next.set(below, { cost, splits });
      }
    }
    best = next;
  }
  return [...best.values()].reduce((a, b) => (b.cost < a.cost ? b : a)).splits;
}

/** The rows of one run between labels, or a doubt when a row's column is not together whatever the split. */
function runRows(run: Run, traits: ColumnTraits): PlacedLine[][] | { doubt: string } {
  const splits = bestSplits(run, traits);
  const rows = run.anchors.map((_, index) =>
    rowLines(run, index, index === 0 ? 0 : splits[index - 1]!, index === run.anchors.length - 1 ? 0 : splits[index]!),
  );
  const broken = rows.find((row) => traits.leftAligned.some((_, column) => holes(row, column, traits.anchors) > 0));
  if (broken) return { doubt: `第 ${broken[0]!.line.no} 行起的一行，同一列的文字上下不相连` };
  return rows;
}

/** The table's rows in order, labels as rows of their own; a doubt when rows cannot be told apart. */
export function groupRows(lines: readonly BodyLine[], count: number): Row[] | { doubt: string } {
  const placed = lines.filter((line): line is PlacedLine => !isLabel(line));
  const starts = rowStarts(placed);
  const traits = columnTraits(placed, starts, count);
  const rows: Row[] = [];
  let pending: PlacedLine[] = [];
  const flush = (): { doubt: string } | null => {
    if (pending.length === 0) return null;
    const run = toRun(pending, starts);
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
