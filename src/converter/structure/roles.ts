/**
 * Role rules: what each logical line of a body is, by the kind of its text and its neighbours —
 * a signature, an attachment's label or title, an enclosed document's title, a table caption, a
 * 专栏 box, a plan's own outline — or running text. Each rule marks the lines it recognises (that
 * no earlier rule claimed) and journals its name against them.
 */
import {
  announcementItems,
  endsSentence,
  isAttachmentAnnouncement,
  isBoxTitle,
  isRosterLine,
  matchAttachmentLabel,
  matchDateLine,
  matchMarker,
  markerValue,
  ORGAN_LINE,
  type Marker,
} from '../../vocabulary/index.ts';
import type { Journal } from '../types.ts';
import { isHeadingLike } from './lists.ts';
import { cleanTitle } from './meta.ts';
import type { LayoutModel } from './layout.ts';
import type { BodyRecord, LineRecord } from './records.ts';

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
  | 'roster'
  | 'text';

export interface BodyContext {
  /** The document's whole title: enclosed documents' titles are usually named in it. */
  title: string;
  /** 批复 and 人事任免 number their paragraphs; those numbers are not headings. */
  numberedParagraphs: boolean;
  personnel: boolean;
}

interface RoleScope {
  records: readonly BodyRecord[];
  roles: Role[];
  context: BodyContext;
  layout: LayoutModel;
  /** Gives `records[index]` a role and journals which rule gave it. */
  assign(index: number, role: Role, rule: string): void;
}

export interface RoleRule {
  name: string;
  why: string;
  mark(scope: RoleScope): void;
}

const ENCLOSURE_SUFFIX = /(?:规划|方案|计划|办法|要点|预案|细则|规定|意见|名单|目录|清单|标准|制度|决定|条例|纲要|表)$/;

function isShortTitleLike(text: string): boolean {
  return text.length <= 60 && !/[。；，：:;,]/.test(text) && !endsSentence(text);
}

function lineAt(records: readonly BodyRecord[], index: number): LineRecord | null {
  const record = records[index];
  return record?.kind === 'line' ? record : null;
}

/**
 * The lines that carry the items of an attachment announcement at `index` (`附件：1. 甲` ⏎ `2. 乙`):
 * following lines numbered on from the announcement's own number, directly under it where blank
 * lines mean something.
 */
export function announcementItemLines(records: readonly BodyRecord[], index: number, layout: LayoutModel): number[] {
  let previous: Marker | null = matchMarker(announcementItems((records[index] as LineRecord).text));
  const items: number[] = [];
  // An announcement without a number names one attachment: no items follow it.
  if (previous === null) return items;
  for (let cursor = index + 1; cursor < records.length; cursor += 1) {
    const record = lineAt(records, cursor);
    const marker = record ? matchMarker(record.text) : null;
    if (!record || !marker || (layout.gapsMeaningful && record.gapBefore)) break;
    if (marker.type !== previous.type || markerValue(marker) !== (markerValue(previous) ?? 0) + 1) break;
    items.push(cursor);
    previous = marker;
  }
  return items;
}

/** Titles of attachments announced in the text (`附件：1. 甲目录 2. 乙名单`), whitespace removed. */
function announcedAttachments(records: readonly BodyRecord[], layout: LayoutModel): Set<string> {
  const titles = new Set<string>();
  records.forEach((record, index) => {
    if (record.kind !== 'line' || !isAttachmentAnnouncement(record.text)) return;
    const items = [announcementItems(record.text)];
    for (const item of announcementItemLines(records, index, layout)) items.push((records[item] as LineRecord).text);
    for (const item of items) titles.add(cleanTitle(item.replace(/^\s*\d{1,2}\s*[.．、]\s*/, '')));
  });
  return titles;
}

const signatureRule: RoleRule = {
  name: 'role/signature',
  why: 'One to three organ lines directly above a date line sign the document (or its enclosure).',
  mark({ records, roles, assign }) {
    records.forEach((record, index) => {
      if (record.kind !== 'line' || roles[index] !== 'text' || !matchDateLine(record.text)) return;
      let organs = 0;
      while (organs < 3) {
        const above = lineAt(records, index - organs - 1);
        if (!above || !ORGAN_LINE.test(above.text) || roles[index - organs - 1] !== 'text') break;
        organs += 1;
      }
      if (organs === 0) return;
      assign(index, 'signature-date', this.name);
      for (let offset = 1; offset <= organs; offset += 1) assign(index - offset, 'signature-organ', this.name);
    });
  },
};

const outlineRule: RoleRule = {
  name: 'role/outline',
  why: 'A run of four or more short numbered lines after which the numbering starts again with the run’s first line is the plan’s own outline: a list, not headings.',
  mark({ records, roles, layout, assign }) {
    const isOutlineLine = (index: number) => {
      const record = lineAt(records, index);
      const marker = record ? matchMarker(record.text) : null;
      return roles[index] === 'text' && marker !== null && isHeadingLike(marker);
    };
    for (let start = 0; start < records.length; start += 1) {
      if (!isOutlineLine(start)) continue;
      const first = (records[start] as LineRecord).text;
      let end = start;
      while (isOutlineLine(end + 1) && (records[end + 1] as LineRecord).text !== first) end += 1;
      const run = records.slice(start, end + 1) as LineRecord[];
      const restarts = lineAt(records, end + 1)?.text === first;
      // Where blank lines mean something, an outline shows some lines directly under each other.
      const packed = !layout.gapsMeaningful || run.some((record, offset) => offset > 0 && !record.gapBefore);
      if (run.length >= 4 && restarts && packed) {
        for (let index = start; index <= end; index += 1) assign(index, 'outline', this.name);
        start = end;
      }
    }
  },
};

