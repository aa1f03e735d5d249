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
  isTableRow,
  MARKER_RANK,
  matchAttachmentLabel,
  matchDateLine,
  matchMarker,
  markerValue,
  type Marker,
  type MarkerType,
} from '../detect/index.ts';
import { repairText, widenPunctuation } from '../repair/characters.ts';
import { joinBrokenLine } from '../repair/join.ts';
import type { Block, Journal, SourceLine } from '../types.ts';
import { cleanTitle } from './meta.ts';
import { buildTable } from './table.ts';

interface LineUnit {
  kind: 'line';
  no: number;
  text: string;
  blankBefore: boolean;
  bullet: boolean;
  /** The line starts with an indent (two spaces or a full-width space), as a paragraph's first line does. */
  indented: boolean;
}

interface TableUnit {
  kind: 'table';
  no: number;
  lines: SourceLine[];
  blankBefore: boolean;
}

type Unit = LineUnit | TableUnit;

type Role =
  | 'table'
  | 'signature-organ'
  | 'signature-date'
  | 'attachment-label'
  | 'attachment-title'
  | 'enclosure-title'
  | 'caption'
  | 'box-title'
  | 'outline'
  | 'speaker'
  | 'text';

export interface BodyContext {
  /** The document's whole title: enclosed documents' titles are usually named in it. */
  title: string;
  /** 批复 and 人事任免 number their paragraphs; those numbers are not headings. */
  numberedParagraphs: boolean;
  personnel: boolean;
  speech: boolean;
}

/** Groups body lines into line units and table units (a table continues across page breaks). */
export function toUnits(lines: SourceLine[], journal: Journal): Unit[] {
  const units: Unit[] = [];
  // The body's first line starts a block, as if a blank line preceded it.
  let blankBefore = true;
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index]!;
    if (line.text.trim() === '') {
      blankBefore = true;
      continue;
    }
    if (isTableRow(line.text)) {
      const rows: SourceLine[] = [];
      let cursor = index;
      while (cursor < lines.length) {
        const current = lines[cursor]!;
        if (isTableRow(current.text) && current.table !== line.table) break;
        if (isTableRow(current.text)) rows.push(current);
        else if (current.text.trim() === '') {
          const next = lines.slice(cursor + 1).find((candidate) => candidate.text.trim() !== '');
          if (!next || !isTableRow(next.text)) break;
          rows.push(current);
        } else break;
        cursor += 1;
      }
      units.push({ kind: 'table', no: line.no, lines: rows, blankBefore });
      index = cursor - 1;
    } else {
      const indented = /^(?: {2,}|\u3000)/.test(line.text);
      units.push({ kind: 'line', no: line.no, text: repairText(line.text.trim(), line.no, journal), blankBefore, bullet: line.bullet === true, indented });
    }
    blankBefore = false;
  }
  return units;
}

const ORGAN_LINE = /^(?:中共)?[\u4e00-\u9fff（）()]{2,40}(?:人民政府|政府|办公室|区委|委员会|委|局|中心|院)$/;
const ENCLOSURE_SUFFIX = /(?:规划|方案|计划|办法|要点|预案|细则|规定|意见|名单|目录|清单|标准|制度|决定|条例|纲要|表)$/;

function isShortTitleLike(text: string): boolean {
  return text.length <= 60 && !/[。；，：:;,]/.test(text) && !endsSentence(text);
}

/** Titles of attachments announced in the text (`附件：1. 甲目录 2. 乙名单`), whitespace removed. */
function announcedAttachments(units: Unit[]): Set<string> {
  const titles = new Set<string>();
  units.forEach((unit, index) => {
    if (unit.kind !== 'line' || !isAttachmentAnnouncement(unit.text)) return;
    const items = [unit.text.replace(/^\s*附\s*件\s*\d*\s*[：:]/, '')];
    for (const next of units.slice(index + 1)) {
      if (next.kind !== 'line' || next.blankBefore || !matchMarker(next.text)) break;
      items.push(next.text);
    }
    for (const item of items) titles.add(cleanTitle(item.replace(/^\s*\d{1,2}\s*[.．、]\s*/, '')));
  });
  return titles;
}

