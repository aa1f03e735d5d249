/**
 * Body lines → blocks. Lines are first given a role by their kind (table row, signature,
 * attachment label, enclosed document's title, numbered line, text); then text lines broken by
 * page or column breaks are joined into paragraphs; then numbered lines become headings (levels
 * from the numbering, never from the extraction's `#`), run-in paragraphs or list items.
 */
import {
  endsSentence,
  isAttachmentAnnouncement,
  isBoxTitle,
  MARKER_RANK,
  matchAttachmentLabel,
  matchMarker,
  markerValue,
  type Marker,
  type MarkerType,
} from '../detect/index.ts';
import { widenPunctuation } from '../repair/characters.ts';
import { joinBrokenLine } from '../repair/join.ts';
import type { Block, Journal, SourceLine } from '../types.ts';
import { isBracketedNote, isHeadingLike, listKeys, markerStyles, PERSONNEL_ITEM, runInLead } from './lists.ts';
import { assignRoles, boxMembers, type BodyContext } from './roles.ts';
import { buildTable } from './table.ts';
import { hardWrapWidth, isIndentedLayout, toUnits, type LineUnit } from './units.ts';

export type { BodyContext } from './roles.ts';

const MAX_HEADING_DEPTH = 6;

interface StackEntry {
  type: MarkerType;
  value: number | null;
}

