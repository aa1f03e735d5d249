/**
 * Wrap rules: the printed lines of one paragraph, heading or title merged into one logical line,
 * so that every extraction reads like one paragraph per line — the form the other rules reason
 * about. A narrow column wraps every paragraph and heading over several lines; the layout model
 * says where a line was full (cut by the column's edge, so the text goes on) and where a paragraph
 * started (an indent, a blank line that means something).
 */
import {
  ambiguousCells,
  announcementItems,
  endsSentence,
  isAttachmentAnnouncement,
  isBoxTitle,
  isBracketedPeriod,
  isRosterLine,
  isSalutation,
  matchAttachmentLabel,
  matchDateLine,
  matchMarker,
  opensWithAddress,
  opensWithDash,
  ORGAN_LINE,
  PERSONNEL_OPENING,
  closesAny,
  unclosedMarks,
  withoutWhitespace,
} from '../../vocabulary/index.ts';
import { joinBrokenLine, joinText } from '../repair/join.ts';
import { widenAfterJoin } from '../repair/characters.ts';
import type { Journal } from '../types.ts';
import { lastLineWidth, PARAGRAPH_INDENT, relativeIndent, type LayoutModel } from './layout.ts';
import { paragraphTooLong } from './joins.ts';
import { isHeadingLike } from './lists.ts';
import type { BodyRecord, LineRecord } from './records.ts';
import { firstVerdict, type Rule } from './rules.ts';

export interface WrapContext {
  /** The logical line built so far. */
  current: LineRecord;
  next: LineRecord;
  /** The printed line after `next`, if any. */
  following: LineRecord | undefined;
  layout: LayoutModel;
  /** Whether the document is a personnel notice, whose appointments are items of their own. */
  personnel: boolean;
}

type WrapVerdict = 'continue' | 'end';

/** A line that starts a block of its own whatever came before: a numbered item, a bullet, a label… */
export function startsBlock(record: LineRecord): boolean {
  const text = record.text;
  return (
    record.bullet ||
    matchMarker(text) !== null ||
    matchAttachmentLabel(text) !== null ||
    isAttachmentAnnouncement(text) ||
    isBoxTitle(text) ||
    matchDateLine(text) !== null ||
    ORGAN_LINE.test(text) ||
    isSalutation(text) ||
    isRosterLine(text)
  );
}

/** A line set in the middle of the column (a title, a caption), in an extraction that keeps positions. */
function isCentred(record: LineRecord, layout: LayoutModel): boolean {
  if (layout.wrapWidth === null) return false;
  const indent = relativeIndent(record, layout);
  const rightSpace = layout.wrapWidth - lastLineWidth(record, layout);
  return indent > PARAGRAPH_INDENT + 2 && Math.abs(indent - rightSpace) <= 4;
}

/**
 * Whether the logical line's last printed line reaches the column's edge. Justified text ends
 * within a character of the edge; a paragraph's first line is two characters shorter where the
 * extraction dropped its indent; a line that stops in the middle of a phrase (on a character or a
 * comma, not on closing punctuation) may stop a character earlier still, where the next word (a
 * number, a bracket) did not fit.
 */
export function isFullLine(record: LineRecord, layout: LayoutModel): boolean {
  if (layout.wrapWidth === null) return false;
  const last = record.lines[record.lines.length - 1]!;
  const droppedIndent = record.lines.length === 1 && !layout.indentedParagraphs;
  const midPhrase = !endsSentence(last.text) && !/[”’）)》」』]$/.test(last.text.trimEnd());
  const slack = (droppedIndent ? PARAGRAPH_INDENT : 1) + (midPhrase ? 2 : 1);
  return lastLineWidth(record, layout) >= layout.wrapWidth - slack;
}

/**
 * Whether the logical line's last printed line stops short of the column's edge by more than a
 * paragraph's indent: further than justified text, an indent written as two places instead of
 * four cells, or a wide bold lead explain.
 */
function stopsWellShort(record: LineRecord, layout: LayoutModel): boolean {
  if (layout.wrapWidth === null) return false;
  return lastLineWidth(record, layout) < layout.wrapWidth - 2 * PARAGRAPH_INDENT;
}