/**
 * An outline of the text that follows (a plan's contents, without the word 目录): a run of short
 * numbered lines, some of them directly under each other, after which the numbering starts over
 * with the run's first line. Its lines become one list, not headings.
 */
function markOutlines(units: Unit[], roles: Role[]): void {
  const isOutlineLine = (unit: Unit | undefined) => {
    if (unit?.kind !== 'line') return false;
    const marker = matchMarker(unit.text);
    return marker !== null && isHeadingLike(marker);
  };
  for (let start = 0; start < units.length; start += 1) {
    if (!isOutlineLine(units[start])) continue;
    let end = start;
    while (isOutlineLine(units[end + 1]) && (units[end + 1] as LineUnit).text !== (units[start] as LineUnit).text) end += 1;
    const run = units.slice(start, end + 1) as LineUnit[];
    const restarts = units[end + 1]?.kind === 'line' && (units[end + 1] as LineUnit).text === run[0]!.text;
    if (run.length >= 4 && restarts && run.some((unit, offset) => offset > 0 && !unit.blankBefore)) {
      for (let index = start; index <= end; index += 1) roles[index] = 'outline';
      start = end;
    }
  }
}

/**
 * The extent of each 专栏 box: from its title until the numbering outside the box resumes — a
 * short numbered line that continues the last number of its kind used before the box — or until
 * the next box, attachment or enclosed document.
 */
export function boxMembers(units: Unit[], roles: Role[]): boolean[] {
  const inBox = units.map(() => false);
  const lastOutside = new Map<MarkerType, number>();
  let open = false;
  units.forEach((unit, index) => {
    const role = roles[index];
    if (role === 'box-title') {
      open = true;
      return;
    }
    if (role === 'enclosure-title' || role === 'attachment-label' || role === 'attachment-title') {
      open = false;
      lastOutside.clear();
      return;
    }
    const marker = unit.kind === 'line' ? matchMarker(unit.text) : null;
    const value = marker ? markerValue(marker) : null;
    if (open && marker && value !== null && isHeadingLike(marker) && lastOutside.get(marker.type) === value - 1) open = false;
    inBox[index] = open;
    if (!open && marker && value !== null && unit.kind === 'line' && unit.blankBefore) lastOutside.set(marker.type, value);
  });
  return inBox;
}

/** Assigns each unit its role, by the kind of its text and its neighbours. */
export function assignRoles(units: Unit[], context: BodyContext): Role[] {
  const roles: Role[] = units.map((unit) => (unit.kind === 'table' ? 'table' : 'text'));
  const announced = announcedAttachments(units);
  const line = (index: number) => (units[index]?.kind === 'line' ? (units[index] as LineUnit) : null);

  // Signatures: one to three organ lines directly above a date line.
  units.forEach((unit, index) => {
    if (unit.kind !== 'line' || !matchDateLine(unit.text)) return;
    let organs = 0;
    while (organs < 3 && line(index - organs - 1) && ORGAN_LINE.test(line(index - organs - 1)!.text) && roles[index - organs - 1] === 'text') organs += 1;
    if (organs === 0) return;
    roles[index] = 'signature-date';
    for (let offset = 1; offset <= organs; offset += 1) roles[index - offset] = 'signature-organ';
  });

  if (context.speech) {
    for (let index = 0; index < Math.min(3, units.length) && line(index) && line(index)!.text.length <= 30 && !/[。；，]/.test(line(index)!.text); index += 1) {
      roles[index] = 'speaker';
    }
  }

  const compactTitle = cleanTitle(context.title);
  markOutlines(units, roles);
  units.forEach((unit, index) => {
    if (unit.kind !== 'line' || roles[index] !== 'text') return;
    const text = unit.text;
    if (isBoxTitle(text)) {
      roles[index] = units[index + 1]?.kind === 'table' ? 'caption' : 'box-title';
      return;
    }
    if (matchAttachmentLabel(text)) {
      roles[index] = 'attachment-label';
      const next = line(index + 1);
      if (next && isShortTitleLike(next.text) && !matchAttachmentLabel(next.text)) roles[index + 1] = 'attachment-title';
      return;
    }
    if (matchMarker(text) || !isShortTitleLike(text) || unit.bullet) return;
    const compact = cleanTitle(text);
    const withoutNote = compact.replace(/[（(][^（()）]*[）)]$/, '');
    if (announced.has(compact)) {
      roles[index] = 'attachment-title';
      return;
    }
    const afterSignature = roles[index - 1] === 'signature-date';
    const namedInTitle = withoutNote.length >= 6 && compactTitle.includes(withoutNote);
    const looksLikeTitle = withoutNote.length >= 4 && ENCLOSURE_SUFFIX.test(withoutNote);
    const nextIsTable = units[index + 1]?.kind === 'table';
    // A bracketed note above a table (`（共计14项）`) is text; the table keeps its heading's title.
    if (nextIsTable && withoutNote !== '') roles[index] = 'caption';
    else if ((afterSignature || namedInTitle || looksLikeTitle) && unit.blankBefore && index > 0) roles[index] = 'enclosure-title';
  });
  return roles;
}

