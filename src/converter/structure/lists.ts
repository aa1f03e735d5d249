/**
 * Numbered lines and the lists they form: which are short enough to be headings, where a run-in
 * lead ends, and how all the items of one list (one kind of number under one parent) are read.
 */
import { MARKER_RANK, matchMarker, type Marker } from '../detect/index.ts';
import type { Role } from './roles.ts';
import type { Unit } from './units.ts';

/** A numbered line short enough to be a heading: one phrase, at most a final full stop. */
export function isHeadingLike(marker: Marker): boolean {
  const rest = marker.rest.replace(/。$/, '');
  return rest.length > 0 && rest.length <= 30 && !/[。；：;:]/.test(rest) && marker.type !== 'article';
}

/**
 * The run-in lead of a numbered paragraph: `（一）加强组织领导` of `（一）加强组织领导。依托…`. The
 * full stop stays outside the lead, so the bold run ends on a letter (CommonMark flanking rules).
 * A sentence followed only by a bracketed note (`…以上。（牵头单位：…）`) has no lead.
 */
export function runInLead(text: string, marker: Marker, longest = 30): string | null {
  if (marker.type === 'article') return marker.marker;
  const stop = marker.rest.indexOf('。');
  if (stop <= 0 || stop > longest || /[；：;:]/.test(marker.rest.slice(0, stop))) return null;
  const after = marker.rest.slice(stop + 1).trim();
  if (after === '' || /^[（(][^（()）]*[）)]$/.test(after)) return null;
  return text.slice(0, text.indexOf(marker.rest) + stop);
}

export function isBracketedNote(text: string): boolean {
  return /^[（(][^（）()]*[）)]$/.test(text.trim()) && matchMarker(text) === null;
}

export const PERSONNEL_ITEM = /^[\u4e00-\u9fff·]{2,8}?(?:为|的).+[；。;]$/;

/** How the numbered lines of one list read: short headings, run-in leads, or plain numbered sentences. */
export type MarkerStyle = 'heading' | 'run-in' | 'sentences';

/**
 * Numbered lines of one list — one kind of marker under the same parent item, within one
 * container (the cover note, an enclosed document, an attachment) — are treated alike: when most
 * of them are sentences, the short ones are run-in leads too, not headings. Keys are
 * `container:type:parent`, where parent is the position of the last item of a higher rank.
 */
export function markerStyles(units: Unit[], roles: Role[], inBox: boolean[]): Map<string, MarkerStyle> {
  const counts = new Map<string, { heading: number; sentence: number; stopped: number; leads: number }>();
  const keys = listKeys(units, roles);
  units.forEach((unit, index) => {
    const key = keys[index];
    if (key === undefined || unit.kind !== 'line' || roles[index] !== 'text' || !unit.blankBefore || inBox[index])
      return;
    const count = counts.get(key) ?? { heading: 0, sentence: 0, stopped: 0, leads: 0 };
    if (runInLead(unit.text, matchMarker(unit.text)!) !== null) count.leads += 1;
    // A short item directly followed by its next sibling has no body of its own: a list item.
    const next = units[index + 1];
    const followedBySibling = next?.kind === 'line' && keys[index + 1] === key;
    if (!isHeadingLike(matchMarker(unit.text)!) || followedBySibling) count.sentence += 1;
    else if (/。$/.test(unit.text)) count.stopped += 1;
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

/** The list each numbered line belongs to (see markerStyles); undefined for other units. */
export function listKeys(units: Unit[], roles: Role[]): (string | undefined)[] {
  let container = 0;
  let lastByRank: number[] = [];
  return units.map((unit, index) => {
    if (
      roles[index] === 'enclosure-title' ||
      roles[index] === 'attachment-label' ||
      roles[index] === 'attachment-title'
    ) {
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
