/**
 * The printed 目录 (table of contents) at the start of an issue: section labels and entries, each
 * entry a title, its 文号 and the page it starts on, possibly wrapped over lines. It supplies the
 * documents' sections and printed pages; it is not rendered as body text.
 */
import {
  findDocNumber,
  isTocHeading,
  matchDocNumberLine,
  matchSectionLabel,
  matchTocPage,
  withoutTocPage,
  withoutWhitespace,
} from '../../vocabulary/index.ts';
import type { Journal, SourceLine } from '../types.ts';

export interface TocEntry {
  section: string | null;
  /** The entry's title without the 文号 and page, whitespace removed. */
  title: string;
  docNumber: string | null;
  page: number;
  line: number;
}

/** Most lines one 目录 entry may be printed over. */
const ENTRY_MAX_LINES = 4;

const nonBlank = (line: SourceLine) => line.text.trim() !== '';

/**
 * The 目录 runs from its heading while lines are section labels, blank, or entries ending with a
 * page number (an entry may wrap onto the next non-blank lines).
 */
export function splitTableOfContents(lines: SourceLine[], journal: Journal): { toc: TocEntry[]; rest: SourceLine[] } {
  const first = lines.findIndex(nonBlank);
  if (first === -1 || !isTocHeading(lines[first]!.text)) return { toc: [], rest: lines };
  const toc: TocEntry[] = [];
  let section: string | null = null;
  let pending: SourceLine[] = [];
  let index = first + 1;
  for (; index < lines.length; index += 1) {
    const line = lines[index]!;
    const text = line.text.trim();
    if (text === '') continue;
    const label = matchSectionLabel(text);
    if (label) {
      section = label;
      continue;
    }
    if (/^[\s\-=_.—–]+$/.test(line.text)) continue;
    const page = matchTocPage(text);
    if (page !== null) {
      pending.push(line);
      toc.push(tocEntry(pending.map((part) => part.text.trim()).join(''), section, page, pending[0]!.no));
      pending = [];
      continue;
    }
    // An entry wrapped over several lines: its last line carries the page number.
    const room = ENTRY_MAX_LINES - pending.length;
    if (room > 0 && !matchDocNumberLine(text) && entryEndsWithin(lines, index + 1, room)) {
      pending.push(line);
      continue;
    }
    break;
  }
  for (const line of lines.slice(first, index)) {
    if (nonBlank(line)) journal.artefacts.push({ line: line.no, kind: 'table-of-contents', text: line.text });
  }
  return { toc, rest: lines.slice(index) };
}

/** Whether one of the next `count` non-blank lines ends a 目录 entry, with no section label before it. */
function entryEndsWithin(lines: SourceLine[], from: number, count: number): boolean {
  let seen = 0;
  for (let index = from; index < lines.length && seen < count; index += 1) {
    const line = lines[index]!;
    if (!nonBlank(line)) continue;
    seen += 1;
    if (matchSectionLabel(line.text) || matchDocNumberLine(line.text)) return false;
    if (matchTocPage(line.text) !== null) return true;
  }
  return false;
}

/** A 目录 entry from its joined lines: title, 文号 and page (already read by matchTocPage). */
function tocEntry(joined: string, section: string | null, page: number, line: number): TocEntry {
  const withoutPage = withoutWhitespace(withoutTocPage(joined));
  const docNumber = findDocNumber(withoutPage);
  const bracket = Math.max(withoutPage.lastIndexOf('（'), withoutPage.lastIndexOf('('));
  const title =
    docNumber && bracket > 0 && findDocNumber(withoutPage.slice(bracket)) === docNumber
      ? withoutPage.slice(0, bracket)
      : withoutPage;
  return { section, title: title.replace(/[.…]+$/, ''), docNumber, page, line };
}
