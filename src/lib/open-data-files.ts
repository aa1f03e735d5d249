/** The records of the open-data files, with the URLs of the documents they come from. */
import { sourceRoute } from '../data/source.ts';
import type { StatisticsRecord } from '../data/statistics-open-data.ts';
import { rowPeriod } from '../data/statistics-text.ts';
import { href } from './href';
import { sourcesById, statisticsRows } from './open-data';

export async function statisticsRecords(): Promise<StatisticsRecord[]> {
  const sources = await sourcesById();
  return (await statisticsRows()).map((row) => ({
    ...row,
    period: rowPeriod(row),
    documentUrl: href(sourceRoute(sources.get(row.documentId)!)),
  }));
}
