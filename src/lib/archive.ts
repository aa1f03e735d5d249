/**
 * Queries over the documents collection shared by the pages: issues, years, neighbours, URLs.
 * URLs are `/{year}/{number}/` for an issue and `/{year}/{number}/{order}/` for a document;
 * they depend only on the issue and the document's place in it, so adding an issue moves none.
 */
import { getCollection, type CollectionEntry } from 'astro:content';

export type DocumentEntry = CollectionEntry<'documents'>;
export type DocumentData = DocumentEntry['data'];

export const SITE_NAME = '济南市槐荫区人民政府公报';

export function issueUrl(data: Pick<DocumentData, 'year' | 'issueNumber'>): string {
  return `/${data.year}/${data.issueNumber}/`;
}

export function documentUrl(data: Pick<DocumentData, 'year' | 'issueNumber' | 'order'>): string {
  return `/${data.year}/${data.issueNumber}/${String(data.order).padStart(2, '0')}/`;
}

export function yearUrl(year: number): string {
  return `/${year}/`;
}

/** `2021-11-23` → `2021年11月23日`. */
export function chineseDate(iso: string | null): string | null {
  if (!iso) return null;
  const [year, month, day] = iso.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}

export interface IssueSummary {
  id: string;
  title: string;
  year: number;
  number: number;
  url: string;
  documents: DocumentData[];
}

/** All documents, in issue order and then in their order within the issue. */
export async function allDocuments(): Promise<DocumentEntry[]> {
  const entries = await getCollection('documents');
  return entries.sort((a, b) => a.data.year - b.data.year || a.data.issueNumber - b.data.issueNumber || a.data.order - b.data.order);
}

export async function allIssues(): Promise<IssueSummary[]> {
  const issues = new Map<string, IssueSummary>();
  for (const { data } of await allDocuments()) {
    const issue = issues.get(data.issue) ?? { id: data.issue, title: data.issueTitle, year: data.year, number: data.issueNumber, url: issueUrl(data), documents: [] };
    issue.documents.push(data);
    issues.set(data.issue, issue);
  }
  return [...issues.values()];
}

/** Documents of an issue grouped by printed section, in the order the issue prints them. */
export function groupBySection(documents: DocumentData[]): { section: string | null; documents: DocumentData[] }[] {
  const groups = new Map<string | null, DocumentData[]>();
  for (const document of documents) groups.set(document.section, [...(groups.get(document.section) ?? []), document]);
  return [...groups.entries()].map(([section, items]) => ({ section, documents: items }));
}
