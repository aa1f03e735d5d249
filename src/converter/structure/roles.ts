/**
 * What each unit of a body is, decided by the kind of its text and its neighbours: a signature,
 * an attachment label or title, an enclosed document's title, a table caption, a 专栏 box, a
 * plan's own outline, a speaker line — or running text.
 */
import {
  endsSentence,
  isAttachmentAnnouncement,
  isBoxTitle,
  matchAttachmentLabel,
  matchDateLine,
  matchMarker,
  markerValue,
  type MarkerType,
} from '../detect/index.ts';
import { isHeadingLike } from './lists.ts';
import { cleanTitle } from './meta.ts';
import type { LineUnit, Unit } from './units.ts';

export type Role =
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

const ORGAN_LINE = /^(?:中共)?[\u4e00-\u9fff（）()]{2,40}(?:人民政府|政府|办公室|区委|委员会|[委局院]|中心)$/;
const ENCLOSURE_SUFFIX = /(?:规划|方案|计划|办法|要点|预案|细则|规定|意见|名单|目录|清单|标准|制度|决定|条例|纲要|表)$/;

function isShortTitleLike(text: string): boolean {
  return text.length <= 60 && !/[。；，：:;,]/.test(text) && !endsSentence(text);
}

/** Titles of attachments announced in the text (`附件：1. 甲目录 2. 乙名单`), whitespace removed. */
function announcedAttachments(units: Unit[]): Set<string> {
  const titles = new Set<string>();
  units.forEach((unit, index) => {
    if (unit.kind !== 'line' || !isAttachmentAnnouncement(unit.text)) return;
    const items = [unit.text.replace(/^\s*附\s*件\s*(?:\d+\s*)?[：:]/, '')];
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
    while (isOutlineLine(units[end + 1]) && (units[end + 1] as LineUnit).text !== (units[start] as LineUnit).text)
      end += 1;
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
    if (open && marker && value !== null && isHeadingLike(marker) && lastOutside.get(marker.type) === value - 1)
      open = false;
    inBox[index] = open;
    if (!open && marker && value !== null && unit.kind === 'line' && unit.blankBefore)
      lastOutside.set(marker.type, value);
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
    while (
      organs < 3 &&
      line(index - organs - 1) &&
      ORGAN_LINE.test(line(index - organs - 1)!.text) &&
      roles[index - organs - 1] === 'text'
    )
      organs += 1;
    if (organs === 0) return;
    roles[index] = 'signature-date';
    for (let offset = 1; offset <= organs; offset += 1) roles[index - offset] = 'signature-organ';
  });

  if (context.speech) {
    for (
      let index = 0;
      index < Math.min(3, units.length) &&
      line(index) &&
      line(index)!.text.length <= 30 &&
      !/[。；，]/.test(line(index)!.text);
      index += 1
    ) {
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
      if (next && isShortTitleLike(next.text) && !matchAttachmentLabel(next.text))
        roles[index + 1] = 'attachment-title';
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
    else if ((afterSignature || namedInTitle || looksLikeTitle) && unit.blankBefore && index > 0)
      roles[index] = 'enclosure-title';
  });
  return roles;
}