const rosterRule: RoleRule = {
  name: 'role/roster',
  why: 'Two or more lines in a row that each name a member (`组长：孙常建（区委副书记、区长）`, `王东（区发展改革局局长）`) are a committee’s roster: a list, one member an item, however the lines were printed.',
  mark({ records, roles, assign }) {
    const isMember = (index: number) => {
      const record = lineAt(records, index);
      return record !== null && roles[index] === 'text' && isRosterLine(record.text);
    };
    for (let start = 0; start < records.length; start += 1) {
      let end = start;
      while (isMember(end)) end += 1;
      if (end - start >= 2) for (let index = start; index < end; index += 1) assign(index, 'roster', this.name);
      start = Math.max(start, end);
    }
  },
};

const boxRule: RoleRule = {
  name: 'role/box-title',
  why: 'A `专栏N` line opens a boxed column of a plan (or captions the table right under it).',
  mark({ records, roles, assign }) {
    records.forEach((record, index) => {
      if (record.kind !== 'line' || roles[index] !== 'text' || !isBoxTitle(record.text)) return;
      assign(index, records[index + 1]?.kind === 'table' ? 'caption' : 'box-title', this.name);
    });
  },
};

const attachmentLabelRule: RoleRule = {
  name: 'role/attachment-label',
  why: '`附件`, `附件 1`, `附件2：` alone on a line labels the attachment whose title is the next short line.',
  mark({ records, roles, assign }) {
    records.forEach((record, index) => {
      if (record.kind !== 'line' || roles[index] !== 'text' || !matchAttachmentLabel(record.text)) return;
      assign(index, 'attachment-label', this.name);
      const next = lineAt(records, index + 1);
      if (next && roles[index + 1] === 'text' && isShortTitleLike(next.text) && !matchAttachmentLabel(next.text)) {
        assign(index + 1, 'attachment-title', this.name);
      }
    });
  },
};

const announcedTitleRule: RoleRule = {
  name: 'role/announced-attachment-title',
  why: 'A short line equal to a title announced in `附件：…` is that attachment’s title, labelled or not.',
  mark({ records, roles, layout, assign }) {
    const announced = announcedAttachments(records, layout);
    records.forEach((record, index) => {
      if (record.kind !== 'line' || roles[index] !== 'text' || !isTitleCandidate(record)) return;
      if (announced.has(cleanTitle(record.text))) assign(index, 'attachment-title', this.name);
    });
  },
};

function isTitleCandidate(record: LineRecord): boolean {
  return !matchMarker(record.text) && isShortTitleLike(record.text) && !record.bullet;
}

const captionRule: RoleRule = {
  name: 'role/caption',
  why: 'A short title-like line right above a table captions it (a bracketed note such as `（共计14项）` stays text).',
  mark({ records, roles, assign }) {
    records.forEach((record, index) => {
      if (record.kind !== 'line' || roles[index] !== 'text' || !isTitleCandidate(record)) return;
      const withoutNote = cleanTitle(record.text).replace(/[（(][^（()）]*[）)]$/, '');
      if (records[index + 1]?.kind === 'table' && withoutNote !== '') assign(index, 'caption', this.name);
    });
  },
};

const enclosureRule: RoleRule = {
  name: 'role/enclosure-title',
  why: 'A short title-like line set off from the text, right after the signature, named in the document’s title or ending like a title (规划, 方案, 办法…), is the title of an enclosed document.',
  mark({ records, roles, context, layout, assign }) {
    const compactTitle = cleanTitle(context.title);
    records.forEach((record, index) => {
      if (record.kind !== 'line' || roles[index] !== 'text' || !isTitleCandidate(record) || index === 0) return;
      const withoutNote = cleanTitle(record.text).replace(/[（(][^（()）]*[）)]$/, '');
      const afterSignature = roles[index - 1] === 'signature-date';
      const namedInTitle = withoutNote.length >= 6 && compactTitle.includes(withoutNote);
      const looksLikeTitle = withoutNote.length >= 4 && ENCLOSURE_SUFFIX.test(withoutNote);
      const setOff = record.gapBefore || !layout.gapsMeaningful;
      if ((afterSignature || namedInTitle || looksLikeTitle) && setOff) assign(index, 'enclosure-title', this.name);
    });
  },
};

/** The role rules, in the order they claim lines. */
export const ROLE_RULES: readonly RoleRule[] = [
  signatureRule,
  outlineRule,
  rosterRule,
  boxRule,
  attachmentLabelRule,
  announcedTitleRule,
  captionRule,
  enclosureRule,
];

/** Assigns each record its role by the role rules; tables are tables, the rest text. */
export function assignRoles(
  records: readonly BodyRecord[],
  context: BodyContext,
  layout: LayoutModel,
  journal: Journal,
): Role[] {
  const roles: Role[] = records.map((record) => (record.kind === 'table' ? 'table' : 'text'));
  const scope: RoleScope = {
    records,
    roles,
    context,
    layout,
    assign(index, role, rule) {
      roles[index] = role;
      journal.decisions.push({ line: records[index]!.no, rule, outcome: role });
    },
  };
  for (const rule of ROLE_RULES) rule.mark(scope);
  return roles;
}
