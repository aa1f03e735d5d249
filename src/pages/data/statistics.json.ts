/** Open data: every row of the statistics tables (src/data/statistics.ts), in issue order. */
import type { APIRoute } from 'astro';
import { jsonResponse, statisticsRecords } from '../../lib/open-data-files';

export const GET: APIRoute = async () => jsonResponse(await statisticsRecords());
