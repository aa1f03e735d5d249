/**
 * Queries over the documents collection shared by the pages: issues, years, neighbours. The URL
 * and date helpers live in `paths.ts` (no Astro imports) and are re-exported here for pages.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { documentDescription } from './description.ts';
import type { FeedDocument } from './feeds.ts';
import { issueUrl } from './paths.ts';

export type DocumentEntry = CollectionEntry<'documents'>;
export type DocumentData = DocumentEntry['data'];

export {
  chineseDate,
  documentCardUrl,
  documentSlug,
  documentUrl,
  issueCardUrl,
  issueUrl,
  SITE_CARD_URL,
  SITE_NAME,
  yearUrl,
} from './paths.ts';

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
  return entries.sort(
    (a, b) => a.data.year - b.data.year || a.data.issueNumber - b.data.issueNumber || a.data.order - b.data.order,
  );
}

export async function allIssues(): Promise<IssueSummary[]> {
  const issues = new Map<string, IssueSummary>();
  for (const { data } of await allDocuments()) {
    const issue = issues.get(data.issue) ?? {
      id: data.issue,
      title: data.issueTitle,
      year: data.year,
      number: data.issueNumber,
      url: issueUrl(data),
      documents: [],
    };
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

/** Every document with its page's description, as the feeds and social cards read them. */
export async function describedDocuments(): Promise<FeedDocument[]> {
  return (await allDocuments()).map((entry) => ({
    ...entry.data,
    summary: documentDescription(entry.body ?? '', entry.data),
  }));
}
