/**
 * Document metadata from the segmented head: title, 文种, section. Sections come from the issue's
 * 目录 when it has one, else from the running headers of the document's pages, else from the kind
 * of organ and document.
 */
import {
  isGovernmentOrgan,
  isOfficeOrgan,
  isPartyOrgan,
  isPersonnelDocNumber,
  isPersonnelTitle,
} from '../../vocabulary/index.ts';
import type { SegmentKind } from '../segment/index.ts';
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

/** The section of the gazette's reports to the people's congress, which print no 文号 or organ. */
export const SPEECH_SECTION = '工作报告';

/** The printed section a document belongs in, when neither a 目录 nor a running header says so. */
export function inferSection(
  kind: SegmentKind,
  title: string,
  organs: string[],
  docNumber: string | null,
): Section | null {
  if (kind === 'statistics') return '统计数据';
  if (kind === 'speech') return SPEECH_SECTION;
  if (isPersonnelTitle(title) || isPersonnelDocNumber(docNumber)) return '人事任免';
  const party = organs.filter(isPartyOrgan);
  const government = organs.filter(isGovernmentOrgan);
  const allOffices = organs.length > 0 && organs.every(isOfficeOrgan);
  if (party.length > 0 && government.length > 0) return allOffices ? '区委办公室区政府办公室文件' : '区委区政府文件';
  if (government.length > 0) return allOffices ? '区政府办公室文件' : '区政府文件';
  return null;
}