/** Builds the blocks of a document body. */
export function buildBlocks(
  lines: SourceLine[],
  context: BodyContext,
  journal: Journal,
  fallbackCaption: string | null = null,
): Block[] {
  const units = toUnits(lines, journal);
  const indentedLayout = isIndentedLayout(units);
  // Where indents mark paragraphs, an indented line starts a block as a blank line would.
  if (indentedLayout) for (const unit of units) if (unit.kind === 'line' && unit.indented) unit.blankBefore = true;
  const roles = assignRoles(units, context);
  const inBox = boxMembers(units, roles);
  const styles = markerStyles(units, roles, inBox);
  const keys = listKeys(units, roles);
  const wrapWidth = hardWrapWidth(units);
  const blocks: Block[] = [];
  let containerDepth = 1;
  let stack: StackEntry[] = [];
  let inEnclosure = false;
  let lastHeading: string | null = fallbackCaption;
  let pendingCaption: string | null = null;

  const openContainer = (depth: number, text: string, line: number) => {
    blocks.push({ kind: 'heading', depth, text, line });
    containerDepth = depth;
    stack = [];
    lastHeading = text;
  };
  const pushHeading = (marker: Marker, text: string, line: number): boolean => {
    const rank = MARKER_RANK[marker.type];
    const entries = stack.filter((entry) => MARKER_RANK[entry.type] < rank);
    const depth = containerDepth + entries.length + 1;
    if (depth > MAX_HEADING_DEPTH) return false;
    stack = [...entries, { type: marker.type, value: markerValue(marker) }];
    blocks.push({ kind: 'heading', depth, text, line });
    lastHeading = text;
    return true;
  };

  for (let index = 0; index < units.length; index += 1) {
    const unit = units[index]!;
    const role = roles[index]!;
    if (unit.kind === 'table') {
      blocks.push({
        kind: 'table',
        table: buildTable(unit.lines, pendingCaption ?? lastHeading, journal),
        line: unit.no,
      });
      pendingCaption = null;
      continue;
    }
    switch (role) {
      case 'signature-organ':
        continue;
      case 'signature-date': {
        const organs: string[] = [];
        for (let back = index - 1; back >= 0 && roles[back] === 'signature-organ'; back -= 1)
          organs.unshift((units[back] as LineUnit).text);
        blocks.push({ kind: 'signature', organs, date: unit.text, line: units[index - organs.length]!.no });
        continue;
      }
      case 'attachment-label': {
        const next = roles[index + 1] === 'attachment-title' ? (units[index + 1] as LineUnit) : null;
        const label = unit.text.replace(/\s*[：:]\s*$/, '');
        openContainer(inEnclosure ? 3 : 2, next ? `${label} ${next.text}` : label, unit.no);
        if (next) {
          lastHeading = next.text;
          index += 1;
        }
        continue;
      }
      case 'attachment-title':
        openContainer(inEnclosure ? 3 : 2, unit.text, unit.no);
        continue;
      case 'enclosure-title':
        inEnclosure = true;
        openContainer(2, unit.text, unit.no);
        continue;
      case 'caption':
        pendingCaption = unit.text;
        continue;
      case 'box-title':
        // A 专栏 box is a sub-section of where it stands; its own numbering stays inside it.
        blocks.push({
          kind: 'heading',
          depth: Math.min(containerDepth + stack.length + 1, MAX_HEADING_DEPTH),
          text: unit.text,
          line: unit.no,
        });
        continue;
      case 'outline': {
        const previous = blocks[blocks.length - 1];
        if (previous?.kind === 'list' && roles[index - 1] === 'outline') previous.items.push(unit.text);
        else blocks.push({ kind: 'list', items: [unit.text], line: unit.no });
        continue;
      }
      case 'speaker':
        blocks.push({ kind: 'paragraph', text: unit.text, lead: null, line: unit.no });
        continue;
      case 'table':
      case 'text':
        break;
    }

    // An attachment announcement keeps its items on their own lines: `附件：1. 甲` ⏎ `2. 乙`.
    if (isAttachmentAnnouncement(unit.text)) {
      const items = [unit.text];
      while (roles[index + 1] === 'text' && units[index + 1]!.kind === 'line' && !units[index + 1]!.blankBefore) {
        const next = units[index + 1] as LineUnit;
        if (matchMarker(next.text)) items.push(next.text);
        else items.push(joinBrokenLine(items.pop()!, next.text, next.no, journal));
        index += 1;
      }
      blocks.push({ kind: 'paragraph', text: items.join('\n'), lead: null, line: unit.no });
      continue;
    }

    const firstMarker = matchMarker(unit.text);
    const style = styles.get(keys[index] ?? '');
    const runIn =
      firstMarker !== null &&
      (inBox[index] === true || context.numberedParagraphs || (style !== undefined && style !== 'heading'));

    // Running text: join the following lines that continue this one. In hard-wrapped text a
    // full-width line continues even when it happens to end with a full stop; a run-in lead on
    // a line of its own (`（十）提高服务能力。`) continues with the body below it.
    let text = unit.text;
    let lastLine = unit.text;
    // Only in a list of run-in paragraphs does a lead on its own line continue with the body below.
    const leadOnly = style === 'run-in' && !inBox[index] && isHeadingLike(firstMarker!) && endsSentence(text);
    while (roles[index + 1] === 'text' && units[index + 1]!.kind === 'line') {
      const next = units[index + 1] as LineUnit;
      // A bracketed note on a line of its own (`（区科技局负责）`) belongs to the sentence above it.
      const note = isBracketedNote(next.text) && !(firstMarker && !runIn && isHeadingLike(firstMarker));
      // A few characters closing a sentence (`案审查工作。`) are the tail of a long line above, cut by a page break.
      const tail =
        text === unit.text &&
        !endsSentence(text) &&
        (firstMarker?.rest.length ?? text.length) >= 12 &&
        next.text.length <= 8 &&
        /。$/.test(next.text);
      const open = indentedLayout
        ? !next.indented || note
        : !endsSentence(text) ||
          note ||
          (wrapWidth !== null && lastLine.length >= wrapWidth) ||
          (leadOnly && text === unit.text);
      // A bullet item never takes in the paragraph after it; only its own wrapped tail.
      const fullWidth = wrapWidth !== null && lastLine.length >= wrapWidth;
      if (!open || !continues(text, next, runIn || fullWidth || tail) || (unit.bullet && next.blankBefore)) break;
      text = joinBrokenLine(text, next.text, next.no, journal);
      // A bracket opened before the break and closed after it (`（…` ⏎ `…)`) pairs up only now.
      text = widenPunctuation(text, next.no, journal);
      lastLine = next.text;
      index += 1;
    }

    const marker = matchMarker(text);
    const next = units[index + 1];
    const nextMarker = next?.kind === 'line' ? matchMarker(next.text) : null;
    const nextIsRunItem = nextMarker !== null && next?.kind === 'line' && !next.blankBefore;
    // A numbered sentence directly followed by its next sibling has no body: a numbered paragraph.
    const sentenceWithoutBody = marker !== null && /。$/.test(text) && nextMarker?.type === marker.type;
    const listItem = unit.bullet || (context.personnel && PERSONNEL_ITEM.test(text));
    if (listItem) {
      const previous = blocks[blocks.length - 1];
      if (previous?.kind === 'list') previous.items.push(text);
      else blocks.push({ kind: 'list', items: [text], line: unit.no });
      continue;
    }
    // A heading is one line: text joined across a break is a numbered paragraph.
    const joined = text !== unit.text;
    if (
      marker &&
      !runIn &&
      !joined &&
      unit.blankBefore &&
      !nextIsRunItem &&
      !sentenceWithoutBody &&
      isHeadingLike(marker) &&
      pushHeading(marker, text, unit.no)
    ) {
      continue;
    }
    // Leads are bold in a list of run-in paragraphs, never in a list of numbered sentences.
    // In a list of run-in paragraphs a longer first sentence is a lead too, like its siblings'.
    const lead =
      marker && !context.numberedParagraphs && style !== 'sentences'
        ? runInLead(text, marker, style === 'run-in' ? 60 : 30)
        : null;
    blocks.push({ kind: 'paragraph', text, lead, line: unit.no });
  }
  return blocks;
}

/**
 * Whether `next` continues the running text `text`: not when it starts a numbered item, a bullet,
 * an attachment label or a box, and not when `text` is a bare numbered heading — unless numbered
 * lines here are run-in sentences or the line was cut at the width of a hard-wrapped column.
 */
function continues(text: string, next: LineUnit, runInOrCut: boolean): boolean {
  if (next.bullet || matchMarker(next.text) || matchAttachmentLabel(next.text) || isBoxTitle(next.text)) return false;
  const marker = matchMarker(text);
  return runInOrCut || !(marker && isHeadingLike(marker) && !/[，、,（(“《—]$/.test(text));
}
