/**
 * What each social card says: the document's section, title, 文号 and date under the masthead
 * and its issue; an issue's title, size and sections; and the site's own card for the pages that
 * are neither. Pure functions of the metadata.
 */
import { chineseDate, SITE_NAME } from '../lib/paths.ts';

export interface CardContent {
  /** Beside the masthead: the issue a document appeared in. */
  issue: string | null;
  /** Above the title: the document's section. */
  kicker: string | null;
  /** The largest text, wrapped as Chinese is wrapped. */
  title: string;
  /** Below the title, smaller. */
  note: string | null;
  /** The bottom line: 文号 and date. */
  footer: string;
}

export interface CardDocument {
  title: string;
  issueTitle: string;
  section: string | null;
  docNumber: string | null;
  date: string | null;
}

export function documentCard(document: CardDocument): CardContent {
  const footer = [document.docNumber, chineseDate(document.date)].filter(Boolean).join('　');
  return {
    issue: document.issueTitle,
    kicker: document.section,
    title: document.title,
    note: null,
    footer: footer || document.issueTitle,
  };
}

export function issueCard(issue: { title: string; documents: { section: string | null }[] }): CardContent {
  const sections = [...new Set(issue.documents.map((document) => document.section ?? '其他'))];
  return {
    issue: null,
    kicker: null,
    title: issue.title,
    note: `本期栏目：${sections.join('、')}`,
    footer: `共 ${issue.documents.length} 篇文件`,
  };
}

export const SITE_CARD: CardContent = {
  issue: null,
  kicker: null,
  title: '网络版',
  note: '按年份和期次浏览、全文搜索区政府及其办公室刊登的文件。',
  footer: '内容依据印刷版整理；如有出入，以印刷版为准。',
};

/** The masthead every card carries. */
export const MASTHEAD = SITE_NAME;
