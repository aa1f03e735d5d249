/**
 * Joining lines that a page or column break split. The decision *whether* to join belongs to the
 * structure stage (it knows headings, lists and signatures); this module does the joining and
 * reports text that a page break seems to have doubled.
 */
import type { Journal } from '../types.ts';

/** Latin letters or digits on both sides keep a space between them; Chinese text joins directly. */
export function joinText(before: string, after: string): string {
  // The last character alone: a pattern anchored only at the end would scan the whole paragraph.
  const needsSpace = /^[A-Z0-9]$/i.test(before.slice(-1)) && /^[A-Z]/i.test(after);
  return needsSpace ? `${before} ${after}` : `${before}${after}`;
}

/**
 * The longest tail of `before` (1–8 characters) that `after` repeats at its start, as when a page
 * break duplicates `…，责` / `责任单位…`. Single characters only count when they are Chinese.
 */
export function doubledFragment(before: string, after: string): string | null {
  for (let length = Math.min(8, before.length, after.length); length >= 1; length -= 1) {
    const tail = before.slice(-length);
    if (after.startsWith(tail) && /[\u4e00-\u9fff]/.test(tail)) return tail;
  }
  return null;
}

/** Joins two pieces of one paragraph, journaling the join and any doubled fragment. */
export function joinBrokenLine(before: string, after: string, line: number, journal: Journal): string {
  journal.repairs.push({
    line,
    kind: 'joined-lines',
    before: `${before.slice(-6)}⏎${after.slice(0, 6)}`,
    after: joinText(before.slice(-6), after.slice(0, 6)),
  });
  const doubled = doubledFragment(before, after);
  if (doubled) {
    journal.warnings.push({
      line,
      code: 'doubled-at-break',
      message: `断行处文字“${doubled}”前后重复，可能是分页时重复提取；原文保留，请核对 PDF。`,
    });
  }
  return joinText(before, after);
}
