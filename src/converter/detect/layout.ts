/**
 * Measures of the printed column, in display cells (a Chinese character is two, an ASCII letter or
 * digit one): where an extraction kept the printed lines, most of them end within a few cells of
 * the column's width.
 */

/** Fewest full lines that show a column: a short notice is read by its punctuation instead. */
const MIN_FULL_LINES = 8;
/** The widest column a page holds: about sixty characters. */
const MAX_COLUMN_WIDTH = 120;
/** Share of lines that must end near one width for the text to count as wrapped by the layout. */
const WRAPPED_SHARE = 0.4;
/** Lines that end within this many cells below the column's width are full lines. */
const WIDTH_BAND = 4;

/**
 * The width most lines end at (justified full lines, the most common kind of line in running
 * text). Null unless enough lines end near it — a cell or two more or less where digits or
 * punctuation are narrower — and hardly any run past it: one paragraph per line, as most
 * extractions give, has no such width.
 */
export function columnWidth(widths: readonly number[]): number | null {
  const long = widths.filter((width) => width >= 8);
  if (long.length < MIN_FULL_LINES) return null;
  const counts = new Map<number, number>();
  for (const width of long) counts.set(width, (counts.get(width) ?? 0) + 1);
  let best = 0;
  for (const [width, count] of counts) {
    const bestSoFar = counts.get(best) ?? 0;
    if (count > bestSoFar || (count === bestSoFar && width > best)) best = width;
  }
  let bestCount = 0;
  for (let width = best - WIDTH_BAND; width <= best + 2; width += 1) bestCount += counts.get(width) ?? 0;
  const beyond = long.filter((width) => width > best + 2).length;
  const wrapped = bestCount >= Math.max(MIN_FULL_LINES, long.length * WRAPPED_SHARE) && beyond <= long.length * 0.1;
  return wrapped && best >= 16 && best <= MAX_COLUMN_WIDTH ? best : null;
}
