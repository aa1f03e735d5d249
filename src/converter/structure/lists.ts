/**
 * Numbered lines and the lists they form: which are short enough to be headings, where a run-in
 * lead ends, how all the items of one list (one kind of number under one parent) are read, and
 * which lines a 专栏 box holds.
 */
import { MARKER_RANK, matchMarker, markerValue, type Marker, type MarkerType } from '../../vocabulary/index.ts';
import type { LayoutModel } from './layout.ts';
import type { BodyRecord } from './records.ts';
import type { Role } from './roles.ts';

/** Longest heading, in characters after the marker. */
export const HEADING_MAX_LENGTH = 30;

/** A numbered line short enough to be a heading: one phrase, at most a final full stop. */
export function isHeadingLike(marker: Marker): boolean {
  const rest = marker.rest.replace(/。$/, '');
  return rest.length > 0 && rest.length <= HEADING_MAX_LENGTH && !/[。；：;:]/.test(rest) && marker.type !== 'article';
}

/**
 * The run-in lead of a numbered paragraph: `（一）加强组织领导` of `（一）加强组织领导。依托…`. The
 * full stop stays outside the lead, so the bold run ends on a letter (CommonMark flanking rules).
 * A sentence followed only by a bracketed note (`…以上。（牵头单位：…）`) has no lead.
 */
export function runInLead(text: string, marker: Marker, longest = HEADING_MAX_LENGTH): string | null {
  if (marker.type === 'article') return marker.marker;
  const stop = marker.rest.indexOf('。');
  if (stop <= 0 || stop > longest || /[；：;:]/.test(marker.rest.slice(0, stop))) return null;
  const after = marker.rest.slice(stop + 1).trim();
  if (after === '' || /^[（(][^（()）]*[）)]$/.test(after)) return null;
  return text.slice(0, text.indexOf(marker.rest) + stop);
}

/** Longest dash lead, in characters. */
const DASH_LEAD_MAX_LENGTH = 40;

/**
 * The bold lead of a paragraph opening with `——`: its first sentence, when more text follows it
 * (`——五年来，财政工作坚持以政领财，不断提升财政功能定位。把准…`). A dash item that is one sentence
 * (`——生产总值增长8%；`) has none.
 */
export function dashLead(text: string): string | null {
  if (!text.startsWith('——')) return null;
  const stop = text.indexOf('。');
  if (stop < 4 || stop > DASH_LEAD_MAX_LENGTH || /[；：;:]/.test(text.slice(0, stop))) return null;
  const after = text.slice(stop + 1).trim();
  return after === '' || /^[（(][^（()）]*[）)]$/.test(after) ? null : text.slice(0, stop);
}

/** Longest un-numbered lead, in characters before its full stop. */
const PARALLEL_LEAD_MAX_LENGTH = 22;

/**
 * The lead an un-numbered paragraph would have as one of a run of parallel leads: its first
 * sentence, short and without commas, colons or semicolons, followed by more text
 * (`增强企业自主创新能力。组织开展…`). Whether it is one depends on its neighbours.
 */
export function parallelLeadCandidate(text: string): string | null {
  const stop = text.indexOf('。');
  if (stop < 4 || stop > PARALLEL_LEAD_MAX_LENGTH || /[，、；：,;:]/.test(text.slice(0, stop))) return null;
  if (matchMarker(text) !== null || text.startsWith('——')) return null;
  return text.slice(stop + 1).trim().length > 1 ? text.slice(0, stop) : null;
}

/** Fewest consecutive paragraphs opening alike that make their first sentences leads. */
export const PARALLEL_LEADS_MIN_RUN = 3;

/** How the numbered lines of one list read: short headings, run-in leads, or plain numbered sentences. */
export type MarkerStyle = 'heading' | 'run-in' | 'sentences';

/** Whether a record starts a block of its own (a blank line, or no blank lines to tell). */
export function setOff(record: BodyRecord, layout: LayoutModel): boolean {
  return record.gapBefore || !layout.gapsMeaningful;
}

