/**
 * A document body → blocks. The body's printed lines become records; the layout model is
 * measured; wrapped lines are merged into logical lines (wrap rules); each logical line gets its
 * role (role rules) and, if numbered, its list and that list's style; then, in reading order,
 * paragraphs are assembled (join rules) and each becomes a heading, run-in paragraph, list item or
 * paragraph (block rules). Heading levels come from the numbering, never from the extraction's `#`.
 */
import {
  endsSentence,
  isAttachmentAnnouncement,
  matchMarker,
  PERSONNEL_ITEM,
  type Marker,
} from '../../vocabulary/index.ts';
import { joinBrokenLine } from '../repair/join.ts';
import { widenAfterJoin } from '../repair/characters.ts';
import type { Block, Journal, SourceLine } from '../types.ts';
import { JOIN_RULES, paragraphTooLong, type JoinContext } from './joins.ts';
import { describeLayout, measureLayout, type LayoutModel } from './layout.ts';
import {
  boxMembers,
  dashLead,
  isHeadingLike,
  listKeys,
  parallelLeadCandidate,
  PARALLEL_LEADS_MIN_RUN,
  markerStyles,
  runInLead,
  setOff,
  type MarkerStyle,
} from './lists.ts';
import { OutlineLevels } from './outline.ts';
import { toRecords, type BodyRecord, type LineRecord } from './records.ts';
import { announcementItemLines, assignRoles, type BodyContext, type Role } from './roles.ts';
import { firstVerdict, type Rule } from './rules.ts';
import { buildTable } from './table.ts';
import { rejoinWrappedLines } from './wrap.ts';

export type { BodyContext } from './roles.ts';

/** One logical line with everything the block rules ask about it. */
export interface AnnotatedRecord {
  record: BodyRecord;
  role: Role;
  /** Inside a 专栏 box, whose numbering is its own. */
  inBox: boolean;
  /** The list a numbered line belongs to, and how that list reads. */
  listKey: string | undefined;
  style: MarkerStyle | undefined;
}

export interface BlockContext {
  text: string;
  first: LineRecord;
  /** Lines were joined into this paragraph (a heading is one line). */
  joined: boolean;
  marker: Marker | null;
  runIn: boolean;
  style: MarkerStyle | undefined;
  next: AnnotatedRecord | undefined;
  /** The level the paragraph would have as a heading; null when deeper than HTML's six. */
  headingDepth: number | null;
  body: BodyContext;
  layout: LayoutModel;
}

type BlockVerdict = 'list item' | 'heading' | 'run-in lead' | 'paragraph';

function nextMarker(next: AnnotatedRecord | undefined): Marker | null {
  return next?.record.kind === 'line' ? matchMarker(next.record.text) : null;
}

export const BLOCK_RULES: readonly Rule<BlockContext, BlockVerdict>[] = [
  {
    name: 'block/bullet-item',
    why: 'A line the extraction marked as a bullet (`- `) is a list item.',
    decide: ({ first }) => (first.bullet ? 'list item' : null),
  },
  {
    name: 'block/personnel-item',
    why: 'In a personnel notice, `张三为…；` and `李四的…职务；` are the items of the list of appointments and removals.',
    decide: ({ body, text }) => (body.personnel && PERSONNEL_ITEM.test(text) ? 'list item' : null),
  },
  {
    name: 'block/numbered-heading',
    why: 'A short numbered line set off on its own, in a list that reads as headings, is a heading; its level follows the numbering (一、 > （一） > 1. > （1） > ①).',
    decide: ({ marker, runIn, joined, first, next, text, headingDepth, layout }) => {
      if (!marker || runIn || joined || !setOff(first, layout) || !isHeadingLike(marker) || headingDepth === null) {
        return null;
      }
      const following = nextMarker(next);
      // A numbered line directly followed by another is a list item; a numbered sentence followed by its sibling has no body.
      const nextIsRunItem = following !== null && layout.gapsMeaningful && !next!.record.gapBefore;
      const sentenceWithoutBody = /。$/.test(text) && following?.type === marker.type;
      return nextIsRunItem || sentenceWithoutBody ? null : 'heading';
    },
  },
  {
    name: 'block/run-in-lead',
    why: 'A numbered paragraph opening with a short sentence (`（一）加强组织领导。依托…`) shows that sentence as its bold lead; never in a list of numbered sentences.',
    decide: ({ marker, body, style, text }) =>
      marker && !body.numberedParagraphs && style !== 'sentences' && runInLead(text, marker, leadLength(style)) !== null
        ? 'run-in lead'
        : null,
  },
  {
    name: 'block/dash-lead',
    why: 'A paragraph opening with `——` and a short sentence followed by more text shows that sentence as its bold lead, as a numbered run-in paragraph does.',
    decide: ({ marker, text }) => (!marker && dashLead(text) !== null ? 'run-in lead' : null),
  },
  {
    name: 'block/paragraph',
    why: 'Anything else is a paragraph.',
    decide: () => 'paragraph',
  },
];