/** A line that ends a sentence and leaves no bracket or quote open (`（承办部门：` does not). */
function finishesSentence(text: string): boolean {
  return endsSentence(text) && unclosedMarks(text).length === 0;
}

/**
 * A printed line of a title: no numbering, no punctuation of running text, not a signature's
 * organ or date nor an attachment's label or a 专栏, and a single printed line so far. A line
 * opening with a bracket is a note set under a title (`（共计14项）`, `（2021—2024年）`), a line of its own.
 */
function isTitleLine(record: LineRecord): boolean {
  return record.lines.length === 1 && isTitleText(record);
}

/** A title's text so far, over one printed line or more: no numbering, no punctuation of running text. */
function isTitleText(record: LineRecord): boolean {
  const text = record.text;
  return (
    !record.bullet &&
    !/^[（(]/.test(text) &&
    matchMarker(text) === null &&
    !/[，,、；;。：:！!？?]/.test(text) &&
    matchDateLine(text) === null &&
    !ORGAN_LINE.test(text) &&
    matchAttachmentLabel(text) === null &&
    !isBoxTitle(text)
  );
}

/** A few words introducing a list, alone on their line: `免去：`, `区政府决定，任命：`. */
function isLeadIn(text: string): boolean {
  return /^[^。；;]{1,12}[：:]$/.test(text.trim());
}

/**
 * Whether the brackets a title's line leaves open close within the title: on that line, or on the
 * next line if it is a title line too (`发展总体规划（2021—2024` ⏎ `年）`), not in running text
 * (`根据《总体规划（2021—2024` ⏎ `年）》，结合…`).
 */
function closedWithinTitle(line: LineRecord, following: LineRecord | undefined): boolean {
  const open = unclosedMarks(line.text);
  return open.length === 0 || (following !== undefined && isTitleLine(following) && closesAny(following.text, open));
}

/** A single printed line without the commas and full stops of running text (after its number): a title or heading. */
function isOneLineTitle(record: LineRecord): boolean {
  if (record.lines.length !== 1) return false;
  const marker = matchMarker(record.text);
  // A numbered heading may hold a comma (`四、坚持“四为方向”，为全区…提供坚实财政保障`).
  return marker !== null ? isHeadingLike(marker) : !/[，,、；;。]/.test(record.text);
}

/**
 * A line that opens with a number, a Latin word or an opening bracket or quote: the line above it
 * may have stopped short because that did not fit, not because a paragraph began there.
 */
function opensWithUnbreakable(record: LineRecord | undefined): boolean {
  return record !== undefined && /^[0-9A-Z“‘（(《〔【]/i.test(record.text);
}

/**
 * A printed line as wide as a full line less the dropped paragraph indent (two characters). Its
 * curly quotes may have printed narrow, so either reading of their width will do.
 */
function isIndentedFirstLine(record: LineRecord, layout: LayoutModel): boolean {
  if (layout.wrapWidth === null || layout.indentedParagraphs) return false;
  const shortfall = layout.wrapWidth - lastLineWidth(record, layout);
  const narrowQuotes = ambiguousCells(record.lines[record.lines.length - 1]!.text);
  return shortfall + narrowQuotes >= PARAGRAPH_INDENT - 1 && shortfall <= PARAGRAPH_INDENT + 2;
}

/** A line ending on an ideograph: cut inside a word or phrase, not after punctuation. */
const CUT_INSIDE_A_WORD = /\p{Script=Han}$/u;

export const WRAP_RULES: readonly Rule<WrapContext, WrapVerdict>[] = [
  {
    name: 'wrap/word-cut-before-a-number-goes-on',
    why: 'A paragraph’s full line cut inside a word (`…公平统` ⏎ `一、可持续的…`), after other lines of it, goes on, though the next line opens like a numbered item: a heading or item never follows a sentence stopped in the middle of a word. A heading or a list’s item alone on its line may fill it and end on a character (`一、推进简政放权，释放发展活力` ⏎ `（一）…`): it ends there.',
    decide: ({ current, next, layout }) =>
      matchMarker(next.text) !== null &&
      current.lines.length > 1 &&
      CUT_INSIDE_A_WORD.test(current.text) &&
      isFullLine(current, layout)
        ? 'continue'
        : null,
  },
  {
    name: 'wrap/next-starts-a-block',
    why: 'A line opening with a numbering marker, a bullet, an attachment label or announcement, a 专栏 box, a date, an organ’s name alone (a signature), a salutation or a roster’s member starts a block of its own.',
    decide: ({ next }) => (startsBlock(next) ? 'end' : null),
  },
  {
    name: 'wrap/announced-title-stands-alone',
    why: 'A line that repeats the title an attachment announcement names (`附件：甲表` ⏎ `甲表`) is that attachment’s title, set under it, not the announcement going on, however full the announcement’s line.',
    decide: ({ current, next }) =>
      isAttachmentAnnouncement(current.text) &&
      withoutWhitespace(announcementItems(current.text)).replace(/^\d{1,2}[.．、]/, '') === withoutWhitespace(next.text)
        ? 'end'
        : null,
  },
  {
    name: 'wrap/signature-line-stands-alone',
    why: 'A date or an organ’s name alone on its line (a signature) is a block of its own: nothing continues it.',
    decide: ({ current }) =>
      current.lines.length === 1 && (matchDateLine(current.text) !== null || ORGAN_LINE.test(current.text))
        ? 'end'
        : null,
  },
  {
    name: 'wrap/appointment-starts-an-item',
    why: 'In a personnel notice, after an appointment ends (`；`, `。`), a line opening with a name and `为`/`的` (its first printed line, wrapped or not) is the next appointment, and a lead-in alone on its line (`免去：`) opens the next list, even where the line above filled the column.',
    decide: ({ current, next, personnel }) =>
      personnel && /[；;。]/.test(current.text.slice(-1)) && (PERSONNEL_OPENING.test(next.text) || isLeadIn(next.text))
        ? 'end'
        : null,
  },
  {
    name: 'wrap/address-opens-a-paragraph',
    why: 'A speech opens a paragraph with its form of address and an exclamation (`各位代表！`), wherever the line above ended (`各位代表，` may stand inside a paragraph).',
    decide: ({ next }) => (opensWithAddress(next.text) ? 'end' : null),
  },
  {
    name: 'wrap/dash-opens-an-item',
    why: 'A line opening with `——` is an item of a list of targets or principles.',
    decide: ({ next }) => (opensWithDash(next.text) ? 'end' : null),
  },
  {
    name: 'wrap/blank-line-ends',
    why: 'Where blank lines separate blocks (not after every line), one that is not a page break ends the paragraph.',
    decide: ({ next, layout }) => (layout.gapsMeaningful && next.gapBefore && !next.afterPageBreak ? 'end' : null),
  },
  {
    name: 'wrap/title-takes-its-period',
    why: 'A plan’s title names its period in brackets, and a title wrapped by the column may set it on a line of its own (`…发展总体规划` ⏎ `（2021—2024年）`): the period continues the title. Other bracketed lines under a title (`（共计14项）`) are notes of their own.',
    decide: ({ current, next }) => (isTitleText(current) && isBracketedPeriod(next.text) ? 'continue' : null),
  },
  {
    name: 'wrap/title-continues',
    why: 'A title printed larger than the text wraps short of the column: a line without the punctuation of running text, followed by another such line short of the edge whose brackets close within the title, continues on it (`深化“放管服”改革优化营商环境2021年重点任` ⏎ `务分工方案`).',
    decide: ({ current, next, following, layout }) =>
      isTitleLine(current) && isTitleLine(next) && !isFullLine(next, layout) && closedWithinTitle(next, following)
        ? 'continue'
        : null,
  },
  {
    name: 'wrap/centred-title-continues',
    why: 'A title set in the middle of the column and wrapped continues on the next centred line.',
    decide: ({ current, next, layout }) =>
      isCentred(next, layout) &&
      (isCentred(current, layout) || isFullLine(current, layout)) &&
      !endsSentence(current.text)
        ? 'continue'
        : null,
  },
  {
    name: 'wrap/indent-starts-a-paragraph',
    why: 'Where the extraction keeps the indent that opens a paragraph, an indented line starts one and a flush-left line continues the line above, unless that line stopped well short of the edge (a title, a label: the later rules say).',
    decide: ({ current, next, layout }) => {
      if (!layout.indentedParagraphs) return null;
      if (relativeIndent(next, layout) >= 2) return 'end';
      return stopsWellShort(current, layout) ? null : 'continue';
    },
  },
  {
    name: 'wrap/title-after-a-sentence',
    why: 'A short line without commas that does not end a sentence, after a line that does, is a title or a label, not the tail of the paragraph above.',
    decide: ({ current, next, layout }) =>
      finishesSentence(current.text) &&
      !endsSentence(next.text) &&
      !isFullLine(next, layout) &&
      !/[，,、；;]/.test(next.text) &&
      unclosedMarks(next.text).length === 0
        ? 'end'
        : null,
  },
  {
    name: 'wrap/first-line-after-a-full-stop',
    why: 'Where the extraction dropped paragraph indents, a paragraph’s first line is two characters short of the column: such a line after a sentence’s end or a one-line title, running on without ending a sentence itself, opens a new paragraph.',
    decide: ({ current, next, following, layout }) =>
      (finishesSentence(current.text) || isOneLineTitle(current)) &&
      isIndentedFirstLine(next, layout) &&
      !endsSentence(next.text) &&
      !opensWithUnbreakable(following)
        ? 'end'
        : null,
  },
  {
    name: 'wrap/full-line-continues',
    why: 'A line that reaches the edge of the column was cut by the layout, not ended by the writer: the text goes on.',
    decide: ({ current, layout }) => (isFullLine(current, layout) ? 'continue' : null),
  },
  {
    name: 'wrap/open-bracket-continues',
    why: 'A line that leaves a bracket or quote open goes on where the next line closes it.',
    decide: ({ current, next }) => {
      const open = unclosedMarks(current.text);
      return open.length > 0 && closesAny(next.text, open) ? 'continue' : null;
    },
  },
  {
    name: 'wrap/short-line-ends',
    why: 'A line that stops short of the column’s edge ends its paragraph, heading or title.',
    decide: () => 'end',
  },
];

/** Joins `next` onto the logical line, journaling the join (and text doubled at a page break). */
function extend(current: LineRecord, next: LineRecord, journal: Journal): LineRecord {
  const joined = next.afterPageBreak
    ? joinBrokenLine(current.text, next.text, next.no, journal)
    : joinQuietly(current.text, next.text, next.no, journal);
  return {
    ...current,
    text: widenAfterJoin(joined, current.text.length, next.no, journal),
    lines: [...current.lines, ...next.lines],
  };
}

/** A join inside a paragraph wrapped by the column: journaled, with no check for doubled text. */
function joinQuietly(before: string, after: string, line: number, journal: Journal): string {
  journal.repairs.push({
    line,
    kind: 'joined-lines',
    before: `${before.slice(-6)}⏎${after.slice(0, 6)}`,
    after: joinText(before.slice(-6), after.slice(0, 6)),
  });
  return joinText(before, after);
}

/**
 * Merges printed lines into logical lines by the wrap rules. In a wrapped layout every logical
 * line then starts a block, as a blank line would in an extraction with one paragraph per line.
 * Where the extraction did not wrap the text (no column, no paragraph indents), every printed line
 * is a logical line already and no wrap rule is asked.
 */
export function rejoinWrappedLines(
  records: readonly BodyRecord[],
  layout: LayoutModel,
  personnel: boolean,
  journal: Journal,
): { records: BodyRecord[]; layout: LayoutModel } {
  if (layout.wrapWidth === null && !layout.indentedParagraphs) return { records: [...records], layout };
  const result: BodyRecord[] = [];
  records.forEach((record, index) => {
    const current = result[result.length - 1];
    if (record.kind === 'line' && current?.kind === 'line') {
      const after = records[index + 1];
      const following = after?.kind === 'line' ? after : undefined;
      const verdict = firstVerdict(
        WRAP_RULES,
        { current, next: record, following, layout, personnel },
        record.no,
        journal,
      );
      if (verdict === 'continue' && !paragraphTooLong(current.text.length, record, journal)) {
        result[result.length - 1] = extend(current, record, journal);
        return;
      }
    }
    result.push(record.kind === 'line' ? { ...record, gapBefore: true } : record);
  });
  return { records: result, layout: { ...layout, gapsMeaningful: false, rejoined: true } };
}
