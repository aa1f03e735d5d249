/** Open data: the statistics rows as CSV, the same records and fields as statistics.json. */
import type { APIRoute } from 'astro';
import { toCsv } from '../../data/csv';
import { STATISTICS_COLUMNS } from '../../data/statistics-open-data';
import { statisticsRecords } from '../../lib/open-data-files';

export const GET: APIRoute = async () =>
  new Response(toCsv(STATISTICS_COLUMNS, await statisticsRecords()), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