const MAX_HEADING_DEPTH = 6;

/**
 * When the extraction hard-wrapped a narrow column, most lines have nearly the same length; a
 * line that reaches that width was cut by the layout, not ended by the writer. Returns the length
 * from which a line counts as full, or null for text with one paragraph per line.
 */
export function hardWrapWidth(units: Unit[]): number | null {
  const lengths = units.filter((unit): unit is LineUnit => unit.kind === 'line').map((unit) => unit.text.length).sort((a, b) => a - b);
  if (lengths.length < 6) return null;
  const width = lengths[Math.floor(0.9 * (lengths.length - 1))]!;
  const full = Math.ceil(width * 0.85);
  if (width < 12 || width > 45 || lengths.filter((length) => length >= full).length < lengths.length / 2) return null;
  return full;
}

/**
 * Some extractions keep the two-character indent that starts every Chinese paragraph and wrap the
 * rest of it flush left. Then the indent, not the punctuation, says where paragraphs begin.
 */
export function isIndentedLayout(units: Unit[]): boolean {
  const lines = units.filter((unit): unit is LineUnit => unit.kind === 'line');
  const indented = lines.filter((unit) => unit.indented).length;
  return indented >= 3 && indented >= lines.length * 0.15 && indented <= lines.length * 0.85;
}

/** A numbered line short enough to be a heading: one phrase, at most a final full stop. */
function isHeadingLike(marker: Marker): boolean {
  const rest = marker.rest.replace(/。$/, '');
  return rest.length > 0 && rest.length <= 30 && !/[。；：;:]/.test(rest) && marker.type !== 'article';
}

/**
 * The run-in lead of a numbered paragraph: `（一）加强组织领导` of `（一）加强组织领导。依托…`. The
 * full stop stays outside the lead, so the bold run ends on a letter (CommonMark flanking rules).
 * A sentence followed only by a bracketed note (`…以上。（牵头单位：…）`) has no lead.
 */
function runInLead(text: string, marker: Marker): string | null {
  if (marker.type === 'article') return marker.marker;
  const stop = marker.rest.indexOf('。');
  if (stop <= 0 || stop > 30 || /[；：;:]/.test(marker.rest.slice(0, stop))) return null;
  const after = marker.rest.slice(stop + 1).trim();
  if (after === '' || /^[（(][^（()）]*[）)]$/.test(after)) return null;
  return text.slice(0, text.indexOf(marker.rest) + stop);
}

function isBracketedNote(text: string): boolean {
  return /^[（(][^（）()]*[）)]$/.test(text.trim()) && matchMarker(text) === null;
}

const PERSONNEL_ITEM = /^[\u4e00-\u9fff·]{2,8}?(?:为|的).+[；。;]$/;

/** How the numbered lines of one list read: short headings, run-in leads, or plain numbered sentences. */
type MarkerStyle = 'heading' | 'run-in' | 'sentences';

/**
 * Numbered lines of one list — one kind of marker under the same parent item, within one
 * container (the cover note, an enclosed document, an attachment) — are treated alike: when most
 * of them are sentences, the short ones are run-in leads too, not headings. Keys are
 * `container:type:parent`, where parent is the position of the last item of a higher rank.
 */
