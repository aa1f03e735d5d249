/** The records of the open-data files, with the URLs of the documents they come from. */
import type { AppointmentOpenRecord } from '../data/appointments-open-data.ts';
import { sourceRoute } from '../data/source.ts';
import type { StatisticsRecord } from '../data/statistics-open-data.ts';
import { rowPeriod } from '../data/statistics-text.ts';
import { href } from './href';
import { appointmentRecords, sourcesById, statisticsRows } from './open-data';

export async function statisticsRecords(): Promise<StatisticsRecord[]> {
  const sources = await sourcesById();
  return (await statisticsRows()).map((row) => ({
    ...row,
    period: rowPeriod(row),
    documentUrl: href(sourceRoute(sources.get(row.documentId)!)),
  }));
}

export async function appointmentOpenRecords(): Promise<AppointmentOpenRecord[]> {
  const sources = await sourcesById();
  return (await appointmentRecords()).map((record) => {
    const source = sources.get(record.documentId)!;
    return {
      ...record,
      documentTitle: source.title,
      documentUrl: `${href(sourceRoute(source))}#${record.anchor}`,
    };
  });
}
