/** Open data: every row of the statistics tables (src/data/statistics.ts), in issue order. */
import type { APIRoute } from 'astro';
import { statisticsRecords } from '../../lib/open-data-files';

export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify(await statisticsRecords(), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