function markerStyles(units: Unit[], roles: Role[], inBox: boolean[]): Map<string, MarkerStyle> {
  const counts = new Map<string, { heading: number; sentence: number; leads: number }>();
  const keys = listKeys(units, roles);
  units.forEach((unit, index) => {
    const key = keys[index];
    if (key === undefined || unit.kind !== 'line' || roles[index] !== 'text' || !unit.blankBefore || inBox[index]) return;
    const count = counts.get(key) ?? { heading: 0, sentence: 0, leads: 0 };
    if (runInLead(unit.text, matchMarker(unit.text)!) !== null) count.leads += 1;
    // A short item directly followed by its next sibling has no body of its own: a list item.
    const next = units[index + 1];
    const followedBySibling = next?.kind === 'line' && keys[index + 1] === key;
    if (isHeadingLike(matchMarker(unit.text)!) && !followedBySibling) count.heading += 1;
    else count.sentence += 1;
    counts.set(key, count);
  });
  return new Map(
    [...counts].map(([key, count]): [string, MarkerStyle] => [
      key,
      count.sentence <= count.heading ? 'heading' : count.leads * 2 >= count.sentence ? 'run-in' : 'sentences',
    ]),
  );
}

/** The list each numbered line belongs to (see markerStyles); undefined for other units. */
function listKeys(units: Unit[], roles: Role[]): (string | undefined)[] {
  let container = 0;
  let lastByRank: number[] = [];
  return units.map((unit, index) => {
    if (roles[index] === 'enclosure-title' || roles[index] === 'attachment-label' || roles[index] === 'attachment-title') {
      container += 1;
      lastByRank = [];
    }
    const marker = unit.kind === 'line' && roles[index] === 'text' ? matchMarker(unit.text) : null;
    if (!marker) return undefined;
    const rank = MARKER_RANK[marker.type];
    const parent = Math.max(-1, ...lastByRank.slice(0, rank).filter((position) => position !== undefined));
    lastByRank[rank] = index;
    return `${container}:${marker.type}:${parent}`;
  });
}

interface StackEntry {
  type: MarkerType;
  value: number | null;
}

/** Builds the blocks of a document body. */
export function buildBlocks(lines: SourceLine[], context: BodyContext, journal: Journal, fallbackCaption: string | null = null): Block[] {
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
  let container = 0;
  let containerDepth = 1;
  let stack: StackEntry[] = [];
  let inEnclosure = false;
  let lastHeading: string | null = fallbackCaption;
  let pendingCaption: string | null = null;

  const openContainer = (depth: number, text: string, line: number) => {
    blocks.push({ kind: 'heading', depth, text, line });
    container += 1;
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
      blocks.push({ kind: 'table', table: buildTable(unit.lines, pendingCaption ?? lastHeading, journal), line: unit.no });
      pendingCaption = null;
      continue;
    }
    switch (role) {
      case 'signature-organ':
        continue;
      case 'signature-date': {
        const organs: string[] = [];
        for (let back = index - 1; back >= 0 && roles[back] === 'signature-organ'; back -= 1) organs.unshift((units[back] as LineUnit).text);
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
        blocks.push({ kind: 'heading', depth: Math.min(containerDepth + stack.length + 1, MAX_HEADING_DEPTH), text: unit.text, line: unit.no });
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
    const runIn = firstMarker !== null && (inBox[index] === true || context.numberedParagraphs || (style !== undefined && style !== 'heading'));

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
      const note = isBracketedNote(next.text) && !matchMarker(text);
      // A few characters closing a sentence (`案审查工作。`) are the tail of a long line above, cut by a page break.
      const tail = text === unit.text && !endsSentence(text) && (firstMarker?.rest.length ?? text.length) >= 12 && next.text.length <= 8 && /。$/.test(next.text);
      const open = indentedLayout
        ? !next.indented || note
        : !endsSentence(text) || note || (wrapWidth !== null && lastLine.length >= wrapWidth) || (leadOnly && text === unit.text);
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
    if (marker && !runIn && !joined && unit.blankBefore && !nextIsRunItem && !sentenceWithoutBody && isHeadingLike(marker) && pushHeading(marker, text, unit.no)) {
      continue;
    }
    // Leads are bold in a list of run-in paragraphs, never in a list of numbered sentences.
    const lead = marker && !context.numberedParagraphs && style !== 'sentences' ? runInLead(text, marker) : null;
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
