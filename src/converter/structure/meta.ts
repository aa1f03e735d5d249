/**
 * Document metadata from the segmented head: title, issuing organs, 文种, section. Sections come
 * from the 目录 when it has one, otherwise from the kind of organ and document.
 */
import { withoutWhitespace } from '../detect/index.ts';
import type { Section } from '../types.ts';

/** 文种 recognised at the end of a title, longest first (实施意见 is an 意见). */
const DOCUMENT_TYPES = [
  '通知',
  '通报',
  '批复',
  '决定',
  '意见',
  '报告',
  '请示',
  '公告',
  '通告',
  '决议',
  '命令',
  '纪要',
  '函',
  '讲话',
  '规划',
  '方案',
  '办法',
  '规定',
  '细则',
  '计划',
  '要点',
];

export function documentType(title: string): string {
  const bare = title.replace(/[（(][^（()）]*[）)]$/, '');
  return DOCUMENT_TYPES.find((type) => bare.endsWith(type)) ?? '其他';
}

/** Removes whitespace from a printed title, keeping one space only between two Latin words. */
export function cleanTitle(text: string): string {
  return text
    .replace(/\s+/g, (space, offset: number, whole: string) =>
      /[A-Z0-9]/i.test(whole[offset - 1] ?? '') && /[A-Z]/i.test(whole[offset + space.length] ?? '') ? ' ' : '',
    )
    .trim();
}

const ORGAN_NAME =
  /(中共[^中关印转批]*?委(?:员会)?(?:办公室)?|[^中关印转批]*?人民政府(?:办公室)?|[^中关印转批]*?委员会(?:办公室)?)/g;

/** Issuing organs named at the start of a title (`…人民政府关于…`, `…办公室印发…`). */
export function organsFromTitle(title: string): string[] {
  const prefix = /^(.*?)(?:关于|印发|转发|批转)/.exec(withoutWhitespace(title))?.[1] ?? '';
  return [...prefix.matchAll(ORGAN_NAME)].map((match) => match[1]!).filter((organ) => organ.length >= 4);
}

const PERSONNEL_TITLE = /(任免|任命|免去|聘任|聘用|解聘).*职务/;

/** A personnel notice (`关于任免张三等工作人员职务的通知`): its items are appointments, not headings. */
export function isPersonnelTitle(title: string): boolean {
  return PERSONNEL_TITLE.test(title);
}

/** The printed section a document belongs in, when the issue has no 目录 to say so. */
export function inferSection(
  kind: 'document' | 'statistics' | 'speech',
  title: string,
  organs: string[],
  docNumber: string | null,
): Section | null {
  if (kind === 'statistics') return '统计数据';
  if (isPersonnelTitle(title) || /任〔/.test(docNumber ?? '')) return '人事任免';
  const party = organs.filter((organ) => /^中共.*委/.test(organ) || /区委(?:办公室)?$/.test(organ));
  const government = organs.filter((organ) => /人民政府(?:办公室)?$/.test(organ));
  const allOffices = organs.length > 0 && organs.every((organ) => organ.endsWith('办公室'));
  if (party.length > 0 && government.length > 0) return allOffices ? '区委办公室区政府办公室文件' : '区委区政府文件';
  if (government.length > 0) return allOffices ? '区政府办公室文件' : '区政府文件';
  return null;
}
