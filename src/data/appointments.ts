/**
 * Personnel appointments and removals (人事任免): every `张三为…主任；` and `李四的…职务；` item of a
 * personnel notice, read into records — who, what was done, which post in which organ, when, by
 * which 文号 — each pointing back to the paragraph it came from.
 *
 * An item is a paragraph or list item of the shape PERSONNEL_ITEM (src/vocabulary) that follows
 * a line saying what is done (`区政府决定，任命：`, `免去：`). Items are numbered in the order of
 * the document; the site gives the n-th item the id `任免n` (src/lib/appointment-anchors.ts), so
 * a record links to `…/2021/4/08/#任免2`. Posts joined by 、 are one record each; a post printed
 * without its organ (`董事长、总经理`) belongs to the organ before it.
 */
import {
  isPersonnelDocNumber,
  isPersonnelTitle,
  PERSONNEL_ACTION_LINE,
  PERSONNEL_ITEM,
  POSITION_TITLE,
} from '../vocabulary/index.ts';
import { bodyBlocks, type SourceDocument } from './source.ts';

export type AppointmentAction = '任命' | '免去' | '聘任' | '聘用' | '解聘';

export interface AppointmentRecord {
  /** As printed, without the spaces a typesetter put between its characters (`高 申` → `高申`). */
  name: string;
  action: AppointmentAction;
  /** The post: `副局长`. */
  position: string;
  /** The organ, as printed, with the other name it may have in brackets. */
  organ: string;
  /** What the item adds in brackets after the post: `挂职，时间一年`, `兼`; null if nothing. */
  note: string | null;
  /** The whole item as printed. */
  item: string;
  /** The decision's date (the document's date), ISO. */
  date: string | null;
  docNumber: string | null;
  documentId: string;
  /** The id of the item's paragraph on the document's page: `任免3`. */
  anchor: string;
}

/** Whether a document is a personnel notice, by its 文号 series or its title. */
export function isPersonnelDocument(document: Pick<SourceDocument, 'title' | 'docNumber'>): boolean {
  return isPersonnelDocNumber(document.docNumber) || isPersonnelTitle(document.title);
}

/** The id of the n-th item (1-based) of a personnel notice on its page. */
export function appointmentAnchor(number: number): string {
  return `任免${number}`;
}

/**
 * For the texts of a document's paragraphs and list items in order, the action each item does,
 * or null for text that is not an item. The site's anchors and the records both number items
 * with this one function.
 */
export function itemActions(texts: readonly string[]): (AppointmentAction | null)[] {
  let action: AppointmentAction | null = null;
  return texts.map((text) => {
    const compact = text.trim();
    const line = PERSONNEL_ACTION_LINE.exec(compact);
    if (line) {
      action = line[1] as AppointmentAction;
      return null;
    }
    return action && PERSONNEL_ITEM.test(compact) ? action : null;
  });
}

const TRAILING_NOTE = /（([^（）]*)）$/;

/** Brackets at the end of a post are notes about it: `副局长（挂职，时间一年）`. */
function withoutNotes(text: string): { text: string; notes: string[] } {
  const notes: string[] = [];
  let rest = text;
  for (let match = TRAILING_NOTE.exec(rest); match; match = TRAILING_NOTE.exec(rest)) {
    notes.unshift(match[1]!);
    rest = rest.slice(0, match.index);
  }
  return { text: rest, notes };
}

/** Splits at 、 outside brackets: `A主任、B局长（兼）` → two posts. */
function splitPosts(text: string): string[] {
  const posts: string[] = [];
  let depth = 0;
  let start = 0;
  [...text].forEach((char, index, chars) => {
    if (char === '（' || char === '(') depth += 1;
    else if (char === '）' || char === ')') depth -= 1;
    else if (char === '、' && depth === 0) {
      posts.push(chars.slice(start, index).join(''));
      start = index + 1;
    }
  });
  posts.push([...text].slice(start).join(''));
  return posts;
}

/** One item → its posts: name, and organ/position/note for each. */
export function parseItem(
  item: string,
  action: AppointmentAction,
): { name: string; posts: { organ: string; position: string; note: string | null }[] } {
  const text = item.trim().replace(/[；。;]$/, '');
  const joiner = action === '免去' ? '的' : '为';
  const at = text.indexOf(joiner);
  const name = text.slice(0, at).replace(/\s+/g, '');
  let rest = text.slice(at + 1);
  // 免去: `…主任职务（保留原职级待遇）`: the notes after 职务 belong to every post.
  const { text: withoutDuty, notes: itemNotes } = action === '免去' ? withoutNotes(rest) : { text: rest, notes: [] };
  rest = action === '免去' ? withoutDuty.replace(/职务$/, '') : withoutDuty;
  const posts: { organ: string; position: string; note: string | null }[] = [];
  let organ = '';
  for (const part of splitPosts(rest)) {
    const { text: post, notes } = withoutNotes(part);
    const title = POSITION_TITLE.exec(post);
    const position = title ? title[0] : post;
    const printedOrgan = title ? post.slice(0, title.index) : '';
    if (printedOrgan) organ = printedOrgan;
    const allNotes = [...notes, ...itemNotes];
    posts.push({ organ, position, note: allNotes.length > 0 ? allNotes.join('；') : null });
  }
  return { name, posts };
}

/** The records of one document; [] for a document that is not a personnel notice. */
export function parseAppointments(document: SourceDocument): AppointmentRecord[] {
  if (!isPersonnelDocument(document)) return [];
  const texts = bodyBlocks(document.body).flatMap((block) =>
    block.kind === 'paragraph' || block.kind === 'item' ? [block.text] : [],
  );
  const records: AppointmentRecord[] = [];
  let number = 0;
  itemActions(texts).forEach((action, index) => {
    if (!action) return;
    number += 1;
    const item = texts[index]!.trim();
    const { name, posts } = parseItem(item, action);
    for (const post of posts)
      records.push({
        name,
        action,
        ...post,
        item,
        date: document.date,
        docNumber: document.docNumber,
        documentId: document.id,
        anchor: appointmentAnchor(number),
      });
  });
  return records;
}