/** In a list of run-in paragraphs a longer first sentence is a lead too, like its siblings'. */
function leadLength(style: MarkerStyle | undefined): number {
  return style === 'run-in' ? 60 : 30;
}

function annotate(
  records: readonly BodyRecord[],
  body: BodyContext,
  layout: LayoutModel,
  journal: Journal,
): AnnotatedRecord[] {
  const roles = assignRoles(records, body, layout, journal);
  const inBox = boxMembers(records, roles, layout);
  const keys = listKeys(records, roles);
  const styles = markerStyles(records, roles, inBox, keys, layout);
  return records.map((record, index) => ({
    record,
    role: roles[index]!,
    inBox: inBox[index]!,
    listKey: keys[index],
    style: styles.get(keys[index] ?? ''),
  }));
}

/**
 * Un-numbered paragraphs that open, one after another, with a short sentence each (`这是综合实力
 * 跨越提升的五年。…`, `这是现代产业厚积成势的五年。…`) show those sentences as bold leads, as
 * numbered run-in paragraphs do: a run of at least PARALLEL_LEADS_MIN_RUN, so that one short
 * opening sentence in ordinary prose stays plain.
 */
function markParallelLeads(blocks: Block[], journal: Journal): void {
  let run: { block: Extract<Block, { kind: 'paragraph' }>; lead: string }[] = [];
  const flush = () => {
    if (run.length >= PARALLEL_LEADS_MIN_RUN) {
      for (const { block, lead } of run) {
        block.lead = lead;
        journal.decisions.push({ line: block.line, rule: 'lead/parallel-sentences', outcome: 'run-in lead' });
      }
    }
    run = [];
  };
  for (const block of blocks) {
    const lead = block.kind === 'paragraph' && block.lead === null ? parallelLeadCandidate(block.text) : null;
    if (block.kind === 'paragraph' && lead !== null) run.push({ block, lead });
    else flush();
  }
  flush();
}

/** A table's lines as printed: blank lines (page breaks) left out, the indent they share removed. */
function asPrinted(lines: readonly SourceLine[]): string[] {
  const printed = lines.map((line) => line.text.trimEnd()).filter((text) => text.trim() !== '');
  const indent = printed.reduce((least, text) => Math.min(least, text.length - text.trimStart().length), Infinity);
  return printed.map((text) => text.slice(indent));
}

/** Assembles blocks from annotated records in reading order. */
class BodyBuilder {
  readonly blocks: Block[] = [];
  private readonly levels = new OutlineLevels();
  private readonly items: readonly AnnotatedRecord[];
  private readonly body: BodyContext;
  private readonly layout: LayoutModel;
  private readonly journal: Journal;
  /** The heading or caption a table takes as its caption when it has none of its own. */
  private lastHeading: string | null;
  private pendingCaption: string | null = null;

  constructor(
    items: readonly AnnotatedRecord[],
    body: BodyContext,
    layout: LayoutModel,
    journal: Journal,
    fallbackCaption: string | null,
  ) {
    this.items = items;
    this.body = body;
    this.layout = layout;
    this.journal = journal;
    this.lastHeading = fallbackCaption;
  }

  build(): Block[] {
    for (let index = 0; index < this.items.length;) index = this.step(index);
    markParallelLeads(this.blocks, this.journal);
    return this.blocks;
  }

