/**
 * Measures of the printed column, in display cells (a Chinese character is two, an ASCII letter or
 * digit one): where an extraction kept the printed lines, most of them end within a few cells of
 * the column's width.
 */

/** Fewest full lines that show a column: a short notice is read by its punctuation instead. */
const MIN_FULL_LINES = 8;
/** The widest column a page holds: about sixty characters. */
const MAX_COLUMN_WIDTH = 120;
/** Share of the wide lines that must end near one width for the text to count as wrapped. */
const FULL_SHARE = 0.5;
/** Lines that end within this many cells below the column's width are full lines. */
const WIDTH_BAND = 4;

/**
 * The width full lines end at. Justified full lines are the commonest kind of line in running text
 * and end within a few cells of the column's edge (digits and punctuation are narrower); a
 * paragraph's first and last lines, headings and table cells are shorter. So the column is the
 * commonest width whose band holds most of the lines at least half as wide, with hardly any line
 * beyond it. Null when no width does: one paragraph per line, as most extractions give, has none.
 */
export function columnWidth(widths: readonly number[]): number | null {
  // A line stretched to the full column (letter-spaced) has no measured width to count.
  const long = widths.filter((width) => width >= 8 && Number.isFinite(width));
  if (long.length < MIN_FULL_LINES) return null;
  const counts = new Map<number, number>();
  for (const width of long) counts.set(width, (counts.get(width) ?? 0) + 1);
  const byFrequency = [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)! || b - a);
  return byFrequency.find((candidate) => isColumn(long, candidate)) ?? null;
}

/** Whether most lines at least half as wide as `column` end in its band, and hardly any just beyond. */
function isColumn(widths: readonly number[], column: number): boolean {
  if (column < 16 || column > MAX_COLUMN_WIDTH) return false;
  const band = widths.filter((width) => width >= column - WIDTH_BAND - 2 && width <= column + 2).length;
  const wide = widths.filter((width) => width >= column / 2).length;
  // A line half as wide again spans more than the column (a table or title across two columns):
  // another region, not a sign that the column is wider.
  const beyond = widths.filter((width) => width > column + 2 && width <= column * 1.5).length;
  return band >= MIN_FULL_LINES && band >= wide * FULL_SHARE && beyond <= band * 0.1;
}
