/**
 * The archive's documents as the data modules (src/data/) read them, and what those modules make
 * of them, for the pages and the open-data files. Computed once per build.
 */
import { allDocuments, type DocumentData } from './archive';
import { parseAppointments, type AppointmentRecord } from '../data/appointments.ts';
import type { Citation } from '../data/citations.ts';
import { sourceDocument, type SourceDocument } from '../data/source.ts';
import { indicators, parseStatistics, type Indicator, type StatisticsRow } from '../data/statistics.ts';

let sources: Promise<SourceDocument[]> | null = null;

/** Every document with its Markdown body, in issue order. */
export function archivedSources(): Promise<SourceDocument[]> {
  sources ??= allDocuments().then((entries) => entries.map(({ data, body }) => sourceDocument(data, body ?? '')));
  return sources;
}

export async function statisticsRows(): Promise<StatisticsRow[]> {
  return (await archivedSources()).flatMap(parseStatistics);
}

export async function allIndicators(): Promise<Indicator[]> {
  return indicators(await statisticsRows());
}

/** The source document of each id, for links. */
export async function sourcesById(): Promise<Map<string, SourceDocument>> {
  return new Map((await archivedSources()).map((source) => [source.id, source]));
}

/** Every appointment record, in issue order and in each document's order. */
export async function appointmentRecords(): Promise<AppointmentRecord[]> {
  return (await archivedSources()).flatMap(parseAppointments);
}

/**
 * Every citation of a 文号, and of an archived document's title, in issue order: as build-content
 * resolved them into each document's front matter, which the links in the text are made from too.
 */
export async function allCitations(): Promise<Citation[]> {
  return (await allDocuments()).flatMap(({ data }) =>
    data.citations.map((citation) => ({ from: data.id, ...citation })),
  );
}

/** The archived documents that cite a document, in issue order. */
export async function citingDocuments(id: string): Promise<DocumentData[]> {
  return (await allDocuments())
    .map(({ data }) => data)
    .filter((data) => data.citations.some((citation) => citation.target === id));
}