  /** Handles the item at `index`; returns the index of the next unhandled item. */
  private step(index: number): number {
    const item = this.items[index]!;
    const record = item.record;
    if (record.kind === 'table' && record.preformatted) {
      // A table kept as printed has no caption of its own: the line that captions it stays text.
      if (this.pendingCaption !== null) {
        this.blocks.push({ kind: 'paragraph', text: this.pendingCaption, lead: null, line: record.no });
        this.pendingCaption = null;
      }
      this.blocks.push({ kind: 'preformatted', lines: asPrinted(record.lines), line: record.no });
      return index + 1;
    }
    if (record.kind === 'table') {
      this.blocks.push({
        kind: 'table',
        table: buildTable(record.lines, this.pendingCaption ?? this.lastHeading, this.journal),
        line: record.no,
      });
      this.pendingCaption = null;
      return index + 1;
    }
    switch (item.role) {
      case 'signature-organ':
        return index + 1;
      case 'signature-date':
        return this.signature(index);
      case 'attachment-label':
        return this.attachmentLabel(index);
      case 'attachment-title':
        this.openContainer(this.levels.attachmentDepth(), record.text, record.no);
        return index + 1;
      case 'enclosure-title':
        this.levels.enterEnclosure();
        this.openContainer(2, record.text, record.no);
        return index + 1;
      case 'caption':
        this.pendingCaption = record.text;
        return index + 1;
      case 'box-title':
        // A 专栏 box is a sub-section of where it stands; its own numbering stays inside it.
        this.blocks.push({ kind: 'heading', depth: this.levels.boxDepth(), text: record.text, line: record.no });
        return index + 1;
      case 'outline':
      case 'roster':
        return this.listOfLines(index);
      default:
        return isAttachmentAnnouncement(record.text) ? this.announcement(index) : this.paragraph(index);
    }
  }

  private openContainer(depth: number, text: string, line: number): void {
    this.blocks.push({ kind: 'heading', depth, text, line });
    this.levels.openContainer(depth);
    this.lastHeading = text;
  }

  private signature(index: number): number {
    const organs: string[] = [];
    for (let back = index - 1; back >= 0 && this.items[back]!.role === 'signature-organ'; back -= 1) {
      organs.unshift((this.items[back]!.record as LineRecord).text);
    }
    const date = this.items[index]!.record as LineRecord;
    this.blocks.push({
      kind: 'signature',
      organs,
      date: date.text,
      line: this.items[index - organs.length]!.record.no,
    });
    return index + 1;
  }

  private attachmentLabel(index: number): number {
    const label = this.items[index]!.record as LineRecord;
    const next = this.items[index + 1];
    const title = next?.role === 'attachment-title' ? (next.record as LineRecord) : null;
    // The label keeps its colon, as printed (`附件：` above the title); a bare label is set off by a space.
    const separator = /[：:]$/.test(label.text) ? '' : ' ';
    const heading = title ? `${label.text}${separator}${title.text}` : label.text;
    this.openContainer(this.levels.attachmentDepth(), heading, label.no);
    if (!title) return index + 1;
    this.lastHeading = title.text;
    return index + 2;
  }

  /** A run of lines with the same list role (a plan's outline, a roster): one list, a line an item. */
  private listOfLines(index: number): number {
    const role = this.items[index]!.role;
    const items: string[] = [];
    let cursor = index;
    for (; this.items[cursor]?.role === role; cursor += 1) items.push((this.items[cursor]!.record as LineRecord).text);
    this.blocks.push({ kind: 'list', items, line: this.items[index]!.record.no });
    return cursor;
  }

  /** An attachment announcement keeps its items on their own lines: `附件：1. 甲` ⏎ `2. 乙`. */
  private announcement(index: number): number {
    const first = this.items[index]!.record as LineRecord;
    const itemLines = new Set(
      announcementItemLines(
        this.items.map((item) => item.record),
        index,
        this.layout,
      ),
    );
    const items = [first.text];
    let cursor = index + 1;
    for (; cursor < this.items.length; cursor += 1) {
      const next = this.items[cursor]!;
      if (next.role !== 'text' || next.record.kind !== 'line') break;
      if (itemLines.has(cursor)) items.push(next.record.text);
      else if (this.continuesItem(first, items[items.length - 1]!, next.record)) {
        items.push(joinBrokenLine(items.pop()!, next.record.text, next.record.no, this.journal));
      } else break;
    }
    this.blocks.push({ kind: 'paragraph', text: items.join('\n'), lead: null, line: first.no });
    return cursor;
  }

