/**
 * Issuing organs and the people who speak for them: how an organ's name ends, how two organs
 * printed side by side are told apart, which organs are the party committee and which the
 * government (they decide a document's section), and the offices a speaker holds.
 */
import { CJK } from './text.ts';

/** The office that prints a document (版记), as a pattern body: `槐荫区人民政府办公室`. */
export const PRINTING_OFFICE_NAME = `[${CJK}（）()]{2,40}(?:政府|办公室|委员会|区委|委)`;

/** A line that is only an organ's name, as above a signature date. */
export const ORGAN_LINE = /^(?:中共)?[\u4e00-\u9fff（）()]{2,40}(?:人民政府|政府|办公室|区委|委员会|[委局院]|中心)$/;

const ORGAN_END = /(?:中央|国务院|局|委员会|委|办公室|[办院部处所站队会厅署]|中心|政府|街道|大队|支队|公司|集团)$/;
const ORGAN_START = new RegExp(`^(?:中共|区|市|省|国|各|[${CJK}]{1,4}(?:区|市|省|县|街道))`);

/**
 * A space between two organ names separates them (`区财政局 区自然资源局`, `中共中央 国务院`):
 * it is part of the text, not a layout artefact.
 */
export function separatesOrgans(before: string, after: string): boolean {
  return ORGAN_END.test(before) && ORGAN_START.test(after) && before.length >= 2 && after.length >= 2;
}

// The prefix of a title before 关于/印发 (at most MAX_LINE_LENGTH characters, src/converter/read):
// searching it from every position is bounded, and each organ's name may start anywhere in it.
const ORGAN_NAME =
  // eslint-disable-next-line regexp/no-super-linear-move
  /(中共[^中关印转批]*?委(?:员会)?(?:办公室)?|[^中关印转批]*?人民政府(?:办公室)?|[^中关印转批]*?委员会(?:办公室)?)/g;

/** Issuing organs named at the start of a title (`…人民政府关于…`, `…办公室印发…`). */
export function organsFromTitle(title: string): string[] {
  const cut = title.search(/关于|印发|转发|批转/);
  const prefix = cut === -1 ? '' : title.slice(0, cut).replace(/\s+/g, '');
  return [...prefix.matchAll(ORGAN_NAME)].map((match) => match[1]!).filter((organ) => organ.length >= 4);
}

export function isPartyOrgan(organ: string): boolean {
  return /^中共.*委/.test(organ) || /区委(?:办公室)?$/.test(organ);
}

export function isGovernmentOrgan(organ: string): boolean {
  return /人民政府(?:办公室)?$/.test(organ);
}

export function isOfficeOrgan(organ: string): boolean {
  return organ.endsWith('办公室');
}

/** The offices a speaker holds, as printed before the name: `槐荫区代理区长 孙常建`. */
const OFFICE_TITLE =
  /(?:区长|市长|县长|省长|局长|厅长|部长|处长|科长|所长|院长|检察长|庭长|主任|书记|主席|秘书长|委员|会长|行长|董事长|总经理|负责人)$/;

/**
 * A speaker line: an office ending with an official title, then the speaker's name of two to four
 * characters, with or without a space between them. Returns both parts, or null.
 */
export function matchSpeaker(text: string): { office: string; name: string } | null {
  const trimmed = text.trim();
  if (trimmed.length > 40 || /[，。；：、,.;:]/.test(trimmed)) return null;
  const spaced = /^(\S+) +([\u4e00-\u9fff·]{2,4})$/.exec(trimmed);
  if (spaced && OFFICE_TITLE.test(spaced[1]!)) return { office: spaced[1]!, name: spaced[2]! };
  const compact = trimmed.replace(/\s+/g, '');
  for (let nameLength = 2; nameLength <= 4; nameLength += 1) {
    const office = compact.slice(0, -nameLength);
    if (office.length >= 2 && OFFICE_TITLE.test(office) && /^[\u4e00-\u9fff·]+$/.test(compact.slice(-nameLength))) {
      return { office, name: compact.slice(-nameLength) };
    }
  }
  return null;
}

const PERSONNEL_TITLE = /(?:任免|任命|免去|聘任|聘用|解聘).*职务/;

/** A personnel notice (`关于任免张三等工作人员职务的通知`): its items are appointments, not headings. */
export function isPersonnelTitle(title: string): boolean {
  return PERSONNEL_TITLE.test(title);
}

/**
 * The post an appointment names, at the end of the organ it belongs to (`…投资促进局副局长`):
 * the leftmost title that runs to the end, so `副主任` wins over `主任` and `大队长` over `队长`.
 */
export const POSITION_TITLE =
  /(?:信访督查专员|督查专员|[正副]处级领导干部|[正副]处级|大队长|董事|副?(?:董事长|理事长|总经理|主任|局长|院长|馆长|队长|经理|书记|区长|秘书长|站长|所长|校长|园长|科长|主席))$/;

/** The line that opens a run of personnel items and says what they do: `区政府决定，任命：`, `免去：`. */
export const PERSONNEL_ACTION_LINE = /(任命|免去|聘任|聘用|解聘)[：:]$/;

/** One appointment or removal: `张三为…；`, `李四的…职务；`. */
export const PERSONNEL_ITEM = /^[\u4e00-\u9fff·]{2,8}?(?:为|的).+[；。;]$/s;

/** The opening of an appointment or removal, on its first printed line: a name, then `为` or `的`. */
export const PERSONNEL_OPENING = /^[\u4e00-\u9fff·]{2,4}(?:为|的)/;

/**
 * One member on a committee's roster (领导小组组成人员名单), as printed one to a line: an optional
 * role (`组长：`, `副组长：`, `成员：`), a person's name and their office in brackets, ending in a
 * post (`孙常建（区委副书记、区长）`, `王东（区发展改革局局长）`). Spaces letter-spacing a short name
 * (`王 东`) do not count.
 */
const ROSTER_LINE =
  /^(?:[\u4e00-\u9fff]{1,5}[：:])?[\u4e00-\u9fff·]{2,4}[（(][^（()）]{1,40}(?:长|主任|书记|委员|专员|主席|经理|干部|负责人)[）)]$/;

export function isRosterLine(text: string): boolean {
  return ROSTER_LINE.test(text.replace(/\s/g, ''));
}

/**
 * The issuing organ an official title opens with (GB/T 9704 sets it first, often on a line of its
 * own): `济南市槐荫区人民政府`, `中共济南市槐荫区委`, `槐荫区人民政府办公室`.
 */
export const TITLE_ORGAN_OPENING = /^(?:中共)?[\u4e00-\u9fff]{2,12}?(?:人民政府|区委|市委|县委|委员会|办公室|办公厅)/;
