/** The records of the open-data files, with the URLs of the documents they come from. */
import { APPOINTMENT_COLUMNS, type AppointmentOpenRecord } from '../data/appointments-open-data.ts';
import { routeOfDocumentId, type Citation } from '../data/citations.ts';
import { inColumnOrder } from '../data/csv.ts';
import { sourceRoute } from '../data/source.ts';
import { STATISTICS_COLUMNS, type StatisticsRecord } from '../data/statistics-open-data.ts';
import { rowPeriod } from '../data/statistics-text.ts';
import { readReport, reportedIssues } from './reports';
import { href } from './href';
import { allDocuments, allIssues, documentUrl } from './archive';
import { allCitations, appointmentRecords, sourcesById, statisticsRows } from './open-data';

/** documents.json: every document's metadata, in issue order. */
export async function documentRecords() {
  return (await allDocuments()).map(({ data }) => ({
    id: data.id,
    url: href(documentUrl(data)),
    issue: data.issue,
    issueTitle: data.issueTitle,
    order: data.order,
    section: data.section,
    title: data.title,
    organ: data.organ,
    docNumber: data.docNumber,
    date: data.date,
    issuedDate: data.issuedDate,
    type: data.type,
  }));
}

/** issues.json: one record per issue. */
export async function issueRecords() {
  return (await allIssues()).map((issue) => ({
    id: issue.id,
    title: issue.title,
    year: issue.year,
    number: issue.number,
    documentCount: issue.documents.length,
    url: href(issue.url),
  }));
}

/** citations.json: every citation, with the URLs of the citing and the cited document. */
export async function citationRecords(): Promise<(Citation & { fromUrl: string; targetUrl: string | null })[]> {
  return (await allCitations()).map((citation) => ({
    ...citation,
    fromUrl: href(routeOfDocumentId(citation.from)),
    targetUrl: citation.target ? href(routeOfDocumentId(citation.target)) : null,
  }));
}

export async function statisticsRecords(): Promise<StatisticsRecord[]> {
  const sources = await sourcesById();
  return (await statisticsRows()).map((row) =>
    inColumnOrder(STATISTICS_COLUMNS, {
      ...row,
      period: rowPeriod(row),
      documentUrl: href(sourceRoute(sources.get(row.documentId)!)),
    }),
  );
}

export async function appointmentOpenRecords(): Promise<AppointmentOpenRecord[]> {
  const sources = await sourcesById();
  return (await appointmentRecords()).map((record) => {
    const source = sources.get(record.documentId)!;
    return inColumnOrder(APPOINTMENT_COLUMNS, {
      ...record,
      documentTitle: source.title,
      documentUrl: `${href(sourceRoute(source))}#${record.anchor}`,
    });
  });
}

/** An open-data file's response: indented JSON with a final newline. */
export function jsonResponse(data: unknown): Response {
  return new Response(`${JSON.stringify(data, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}

/** The build report of each issue (written by build-content), by issue id, in issue order. */
export function issueReports(): Map<string, unknown> {
  return new Map(reportedIssues().map((issue) => [issue, readReport(issue)]));
}

/** The first record of each open-data file, by file name (the first issue's report for `report`). */
export async function firstRecords(): Promise<Map<string, unknown>> {
  return new Map<string, unknown>([
    ['documents', (await documentRecords())[0]],
    ['issues', (await issueRecords())[0]],
    ['statistics', (await statisticsRecords())[0]],
    ['appointments', (await appointmentOpenRecords())[0]],
    ['citations', (await citationRecords())[0]],
    ['report', issueReports().values().next().value],
  ]);
}