  /**
   * A wrapped item's tail continues the item: directly under it where blank lines tell, or where
   * the join rules would join it to the item as to any unfinished sentence.
   */
  private continuesItem(first: LineRecord, item: string, next: LineRecord): boolean {
    if (matchMarker(next.text)) return false;
    if (this.layout.gapsMeaningful && !next.gapBefore) return true;
    // An item is never a heading, so `runIn` keeps the heading rule out.
    const context: JoinContext = {
      first,
      text: item,
      next,
      marker: null,
      runIn: true,
      leadOnly: false,
      layout: this.layout,
    };
    return firstVerdict(JOIN_RULES, context, next.no, this.journal) === 'join';
  }

  private paragraph(index: number): number {
    const item = this.items[index]!;
    const first = item.record as LineRecord;
    const marker = matchMarker(first.text);
    const runIn =
      marker !== null &&
      (item.inBox || this.body.numberedParagraphs || (item.style !== undefined && item.style !== 'heading'));
    const leadOnly =
      item.style === 'run-in' && !item.inBox && marker !== null && isHeadingLike(marker) && endsSentence(first.text);
    let text = first.text;
    let cursor = index + 1;
    for (; cursor < this.items.length; cursor += 1) {
      const next = this.items[cursor]!;
      if (next.role !== 'text' || next.record.kind !== 'line') break;
      const context: JoinContext = { first, text, next: next.record, marker, runIn, leadOnly, layout: this.layout };
      if (firstVerdict(JOIN_RULES, context, next.record.no, this.journal) === 'break') break;
      if (paragraphTooLong(text.length, next.record, this.journal)) break;
      const joinedAt = text.length;
      text = joinBrokenLine(text, next.record.text, next.record.no, this.journal);
      // A bracket opened before the break and closed after it (`（…` ⏎ `…)`) pairs up only now.
      text = widenAfterJoin(text, joinedAt, next.record.no, this.journal);
    }
    this.emit(index, cursor, text, runIn);
    return cursor;
  }

  /** Turns the paragraph of items `index` to `end - 1` into a block by the block rules. */
  private emit(index: number, end: number, text: string, runIn: boolean): void {
    const item = this.items[index]!;
    const first = item.record as LineRecord;
    const marker = matchMarker(text);
    const context: BlockContext = {
      text,
      first,
      joined: end - index > 1,
      marker,
      runIn,
      style: item.style,
      next: this.items[end],
      headingDepth: marker ? this.levels.depthFor(marker) : null,
      body: this.body,
      layout: this.layout,
    };
    const verdict = firstVerdict(BLOCK_RULES, context, first.no, this.journal);
    if (verdict === 'list item') {
      const previous = this.blocks[this.blocks.length - 1];
      if (previous?.kind === 'list') previous.items.push(text);
      else this.blocks.push({ kind: 'list', items: [text], line: first.no });
    } else if (verdict === 'heading') {
      const depth = this.levels.push(marker!);
      this.journal.decisions.push({ line: first.no, rule: 'level/from-numbering', outcome: `heading ${depth}` });
      this.blocks.push({ kind: 'heading', depth, text, line: first.no });
      this.lastHeading = text;
    } else {
      const lead =
        verdict !== 'run-in lead' ? null : marker ? runInLead(text, marker, leadLength(item.style)) : dashLead(text);
      this.blocks.push({ kind: 'paragraph', text, lead, line: first.no });
    }
  }
}

export interface BodyOptions {
  /** The caption of a table that has none of its own (a statistics table takes the title). */
  fallbackCaption?: string | null;
  /** The issue's column width, for a body too short to measure its own. */
  issueColumnWidth?: number | null;
}

/** Builds the blocks of a document body. */
export function buildBlocks(
  lines: SourceLine[],
  body: BodyContext,
  journal: Journal,
  { fallbackCaption = null, issueColumnWidth = null }: BodyOptions = {},
): Block[] {
  const printed = toRecords(lines);
  const measured = measureLayout(printed, issueColumnWidth);
  if (printed[0])
    journal.decisions.push({ line: printed[0].no, rule: 'layout/measured', outcome: describeLayout(measured) });
  const { records, layout } = rejoinWrappedLines(printed, measured, body.personnel, journal);
  const items = annotate(records, body, layout, journal);
  return new BodyBuilder(items, body, layout, journal, fallbackCaption).build();
}