/**
 * The list each numbered line belongs to: one kind of marker under the same parent item, within one
 * container (the cover note, an enclosed document, an attachment). Keys are `container:type:parent`,
 * where parent is the position of the last item of a higher rank; undefined for other records.
 */
export function listKeys(records: readonly BodyRecord[], roles: readonly Role[]): (string | undefined)[] {
  let container = 0;
  let lastByRank: number[] = [];
  return records.map((record, index) => {
    if (
      roles[index] === 'enclosure-title' ||
      roles[index] === 'attachment-label' ||
      roles[index] === 'attachment-title'
    ) {
      container += 1;
      lastByRank = [];
    }
    const marker = record.kind === 'line' && roles[index] === 'text' ? matchMarker(record.text) : null;
    if (!marker) return undefined;
    const rank = MARKER_RANK[marker.type];
    const parent = Math.max(-1, ...lastByRank.slice(0, rank).filter((position) => position !== undefined));
    lastByRank[rank] = index;
    return `${container}:${marker.type}:${parent}`;
  });
}

/**
 * Numbered lines of one list are treated alike: when most of them are sentences, the short ones
 * are run-in leads too, not headings; when most are short, they are headings.
 */
export function markerStyles(
  records: readonly BodyRecord[],
  roles: readonly Role[],
  inBox: readonly boolean[],
  keys: readonly (string | undefined)[],
  layout: LayoutModel,
): Map<string, MarkerStyle> {
  const counts = new Map<string, { heading: number; sentence: number; stopped: number; leads: number }>();
  records.forEach((record, index) => {
    const key = keys[index];
    if (
      key === undefined ||
      record.kind !== 'line' ||
      roles[index] !== 'text' ||
      !setOff(record, layout) ||
      inBox[index]
    )
      return;
    const marker = matchMarker(record.text)!;
    const count = counts.get(key) ?? { heading: 0, sentence: 0, stopped: 0, leads: 0 };
    if (runInLead(record.text, marker) !== null) count.leads += 1;
    // A short item directly followed by its next sibling has no body of its own: a list item.
    const next = records[index + 1];
    const followedBySibling = next?.kind === 'line' && keys[index + 1] === key;
    if (!isHeadingLike(marker) || followedBySibling) count.sentence += 1;
    else if (/。$/.test(record.text)) count.stopped += 1;
    else count.heading += 1;
    counts.set(key, count);
  });
  return new Map(
    [...counts].map(([key, count]): [string, MarkerStyle] => {
      // A short item ending with a full stop reads as a heading among headings, as a sentence among sentences.
      const sentences = count.sentence + (count.sentence > 0 ? count.stopped : 0);
      const headings = count.heading + (count.sentence > 0 ? 0 : count.stopped);
      return [key, sentences <= headings ? 'heading' : count.leads * 2 >= sentences ? 'run-in' : 'sentences'];
    }),
  );
}

/**
 * The extent of each 专栏 box: from its title until the numbering outside the box resumes — a
 * short numbered line that continues the last number of its kind used before the box — or until
 * the next box, attachment or enclosed document.
 */
export function boxMembers(records: readonly BodyRecord[], roles: readonly Role[], layout: LayoutModel): boolean[] {
  const inBox = records.map(() => false);
  const lastOutside = new Map<MarkerType, number>();
  let open = false;
  records.forEach((record, index) => {
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
    const marker = record.kind === 'line' ? matchMarker(record.text) : null;
    const value = marker ? markerValue(marker) : null;
    if (open && marker && value !== null && isHeadingLike(marker) && lastOutside.get(marker.type) === value - 1)
      open = false;
    inBox[index] = open;
    if (!open && marker && value !== null && record.kind === 'line' && setOff(record, layout))
      lastOutside.set(marker.type, value);
  });
  return inBox;
}
